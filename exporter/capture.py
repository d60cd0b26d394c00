"""How much of the real spend the ledger captures: ledger spend over the fall of a live balance.

Per provider, an interval starts at the last top-up (a balance that rose) and reaches back at
most the burn window. The ledger side uses the published spend counters, which never go down,
so neither side of the ratio is ever negative.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)

TOP_UP_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Point:
    at: float
    balance: float
    ledger_spend: float


@dataclass(frozen=True)
class Capture:
    ledger_spend: float
    balance_fall: float

    @property
    def ratio(self) -> float | None:
        return self.ledger_spend / self.balance_fall if self.balance_fall > 0 else None


class CaptureTracker:
    def __init__(self, window: float):
        self.window = window
        self._points: dict[str, list[Point]] = {}
        self._lock = threading.Lock()

    def observe(self, provider: str, at: float, balance: float, ledger_spend: float) -> None:
        with self._lock:
            points = self._points.setdefault(provider, [])
            if points and balance > points[-1].balance + TOP_UP_TOLERANCE:
                log.info("top-up seen provider=%s from=%.2f to=%.2f; capture interval restarts",
                         provider, points[-1].balance, balance)  # fmt: skip
                points.clear()
            points.append(Point(at, balance, ledger_spend))
            # Keep the newest point at or before the window's start, so the interval covers it.
            while len(points) > 2 and points[1].at <= at - self.window:
                points.pop(0)

    def captures(self) -> dict[str, Capture]:
        with self._lock:
            return {
                provider: Capture(
                    max(0.0, points[-1].ledger_spend - points[0].ledger_spend),
                    points[0].balance - points[-1].balance,
                )
                for provider, points in self._points.items()
                if len(points) >= 2
            }
