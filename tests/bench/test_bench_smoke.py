"""The benchmark at its smallest size, as CI runs it: figures printed, exactness checked.

No time is asserted: speed is for the benchmark's table, not for a test.
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_and_its_figures_equal_a_straightforward_recomputation(
    tmp_path, hermes_env, capsys
):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "10000", "--json", str(out),
         "--dir", str(tmp_path), "--hermes-python", str(hermes_env)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    with capsys.disabled():
        print("\n" + done.stdout)
    assert done.returncode == 0, done.stderr[-3000:]
    (result,) = json.loads(out.read_text())
    assert result["sessions"] == 10000
    assert result["max_abs_error_usd"] <= 1e-9
