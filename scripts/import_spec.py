#!/usr/bin/env python3
"""Import the API server's OpenAPI export as a candidate contract, and show what adopting it means.

Usage::

    scripts/import_spec.py UPSTREAM.json [--out build/stateset-api.candidate.yaml]
                           [--against openapi/stateset-api.yaml] [--diff-format text|markdown|json]
                           [--no-validate] [--no-diff]

The export's quirks (axum ``:id`` paths, stray braces, a missing ``/api/v1`` prefix, module-path
tags, undefined security schemes and schemas, mislabelled parameters, a duplicate operationId,
raw text bodies) are fixed by the pure normalizer in ``_import/``; each fix is printed as one
line with its count.  The candidate is written as YAML, validated, and diffed against our
contract with ``specdiff`` (informational: the exit code does not depend on the diff).

Exit status: 0 success, 2 unreadable input.  See docs/schema-evolution.md.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter
from collections.abc import Sequence
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import yaml

# The script is run by path, not installed: make its helper packages importable.
_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # pragma: no branch - true when run by path
    sys.path.insert(0, str(_HERE))

from _import import Fix, normalize  # noqa: E402 - needs the sys.path entry above
from _specdiff.cli import main as specdiff_main  # noqa: E402
from _specdiff.loader import InputError, load_document  # noqa: E402

ROOT = _HERE.parent
CONTRACT = ROOT / "openapi" / "stateset-api.yaml"
DEFAULT_OUT = ROOT / "build" / "stateset-api.candidate.yaml"
EXIT_OK, EXIT_INPUT = 0, 2
LEVELS = ("ERR", "WARN", "INFO")
HEADER = (
    "# Candidate contract: scripts/import_spec.py normalized the API server's export ({source}).\n"
    "# Review it against openapi/stateset-api.yaml before adopting anything; do not edit by hand.\n"
)


class _NoAliases(yaml.SafeDumper):
    """A dumper that writes shared sub-trees out in full instead of as YAML anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(doc: dict[str, Any]) -> str:
    """The candidate as block YAML, keys in document order."""
    return yaml.dump(doc, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=120)


def report(fixes: Sequence[Fix]) -> str:
    """The fix list: one line per fix, with its count."""
    changed = [f for f in fixes if f.kind == "fix"]
    lines = [f"import_spec: {len(changed)} fix{'es' if len(changed) != 1 else ''}, {len(fixes) - len(changed)} notes"]
    lines += [f"  {f.line()}" for f in fixes]
    return "\n".join(lines) + "\n"


def validate(doc: dict[str, Any]) -> str | None:
    """None if ``doc`` is valid OpenAPI, else the validator's first line."""
    from openapi_spec_validator import validate as _validate

    try:
        _validate(doc)
    except Exception as exc:  # the validator raises several unrelated types
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def summarize(payload: dict[str, Any]) -> str:
    """Counts per level and per rule id, from specdiff's JSON output."""
    counts: Counter[tuple[str, str]] = Counter((c["level"], c["id"]) for c in payload["changes"])
    levels: Counter[str] = Counter(c["level"] for c in payload["changes"])
    verdict = "BREAKING" if payload["breaking"] else "no breaking changes"
    lines = [f"  {verdict}: " + (", ".join(f"{levels[lv]} {lv}" for lv in LEVELS if levels[lv]) or "no changes")]
    for (level, rule), n in sorted(counts.items(), key=lambda item: (LEVELS.index(item[0][0]), -item[1], item[0][1])):
        lines.append(f"    {level:<4} {n:>4}  {rule}")
    lines.append("  (run with --diff-format text or markdown for every change)")
    return "\n".join(lines) + "\n"


def diff(base: str, revision: str, fmt: str) -> str:
    """specdiff's report of ``base`` -> ``revision`` (never failing), or its summary."""
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        specdiff_main([base, revision, "--format", "json" if fmt == "summary" else fmt, "--fail-on", "never"])
    return summarize(json.loads(buffer.getvalue())) if fmt == "summary" else buffer.getvalue()


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="import_spec.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("upstream", help="the API server's export (JSON or YAML)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"candidate YAML (default: {DEFAULT_OUT})")
    parser.add_argument(
        "--against",
        default=str(CONTRACT),
        help="our contract, PATH or git:REF:path: the diff's base and the model for renamed operationIds",
    )
    parser.add_argument(
        "--diff-format",
        choices=["summary", "text", "markdown", "json"],
        default="summary",
        help="summary: counts per rule (default); text/markdown/json: specdiff's full report",
    )
    parser.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator")
    parser.add_argument("--no-diff", action="store_true", help="skip the specdiff run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        upstream = load_document(args.upstream)
        contract = load_document(args.against)  # also the reference for renamed operationIds
    except InputError as exc:
        print(f"import_spec: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    candidate, fixes = normalize(upstream, contract)
    sys.stdout.write(report(fixes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER.format(source=args.upstream) + dump_yaml(candidate), encoding="utf-8")
    print(f"import_spec: wrote {args.out}")
    if not args.no_validate:
        problem = validate(candidate)
        print(f"import_spec: candidate is {'valid OpenAPI' if problem is None else 'INVALID: ' + problem}")
    if not args.no_diff:
        print(f"import_spec: adopting the candidate, compared with {args.against}:")
        sys.stdout.write(diff(args.against, str(args.out), args.diff_format))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover - exercised through subprocess tests
    sys.exit(main())
