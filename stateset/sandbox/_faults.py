"""Fault injection: a random rate of faults, or a deterministic script consumed in order."""

from __future__ import annotations

import random
import threading
from collections import deque
from typing import Any

KINDS = ("500", "503", "latency", "drop", "commit_then_drop")
_ALIASES = {"ok": None, "none": None, "error": "500", "unavailable": "503", "disconnect": "drop"}


class FaultPlan:
    """Decides, per API request, whether and how to misbehave.

    Config keys: ``rate`` (0..1, probability of a fault), ``kinds`` (the faults ``rate``
    draws from; default all of :data:`KINDS`), ``script`` (a list of faults or ``"ok"``
    consumed in order before ``rate`` applies), ``seed`` (makes the draw reproducible)
    and ``latency`` (seconds a latency fault sleeps; default 0.05).
    """

    def __init__(self, config: dict[str, Any] | float | None = None) -> None:
        if isinstance(config, int | float):
            config = {"rate": float(config)}
        config = dict(config or {})
        self.rate = float(config.get("rate", 0.0))
        self.kinds = tuple(config.get("kinds", KINDS))
        self.latency = float(config.get("latency", 0.05))
        self.script: deque[str | None] = deque(_normal(s) for s in config.get("script", ()))
        self._rng = random.Random(config.get("seed"))
        self._lock = threading.Lock()
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("fault rate must be within [0, 1]")
        for kind in self.kinds:
            _normal(kind)
        self.config = config
        self.injected: dict[str, int] = {}

    def next(self) -> str | None:
        """Return the fault for the next request (None = behave)."""
        with self._lock:
            if self.script:
                fault = self.script.popleft()
            elif self.rate and self._rng.random() < self.rate:
                fault = self._rng.choice(self.kinds)
            else:
                return None
            if fault is not None:
                self.injected[fault] = self.injected.get(fault, 0) + 1
            return fault

    def describe(self) -> dict[str, Any]:
        """Return the current configuration and what has been injected so far."""
        with self._lock:
            return {
                "rate": self.rate,
                "kinds": list(self.kinds),
                "latency": self.latency,
                "script_remaining": [s or "ok" for s in self.script],
                "injected": dict(self.injected),
            }


def _normal(kind: str) -> str | None:
    key = str(kind).lower()
    if key in _ALIASES:
        return _ALIASES[key]
    if key not in KINDS:
        raise ValueError(f"unknown fault {kind!r}; expected one of {', '.join(KINDS)} or 'ok'")
    return key
