"""Private, rotated copies of each Hermes config taken before every write.

A backup is saved before the replace and rotated only once the write is verified; a write
that is undone drops its backup, so failed passes never push real backups out.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from plutus.statefile import ensure_private_dir, private_state_dir, write_atomic

log = logging.getLogger(__name__)


def config_id(config: Path) -> str:
    """A stable folder name per config file: its profile folder's name and a short hash."""
    resolved = config.resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return f"{resolved.parent.name or 'root'}-{digest}"


def folder(state_dir: Path, config: Path) -> Path:
    return state_dir / "backups" / config_id(config)


def save(state_dir: Path, config: Path, data: bytes, *, now: float | None = None) -> Path:
    """Store `data` as the newest backup of `config`, in folders only the owner can read."""
    private_state_dir(state_dir)
    private_state_dir(state_dir / "backups")
    where = ensure_private_dir(folder(state_dir, config))
    # One reading of the clock, in whole microseconds, so the name never goes back in time.
    micros = int((time.time() if now is None else now) * 1_000_000)
    seconds, fraction = divmod(micros, 1_000_000)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(seconds))
    path = where / f"{stamp}.{fraction:06d}Z-{config.name}"
    write_atomic(path, data)
    log.info("backup saved config=%s backup=%s", config, path.name)
    return path


def rotate(state_dir: Path, config: Path, *, keep: int) -> None:
    """Drop all but the newest `keep` backups of `config`."""
    for old in listed(state_dir, config)[keep:]:
        old.unlink(missing_ok=True)


def listed(state_dir: Path, config: Path) -> list[Path]:
    """Backups of `config`, newest first."""
    where = folder(state_dir, config)
    if not where.is_dir():
        return []
    return sorted((p for p in where.iterdir() if not p.name.startswith(".")), reverse=True)
