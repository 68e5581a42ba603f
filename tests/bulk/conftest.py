"""Fixtures for the bulk-engine suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stateset.sandbox import Sandbox


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox
