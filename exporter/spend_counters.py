"""Keeps `plutus_spend_usd_total` from ever going down, restarts included.

Hermes may prune old sessions, and a restart starts from nothing: the published value of
each series is the highest it has ever been, kept in the state directory.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from plutus.statefile import read_json, write_json

log = logging.getLogger(__name__)

Key = tuple[str, str, str]  # provider, model, profile


class SpendCounters:
    def __init__(self, state_dir: Path | None):
        self._path = state_dir / "spend_counters.json" if state_dir else None
        self._lock = threading.Lock()
        raw = read_json(self._path, []) if self._path else []
        self._high: dict[Key, float] = {(r[0], r[1], r[2]): float(r[3]) for r in raw}

    def publish(self, current: dict[Key, float]) -> dict[Key, float]:
        """The values to publish: never below any value published before."""
        with self._lock:
            changed = False
            for key, value in current.items():
                if value > self._high.get(key, float("-inf")):
                    self._high[key] = value
                    changed = True
            if changed:
                self._save()
            return dict(self._high)

    def _save(self) -> None:
        if self._path is None:
            return
        rows = [[*key, value] for key, value in sorted(self._high.items())]
        try:
            write_json(self._path, rows)
        except OSError as exc:
            log.warning("spend counters not saved path=%s error=%s", self._path, exc)
