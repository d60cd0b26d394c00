"""Drive Hermes's own code (hermes-agent in its own virtual environment) in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def hermes_python() -> Path | None:
    """The interpreter of the Hermes environment, from PLUTUS_HERMES_PYTHON or `.venv-hermes`."""
    configured = os.environ.get("PLUTUS_HERMES_PYTHON")
    path = Path(configured) if configured else ROOT / ".venv-hermes" / "bin" / "python"
    return path if path.exists() else None


def run_hermes(home: Path, script: str, *, now: float | None = None) -> object:
    """Run `script` with Hermes's code and HERMES_HOME=`home`; return the JSON it prints last.

    With `now`, Hermes's clock (`time.time` as its modules see it) reads that epoch second,
    so the rows it writes carry chosen timestamps.
    """
    python = hermes_python()
    if python is None:
        raise RuntimeError(
            "Hermes environment missing: run `make test` or set PLUTUS_HERMES_PYTHON"
        )
    prelude = ""
    if now is not None:
        prelude = f"import time as _t\n_t.time = lambda: {now!r}\n"
    managed = home.parent / f"{home.name}-managed"
    managed.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HERMES_HOME": str(home),
        "HERMES_MANAGED_DIR": str(managed),
        "HOME": str(home.parent),
    }
    done = subprocess.run(
        [str(python), "-c", prelude + textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Hermes script failed:\n{done.stderr[-4000:]}")
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None
