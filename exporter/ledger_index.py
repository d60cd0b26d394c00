"""A private index of one Hermes ledger: its cost rows, priced once, kept in step with it.

Reading a busy ledger from scratch means walking every session row's system prompt. The
index holds each session's cost rows (a few small numbers each) in a SQLite file of
Plutus's own, with the ledger attached read-only beside it. A refresh asks the ledger
whether it changed at all (`data_version`), and if it did, which sessions: new rowids,
usage rows touched since the last look, new messages. Only those sessions are read again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from urllib.parse import quote

from exporter import ledger_sql
from exporter.ledger_sql import ROW_COLUMNS, TOKEN_KINDS
from exporter.pricing import price
from plutus.providers import plutus_name
from plutus.statefile import ensure_private_dir

log = logging.getLogger(__name__)

FORMAT = "plutus-ledger-index-3"
BUSY_TIMEOUT_MS = 5000
CLOCK_SKEW = 300.0  # usage rows touched this long before the last look are looked at again

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS rows ({", ".join(ROW_COLUMNS)});
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
"""
# Built after a bulk load, which is faster than keeping them up to date row by row.
_INDEXES = """
CREATE INDEX IF NOT EXISTS rows_sid ON rows(sid);
CREATE INDEX IF NOT EXISTS rows_key_at ON rows(provider, model, at);
"""
_COUNTED = "(input + output + cache_read + cache_write)"
_ACTIVE = f"({_COUNTED} + reasoning > 0 OR cost > 0)"
_UNPRICED = f"CASE WHEN cost IS NULL THEN {_COUNTED} ELSE 0 END"


class LedgerIndexError(RuntimeError):
    """The ledger could not be read into the index; the message says why."""


def _sql_price(provider, model, inp, out, cache_read, cache_write, calls, at):
    tokens = {"input": inp or 0, "output": out or 0, "cache_read": cache_read or 0,
              "cache_write": cache_write or 0}  # fmt: skip
    try:
        return price(provider, model or "unknown", tokens, calls or 0, at or 0.0)
    except Exception:  # a price that cannot be worked out is unpriced, never a failed read
        log.debug("pricing failed provider=%s model=%s", provider, model, exc_info=True)
        return None


class LedgerIndex:
    def __init__(self, ledger: Path, index: Path):
        self.ledger, self.index = ledger, index
        self.conn: sqlite3.Connection | None = None
        self.immutable = False
        self.session_rows = 0
        self._data_version: int | None = None

    def open(self) -> None:
        ensure_private_dir(self.index.parent)
        conn = sqlite3.connect(
            f"file:{quote(str(self.index))}", uri=True, isolation_level=None,
            check_same_thread=False,
        )  # fmt: skip
        self.index.chmod(0o600)
        conn.execute("PRAGMA journal_mode=OFF")  # a cache: rebuilt whenever in doubt
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.create_function("plutus_provider", 2, plutus_name, deterministic=True)
        conn.create_function("plutus_price", 8, _sql_price, deterministic=True)
        conn.executescript(_SCHEMA)
        self.session_rows = conn.execute("SELECT count(*) FROM rows WHERE kind >= 1").fetchone()[0]
        self.conn = conn
        self._attach()

    def _attach(self) -> None:
        """Attach the ledger read-only; immutable when no -wal is left and -shm can't be made."""
        uri = f"file:{quote(str(self.ledger))}?mode=ro"
        try:
            self.conn.execute("ATTACH DATABASE ? AS ledger", (uri,))
            self.conn.execute("SELECT 1 FROM ledger.sqlite_master LIMIT 1").fetchall()
            self.immutable = False
            return
        except sqlite3.OperationalError as exc:
            if "ledger" in {row[1] for row in self.conn.execute("PRAGMA database_list")}:
                self.conn.execute("DETACH DATABASE ledger")
            # Only a reader that cannot make the -shm file, with no -wal left to miss, may
            # read the file as immutable; a locked or broken database is an error.
            readonly = "readonly" in str(exc) or "unable to open" in str(exc)
            if not readonly or Path(f"{self.ledger}-wal").exists() or not self.ledger.exists():
                raise LedgerIndexError(f"cannot open {self.ledger}: {exc}") from exc
        self.conn.execute("ATTACH DATABASE ? AS ledger", (f"{uri}&immutable=1",))
        self.immutable = True

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def changed(self) -> bool:
        """Whether the ledger may have changed since the last sync (cheap: no table read)."""
        if self.conn is None or self.immutable:
            return True
        try:
            version = self.conn.execute("PRAGMA ledger.data_version").fetchone()[0]
        except sqlite3.Error:
            self.close()  # the next sync reopens it and says what is wrong
            return True
        return version != self._data_version

    def sync(self) -> tuple[list[tuple], list[tuple]] | None:
        """Bring the index in step; returns (removed rows, added rows), or None after a rebuild."""
        try:
            if self.conn is None:
                self.open()
            elif self.immutable:
                self.conn.execute("DETACH DATABASE ledger")
                self._attach()
            self.conn.execute("BEGIN")
            try:
                result = self._sync()
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self._data_version = self.conn.execute("PRAGMA ledger.data_version").fetchone()[0]
            return result
        except sqlite3.Error as exc:
            self.close()
            raise LedgerIndexError(f"cannot read {self.ledger}: {exc}") from exc

    def _sync(self):
        meta = dict(self.conn.execute("SELECT key, value FROM meta"))
        if meta.get("format") != FORMAT or meta.get("ledger") != self._identity():
            return self._rebuild()
        sids, marks = self._changed_sids(meta)
        removed = self._rows_of(sids)
        self.conn.execute("DELETE FROM rows WHERE sid IN (SELECT value FROM json_each(?))",
                          (json.dumps(sids),))  # fmt: skip
        self._insert(only=sids)
        added = self._rows_of(sids)
        self.session_rows += sum(r[1] >= 1 for r in added) - sum(r[1] >= 1 for r in removed)
        if self._session_count() != self.session_rows:
            log.info("ledger lost sessions (pruned?); rebuilding the index ledger=%s", self.ledger)
            return self._rebuild()
        self._save_marks(marks)
        return removed, added

    def _rebuild(self) -> None:
        self.conn.execute("DROP INDEX IF EXISTS rows_sid")
        self.conn.execute("DROP INDEX IF EXISTS rows_key_at")
        self.conn.execute("DELETE FROM rows")
        self.conn.execute("DELETE FROM meta")
        marks = self._watermarks()
        self._insert(only=None)
        for statement in filter(None, (s.strip() for s in _INDEXES.split(";"))):
            self.conn.execute(statement)
        self.session_rows = self._session_count()
        self._save_marks(marks)
        self.conn.executemany("INSERT INTO meta VALUES (?, ?)",
                              [("format", FORMAT), ("ledger", self._identity())])  # fmt: skip
        return None

    def _identity(self) -> str:
        """Which ledger this is: its path, file, and first session (a new file is a new ledger)."""
        first = self.conn.execute(
            "SELECT rowid, id, started_at FROM ledger.sessions ORDER BY rowid LIMIT 1"
        ).fetchone()
        return json.dumps([str(self.ledger), self.ledger.stat().st_ino, first])

    def _insert(self, only: list[int] | None) -> None:
        select = ledger_sql.cost_rows_sql(self.conn, only_some=only is not None)
        params = {"sids": json.dumps(only)} if only is not None else {}
        self.conn.execute(f"INSERT INTO rows {select}", params)

    def _has(self, table: str, column: str) -> bool:
        return column in ledger_sql.columns(self.conn, table)

    def _watermarks(self, last_seen: float | None = None) -> dict[str, float]:
        """The newest rowids (each a lookup of the right edge of a b-tree) and usage time,
        which a full read looks up and an incremental one already knows."""

        def newest(table: str, column: str, key: str = "rowid") -> float:
            if not self._has(table, column):
                return 0
            query = f"SELECT COALESCE(MAX({key}), 0) FROM ledger.{table}"
            return self.conn.execute(query).fetchone()[0]

        if last_seen is None:
            last_seen = newest("session_model_usage", "last_seen", "last_seen")
        return {
            "max_sid": newest("sessions", "id"),
            "max_usage": newest("session_model_usage", "session_id"),
            "max_last_seen": last_seen,
            "max_message": newest("messages", "id", "id"),
        }

    def _save_marks(self, marks: dict[str, float]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(marks.items()))

    def _changed_sids(self, meta: dict) -> tuple[list[int], dict[str, float]]:
        """Sessions that are new, whose usage rows moved, or that got new messages."""
        found = {r[0] for r in self.conn.execute(
            "SELECT rowid FROM ledger.sessions WHERE rowid > ?", (meta["max_sid"],))}  # fmt: skip
        last_seen = meta["max_last_seen"]
        if self._has("session_model_usage", "last_seen"):
            touched = self.conn.execute(
                "SELECT session_id, last_seen FROM ledger.session_model_usage"
                " WHERE rowid > ? OR last_seen > ?",
                (meta["max_usage"], meta["max_last_seen"] - CLOCK_SKEW),
            ).fetchall()
            found |= {r[0] for r in self.conn.execute(
                "SELECT rowid FROM ledger.sessions WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted({r[0] for r in touched})),))}  # fmt: skip
            last_seen = max([last_seen, *(r[1] or 0 for r in touched)])
        if self._has("messages", "session_id"):
            found |= {r[0] for r in self.conn.execute(
                "SELECT s.rowid FROM ledger.sessions s WHERE s.id IN (SELECT session_id FROM"
                " ledger.messages WHERE id > ?)", (meta["max_message"],))}  # fmt: skip
        return sorted(found), self._watermarks(last_seen)

    def _rows_of(self, sids: list[int]) -> list[tuple]:
        return self.conn.execute(
            f"SELECT {', '.join(ROW_COLUMNS)} FROM rows"
            " WHERE sid IN (SELECT value FROM json_each(?))", (json.dumps(sids),)
        ).fetchall()  # fmt: skip

    def _session_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM ledger.sessions").fetchone()[0]

    def totals(self) -> list[tuple]:
        """Per (provider, model): sessions, spend, tokens by kind, unpriced, first activity."""
        tokens = ", ".join(f"TOTAL({k})" for k in TOKEN_KINDS)
        return self.conn.execute(
            f"SELECT provider, model, TOTAL(kind = 1), TOTAL(cost), {tokens}, TOTAL({_UNPRICED}),"
            f" MIN(CASE WHEN {_ACTIVE} THEN at END) FROM rows GROUP BY provider, model"
        ).fetchall()

    def since(self, provider: str, model: str, cutoff: float) -> list[tuple]:
        """The key's active rows at or after `cutoff`, oldest first: at, cost, tokens, unpriced."""
        return self.conn.execute(
            f"SELECT at, COALESCE(cost, 0), {_COUNTED}, {_UNPRICED} FROM rows"
            f" WHERE provider = ? AND model = ? AND at >= ? AND {_ACTIVE} ORDER BY at",
            (provider, model, cutoff),
        ).fetchall()

    def first_activity(self, provider: str, model: str) -> float | None:
        return self.conn.execute(
            f"SELECT MIN(at) FROM rows WHERE provider = ? AND model = ? AND {_ACTIVE}",
            (provider, model),
        ).fetchone()[0]

    def spent_since(self, provider: str, model: str, cutoff: float) -> float:
        return self.conn.execute(
            "SELECT TOTAL(cost) FROM rows WHERE provider = ? AND model = ? AND at >= ?",
            (provider, model, cutoff),
        ).fetchone()[0]
