"""Run every benchmark and write the figures into benchmarks/README.md.

Each benchmark prints JSON rows with --json (see _harness.py); this script collects them
into one table per benchmark, with the command that reproduces the run.

    .venv/bin/python benchmarks/run_all.py [bench_client bench_decode ...]
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = [
    "bench_import",
    "bench_client",
    "bench_decode",
    "bench_cache",
    "bench_bulk",
    "bench_query",
    "bench_sandbox",
    "bench_specdiff",
    "bench_cli",
]
MARK_START, MARK_END = "<!-- results:start -->", "<!-- results:end -->"


def run(name: str) -> list[dict[str, object]] | str:
    script = HERE / f"{name}.py"
    if not script.exists():
        return "not present"
    proc = subprocess.run(
        [sys.executable, str(script), "--json"], capture_output=True, text=True, cwd=HERE, check=False, timeout=1800
    )
    if proc.returncode != 0:
        return f"failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}"
    last = proc.stdout.strip().splitlines()[-1]
    try:
        rows: list[dict[str, object]] = json.loads(last)
    except ValueError:
        return "no JSON rows (run it directly for its own output)"
    return rows


def fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return "" if value is None else str(value)


def table(rows: list[dict[str, object]]) -> str:
    lines = ["| metric | value | baseline (same run) | ratio | target | met |", "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        base = f"{r['baseline']}: {fmt(r['baseline_value'])} {r['unit']}" if r.get("baseline") else ""
        ratio = f"{r['ratio']:.2f}x" if isinstance(r.get("ratio"), float) else ""
        met = {True: "yes", False: "**no**", None: ""}[r.get("ok")]  # type: ignore[index]
        lines.append(f"| {r['metric']} | {fmt(r['value'])} {r['unit']} | {base} | {ratio} | {r['target']} | {met} |")
    return "\n".join(lines)


def main() -> None:
    names = sys.argv[1:] or ORDER
    sections = [
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()}, "
        f"Python {platform.python_version()}, {platform.system()}; reproduce with `make bench` "
        f"(or `.venv/bin/python benchmarks/<name>.py`). Medians; every ratio is against a baseline "
        f"measured in the same run.",
    ]
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        result = run(name)
        body = table(result) if isinstance(result, list) else f"_{result}_"
        sections.append(f"### {name}\n\n{body}")
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else f"# Benchmarks\n\n{MARK_START}\n{MARK_END}\n"
    head, _, rest = text.partition(MARK_START)
    _, _, tail = rest.partition(MARK_END)
    readme.write_text(f"{head}{MARK_START}\n" + "\n\n".join(sections) + f"\n{MARK_END}{tail}", encoding="utf-8")
    print("\n\n".join(sections))


if __name__ == "__main__":
    main()
