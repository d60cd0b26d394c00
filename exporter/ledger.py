"""Reading one Hermes ledger (`state.db`): read-only, WAL-safe, aggregated in SQL."""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from exporter import ledger_sql
from exporter.ledger_sql import TOKEN_KINDS
from exporter.pricing import price
from plutus.providers import plutus_name

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 5.0


class LedgerError(RuntimeError):
    """The ledger could not be read; the message says why."""


@dataclass
class ModelFigures:
    """What one provider's model cost in one profile: all time and since each cutoff."""

    spend: float = 0.0
    since: list[float] = field(default_factory=list)
    tokens: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TOKEN_KINDS, 0))
    unpriced_tokens: int = 0
    burn_tokens: int = 0
    burn_unpriced_tokens: int = 0
    first_at: float | None = None

    def add_first(self, at: float | None) -> None:
        if at is not None and (self.first_at is None or at < self.first_at):
            self.first_at = at


@dataclass
class LedgerFigures:
    models: dict[tuple[str, str], ModelFigures]
    sessions: dict[str, int]


def connect(path: Path) -> sqlite3.Connection:
    """Open `path` read-only; never writes, never checkpoints, never changes the journal mode.

    A reader that cannot write beside the database cannot create the `-shm` file, so once
    Hermes has closed it the plain read-only open fails; with no `-wal` file left there is
    nothing unmerged to miss, and the file is opened as immutable instead.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if Path(f"{path}-wal").exists() or not path.exists():
            raise LedgerError(f"cannot open {path}: {exc}") from exc
    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, check_same_thread=False)
    return conn


def read_ledger(path: Path, cutoffs: list[float], burn_start: float) -> LedgerFigures:
    """Spend, tokens and sessions per (provider, model) in the ledger at `path`."""
    try:
        conn = connect(path)
        try:
            with conn:
                conn.execute("BEGIN")
                return _read(conn, cutoffs, burn_start)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise LedgerError(f"cannot read {path}: {exc}") from exc


def _read(conn: sqlite3.Connection, cutoffs: list[float], burn_start: float) -> LedgerFigures:
    rows = ledger_sql.cost_rows_sql(conn)
    models: dict[tuple[str, str], ModelFigures] = defaultdict(
        lambda: ModelFigures(since=[0.0] * len(cutoffs))
    )
    for row in conn.execute(ledger_sql.priced_sql(rows, len(cutoffs)), [*cutoffs, burn_start]):
        _add_priced(models, row, len(cutoffs))
    for row in conn.execute(ledger_sql.unpriced_sql(rows)):
        _add_unpriced(models, row, cutoffs, burn_start)
    sessions: dict[str, int] = defaultdict(int)
    for provider, base_url, count in conn.execute(ledger_sql.sessions_sql(conn)):
        sessions[plutus_name(provider, base_url)] += count
    return LedgerFigures(dict(models), dict(sessions))


def _add_priced(models: dict, row: tuple, n: int) -> None:
    provider, base_url, model, spend = row[0], row[1], row[2], row[3]
    figures = models[(plutus_name(provider, base_url), model)]
    figures.spend += spend
    figures.since = [a + b for a, b in zip(figures.since, row[4 : 4 + n], strict=True)]
    for kind, count in zip(TOKEN_KINDS, row[4 + n : 9 + n], strict=True):
        figures.tokens[kind] += int(count)
    figures.burn_tokens += int(row[9 + n])
    figures.add_first(row[10 + n])


def _add_unpriced(models: dict, row: tuple, cutoffs: list[float], burn_start: float) -> None:
    provider, base_url, model = row[0], row[1], row[2]
    tokens = dict(zip(TOKEN_KINDS, (int(v) for v in row[3:8]), strict=True))
    calls, at = int(row[8]), float(row[9])
    name = plutus_name(provider, base_url)
    figures = models[(name, model)]
    for kind, count in tokens.items():
        figures.tokens[kind] += count
    counted = tokens["input"] + tokens["output"] + tokens["cache_read"] + tokens["cache_write"]
    in_burn = at >= burn_start
    figures.burn_tokens += counted if in_burn else 0
    figures.add_first(at)
    cost = price(name, model, tokens, calls, at)
    if cost is None:
        figures.unpriced_tokens += counted
        figures.burn_unpriced_tokens += counted if in_burn else 0
        return
    figures.spend += float(cost)
    figures.since = [
        s + (float(cost) if at >= c else 0.0) for s, c in zip(figures.since, cutoffs, strict=True)
    ]
