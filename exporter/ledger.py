"""One Hermes ledger (`state.db`) as figures: spend, tokens and sessions per provider and model.

The index (ledger_index.py) keeps the cost rows in step with the ledger; this module keeps
their totals and recent windows in memory and answers any set of cut-offs from them, so a
refresh of an unchanged ledger reads nothing at all.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from exporter.ledger_index import LedgerIndex, LedgerIndexError
from exporter.ledger_sql import TOKEN_KINDS
from exporter.ledger_windows import KeyWindow

log = logging.getLogger(__name__)

MARGIN = 2 * 86400.0  # recent rows kept beyond the longest window, so windows can slide


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


@dataclass
class LedgerFigures:
    models: dict[tuple[str, str], ModelFigures]
    sessions: dict[str, int]


@dataclass
class _Totals:
    sessions: int
    spend: float
    tokens: dict[str, int]
    unpriced: int
    first_at: float | None

    @classmethod
    def of(cls, row: tuple) -> _Totals:
        """From the index's totals: sessions, spend, tokens by kind, unpriced, first activity."""
        tokens = dict(zip(TOKEN_KINDS, (int(v) for v in row[2:7]), strict=True))
        return cls(int(row[0]), row[1], tokens, int(row[7]), row[8])

    def add(self, row: tuple, sign: int) -> None:
        """Add (sign 1) or take away (sign -1) one index row: ROW_COLUMNS."""
        _sid, kind, _provider, _model, at, cost, *tokens = row
        self.sessions += sign * (kind == 1)
        self.spend += sign * (cost or 0.0)
        for name, count in zip(TOKEN_KINDS, tokens, strict=True):
            self.tokens[name] += sign * (count or 0)
        counted = sum(tokens[:4])
        if cost is None:
            self.unpriced += sign * counted
        if sign > 0 and (counted + tokens[4] > 0 or (cost or 0) > 0):
            self.first_at = at if self.first_at is None else min(self.first_at, at)


class Ledger:
    """One profile's ledger, read through its index; `read` gives figures for given cutoffs."""

    def __init__(self, path: Path, index_path: Path, keep: float):
        self.index = LedgerIndex(path, index_path)
        self.keep = keep + MARGIN  # how far back the in-memory windows reach
        self._totals: dict[tuple[str, str], _Totals] = {}
        self._windows: dict[tuple[str, str], KeyWindow] = {}
        self._older: dict[tuple[str, str, float], float] = {}

    def read(self, cutoffs: list[float], burn_start: float, now: float) -> LedgerFigures:
        try:
            if self.index.changed():
                self._refresh(now)
            elif any(w.start < now - self.keep - MARGIN for w in self._windows.values()):
                self._slide(now)  # let rows older than any window go, so memory stays flat
            return self._figures(cutoffs, burn_start)
        except LedgerIndexError as exc:
            raise LedgerError(str(exc)) from exc

    def close(self) -> None:
        self.index.close()

    def _refresh(self, now: float) -> None:
        started = time.perf_counter()
        change = self.index.sync()
        if change is None or not self._totals:
            self._totals = {(r[0], r[1]): _Totals.of(r[2:]) for r in self.index.totals()}
            self._windows, self._older = {}, {}
            self._slide(now)
        else:
            self._apply(*change, now)
        log.debug("ledger read path=%s seconds=%.4f", self.index.ledger,
                  time.perf_counter() - started)  # fmt: skip

    def _apply(self, removed: list[tuple], added: list[tuple], now: float) -> None:
        """Fold the changed sessions' rows into the totals; rebuild only the windows they touch."""
        touched = _changed_keys(removed, added)
        for sign, rows in ((-1, removed), (1, added)):
            for row in rows:
                key = (row[2], row[3])
                totals = self._totals.setdefault(
                    key, _Totals(0, 0.0, dict.fromkeys(TOKEN_KINDS, 0), 0, None)
                )
                totals.add(row, sign)
        for key in touched:
            totals = self._totals[key]
            if any(r[4] == totals.first_at for r in removed if (r[2], r[3]) == key):
                totals.first_at = self.index.first_activity(*key)
            self._update_window(key, removed, added, now)
        self._older = {k: v for k, v in self._older.items() if (k[0], k[1]) not in touched}

    def _update_window(self, key, removed: list[tuple], added: list[tuple], now: float) -> None:
        window = self._windows.get(key)
        if window is None:
            self._windows[key] = KeyWindow(now - self.keep, self.index.since(*key, now - self.keep))
            return
        try:
            window.update(_window_rows(key, removed), _window_rows(key, added))
        except LookupError:  # never expected; the index is the truth, so read it again
            log.warning("window out of step key=%s; reading it again from the index", key)
            self._windows[key] = KeyWindow(now - self.keep, self.index.since(*key, now - self.keep))

    def _slide(self, now: float) -> None:
        start = now - self.keep
        self._windows = {
            key: KeyWindow(start, self.index.since(*key, start)) for key in self._totals
        }

    def _figures(self, cutoffs: list[float], burn_start: float) -> LedgerFigures:
        models, sessions = {}, {}
        for key, totals in self._totals.items():
            if totals.sessions:
                sessions[key[0]] = sessions.get(key[0], 0) + totals.sessions
            if totals.first_at is None:
                continue  # sessions that never spent anything: counted, not listed
            models[key] = self._model(key, totals, cutoffs, burn_start)
        return LedgerFigures(models, sessions)

    def _model(self, key, totals: _Totals, cutoffs: list[float], burn_start: float):
        _cost, burn_tokens, burn_unpriced = self._since(key, totals, burn_start)
        return ModelFigures(
            spend=totals.spend,
            since=[self._since(key, totals, c)[0] for c in cutoffs],
            tokens=dict(totals.tokens),
            unpriced_tokens=totals.unpriced,
            burn_tokens=int(burn_tokens),
            burn_unpriced_tokens=int(burn_unpriced),
            first_at=totals.first_at,
        )

    def _since(self, key, totals: _Totals, cutoff: float) -> tuple[float, float, float]:
        window = self._windows.get(key)
        if window is not None and cutoff >= window.start:
            return window.since(cutoff)
        if (*key, cutoff) not in self._older:
            self._older[(*key, cutoff)] = self.index.spent_since(*key, cutoff)
        # Cut-offs this old are calibrations: only their spend is ever asked for.
        return self._older[(*key, cutoff)], 0.0, 0.0


def _changed_keys(removed: list[tuple], added: list[tuple]) -> set[tuple[str, str]]:
    """Keys whose active rows really differ: a session read again unchanged touches nothing,
    and an empty row (a session's remainder of nothing) moving in time changes no figure."""
    before, after = Counter(), Counter()
    for rows, into in ((removed, before), (added, after)):
        into.update(((r[2], r[3]), *r[4:]) for r in rows if _active(r))
    return {row[0] for row in (before - after) + (after - before)}


def _window_rows(key: tuple[str, str], rows: list[tuple]) -> list[tuple]:
    """ROW_COLUMNS rows of `key` as KeyWindow rows: at, cost, tokens counted, unpriced."""
    out = []
    for row in rows:
        if (row[2], row[3]) != key or not _active(row):
            continue
        counted = float(sum(t or 0 for t in row[6:10]))
        out.append((row[4], row[5] or 0.0, counted, counted if row[5] is None else 0.0))
    return out


def _active(row: tuple) -> bool:
    cost, tokens = row[5], row[6:]
    return (cost or 0) > 0 or sum(t or 0 for t in tokens) > 0
