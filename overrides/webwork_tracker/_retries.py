"""Retries with capped exponential backoff, as httpx transports that wrap another transport.

`RetryTransport` and `AsyncRetryTransport` sit under the httpx client, so every request of the
generated operations goes through one retry loop. They also turn httpx's connection and timeout
exceptions into `APIConnectionError` and `APITimeoutError`, which carry the method and path.

The transports read the whole response body before deciding, so that a connection that drops
in the middle of a body counts as a connection error. The API returns JSON documents rather
than streams, so reading them in full loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time

import attrs
import httpx

from ._errors import APIConnectionError, APITimeoutError, ResponseDecodeError, ResponseTooLargeError
from ._retry_after import parse_retry_after

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger(__name__)

# Methods that may be sent twice without changing the result twice (RFC 9110, section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Errors raised before any byte of the request reached the server, so every method may retry.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """When and how long to wait before sending a request again.

    Attributes:
        max_retries: Retries after the first attempt; 0 turns retries off.
        initial_backoff: Seconds before the first retry, when the server requests no wait.
        max_backoff: Cap in seconds on one computed backoff.
        jitter: Fraction of each computed backoff that is drawn at random, between 0 and 1, so
            that clients that failed together do not retry together.
        max_wait: Cap in seconds on the total of all waits for one request. A `Retry-After`
            that requests more than what is left ends the retries.
        retry_statuses: HTTP statuses that are retried. Add 500 to retry internal server errors.
        idempotent_methods: Methods retried after a response or after an error that may have
            happened once the request reached the server. Other methods, such as POST, are
            retried only when the connection could not be opened.
        max_response_bytes: Cap on the size of a response body as received (before gzip
            decoding); a larger body raises `ResponseTooLargeError`. None removes the cap.
    """

    max_retries: int = attrs.field(default=3, validator=attrs.validators.ge(0))
    initial_backoff: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.25, validator=[attrs.validators.ge(0), attrs.validators.le(1)])
    max_wait: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    retry_statuses: frozenset[int] = attrs.field(default=frozenset({429, 502, 503, 504}), converter=frozenset)
    idempotent_methods: frozenset[str] = attrs.field(default=IDEMPOTENT_METHODS, converter=frozenset)
    max_response_bytes: int | None = attrs.field(default=64 * 1024 * 1024)

    def backoff(self, retry: int) -> float:
        """Return the seconds to wait before retry number `retry` (counted from 1)."""
        computed = min(self.max_backoff, self.initial_backoff * 2 ** (retry - 1))
        return computed * (1 - self.jitter * random.random())

    def retry_after_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        """Tell whether a request that failed with `error` may be sent again."""
        if isinstance(error, _NOT_SENT_ERRORS):
            return True
        if request.method not in self.idempotent_methods:
            return False
        return isinstance(error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)

    def retry_after_response(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Tell whether a request that got `response` may be sent again."""
        return response.status_code in self.retry_statuses and request.method in self.idempotent_methods


class _Attempts:
    """The retry loop's state for one request, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.retries = 0
        self.waited = 0.0

    def wait_after_error(self, error: httpx.TransportError) -> float | None:
        """Return the seconds to wait before the next attempt, or None to give up."""
        if not self.policy.retry_after_error(self.request, error):
            return None
        return self._next_wait(None, type(error).__name__)

    def wait_after_response(self, response: httpx.Response) -> float | None:
        """Return the seconds to wait before the next attempt, or None to return the response."""
        if not self.policy.retry_after_response(self.request, response):
            return None
        return self._next_wait(parse_retry_after(response.headers), f"HTTP {response.status_code}")

    def _next_wait(self, requested: float | None, cause: str) -> float | None:
        if self.retries >= self.policy.max_retries:
            return None

        retry = self.retries + 1
        wait = requested if requested is not None else self.policy.backoff(retry)
        if self.waited + wait > self.policy.max_wait:
            logger.info(
                "Not retrying %s %s after %s: the wait of %.3g s exceeds the remaining retry budget",
                self.request.method,
                self.request.url.path,
                cause,
                wait,
            )
            return None

        self.retries = retry
        self.waited += wait
        logger.info(
            "Retrying %s %s after %s in %.3g s (retry %d of %d)",
            self.request.method,
            self.request.url.path,
            cause,
            wait,
            retry,
            self.policy.max_retries,
        )
        return wait

    def connection_error(self, error: httpx.TransportError) -> APIConnectionError:
        """Build the typed error for a request that got no response."""
        method = self.request.method
        path = self.request.url.path
        tries = f" after {self.retries} retries" if self.retries else ""
        if isinstance(error, httpx.TimeoutException):
            message = (
                f"{method} {path} timed out{tries} ({type(error).__name__}); raise the client's timeout or retry later"
            )
            return APITimeoutError(message, method=method, path=path)
        detail = _redact(str(error), self.request)
        message = f"{method} {path} failed{tries}: {type(error).__name__}: {detail}; check the network and the base URL"
        return APIConnectionError(message, method=method, path=path)


def _redact(text: str, request: httpx.Request) -> str:
    """Remove the credential of the request's Authorization header from a message."""
    authorization = request.headers.get("authorization", "")
    credential = authorization.split(" ", 1)[-1].strip()
    if len(credential) < 4:
        return text
    return text.replace(credential, "<redacted>")


class RetryTransport(httpx.BaseTransport):
    """Sends each request through `transport`, retrying as `policy` allows.

    Raises `APIConnectionError` or `APITimeoutError` when no response arrived after the last
    attempt. A response with a retryable status is returned as it is after the last attempt.
    """

    def __init__(self, transport: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self._transport = transport
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)
        while True:
            try:
                response = _buffered(self._transport.handle_request(request), request, self.policy.max_response_bytes)
            except httpx.TransportError as error:
                wait = attempts.wait_after_error(error)
                if wait is None:
                    raise attempts.connection_error(error) from error
            else:
                wait = attempts.wait_after_response(response)
                if wait is None:
                    return response
            time.sleep(wait)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `RetryTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self._transport = transport
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)
        while True:
            try:
                response = await _abuffered(
                    await self._transport.handle_async_request(request), request, self.policy.max_response_bytes
                )
            except httpx.TransportError as error:
                wait = attempts.wait_after_error(error)
                if wait is None:
                    raise attempts.connection_error(error) from error
            else:
                wait = attempts.wait_after_response(response)
                if wait is None:
                    return response
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self._transport.aclose()


def _buffered(response: httpx.Response, request: httpx.Request, limit: int | None) -> httpx.Response:
    """Read the raw body, so that a broken body raises here, and return an equivalent response."""
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_raw():
            size += len(chunk)
            _check_size(size, limit, request)
            chunks.append(chunk)
    finally:
        response.close()
    return _rebuilt(response, b"".join(chunks), request)


async def _abuffered(response: httpx.Response, request: httpx.Request, limit: int | None) -> httpx.Response:
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_raw():
            size += len(chunk)
            _check_size(size, limit, request)
            chunks.append(chunk)
    finally:
        await response.aclose()
    return _rebuilt(response, b"".join(chunks), request)


def _check_size(size: int, limit: int | None, request: httpx.Request) -> None:
    if limit is not None and size > limit:
        raise ResponseTooLargeError(
            f"{request.method} {request.url.path}: the response body passed {limit} bytes; "
            "raise RetryPolicy.max_response_bytes if such bodies are expected",
            method=request.method,
            path=request.url.path,
        )


def _rebuilt(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    # The raw bytes keep any Content-Encoding, which the client decodes once, as usual.
    rebuilt = httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )
    if "content-encoding" in response.headers:
        _check_decodable(response, raw, request)
    return rebuilt


def _check_decodable(response: httpx.Response, raw: bytes, request: httpx.Request) -> None:
    """Raise ResponseDecodeError when the body does not decode with its Content-Encoding.

    httpx would raise its own DecodingError later, in the client, where no typed error replaces
    it. The check decodes a copy, so a compressed body is decompressed twice.
    """
    copy = httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(raw))
    try:
        copy.read()
    except httpx.DecodingError as error:
        # NOTE: the transport does not know the operation id, so `operation` names the method and path.
        operation = f"{request.method} {request.url.path}"
        raise ResponseDecodeError(operation, response.status_code, raw, error) from error
