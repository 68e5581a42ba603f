"""Start-up cost of the `stateset` command line, in fresh processes.

The figure that matters is ``stateset --help`` minus ``python -c pass`` (the bare
interpreter, measured in the same run): the target is under 150 ms. ``python -c "import
stateset"`` is shown too, because the console script lives inside the ``stateset``
package and so always pays for importing it. Commands alternate within each round so
load drifts on this shared machine hit all of them alike; medians are reported.

    .venv/bin/python benchmarks/bench_cli.py [--runs 21] [--json]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import Row, emit, median

BIN = str(Path(sys.executable).parent / "stateset")
TARGET_MS = 150.0
LAZY_HELP = (
    "import sys, types, importlib.util; "
    "spec = importlib.util.find_spec('stateset'); "
    "m = types.ModuleType('stateset'); m.__path__ = list(spec.submodule_search_locations); "
    "sys.modules['stateset'] = m; "
    "from stateset.cli import main; main(['--help'])"
)


def commands(cache: str) -> dict[str, list[str]]:
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import stateset'": [sys.executable, "-c", "import stateset"],
        "stateset --help": [BIN, "--help"],
        # What `stateset --help` costs once `stateset/__init__.py` imports lazily (PEP 562):
        # the package is stubbed so only the CLI's own imports run.
        "stateset --help, lazy package (simulated)": [sys.executable, "-c", LAZY_HELP],
        "stateset orders --help (cached catalog)": [BIN, "orders", "--help"],
        "stateset snippet orders.create": [BIN, "snippet", "orders.create"],
    }


def wall(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 21
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "STATESET_CLI_CACHE": cache}
        cmds = commands(cache)
        for argv in cmds.values():  # warm the page cache and build the catalog cache once
            wall(argv, env)
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for _ in range(runs):
            for name, argv in cmds.items():
                times[name].append(wall(argv, env) * 1000)
    base = median(times["python -c pass"])
    rows = [Row("cli", "python -c pass (baseline)", base, "ms")]
    for name in list(cmds)[1:]:
        value = median(times[name])
        is_help = name == "stateset --help"
        rows.append(
            Row(
                "cli",
                name,
                value,
                "ms",
                "python -c pass",
                base,
                f"< {TARGET_MS:.0f} ms over baseline" if is_help else "reported",
                (value - base) < TARGET_MS if is_help else None,
            )
        )
    rows.append(
        Row(
            "cli",
            "stateset --help minus python -c pass",
            median(times["stateset --help"]) - base,
            "ms",
            target=f"< {TARGET_MS:.0f} ms",
            ok=median(times["stateset --help"]) - base < TARGET_MS,
        )
    )
    emit(rows)


if __name__ == "__main__":
    main()
