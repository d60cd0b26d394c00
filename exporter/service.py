"""The exporter at run time: reads each source on its own schedule, keeps the latest snapshot."""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from exporter import calibration
from exporter.capture import CaptureTracker
from exporter.compose import SourceReads, compose
from exporter.config import ConfigError, ExporterConfig, load_config
from exporter.ledger import Ledger, LedgerError, LedgerFigures
from exporter.scheduling import Every, backoff
from exporter.snapshot import Health, LedgerState, Snapshot, ledger_cutoffs
from exporter.sources import Reading, SourceError, build_sources
from exporter.spend_counters import SpendCounters
from plutus.hermes_home import home_key, ledgers

log = logging.getLogger(__name__)

SourceKey = tuple[str, str]  # (kind, provider)


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
        # Counters and the ledger index belong to one Hermes home; calibrations to accounts.
        self.home_state = state_dir / "homes" / home_key(home) if state_dir else None
        self.counters = SpendCounters(self.home_state)
        self.capture = CaptureTracker(config.burn_window)
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._sources_stop: threading.Event | None = None
        self._ledger: LedgerState | None = None
        self._good: dict[str, LedgerFigures] = {}
        self._ledgers: dict[str, Ledger] = {}
        self._scratch: tempfile.TemporaryDirectory | None = None
        self._readings: dict[SourceKey, Reading] = {}
        self._failures: dict[SourceKey, int] = {}
        self._health: dict[tuple[str, str, str], Health] = {}
        self._warned: set[str] = set()
        self._snapshot = Snapshot(clock(), False, sample=sample)
        self._config_text = config.source.read_bytes() if config.source else None
        self.sources = self._build_sources(config)

    def snapshot(self) -> Snapshot:
        return self._snapshot

    def ledger_state(self) -> LedgerState | None:
        """The figures of the last complete ledger read, per profile, with their cutoffs."""
        return self._ledger

    def calibrations(self):
        stored = calibration.load(self.state_dir) if self.state_dir else {}
        return calibration.effective(self.config, stored)

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
            self.sources = self._build_sources(config)
            for reader in self._ledgers.values():
                reader.close()  # windows are sized by the burn window: start them afresh
            self._ledgers = {}
            self._readings = {k: r for k, r in self._readings.items() if k in self.sources}
            self._health = {k: h for k, h in self._health.items() if _still_wanted(k, self.sources)}
            if self._sources_stop is not None:
                self._start_sources()
            self._rebuild()

    def _build_sources(self, config: ExporterConfig):
        sources = build_sources(config, self.home)
        for source in sources.values():
            source.clock = self.clock
        return sources

    def refresh_ledger(self) -> float:
        """Read every profile's ledger; a profile that fails keeps its last good figures."""
        self.reload_config()
        now = self.clock()
        cutoffs = ledger_cutoffs(self.config, now, self.calibrations())
        found = ledgers(self.home)
        self._forget_profiles_gone({f.profile for f in found})
        if not found:
            self._mark("ledger", "", "default", False, now)
            log.warning("no ledger found home=%s", self.home)
        for ledger in found:
            try:
                reader = self._ledger_for(ledger)
                self._good[ledger.profile] = reader.read(list(cutoffs), cutoffs[4], now)
                self._mark("ledger", "", ledger.profile, True, now)
            except LedgerError as exc:
                self._mark("ledger", "", ledger.profile, False, now)
                log.warning("ledger read failed profile=%s error=%s", ledger.profile, exc)
        # Publish only a pass in which every profile was read: windows of one moment.
        read_all = found and all(self._health[("ledger", "", f.profile)].up for f in found)
        with self._lock:
            if read_all:
                self._ledger = LedgerState(dict(self._good), now, cutoffs)
            self._rebuild()
        return self.config.refresh_ledger

    def _forget_profiles_gone(self, present: set[str]) -> None:
        for profile in set(self._good) - present:
            log.info("profile gone profile=%s; its figures are dropped", profile)
            self._good.pop(profile)
            self._ledgers.pop(profile).close()
            self._health.pop(("ledger", "", profile), None)

    def _ledger_for(self, ledger) -> Ledger:
        """The reader of one profile's ledger, with its index in the state directory."""
        reader = self._ledgers.get(ledger.profile)
        if reader is None or reader.index.ledger != ledger.path:
            keep = max(30 * 86400.0, self.config.burn_window)
            reader = Ledger(ledger.path, self._index_dir() / f"{ledger.profile}.sqlite", keep)
            self._ledgers[ledger.profile] = reader
        return reader

    def _index_dir(self) -> Path:
        if self.home_state is not None:
            return self.home_state / "ledger-index"
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="plutus-index-")
        return Path(self._scratch.name)

    def refresh_balances(self) -> None:
        """Read every provider source once, now."""
        for key in list(self.sources):
            self.read_source(key)

    def read_source(self, key: SourceKey) -> float:
        """Read one source; returns the delay before it should be read again."""
        source = self.sources.get(key)
        if source is None:
            return self.config.refresh_balances
        kind, provider = key
        interval = self.config.providers[provider].refresh or self.config.refresh_balances
        now = self.clock()
        try:
            reading = source.read()
        except SourceError as exc:
            return self._source_failed(key, exc, interval, now)
        except Exception as exc:  # a source that breaks in a way nobody foresaw is down, too
            log.debug("source raised provider=%s", provider, exc_info=True)
            error = SourceError(f"{provider}: unexpected {type(exc).__name__} reading the answer")
            return self._source_failed(key, error, interval, now)
        if self._failures.pop(key, 0):
            log.info("source recovered source=%s provider=%s", kind, provider)
        self._note_once(provider, reading.notes)
        with self._lock:
            self._readings[key] = reading
            self._mark(kind, provider, "", True, now)
            self._observe_capture(provider, reading, now)
            self._rebuild()
        return interval

    def _source_failed(self, key: SourceKey, exc: SourceError, interval: float, now: float):
        failures = self._failures[key] = self._failures.get(key, 0) + 1
        delay = backoff(interval, failures, exc.retry_after)
        if failures == 1:
            log.warning("source down source=%s provider=%s error=%s; last good figures kept, "
                        "retrying with backoff, next in %.0fs", *key, exc, delay)  # fmt: skip
        with self._lock:
            self._mark(*key, "", False, now)
            self._rebuild()
        return delay

    def _observe_capture(self, provider: str, reading: Reading, now: float) -> None:
        snapshot = self._snapshot
        if reading.usd is None or not snapshot.ledger_ready:
            return
        spent = sum(v for (p, _m, _f), v in snapshot.spend_totals.items() if p == provider)
        self.capture.observe(provider, now, reading.usd, spent)

    def _note_once(self, provider: str, notes: tuple[str, ...]) -> None:
        for note in notes:
            if f"{provider}:{note}" not in self._warned:
                self._warned.add(f"{provider}:{note}")
                log.warning("balance incomplete provider=%s reason=%s", provider, note)

    def _mark(self, source: str, provider: str, profile: str, up: bool, now: float) -> None:
        key = (source, provider, profile)
        before = self._health.get(key)
        last = now if up else (before.last_success if before else None)
        self._health[key] = Health(source, provider, profile, up, last)

    def _rebuild(self) -> None:
        with self._lock:
            reads = SourceReads(
                dict(self._readings),
                frozenset(name for kind, name in self.sources if kind == "balance"),
                self.capture.captures(),
            )
            snapshot = compose(
                self.config,
                self._ledger,
                reads,
                self.calibrations(),
                tuple(self._health[k] for k in sorted(self._health)),
                self.counters,
                self.clock(),
                self.sample,
            )
            # The same figures keep the same snapshot, so the page rendered for it is reused.
            if replace(snapshot, taken_at=self._snapshot.taken_at) != self._snapshot:
                self._snapshot = snapshot

    def run_forever(self) -> None:
        """Refresh every source on its own schedule until `stop()`."""
        Every("ledger", self.refresh_ledger, self._stop).start()
        with self._lock:
            self._start_sources()
        self._stop.wait()
        with self._lock:
            if self._sources_stop is not None:
                self._sources_stop.set()

    def _start_sources(self) -> None:
        """(Re)start one thread per source; the previous ones stop at their next wake-up."""
        if self._sources_stop is not None:
            self._sources_stop.set()
        self._sources_stop = threading.Event()
        for key in self.sources:
            name = f"{key[0]}-{key[1]}"
            Every(name, lambda key=key: self.read_source(key), self._sources_stop).start()

    def stop(self) -> None:
        self._stop.set()


def _still_wanted(key: tuple[str, str, str], sources: dict) -> bool:
    source, provider, _profile = key
    return source == "ledger" or (source, provider) in sources
