"""Unit tests of the retry policy, the rate limiter and the OAuth2 helpers, without a server."""

from __future__ import annotations

import threading

import httpx
import pytest
from webwork_tracker import ConfigurationError, create_client
from webwork_tracker._oauth2 import OAuth2
from webwork_tracker._ratelimit import RateLimit, RateLimiter, _registry, limiter_for, token_key
from webwork_tracker._retries import RetryPolicy

GET = httpx.Request("GET", "https://api.example/api/v2/projects")
POST = httpx.Request("POST", "https://api.example/api/v2/projects")


def test_backoff_grows_and_caps() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=4.0, jitter=0.0)
    assert [policy.backoff(retry) for retry in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 4.0]


def test_backoff_jitter_stays_in_range() -> None:
    policy = RetryPolicy(initial_backoff=1.0, jitter=0.25)
    for _ in range(100):
        assert 0.75 <= policy.backoff(1) <= 1.0


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_policy_retries_status_on_get(status: int) -> None:
    assert RetryPolicy().retry_after_response(GET, httpx.Response(status))


@pytest.mark.parametrize("status", [400, 401, 404, 422, 500])
def test_policy_keeps_other_status(status: int) -> None:
    assert not RetryPolicy().retry_after_response(GET, httpx.Response(status))


def test_policy_retries_500_when_configured() -> None:
    policy = RetryPolicy(retry_statuses={500, 503})
    assert policy.retry_after_response(GET, httpx.Response(500))


def test_policy_never_retries_post_response() -> None:
    assert not RetryPolicy().retry_after_response(POST, httpx.Response(503))


def test_policy_retries_post_connect_error() -> None:
    assert RetryPolicy().retry_after_error(POST, httpx.ConnectError("refused"))


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.RemoteProtocolError("closed")]
)
def test_policy_keeps_post_after_send(error: httpx.TransportError) -> None:
    assert not RetryPolicy().retry_after_error(POST, error)


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.RemoteProtocolError("closed")]
)
def test_policy_retries_get_after_send(error: httpx.TransportError) -> None:
    assert RetryPolicy().retry_after_error(GET, error)


def test_policy_rejects_negative_retries() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_limiter_lets_quota_through() -> None:
    limiter = RateLimiter(RateLimit(requests=3, period=10.0, margin=0.0))
    waits = [limiter.reserve() for _ in range(3)]
    assert waits == [0.0, 0.0, 0.0]


def test_limiter_delays_past_quota() -> None:
    limiter = RateLimiter(RateLimit(requests=3, period=10.0, margin=1.0))
    for _ in range(3):
        limiter.reserve()
    assert limiter.reserve() > 10.0


def test_limiter_spaces_later_windows() -> None:
    limiter = RateLimiter(RateLimit(requests=2, period=10.0, margin=0.0))
    waits = [limiter.reserve() for _ in range(6)]
    assert waits[4] > 19.0


def test_limiter_threads_reserve_distinct_slots() -> None:
    limiter = RateLimiter(RateLimit(requests=5, period=100.0, margin=0.0))
    waits: list[float] = []
    lock = threading.Lock()

    def reserve() -> None:
        wait = limiter.reserve()
        with lock:
            waits.append(wait)

    threads = [threading.Thread(target=reserve) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for wait in waits if wait < 50) == 5


def test_registry_shares_limiter_per_token() -> None:
    first = limiter_for(token_key("secret-a"), RateLimit())
    second = limiter_for(token_key("secret-a"), RateLimit())
    assert first is second


def test_registry_separates_tokens() -> None:
    assert limiter_for(token_key("secret-a")) is not limiter_for(token_key("secret-b"))


def test_registry_never_stores_token() -> None:
    limiter_for(token_key("secret-c"))
    assert not any("secret-c" in key for key, _ in _registry)


def test_oauth2_authorization_url() -> None:
    auth = OAuth2("client-1", "shh", redirect_uri="https://app.example/callback", scope="read write")
    url, state = auth.authorization_url(state="state-1")
    query = httpx.URL(url).params
    assert url.startswith("https://webwork-tracker.com/oauth/authorize?")
    assert query["client_id"] == "client-1"
    assert query["redirect_uri"] == "https://app.example/callback"
    assert query["response_type"] == "code"
    assert query["scope"] == "read write"
    assert query["state"] == state == "state-1"


def test_oauth2_generates_state() -> None:
    _, state = OAuth2("client-1").authorization_url()
    assert len(state) >= 20


def test_oauth2_repr_hides_tokens() -> None:
    auth = OAuth2("client-1", "client-secret-1", token={"access_token": "at-1", "refresh_token": "rt-1"})
    text = repr(auth)
    for secret in ("at-1", "rt-1", "client-secret-1"):
        assert secret not in text


def test_oauth2_expires_in_sets_expiry() -> None:
    auth = OAuth2("client-1", token={"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 3600})
    assert "expires_at" in auth.token


def test_create_client_rejects_token_and_auth() -> None:
    with pytest.raises(ConfigurationError):
        create_client(token="t", auth=OAuth2("client-1"), base_url="http://127.0.0.1:9")


def test_max_retries_overrides_policy() -> None:
    client = create_client(token="t", base_url="http://127.0.0.1:9", retry=RetryPolicy(initial_backoff=2.0),
                           max_retries=7)
    policy = client.get_httpx_client()._transport.policy
    assert policy.max_retries == 7
    assert policy.initial_backoff == 2.0
