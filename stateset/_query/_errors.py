"""The query builder's error, and the "did you mean" helper its messages use."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .._errors import ConfigurationError


class QueryError(ConfigurationError):
    """A query was built wrongly: unknown field, operator not allowed for the field, bad value.

    Raised by the builder method that received the bad argument, so before any request is
    sent. It is a `ConfigurationError`, hence also a ``ValueError``.
    """


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``", did you mean 'x'?"`` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""
