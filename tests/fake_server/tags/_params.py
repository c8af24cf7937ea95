"""Query-parameter readers shared by the tags whose lists take required filters or dates."""

from __future__ import annotations

from datetime import date

from ..server import ApiError, RecordedRequest


def required_param(request: RecordedRequest, name: str) -> str:
    """Return a query parameter that the operation requires, or raise a 400 ApiError naming it."""
    value = request.param(name)
    if value is None or value == "":
        raise ApiError(400, f"{name} is required", "Bad Request")
    return value


def date_param(request: RecordedRequest, name: str, *, required: bool = False) -> date | None:
    """Read a `YYYY-MM-DD` query parameter, or raise a 422 ApiError when it is not a date."""
    raw = required_param(request, name) if required else request.param(name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        message = f"The {name} must be a date in YYYY-MM-DD format."
        raise ApiError(422, message, errors={name: ["invalid date"]}) from None


def id_list_param(request: RecordedRequest, name: str) -> set[int] | None:
    """Read a comma-separated list of integer ids, or raise a 422 ApiError for a bad entry."""
    raw = request.param(name)
    if raw is None:
        return None
    try:
        return {int(part) for part in raw.split(",")}
    except ValueError:
        raise ApiError(422, f"The {name} must be comma-separated integers.", errors={name: ["invalid"]}) from None
