"""Drive Hermes's own code (hermes-agent in its own virtual environment) in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEDGER_OPS = Path(__file__).resolve().parent / "hermes_ledger_ops.py"


def hermes_python() -> Path | None:
    """The interpreter of the Hermes environment, from PLUTUS_HERMES_PYTHON or `.venv-hermes`."""
    configured = os.environ.get("PLUTUS_HERMES_PYTHON")
    path = Path(configured) if configured else ROOT / ".venv-hermes" / "bin" / "python"
    return path if path.exists() else None


def hermes_env(home: Path) -> dict[str, str]:
    managed = home.parent / f"{home.name}-managed"
    managed.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "HERMES_HOME": str(home),
        "HERMES_MANAGED_DIR": str(managed),
        "HOME": str(home.parent),
    }


def _python() -> str:
    python = hermes_python()
    if python is None:
        raise RuntimeError(
            "Hermes environment missing: run `make test` or set PLUTUS_HERMES_PYTHON"
        )
    return str(python)


def run_hermes(home: Path, script: str, *, now: float | None = None) -> object:
    """Run `script` with Hermes's code and HERMES_HOME=`home`; return the JSON it prints last.

    With `now`, Hermes's clock (`time.time` as its modules see it) reads that epoch second,
    so the rows it writes carry chosen timestamps.
    """
    prelude = ""
    if now is not None:
        prelude = f"import time as _t\n_t.time = lambda: {now!r}\n"
    done = subprocess.run(
        [_python(), "-c", prelude + textwrap.dedent(script)],
        env=hermes_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Hermes script failed:\n{done.stderr[-4000:]}")
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None


def write_ledger(home: Path, ops: list[dict], db: str = "state.db") -> None:
    """Apply ledger operations (see hermes_ledger_ops.py) with Hermes's SessionDB."""
    home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [_python(), str(LEDGER_OPS), str(home / db)],
        env=hermes_env(home),
        input="\n".join(json.dumps(op) for op in ops) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Hermes ledger write failed:\n{done.stderr[-4000:]}")


class HermesWriter:
    """A long-lived Hermes process holding the ledger open, applying operations on request."""

    def __init__(self, home: Path, db: str = "state.db"):
        home.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [_python(), str(LEDGER_OPS), str(home / db), "--interactive"],
            env=hermes_env(home),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._expect("ready")

    def _expect(self, word: str) -> None:
        line = self.process.stdout.readline().strip()
        if line != word:
            raise RuntimeError(f"Hermes writer said {line!r}, expected {word!r}")

    def apply(self, *ops: dict) -> None:
        for op in ops:
            self.process.stdin.write(json.dumps(op) + "\n")
            self.process.stdin.flush()
            self._expect("ok")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)

    def __enter__(self) -> HermesWriter:
        return self

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
