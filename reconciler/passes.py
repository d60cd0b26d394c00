"""One reconciler pass: read the signals, decide per config, verify models, write if needed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from plutus.statefile import private_state_dir, read_json, write_json
from reconciler import backups, hermes_config
from reconciler.decision import Decision, Liveness, Routing, decide
from reconciler.liveness import LivenessChecker
from reconciler.rules import Rules
from reconciler.signals import SignalError, Signals, Source, describe

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What one pass did to one Hermes config."""

    config: Path
    routing: Routing | None = None
    decision: Decision | None = None
    plan: hermes_config.Plan | None = None
    liveness: dict[str, Liveness] = field(default_factory=dict)
    written: bool = False
    error: str | None = None


@dataclass
class PassResult:
    at: float
    signals: Signals
    outcomes: list[Outcome]
    signal_error: str | None = None

    @property
    def success(self) -> bool:
        return self.signal_error is None and all(o.error is None for o in self.outcomes)

    @property
    def writes(self) -> int:
        return sum(o.written for o in self.outcomes)


def history_path(state_dir: Path, config: Path, *, dry_run: bool = False) -> Path:
    """Where the pass history of `config` is kept; dry passes keep theirs apart."""
    folder = state_dir / "history" / "dry-run" if dry_run else state_dir / "history"
    return folder / f"{backups.config_id(config)}.json"


class Reconciler:
    """Runs passes over every configured Hermes config with one rules file and one source."""

    def __init__(
        self,
        rules: Rules,
        configs: list[Path],
        source: Source,
        state_dir: Path,
        *,
        dry_run: bool = False,
        checker: Callable[[Rules], LivenessChecker] = LivenessChecker,
        clock: Callable[[], float] = time.time,
    ):
        self.rules, self.configs, self.source = rules, configs, source
        self.state_dir, self.dry_run = state_dir, dry_run
        self.checker, self.clock = checker, clock

    def run_pass(self, *, write: bool = True) -> PassResult:
        """One pass; with `write` false (explain) nothing on disk changes."""
        now = self.clock()
        signal_error = None
        try:
            signals = self.source.fetch(self.rules, now)
        except SignalError as exc:
            log.error("signals unavailable error=%s; no change this pass", exc)
            signals, signal_error = {}, str(exc)
        checker = self.checker(self.rules)
        outcomes = [self._one(config, signals, checker, write) for config in self.configs]
        result = PassResult(now, signals, outcomes, signal_error)
        log.info(
            "pass done configs=%d writes=%d success=%s",
            len(outcomes),
            result.writes,
            str(result.success).lower(),
        )
        return result

    def _one(
        self, config: Path, signals: Signals, checker: LivenessChecker, write: bool
    ) -> Outcome:
        outcome = Outcome(config)
        try:
            self._decide(outcome, signals, checker, write)
        except hermes_config.WriteError as exc:
            log.error("config not written config=%s error=%s", config, exc)
            outcome.error = str(exc)
        return outcome

    def _history(self, config: Path) -> dict:
        """The pass history; a dry loop starts from the real one and then goes its own way, so
        consecutive dry passes count as real ones would without touching the real history."""
        real = read_json(history_path(self.state_dir, config), {})
        if not self.dry_run:
            return real
        return read_json(history_path(self.state_dir, config, dry_run=True), real)

    def _save_history(self, config: Path, decision: Decision) -> None:
        # Exclusions count passes in this history: a pass that cannot keep it writes nothing.
        path = history_path(self.state_dir, config, dry_run=self.dry_run)
        try:
            private_state_dir(self.state_dir)
            private_state_dir(path.parent)
            write_json(path, decision.history)
        except OSError as exc:
            raise hermes_config.WriteError(
                f"pass history not saved in {self.state_dir} ({exc.strerror}); "
                "nothing written, the old file is intact"
            ) from exc

    def _decide(
        self, outcome: Outcome, signals: Signals, checker: LivenessChecker, write: bool
    ) -> None:
        config, rules = outcome.config, self.rules
        raw, current = hermes_config.read(config, rules)
        outcome.routing = current
        known = any(
            signals.get(p.name, {}).get(rules.ranking_signal) is not None for p in rules.providers
        )
        # Without any known signal no choice is made, so the providers need not be asked.
        outcome.liveness = checker.check(config.parent) if known else {}
        decision = decide(signals, rules, current, self._history(config), outcome.liveness)
        outcome.decision = decision
        _log_decision(config, decision, rules, signals)
        if write:
            self._save_history(config, decision)
        if not decision.settled:
            return
        outcome.plan = hermes_config.plan(config, raw, decision.routing, rules)
        if not outcome.plan.changed:
            log.debug("config already as decided config=%s", config)
            return
        if self.dry_run:
            print(f"# dry run: {config} would change\n{outcome.plan.diff()}", end="", flush=True)
        elif not rules.enabled:
            log.info("rules disabled; not written config=%s", config)
        elif write:
            backup = hermes_config.write(outcome.plan, rules, self.state_dir)
            outcome.written = backup is not None
            outcome.routing = decision.routing


def _log_decision(config: Path, decision: Decision, rules: Rules, signals: Signals) -> None:
    runways = " ".join(
        f"{p}={describe(signals.get(p, {}).get(rules.ranking_signal))}" for p, _ in decision.ranking
    )
    log.info(
        "decision config=%s changed=%s %s=[%s] reasons=%s",
        config,
        str(decision.changed).lower(),
        rules.ranking_signal,
        runways,
        " | ".join(decision.reasons),
    )
