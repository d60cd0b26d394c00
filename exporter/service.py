"""The exporter at run time: reads each source on its own schedule, keeps the latest snapshot."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from exporter import calibration
from exporter.compose import compose
from exporter.config import ConfigError, ExporterConfig, load_config
from exporter.ledger import LedgerError, LedgerFigures, read_ledger
from exporter.snapshot import Health, LedgerState, Snapshot, ledger_cutoffs
from exporter.sources import LIVE_SOURCES, BalanceReading, BalanceSource, SourceError
from exporter.spend_counters import SpendCounters
from plutus.hermes_home import ledgers, read_key

log = logging.getLogger(__name__)


class Exporter:
    def __init__(
        self,
        config: ExporterConfig,
        home: Path,
        state_dir: Path | None,
        clock: Callable[[], float] = time.time,
        sample: bool = False,
    ):
        self.config, self.home, self.state_dir = config, home, state_dir
        self.clock, self.sample = clock, sample
        self.counters = SpendCounters(state_dir)
        self.sources = _live_sources(config, home)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ledger: LedgerState | None = None
        self._good: dict[str, LedgerFigures] = {}
        self._live: dict[str, BalanceReading | None] = dict.fromkeys(self.sources)
        self._health: dict[tuple[str, str, str], Health] = {}
        self._warned: set[str] = set()
        self._snapshot = Snapshot(clock(), False, sample=sample)
        self._config_text = config.source.read_bytes() if config.source else None

    def snapshot(self) -> Snapshot:
        return self._snapshot

    def reload_config(self) -> bool:
        """Re-read the configuration file if it changed; a broken file keeps the old one."""
        path = self.config.source
        if path is None:
            return False
        try:
            text = path.read_bytes()
        except OSError as exc:
            log.error("config unreadable path=%s error=%s; keeping the previous one", path, exc)
            return False
        if text == self._config_text:
            return False
        try:
            config = load_config(path)
        except ConfigError as exc:
            log.error("config rejected; keeping the previous one: %s", exc)
            return False
        self._apply_config(config, text)
        log.info("config reloaded path=%s providers=%s", path, ",".join(config.providers))
        return True

    def _apply_config(self, config: ExporterConfig, text: bytes | None) -> None:
        with self._lock:
            self.config, self._config_text = config, text
            self.sources = _live_sources(config, self.home)
            self._live = {name: self._live.get(name) for name in self.sources}
            self._health = {k: h for k, h in self._health.items() if _still_wanted(k, self.sources)}
            self._rebuild()

    def calibrations(self):
        stored = calibration.load(self.state_dir) if self.state_dir else {}
        return calibration.effective(self.config, stored)

    def refresh_ledger(self) -> None:
        """Read every profile's ledger; a profile that fails keeps its last good figures."""
        self.reload_config()
        now = self.clock()
        cutoffs = ledger_cutoffs(self.config, now, self.calibrations())
        burn_start = cutoffs[4]
        found = ledgers(self.home)
        if not found:
            self._mark("ledger", "", "default", False, now)
            log.warning("no ledger found home=%s", self.home)
        for ledger in found:
            try:
                self._good[ledger.profile] = read_ledger(ledger.path, list(cutoffs), burn_start)
                self._mark("ledger", "", ledger.profile, True, now)
            except LedgerError as exc:
                self._mark("ledger", "", ledger.profile, False, now)
                log.warning("ledger read failed profile=%s error=%s", ledger.profile, exc)
        complete = found and all(ledger.profile in self._good for ledger in found)
        with self._lock:
            if complete and self._fresh(found, now):
                self._ledger = LedgerState(dict(self._good), now, cutoffs)
            self._rebuild()

    def _fresh(self, found, now: float) -> bool:
        """Whether every profile was read in this pass (else the windows would mix times)."""
        return all(self._health[("ledger", "", f.profile)].up for f in found)

    def refresh_balances(self) -> None:
        now = self.clock()
        for name, source in self.sources.items():
            try:
                reading = source.read()
            except SourceError as exc:
                self._mark("balance", name, "", False, now)
                log.warning("balance read failed provider=%s error=%s", name, exc)
                continue
            self._note_once(name, reading.notes)
            self._live[name] = reading
            self._mark("balance", name, "", True, now)
        with self._lock:
            self._rebuild()

    def _note_once(self, name: str, notes: tuple[str, ...]) -> None:
        for note in notes:
            if f"{name}:{note}" not in self._warned:
                self._warned.add(f"{name}:{note}")
                log.warning("balance incomplete provider=%s reason=%s", name, note)

    def _mark(self, source: str, provider: str, profile: str, up: bool, now: float) -> None:
        key = (source, provider, profile)
        before = self._health.get(key)
        last = now if up else (before.last_success if before else None)
        self._health[key] = Health(source, provider, profile, up, last)

    def _rebuild(self) -> None:
        self._snapshot = compose(
            self.config,
            self._ledger,
            self._live,
            self.calibrations(),
            tuple(self._health[k] for k in sorted(self._health)),
            self.counters,
            self.clock(),
            self.sample,
        )

    def run_forever(self) -> None:
        """Refresh each source on its own schedule until `stop()`."""
        threads = [
            threading.Thread(
                target=self._every,
                args=(self.config.refresh_ledger, self.refresh_ledger),
                name="ledger",
                daemon=True,
            ),
            threading.Thread(
                target=self._every,
                args=(self.config.refresh_balances, self.refresh_balances),
                name="balances",
                daemon=True,
            ),
        ]
        for thread in threads:
            thread.start()
        self._stop.wait()

    def _every(self, interval: float, work: Callable[[], None]) -> None:
        while not self._stop.is_set():
            try:
                work()
            except Exception:
                log.exception("refresh failed; retrying next interval")
            self._stop.wait(interval)

    def stop(self) -> None:
        self._stop.set()


def _still_wanted(key: tuple[str, str, str], sources: dict) -> bool:
    source, provider, _profile = key
    return source != "balance" or provider in sources


def _live_sources(config: ExporterConfig, home: Path) -> dict[str, BalanceSource]:
    sources = {}
    for name, provider in config.providers.items():
        kind = LIVE_SOURCES.get(name)
        if kind is None or provider.api_base is None:
            continue
        key = read_key(home, provider.api_key_env)
        sources[name] = kind(provider.api_base, key, config.balance_timeout, config.fx_usd)
    return sources
