#!/usr/bin/env python3
"""OpenAPI breaking-change checker for the Stateset SDK (an in-house oasdiff replacement).

Usage::

    scripts/specdiff.py BASE REVISION [--format json|markdown|text]
                        [--fail-on breaking|warn|never]

BASE and REVISION are file paths or ``git:REF:path``.  Rules, levels and examples are in
docs/specdiff.md (or run ``--list-rules``).  The implementation lives in ``_specdiff/``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

# The script is run by path, not installed: make its helper package importable.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from _specdiff.cli import main as _main  # noqa: E402 - needs the sys.path entry above


def main(argv: Sequence[str] | None = None) -> int:
    """Run the checker on ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    return _main(argv)


if __name__ == "__main__":  # pragma: no cover - exercised through subprocess tests
    sys.exit(main())
