"""One Hermes ledger (`state.db`) as figures: spend, tokens and sessions per provider and model.

The index (ledger_index.py) keeps the cost rows in step with the ledger; this module keeps
their totals and recent windows in memory and answers any set of cut-offs from them, so a
refresh of an unchanged ledger reads nothing at all.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from exporter.ledger_index import IndexError_, LedgerIndex
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
        except IndexError_ as exc:
            raise LedgerError(str(exc)) from exc

    def close(self) -> None:
        self.index.close()

    def _refresh(self, now: float) -> None:
        started = time.perf_counter()
        self.index.sync()
        self._totals = {
            (r[0], r[1]): _Totals(int(r[2]), r[3], dict(zip(TOKEN_KINDS, map(int, r[4:9]),
                                                         strict=True)), int(r[9]), r[10])
            for r in self.index.totals()
        }  # fmt: skip
        self._windows = {}
        self._older = {}
        self._slide(now)
        log.debug("ledger indexed path=%s seconds=%.3f", self.index.ledger,
                  time.perf_counter() - started)  # fmt: skip

    def _slide(self, now: float) -> None:
        start = now - self.keep
        self._windows = {
            key: KeyWindow(start, self.index.since(*key, start)) for key in self._totals
        }

    def _figures(self, cutoffs: list[float], burn_start: float) -> LedgerFigures:
        models, sessions = {}, {}
        for key, totals in self._totals.items():
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
