"""Private, rotated copies of each Hermes config taken before every write."""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from plutus.statefile import ensure_private_dir, write_atomic

log = logging.getLogger(__name__)


def config_id(config: Path) -> str:
    """A stable folder name per config file: its profile folder's name and a short hash."""
    resolved = config.resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return f"{resolved.parent.name or 'root'}-{digest}"


def folder(state_dir: Path, config: Path) -> Path:
    return state_dir / "backups" / config_id(config)


def save(
    state_dir: Path, config: Path, data: bytes, *, keep: int, now: float | None = None
) -> Path:
    """Store `data` as the newest backup of `config` and drop all but the newest `keep`."""
    where = ensure_private_dir(folder(state_dir, config))
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now or time.time()))
    fraction = f"{(now or time.time()) % 1:.6f}"[2:]
    path = where / f"{stamp}.{fraction}Z-{config.name}"
    write_atomic(path, data)
    for old in listed(state_dir, config)[keep:]:
        old.unlink(missing_ok=True)
    log.info("backup saved config=%s backup=%s", config, path.name)
    return path


def listed(state_dir: Path, config: Path) -> list[Path]:
    """Backups of `config`, newest first."""
    where = folder(state_dir, config)
    if not where.is_dir():
        return []
    return sorted((p for p in where.iterdir() if not p.name.startswith(".")), reverse=True)
