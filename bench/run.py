"""`make bench`: the exporter's costs against a bare SQLite scan of the same ledger.

    python bench/run.py [--sizes 10000,100000] [--json FILE] [--dir .bench]
For each size: a ledger in Hermes's exact schema (bench/build_ledger.py, with Hermes's own
code), the baseline aggregate over `sessions` that any reader scanning it pays, then one
exporter run (bench/probe.py) whose figures are checked against a straightforward
recomputation (bench/straight.py). Prints a table; exits 1 if a figure is not exact.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.straight import recompute  # noqa: E402

TOLERANCE = 1e-9
ROWS = [
    ("baseline: SELECT SUM(...) FROM sessions", "baseline_s", "s"),
    ("cold start to first complete scrape", "cold_start_s", "s"),
    ("refresh after 100 sessions changed", "refresh_after_change_s", "s"),
    ("refresh with no change", "refresh_no_change_s", "s"),
    ("scrape p50, 4 scrapers, refreshing", "scrape_p50_s", "s"),
    ("scrape p99, 4 scrapers, refreshing", "scrape_p99_s", "s"),
    ("peak resident memory", "peak_rss_mb", "MB"),
    ("(imports, not in cold start)", "imports_s", "s"),
]


def ledger(size: int, where: Path, hermes_python: str) -> Path:
    """A pristine ledger of `size` sessions, built once, copied afresh for every run."""
    pristine = where / f"ledger-{size}"
    if not (pristine / "state.db").exists():
        shutil.rmtree(pristine, ignore_errors=True)
        subprocess.run([hermes_python, str(BENCH / "build_ledger.py"), str(pristine), str(size)],
                       check=True)  # fmt: skip
    home = where / f"run-{size}" / "home"
    shutil.rmtree(home.parent, ignore_errors=True)
    home.mkdir(parents=True)
    shutil.copy(pristine / "state.db", home / "state.db")
    return home


def baseline(db: Path) -> float:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    query = "SELECT billing_provider, SUM(estimated_cost_usd) FROM sessions GROUP BY 1"
    times = []
    for _ in range(3):
        started = time.perf_counter()
        conn.execute(query).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return statistics.median(times)


def exactness(result: dict, home: Path) -> float:
    """The largest difference between the exporter's figures and the recomputation."""
    names = [f"c{i}" for i in range(len(result["cutoffs"]))]
    straight = recompute(home / "state.db", dict(zip(names, result["cutoffs"], strict=True)))
    worst = 0.0
    for provider, model, _profile, spend in result["figures"]:
        expected = straight.get((provider, model), {"all": 0.0})
        worst = max(worst, abs(spend - expected["all"]))
        for name, value in zip(names, result["since"].get(f"{provider}|{model}", []), strict=False):
            worst = max(worst, abs(value - expected[name]))
    missing = {k for k, v in straight.items() if v["all"]} - {
        (f[0], f[1]) for f in result["figures"]
    }
    return float("inf") if missing else worst


def run(size: int, where: Path, hermes_python: str) -> dict:
    home = ledger(size, where, hermes_python)
    figures = {"sessions": size, "baseline_s": baseline(home / "state.db")}
    probe = subprocess.run(
        [sys.executable, str(BENCH / "probe.py"), str(home), str(home.parent / "state"),
         hermes_python], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    if probe.returncode != 0:
        raise SystemExit(f"bench: the exporter run failed:\n{probe.stderr[-3000:]}")
    result = json.loads(probe.stdout)
    figures.update({k: v for k, v in result.items() if not isinstance(v, list | dict)})
    figures["max_abs_error_usd"] = exactness(result, home)
    return figures


def table(results: list[dict]) -> str:
    lines = [f"{'figure':<42}" + "".join(f"{r['sessions']:>12,} sess.  ratio" for r in results)]
    for label, key, unit in ROWS:
        cells = []
        for r in results:
            ratio = "" if unit == "MB" else f"{r[key] / r['baseline_s']:>6.3f}x"
            value, shown = (r[key] * 1000, "ms") if unit == "s" else (r[key], "MB")
            cells.append(f"{value:>12.2f} {shown} {ratio:>7}")
        lines.append(f"{label:<42}" + "".join(cells))
    errors = "".join(f"{r['max_abs_error_usd']:>15.1e} USD    " for r in results)
    lines.append(f"{'largest error against recomputation':<42}{errors}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--dir", type=Path, default=ROOT / ".bench")
    parser.add_argument("--hermes-python", default=str(ROOT / ".venv-hermes" / "bin" / "python"))
    args = parser.parse_args()
    results = [run(int(s), args.dir, args.hermes_python) for s in args.sizes.split(",")]
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0 if all(r["max_abs_error_usd"] <= TOLERANCE for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
