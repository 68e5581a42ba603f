"""`import stateset` wall time as a ratio to `import httpx`, in fresh interpreters.

Each sample is a new Python process that times only the import statement (interpreter
start-up excluded), alternating the statements so load drifts hit all of them alike.

    .venv/bin/python benchmarks/bench_import.py [--runs 21] [--json]
"""

from __future__ import annotations

import subprocess
import sys

from _harness import Row, emit, median

STATEMENTS = {
    "import httpx": "import httpx",
    "import stateset": "import stateset",
    "from stateset import Stateset": "from stateset import Stateset",
    "Stateset() + first resource": "from stateset import Stateset; Stateset(api_key='sk_test_x').orders",
}
TARGET = 1.5


def sample(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 21
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            times[name].append(sample(statement))
    base = median(times["import httpx"])
    rows = [Row("import", "import httpx (baseline)", base * 1000, "ms")]
    for name in list(STATEMENTS)[1:]:
        value = median(times[name])
        target = f"<= {TARGET}x" if name == "import stateset" else "reported"
        ok = value / base <= TARGET if name == "import stateset" else None
        rows.append(Row("import", name, value * 1000, "ms", "import httpx", base * 1000, target, ok))
    emit(rows)


if __name__ == "__main__":
    main()
