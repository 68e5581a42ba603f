"""The one exception tree of the Stateset SDK (placeholder: the transport work fills it in)."""

from __future__ import annotations


class StatesetError(Exception):
    """Base class of every error the SDK raises."""
