"""Import every handler module so that each registers its operations."""

from . import (  # noqa: F401
    _admin,
    _catalog,
    _checkout,
    _customers,
    _fulfilment,
    _inventory,
    _manufacturing,
    _orders,
    _payments,
    _procurement,
    _warranties,
    _webhooks,
)
