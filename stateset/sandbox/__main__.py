"""``python -m stateset.sandbox``: serve the sandbox over HTTP."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._server import serve


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m stateset.sandbox", description="Run the Stateset sandbox API server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--db", default=":memory:", help="SQLite file (default: in memory)")
    parser.add_argument("--seed", choices=["demo"], help="load a dataset into an empty database")
    parser.add_argument("--api-key", action="append", dest="api_keys", help="accept only this key (repeatable)")
    parser.add_argument("--faults", type=float, help="fraction of requests that get an injected fault")
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    serve(
        args.host,
        args.port,
        db=args.db,
        seed=args.seed,
        api_keys=args.api_keys,
        faults=args.faults,
        log_level=args.log_level,
    )
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a process by the server tests, which coverage does not follow
    sys.exit(main())
