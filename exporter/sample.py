"""The bundled sample Hermes home, used when no home is given and `~/.hermes` does not exist.

It ships as text (a SQL dump of a ledger Hermes's own code wrote, a Hermes config, an
exporter config); loading it builds the ledger afresh with its times shifted so that the
newest session is an hour old, so its figures never go stale.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

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
    dest.mkdir(parents=True, mode=0o700)
    for name in ("config.yaml", "plutus.yml"):
        shutil.copy(SOURCE / name, dest / name)
    conn = sqlite3.connect(dest / "state.db")
    try:
        conn.executescript((SOURCE / "state.sql").read_text(encoding="utf-8"))
        _shift(conn, now - 3600 - _newest(conn))
        conn.commit()
    finally:
        conn.close()
    return dest


def _newest(conn: sqlite3.Connection) -> float:
    candidates = [
        conn.execute(f"SELECT MAX({column}) FROM {table}").fetchone()[0]
        for table, columns in _TIMES.items()
        for column in columns
    ]
    return max(c for c in candidates if c is not None)


def _shift(conn: sqlite3.Connection, delta: float) -> None:
    for table, columns in _TIMES.items():
        for column in columns:
            conn.execute(f"UPDATE {table} SET {column} = {column} + ?", (delta,))
