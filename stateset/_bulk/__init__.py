"""Bulk operations: create, update or delete many objects, concurrently and exactly once.

:func:`run_bulk` (sync) and :func:`arun_bulk` (async) drive one core (``_core.py``)
that reads the input lazily, plans calls or batches with deterministic idempotency
keys (``_plan.py``), adapts concurrency to rate limits (``_adaptive.py``), records
progress in a crash-safe checkpoint (``_checkpoint.py``) and reports per-item
outcomes (``_result.py``) and progress events (``_progress.py``).
"""

from __future__ import annotations

from ._adaptive import AIMD
from ._checkpoint import CheckpointHeader, CheckpointState, parse_checkpoint
from ._plan import batch_key, item_key
from ._progress import BulkProgress, ProgressReporter
from ._result import BulkOutcome, BulkResult
from ._runner import arun_bulk, run_bulk

__all__ = [
    "AIMD",
    "BulkOutcome",
    "BulkProgress",
    "BulkResult",
    "CheckpointHeader",
    "CheckpointState",
    "ProgressReporter",
    "arun_bulk",
    "batch_key",
    "item_key",
    "parse_checkpoint",
    "run_bulk",
]
