"""Client-side pacing of requests to the API's quota of 60 requests per minute per user.

`RateLimiter` hands out send times so that no window of `period + margin` seconds contains more
than `requests` sends. Threads and asyncio tasks share one limiter: the reservation is a few
arithmetic steps under a `threading.Lock`, and the waiting happens outside the lock, with
`time.sleep` in threads and `asyncio.sleep` in tasks. `limiter_for` keeps one limiter per token
and quota in the process, keyed by a SHA-256 digest so that the registry never contains a token.

The limiter is written here instead of taken from pyrate-limiter. The client needs one send
time per request, from one state shared by threads (which sleep) and tasks (which await). A
deque and a lock give that in a few lines, fewer than the setup of a library's rates, buckets
and clocks, and with no added dependency.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import logging
import threading
import time

import attrs
import httpx

__all__ = ["AsyncRateLimitTransport", "RateLimit", "RateLimitTransport", "RateLimiter", "limiter_for", "token_key"]

logger = logging.getLogger(__name__)


@attrs.frozen
class RateLimit:
    """A quota of `requests` per `period` seconds.

    `margin` seconds are added to each window, because the server counts a request when it
    arrives, which is later than when the client sends it and by a varying delay.
    """

    requests: int = attrs.field(default=60, validator=attrs.validators.gt(0))
    period: float = attrs.field(default=60.0, validator=attrs.validators.gt(0))
    margin: float = attrs.field(default=1.0, validator=attrs.validators.ge(0))


class RateLimiter:
    """Reserves send times within a `RateLimit`, for threads and asyncio tasks alike."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._sends: collections.deque[float] = collections.deque(maxlen=limit.requests)

    def reserve(self) -> float:
        """Reserve the next send time and return the seconds to wait until it, 0 when none."""
        window = self.limit.period + self.limit.margin
        with self._lock:
            now = time.monotonic()
            if len(self._sends) < self.limit.requests:
                send_at = now
            else:
                send_at = max(now, self._sends[0] + window)
            self._sends.append(send_at)
        return send_at - now

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit!r})"


_registry: dict[tuple[str, RateLimit], RateLimiter] = {}
_registry_lock = threading.Lock()


def token_key(token: str) -> str:
    """Return the SHA-256 hex digest that stands for a token in the limiter registry."""
    return hashlib.sha256(token.encode()).hexdigest()


def limiter_for(key: str, limit: RateLimit | None = None) -> RateLimiter:
    """Return the process-wide limiter for a key from `token_key` and a quota, creating it once.

    Clients with the same key and the same quota share one limiter. A client with another quota
    for the same key gets its own limiter, and the two do not pace each other.
    """
    limit = limit or RateLimit()
    with _registry_lock:
        limiter = _registry.get((key, limit))
        if limiter is None:
            limiter = RateLimiter(limit)
            _registry[(key, limit)] = limiter
    return limiter


class RateLimitTransport(httpx.BaseTransport):
    """Waits for the limiter before each request sent through `transport`."""

    def __init__(self, transport: httpx.BaseTransport, limiter: RateLimiter) -> None:
        self._transport = transport
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.limiter.reserve()
        if wait > 0:
            _log_wait(request, wait)
            time.sleep(wait)
        return self._transport.handle_request(request)

    def close(self) -> None:
        self._transport.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `RateLimitTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, limiter: RateLimiter) -> None:
        self._transport = transport
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.limiter.reserve()
        if wait > 0:
            _log_wait(request, wait)
            await asyncio.sleep(wait)
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self._transport.aclose()


def _log_wait(request: httpx.Request, wait: float) -> None:
    logger.debug("Waiting %.3g s before %s %s to stay within the rate limit", wait, request.method, request.url.path)
