"""The sandbox's error type: raised by handlers, rendered as the API's error envelope."""

from __future__ import annotations

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def title(status: int) -> str:
    """Return the short category the envelope's ``error`` field carries for ``status``."""
    return _TITLES.get(status, "Error")


class ApiError(Exception):
    """A request the sandbox refuses; carries the HTTP status and envelope fields."""

    def __init__(
        self,
        status: int,
        message: str,
        details: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details
        self.headers = headers or {}


def not_found(kind: str, ident: object) -> ApiError:
    """Build the 404 for a missing object."""
    return ApiError(404, f"{kind} {ident} not found")


def conflict(message: str, details: str | None = None) -> ApiError:
    """Build a 409 (illegal state transition and the like)."""
    return ApiError(409, message, details)


def unprocessable(message: str, details: str | None = None) -> ApiError:
    """Build a 422 (well-formed request the current data cannot satisfy)."""
    return ApiError(422, message, details)
