"""Every Python example in the README runs, against a served sandbox.

Each ```python block runs in a fresh namespace holding ``client`` (a `Stateset` reading
STATESET_API_KEY / STATESET_BASE_URL, which point at the sandbox), ``order`` and
``order_id``. A block preceded by ``<!-- readme: skip (reason) -->`` is not run: the
reason must be stated, and such blocks are listed so they stay rare.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from stateset import Stateset
from stateset.sandbox import Sandbox
from tests._paths import ROOT

BLOCK = re.compile(r"(?P<marker><!-- readme: skip \((?P<reason>[^)]+)\) -->\n)?```python\n(?P<code>.*?)```", re.S)


def blocks() -> list[tuple[int, str, str | None]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [(text[: m.start()].count("\n") + 1, m.group("code"), m.group("reason")) for m in BLOCK.finditer(text)]


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with Sandbox(seed="demo") as sandbox, sandbox.serve_in_thread(port=0) as url:
        yield url


@pytest.fixture
def namespace(served: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    monkeypatch.setenv("STATESET_API_KEY", "sk_test_readme")
    monkeypatch.setenv("STATESET_BASE_URL", served)
    with Stateset() as client:
        order = client.orders.create(
            customer_id="c-readme", items=[{"product_id": "SKU-1", "quantity": 1, "unit_price": "10.00"}]
        )
        yield {"__name__": "readme_example", "client": client, "order": order, "order_id": order.id}


def test_readme_has_examples() -> None:
    assert len(blocks()) >= 10


@pytest.mark.parametrize(("line", "code", "skip"), blocks(), ids=[f"line{b[0]}" for b in blocks()])
def test_readme_example_runs(line: int, code: str, skip: str | None, namespace: dict[str, Any]) -> None:
    if skip:
        pytest.skip(f"README line {line}: {skip}")
    fixture_client = namespace["client"]
    try:
        exec(compile(code, f"README.md:{line}", "exec"), namespace)
    finally:
        _close_clients(namespace, fixture_client)


def _close_clients(namespace: dict[str, Any], fixture_client: Stateset) -> None:
    """Close the clients an example left open, as the end of a user's script would."""
    import asyncio

    from stateset import AsyncStateset

    for value in list(namespace.values()):
        if isinstance(value, Stateset) and value is not fixture_client:
            value.close()
        elif isinstance(value, AsyncStateset):
            asyncio.run(value.aclose())
