"""The query builder: immutable, validated queries over the API's list operations.

::

    q = client.orders.query().where(status="pending", total_amount__gte="100").order_by("-created_at")
    for order in q: ...

Layout, one concern per module: ``_fields`` (what the contract allows; checks and wire
values), ``_dates`` (datetimes, ISO and relative dates), ``_compile`` (state -> wire
parameters, pure), ``_builder`` (the immutable builder) and ``_drivers`` (the sync and
async terminal operations).
"""

from ._drivers import AsyncQuery, SyncQuery
from ._errors import QueryError

__all__ = ["AsyncQuery", "QueryError", "SyncQuery"]
