"""The bundled sample Hermes home, used when no home is given and `~/.hermes` does not exist.

It ships as text (a SQL dump of a ledger Hermes's own code wrote, a Hermes config, an
exporter config); loading it builds the ledger afresh with its times shifted so that the
newest session is an hour old, so its figures never go stale.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from plutus.statefile import ensure_private_dir

SOURCE = Path(__file__).parent / "sample_home"
_TIMES = {
    "sessions": ("started_at", "ended_at"),
    "session_model_usage": ("first_seen", "last_seen"),
    "messages": ("timestamp",),
}


def materialize(dest: Path, now: float) -> Path:
    """Build the sample home in `dest` (replacing what is there) and return it."""
    if dest.exists():
        shutil.rmtree(dest)
    ensure_private_dir(dest)
    for name in ("config.yaml", "plutus.yml"):
        shutil.copy(SOURCE / name, dest / name)
        (dest / name).chmod(0o600)
    dumps = sorted(SOURCE.glob("**/state.sql"))
    databases = [_load(dump, dest / dump.relative_to(SOURCE).with_suffix(".db")) for dump in dumps]
    newest = max(_newest(db) for db in databases)
    for db in databases:
        _shift(db, now - 3600 - newest)
    return dest


def _load(dump: Path, db: Path) -> Path:
    ensure_private_dir(db.parent)
    db.touch(mode=0o600)
    conn = sqlite3.connect(db)
    try:
        conn.executescript(dump.read_text(encoding="utf-8"))
    finally:
        conn.close()
    return db


def _newest(db: Path) -> float:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        candidates = [
            conn.execute(f"SELECT MAX({column}) FROM {table}").fetchone()[0]
            for table, columns in _TIMES.items()
            for column in columns
        ]
    return max(c for c in candidates if c is not None)


def _shift(db: Path, delta: float) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        for table, columns in _TIMES.items():
            for column in columns:
                conn.execute(f"UPDATE {table} SET {column} = {column} + ?", (delta,))
