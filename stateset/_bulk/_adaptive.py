"""AIMD concurrency control: back off globally on 429, then ramp up again.

The state is an immutable value and time is an argument, so the policy is pure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

__all__ = ["AIMD"]

_DEFAULT_PAUSE = 1.0


@dataclass(frozen=True)
class AIMD:
    """Additive-increase / multiplicative-decrease limit on calls in flight.

    Each success adds ``1 / limit`` (about +1 per round of ``limit`` calls); a rate
    limit halves the limit (at most once per pause, so one burst of 429s is one
    signal) and pauses every new call until ``retry_after`` seconds have passed.

    >>> a = AIMD.start(8).on_throttle(now=0.0, retry_after=2.0)
    >>> a.capacity(1.0), a.capacity(2.0)
    (0, 4)
    """

    limit: float
    ceiling: int
    floor: int = 1
    paused_until: float = 0.0

    @classmethod
    def start(cls, concurrency: int) -> AIMD:
        """Start at full concurrency (a 429 teaches the real limit quickly)."""
        return cls(limit=float(concurrency), ceiling=concurrency)

    def capacity(self, now: float) -> int:
        """How many calls may be in flight at ``now`` (0 while paused)."""
        if now < self.paused_until:
            return 0
        return max(self.floor, min(self.ceiling, math.floor(self.limit)))

    def on_success(self) -> AIMD:
        """Additive increase."""
        if self.limit >= self.ceiling:
            return self
        return replace(self, limit=min(float(self.ceiling), self.limit + 1.0 / self.limit))

    def on_throttle(self, now: float, retry_after: float | None) -> AIMD:
        """Multiplicative decrease and a global pause of ``retry_after`` (default 1 s)."""
        pause_end = now + (_DEFAULT_PAUSE if retry_after is None else max(retry_after, 0.0))
        if now < self.paused_until:  # the same burst: extend the pause, don't halve again
            return replace(self, paused_until=max(self.paused_until, pause_end))
        return replace(self, limit=max(float(self.floor), self.limit / 2.0), paused_until=pause_end)
