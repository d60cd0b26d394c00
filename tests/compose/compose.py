"""docker-compose.yml as the Compose implementation reads it (no Docker engine needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hermes import ROOT

BIN = Path(sys.executable).parent
COMPOSE_FILE = ROOT / "docker-compose.yml"


def compose(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`docker-compose ARGS` on the project's file, blind to the environment and to any .env."""
    empty = tmp_path / "empty.env"
    empty.touch()
    command = [str(BIN / "docker-compose"), "--project-directory", str(ROOT)]
    command += ["--file", str(COMPOSE_FILE), "--env-file", str(empty), *args]
    environ = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    return subprocess.run(command, env=environ, capture_output=True, text=True, check=False)


def normalized(tmp_path: Path) -> dict:
    done = compose(tmp_path, "config", "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def flags(command: list[str]) -> dict[str, str]:
    """--name=value and --name value pairs of a command line (a bare --flag maps to "")."""
    found, words = {}, list(command)
    while words:
        word = words.pop(0)
        if not word.startswith("--"):
            continue
        name, equals, value = word.partition("=")
        if not equals and words and not words[0].startswith("--"):
            value = words.pop(0)
        found[name] = value
    return found


def mounts(service: dict) -> dict[str, dict]:
    """Mount target -> the mount (type, source, read_only)."""
    return {volume["target"]: volume for volume in service.get("volumes", [])}
