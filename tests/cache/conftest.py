"""Fixtures for the cache tests: a seeded sandbox, sync/async clients, slow upstreams.

Redis servers come from ``tests/_redis.py`` (real ``redis-server`` processes).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from _cache_helpers import SlowTransport
from _redis import RedisServer, redis_server, redis_server_factory  # noqa: F401  (fixtures)

from stateset import AsyncStateset, Stateset
from stateset.sandbox import Sandbox

ClientFactory = Callable[..., Any]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed="demo") as sb:
        yield sb


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_client(sandbox: Sandbox, mode: str) -> AsyncIterator[ClientFactory]:
    """``make_client(delay=0, **options)`` -> a Stateset/AsyncStateset on the sandbox; ``.upstream`` counts."""
    made: list[Any] = []

    def make(delay: float = 0.0, **options: Any) -> Any:
        options.setdefault("api_key", "sk_test_alpha")
        options.setdefault("base_url", "http://sandbox.local")
        if mode == "sync":
            upstream = SlowTransport(sandbox.transport(), delay)
            client: Any = Stateset(transport=upstream, **options)
        else:
            upstream = SlowTransport(sandbox.async_transport(), delay)
            client = AsyncStateset(transport=upstream, **options)
        object.__setattr__(client, "upstream", upstream)
        made.append(client)
        return client

    yield make
    for client in made:
        if isinstance(client, AsyncStateset):
            await client.aclose()
        else:
            client.close()


@pytest.fixture
def order_id(sandbox: Sandbox) -> str:
    with sandbox.client() as client:
        return str(client.orders.list().first_page.items[0].id)
