"""Shared plumbing for the benchmarks: timing helpers and one result format.

Every benchmark compares against a baseline measured in the same run (this machine is
shared and noisy), reports medians, and prints either a table or, with ``--json``, a
list of rows that ``run_all.py`` collects into benchmarks/README.md.
"""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    """One figure: a measured value beside its same-run baseline."""

    benchmark: str
    metric: str
    value: float
    unit: str
    baseline: str = ""
    baseline_value: float | None = None
    target: str = ""
    ok: bool | None = None
    #: The ratio when it is measured in pairs (the median of per-pair ratios), not taken
    #: from the two medians.
    paired_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        """The paired ratio if measured, else value / baseline_value, when there is a baseline."""
        if self.paired_ratio is not None:
            return self.paired_ratio
        if self.baseline_value in (None, 0):
            return None
        return self.value / self.baseline_value  # type: ignore[operator]


def median(values: list[float]) -> float:
    """The median (benchmarks quote medians, never means)."""
    return statistics.median(values)


def emit(rows: list[Row]) -> None:
    """Print rows as JSON (``--json``) or as a readable table."""
    if "--json" in sys.argv:
        print(json.dumps([{**asdict(r), "ratio": r.ratio} for r in rows]))
        return
    for r in rows:
        ratio = f"  ratio {r.ratio:.2f}x vs {r.baseline} ({r.baseline_value:.4g} {r.unit})" if r.ratio else ""
        verdict = "" if r.ok is None else ("  OK" if r.ok else "  MISSED")
        print(f"{r.benchmark:<28} {r.metric:<40} {r.value:>10.4g} {r.unit}{ratio}  target {r.target}{verdict}")
