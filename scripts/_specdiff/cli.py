"""Command line: ``specdiff.py BASE REVISION [--format ...] [--fail-on ...]``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from functools import partial

from .compare import diff_specs
from .loader import Diagnostics, InputError, load_document
from .operations import build_spec
from .output import RENDERERS, render_rules
from .registry import RULES, Level

TODAY_ENV = "SPECDIFF_TODAY"
EXIT_OK, EXIT_BREAKING, EXIT_INPUT = 0, 1, 2
# Which levels make the run fail, per --fail-on.
FAIL_LEVELS = {
    "breaking": {Level.ERR},
    "warn": {Level.ERR, Level.WARN},
    "never": set(),
}

DESCRIPTION = """\
Report breaking changes between two OpenAPI 3.0/3.1 documents (YAML or JSON).

BASE and REVISION are file paths or git:REF:path (read with `git show REF:path`).
Exit status: 0 nothing failing (see --fail-on), 1 failing changes, 2 unreadable input
or not an OpenAPI document.
"""
EPILOG = f"""\
Every rule ({len(RULES)} of them) is documented with its level and an example in
docs/specdiff.md; `--list-rules` prints the same catalogue.
Deprecation sunsets are compared with today's date; override it with --today or
${TODAY_ENV} (YYYY-MM-DD).
"""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``--help`` points at docs/specdiff.md)."""
    parser = argparse.ArgumentParser(
        prog="specdiff.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("base", nargs="?", help="base document: PATH or git:REF:path")
    parser.add_argument("revision", nargs="?", help="revised document: PATH or git:REF:path")
    parser.add_argument("--format", choices=sorted(RENDERERS), default="json", help="output format (default: json)")
    parser.add_argument(
        "--fail-on",
        choices=list(FAIL_LEVELS),
        default="breaking",
        help="exit 1 on ERR (breaking), on ERR or WARN (warn), or never",
    )
    parser.add_argument(
        "--today",
        type=_iso_date,
        default=None,
        help=f"date for x-sunset checks (default: ${TODAY_ENV} or today)",
    )
    parser.add_argument("--list-rules", action="store_true", help="print the rule catalogue in --format and exit")
    return parser


def resolve_today(option: date | None) -> date:
    """``--today``, else ``$SPECDIFF_TODAY``, else the real date."""
    if option is not None:
        return option
    env = os.environ.get(TODAY_ENV)
    if not env:
        return date.today()
    try:
        return date.fromisoformat(env)
    except ValueError:
        raise InputError(f"${TODAY_ENV} is not a YYYY-MM-DD date: {env!r}") from None


def run(args: argparse.Namespace) -> int:
    """Load, diff, print; returns the exit code."""
    diagnostics = Diagnostics()
    today = resolve_today(args.today)
    base_doc = load_document(args.base)
    rev_doc = load_document(args.revision)
    base = build_spec(base_doc, "base", partial(diagnostics.warn, "base"))
    rev = build_spec(rev_doc, "revision", partial(diagnostics.warn, "revision"))
    changes = diff_specs(base, rev, today)
    sys.stdout.write(RENDERERS[args.format](changes))
    failing = FAIL_LEVELS[args.fail_on]
    return EXIT_BREAKING if any(c.level in failing for c in changes) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code instead of exiting."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and usage errors; keep main() side-effect free
        return int(exc.code or 0)
    if args.list_rules:
        sys.stdout.write(render_rules(args.format))
        return EXIT_OK
    if args.base is None or args.revision is None:
        parser.print_usage(sys.stderr)
        print("specdiff: error: BASE and REVISION are required", file=sys.stderr)
        return EXIT_INPUT
    try:
        return run(args)
    except InputError as exc:
        print(f"specdiff: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except RecursionError:
        print("specdiff: error: a document is nested too deeply to compare", file=sys.stderr)
        return EXIT_INPUT
