"""Fixtures for the sandbox suite: in-process sandboxes, httpx clients and a served socket."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from stateset.sandbox import Sandbox

KEY = {"X-API-Key": "sk_test_suite"}
BASE = "http://sandbox.test"


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def client(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sb.transport(), base_url=BASE, headers=KEY) as c:
        yield c


@pytest.fixture
async def aclient(sb: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=sb.async_transport(), base_url=BASE, headers=KEY) as c:
        yield c


@pytest.fixture
def served(sb: Sandbox) -> Iterator[str]:
    with sb.serve_in_thread(port=0) as url:
        yield url
