"""Private, atomic writes of small state files (calibrations, counters, backups)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def ensure_private_dir(path: Path) -> Path:
    """Create `path` and every missing folder above it with mode 0700 (mkdir -p would not)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        # mkdir's mode passes through the umask, which may have taken the owner's bits.
        folder.chmod(0o700)
    return path


def private_state_dir(path: Path) -> Path:
    """A state folder of Plutus's own: created, and made readable by its owner alone."""
    ensure_private_dir(path)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def write_atomic(
    path: Path, data: bytes, *, mode: int = 0o600, owner: tuple[int, int] | None = None
) -> None:
    """Write `data` to `path` so a reader sees the old file or the new one, never half.

    `mode` and `owner` (uid, gid) let a rewrite of someone else's file keep its own.
    """
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        if owner is not None and os.geteuid() == 0:
            os.chown(tmp, *owner)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # The rename itself is durable only once the folder is on disk too.
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def write_json(path: Path, value: Any) -> None:
    write_atomic(path, (json.dumps(value, indent=2, sort_keys=True) + "\n").encode())


def read_json(path: Path, default: Any) -> Any:
    """The JSON in `path`, or `default` when the file does not exist."""
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return default
