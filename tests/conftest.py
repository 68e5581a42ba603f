"""Shared, generic fixtures.

``fault_server``: a real HTTP server with scripted faults (see ``tests/_fault_server.py``).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check correctness, not speed: on a shared, loaded machine one slow draw
# must not fail a run (the "too slow" health check and per-example deadlines are timing).
settings.register_profile("stateset", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("stateset")

# The packages are not installed into the venv and pytest sets no ``pythonpath``: make
# ``import stateset`` (and the generated ``stateset_client``, which the wheel ships as a
# top-level package) work from a plain checkout. Both are no-ops once installed.
_ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("stateset") is None:  # pragma: no cover - depends on the install
    sys.path.insert(0, str(_ROOT))
if importlib.util.find_spec("stateset_client") is None:  # pragma: no cover - idem
    sys.path.insert(0, str(_ROOT / "generated"))

from _fault_server import FaultServer  # noqa: E402  (tests/ is on sys.path via this conftest)


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh scripted-faults HTTP server on 127.0.0.1, stopped after the test."""
    with FaultServer() as server:
        yield server
