"""Benchmark scripts/specdiff.py on two contracts of 100+ operations.

The base is the upstream export (../shared/upstream/stateset-api.v1.json, read-only) when it
is available, otherwise a synthetic 120-operation contract.  The revision is a copy mutated
programmatically in a temporary directory.  Prints the median wall time; target < 2 s.

    .venv/bin/python benchmarks/bench_specdiff.py [--runs N] [--synthetic]
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import importlib.util
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "specdiff.py"
UPSTREAM = Path(os.environ.get("STATESET_SHARED_DIR", ROOT.parent / "shared")) / "upstream" / "stateset-api.v1.json"
TARGET_SECONDS = 2.0
METHODS = ("get", "put", "post", "delete", "patch")


def load_specdiff() -> Any:
    """Import the script by path, exactly as it runs."""
    spec = importlib.util.spec_from_file_location("specdiff", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def synthetic_contract(n_resources: int = 24) -> dict[str, Any]:
    """A 5-operations-per-resource contract with enveloped, nested, recursive schemas."""
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for i in range(n_resources):
        name = f"Thing{i}"
        schemas[name] = {
            "type": "object",
            "required": ["id", "status"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "status": {"type": "string", "enum": ["new", "active", "closed"]},
                "notes": {"type": ["string", "null"]},
                "lines": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "sku": {"type": "string"},
                            "qty": {"type": "integer", "minimum": 1},
                        },
                    },
                },
                "parent": {"oneOf": [{"type": "null"}, {"$ref": f"#/components/schemas/{name}"}]},
            },
        }
        envelope = {
            "type": "object",
            "required": ["success"],
            "properties": {
                "success": {"type": "boolean"},
                "data": {"$ref": f"#/components/schemas/{name}"},
            },
        }
        ok = {"200": {"description": "ok", "content": {"application/json": {"schema": envelope}}}}
        body = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
        }
        item = {"parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]}
        for method in ("get", "put", "delete"):
            item[method] = {"operationId": f"{method}_thing{i}", "responses": ok}
        item["put"]["requestBody"] = body
        paths[f"/things{i}/{{id}}"] = item
        paths[f"/things{i}"] = {
            "get": {
                "operationId": f"list_thing{i}",
                "responses": ok,
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
            },
            "post": {"operationId": f"create_thing{i}", "requestBody": body, "responses": ok},
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "bench", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def mutate(doc: dict[str, Any]) -> dict[str, Any]:
    """A revision with a spread of breaking and additive changes on every 7th operation."""
    rev = copy.deepcopy(doc)
    ops = [
        (path, m, op)
        for path, item in rev["paths"].items()
        for m, op in item.items()
        if m in METHODS and isinstance(op, dict)
    ]
    for index, (_, _, op) in enumerate(ops[::7]):
        kind = index % 4
        if kind == 0:
            op["operationId"] = f"{op.get('operationId', 'op')}_v2"
        elif kind == 1:
            op.setdefault("parameters", []).append(
                {
                    "name": f"tenant{index}",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string"},
                }
            )
        elif kind == 2:
            op["deprecated"] = True
        else:
            op.setdefault("responses", {}).pop("500", None)
    for index, schema in enumerate(rev["components"]["schemas"].values()):
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict) and props and index % 3 == 0:
            props.pop(sorted(props)[0])
            props[f"added_{index}"] = {"type": "string"}
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            schema["enum"].append("bench_new_value")
    first_path = next(iter(rev["paths"]))
    del rev["paths"][first_path]
    return rev


def measure(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def count_ops(doc: dict[str, Any]) -> int:
    """Number of operations in a document."""
    return sum(1 for item in doc["paths"].values() for m in item if m in METHODS)


Row = tuple[str, list[float]]


def run_benchmark(specdiff: Any, base_doc: dict[str, Any], runs: int) -> tuple[int, list[Row]]:
    """Time the checker in-process and as a subprocess; returns (changes found, rows)."""
    with tempfile.TemporaryDirectory() as tmp:
        base, rev = Path(tmp) / "base.json", Path(tmp) / "revision.json"
        base.write_text(json.dumps(base_doc))
        rev.write_text(json.dumps(mutate(base_doc)))

        def in_process(*argv: str) -> str:
            sink = io.StringIO()
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(io.StringIO()):
                specdiff.main(list(argv))
            return sink.getvalue()

        def cli() -> None:
            subprocess.run([sys.executable, str(SCRIPT), str(base), str(rev)], capture_output=True, check=False)

        # The first call also warms up imports.
        changes = len(json.loads(in_process(str(base), str(rev)))["changes"])
        rows = [
            ("in-process, base vs mutated", measure(lambda: in_process(str(base), str(rev)), runs)),
            ("in-process, base vs itself", measure(lambda: in_process(str(base), str(base)), runs)),
            ("subprocess (cold start)", measure(cli, max(3, runs // 2))),
        ]
    return changes, rows


def main() -> int:
    """Run the benchmark and print a small table; exit 1 if a median misses the target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--synthetic",
        action="store_true",
        help="use the synthetic contract even if the upstream export exists",
    )
    parser.add_argument("--json", action="store_true", help="print rows for run_all.py")
    args = parser.parse_args()
    if UPSTREAM.is_file() and not args.synthetic:
        base_doc, source = json.loads(UPSTREAM.read_text()), "upstream export"
    else:
        base_doc, source = synthetic_contract(), "synthetic contract"
    changes, rows = run_benchmark(load_specdiff(), base_doc, args.runs)
    if args.json:
        from _harness import Row, emit

        emit(
            [
                Row(
                    "specdiff",
                    f"{label} ({count_ops(base_doc)} operations, {source})",
                    statistics.median(times),
                    "s",
                    target=f"< {TARGET_SECONDS:.0f} s",
                    ok=statistics.median(times) < TARGET_SECONDS,
                )
                for label, times in rows
            ]
        )
        return 0
    print(
        f"specdiff benchmark: {source}, {count_ops(base_doc)} operations, "
        f"{changes} changes reported for the mutated copy"
    )
    print(f"{'mode':<30} {'runs':>4} {'min s':>7} {'median s':>9} {'max s':>7}")
    for label, times in rows:
        print(f"{label:<30} {len(times):>4} {min(times):>7.3f} {statistics.median(times):>9.3f} {max(times):>7.3f}")
    ok = max(statistics.median(times) for _, times in rows) < TARGET_SECONDS
    print(f"target: median < {TARGET_SECONDS:.1f} s -> {'OK' if ok else 'SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
