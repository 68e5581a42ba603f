"""Money read from request bodies: parsed once, bounded, and rendered to the cent.

Every amount a client sends must be below :data:`MAX_AMOUNT`, and so must every amount
computed from them (a line total, with its tax). The bound keeps the arithmetic exact and
renderable: ``decimal``'s default context holds 28 significant digits, and rendering to the
cent (``quantize``) raises ``InvalidOperation`` for anything that does not fit. Without it,
``unit_price="1e999999"`` or a huge quantity would be a 500 (which clients retry) instead
of the 422 that the client's mistake deserves.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ._errors import unprocessable

MAX_AMOUNT = Decimal(10) ** 15
"""Amounts, given or computed, must be below this: a quadrillion, with room for cents."""

_CENT = Decimal("0.01")


def money(value: Any, field: str) -> Decimal:
    """Parse a decimal amount from the body; 422 naming ``field`` unless it is in ``[0, MAX_AMOUNT)``."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):  # ValueError: an int too long for str()
        raise unprocessable(f"{field} must be a decimal amount", f"{field}: got {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise unprocessable(f"{field} must be a non-negative decimal", f"{field}: got {value!r}")
    if amount >= MAX_AMOUNT:
        raise unprocessable(f"{field} must be below 10^15", f"{field}: got {value!r}")
    return amount


def bounded(amount: Decimal, where: str) -> Decimal:
    """Return an amount computed from the body, or 422 naming ``where`` (a line, say) if it reaches 10^15."""
    if amount >= MAX_AMOUNT:
        raise unprocessable(f"{where} must total below 10^15", f"{where}: total {amount:.2E}")
    return amount


def fmt(amount: Decimal) -> str:
    """Render money with two decimal places."""
    return str(amount.quantize(_CENT))
