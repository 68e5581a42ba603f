"""Fixtures for the query-builder suite: an in-process sandbox, clients that count requests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from query_world import RequestCounter

from stateset import AsyncStateset, Hooks, Stateset
from stateset.sandbox import Sandbox


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def counter() -> RequestCounter:
    return RequestCounter()


@pytest.fixture
def client(sb: Sandbox, counter: RequestCounter) -> Iterator[Stateset]:
    with sb.client(hooks=Hooks(on_request=(counter,))) as c:
        yield c


@pytest.fixture
async def aclient(sb: Sandbox, counter: RequestCounter) -> AsyncIterator[AsyncStateset]:
    async with sb.async_client(hooks=Hooks(on_request=(counter,))) as c:
        yield c
