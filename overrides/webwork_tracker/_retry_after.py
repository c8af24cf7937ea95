"""Reading the wait that a server requests, from `Retry-After` or a rate-limit reset header."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

# Reset headers that Laravel-style and GitHub-style APIs send; the WebWork docs name none.
_RESET_HEADERS = ("x-ratelimit-reset", "ratelimit-reset")
# A reset value above this is a Unix timestamp rather than a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Return the seconds to wait that the headers ask for, or None when they ask for nothing.

    Reads `Retry-After` as seconds or as an HTTP date, then the rate-limit reset headers as
    seconds or as a Unix timestamp. A date in the past gives 0.
    """
    current = time.time() if now is None else now
    lowered = {key.lower(): value for key, value in headers.items()}

    retry_after = lowered.get("retry-after")
    if retry_after is not None:
        seconds = _seconds_or_date(retry_after.strip(), current)
        if seconds is not None:
            return seconds

    for name in _RESET_HEADERS:
        value = lowered.get(name)
        if value is None:
            continue
        try:
            number = float(value.strip())
        except ValueError:
            continue
        if number > _EPOCH_THRESHOLD:
            return max(0.0, number - current)
        return max(0.0, number)
    return None


def _seconds_or_date(value: str, now: float) -> float | None:
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - now)
