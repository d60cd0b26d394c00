"""Running Plutus as `nobody` in a folder outside pytest's private tmp, and keeping every
word it says."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.security.servers import ROOT

NOBODY = 65534


def as_root() -> bool:
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def world() -> Path:
    """A folder every user can traverse; its contents are handed to `nobody` by `give`."""
    path = Path(tempfile.mkdtemp(dir="/tmp", prefix="plutus-sec-"))
    path.chmod(0o755)
    return path


def give(path: Path) -> None:
    """Hand `path` (and all below it) to nobody, when the tests run as root."""
    if not as_root():
        return
    for folder, dirs, files in os.walk(path):
        for name in [folder, *(os.path.join(folder, n) for n in dirs + files)]:
            os.chown(name, NOBODY, NOBODY)


class Runner:
    """Runs Plutus's commands as nobody (as root) or as the current user; keeps all output."""

    def __init__(self, env: dict[str, str]):
        self.env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), **env}
        self.said: list[str] = []
        self.prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        if not as_root():
            self.prefix = []

    def run(self, module: str, *args: str, env: dict | None = None):
        done = subprocess.run(
            [*self.prefix, sys.executable, "-m", module, *args],
            env={**self.env, **(env or {})}, capture_output=True, text=True, timeout=120,
            check=False,
        )  # fmt: skip
        self.said += [done.stdout, done.stderr]
        return done

    def start(self, module: str, *args: str, log: Path):
        with open(log, "w") as out:
            return subprocess.Popen(
                [*self.prefix, sys.executable, "-m", module, *args],
                env=self.env, stdout=out, stderr=out, text=True,
            )  # fmt: skip
