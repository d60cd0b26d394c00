"""Composing a Snapshot from the latest ledger state, live balances and calibrations."""

from __future__ import annotations

from dataclasses import dataclass, field

from exporter.capture import Capture
from exporter.config import Calibration, ExporterConfig, ProviderConfig
from exporter.ledger import ModelFigures
from exporter.runway import runway_seconds
from exporter.snapshot import (
    Health,
    LedgerState,
    ProviderView,
    Snapshot,
    model_series,
    per_provider,
    provider_burn,
    spend_since,
)
from exporter.sources import Reading
from exporter.spend_counters import SpendCounters
from exporter.windows import WINDOWS


@dataclass(frozen=True)
class SourceReads:
    """What the provider sources last said: readings by (kind, provider), which providers
    have a live balance at all, and the drift each live balance shows."""

    readings: dict[tuple[str, str], Reading] = field(default_factory=dict)
    live: frozenset[str] = frozenset()
    captures: dict[str, Capture] = field(default_factory=dict)


def compose(
    config: ExporterConfig,
    ledger: LedgerState | None,
    reads: SourceReads,
    calibrations: dict[str, Calibration],
    health: tuple[Health, ...],
    counters: SpendCounters,
    now: float,
    sample: bool = False,
) -> Snapshot:
    grouped = per_provider(ledger) if ledger else {}
    # Spend counters never go down, so a pruned ledger does not raise a budget's balance.
    totals = counters.publish(_spend_totals(ledger)) if ledger else None
    providers = {
        name: _view(p, reads, calibrations.get(name), grouped, ledger, totals, config)
        for name, p in config.providers.items()
    }
    reported = {p: r.reported for (_kind, p), r in reads.readings.items() if r.reported}
    captures = {p: c for p, c in reads.captures.items() if p in providers}
    if ledger is None:
        return Snapshot(now, False, providers, health=health, sample=sample, reported=reported)
    return Snapshot(
        taken_at=now,
        ledger_ready=True,
        providers=providers,
        spend={name: _windows(models, ledger) for name, models in grouped.items()},
        burn=_burns(config, grouped, ledger),
        sessions=_sessions(ledger),
        models=model_series(ledger),
        spend_totals=totals,
        health=health,
        sample=sample,
        reported=reported,
        captures=captures,
    )


def _view(
    provider: ProviderConfig,
    reads: SourceReads,
    calibration: Calibration | None,
    grouped: dict[str, list[ModelFigures]],
    ledger: LedgerState | None,
    totals: dict[tuple[str, str, str], float] | None,
    config: ExporterConfig,
) -> ProviderView:
    name = provider.name
    models = grouped.get(name, [])
    burn = provider_burn(models, ledger, config) if ledger else None
    common = {"budget_usd": provider.budget_usd, "burn_per_day": burn}
    if name in reads.live:
        reading = reads.readings.get(("balance", name))
        balance = reading.usd if reading else None
        return _with_runway(ProviderView(name, "live", balance, live=reading, **common))
    if calibration is not None:
        since = spend_since(models, ledger, calibration.at) if ledger else None
        balance = None if since is None else calibration.balance_usd - since
        view = ProviderView(
            name, "calibrated", balance, calibration=calibration,
            spend_since_calibration=since, **common,
        )  # fmt: skip
        return _with_runway(view)
    if provider.budget_usd is not None:
        spent = None if totals is None else sum(v for k, v in totals.items() if k[0] == name)
        balance = None if spent is None else provider.budget_usd - spent
        return _with_runway(ProviderView(name, "budget", balance, **common))
    return ProviderView(name, "none", **common)


def _with_runway(view: ProviderView) -> ProviderView:
    runway = runway_seconds(view.balance_usd, view.burn_per_day)
    return ProviderView(**{**view.__dict__, "runway_s": runway})


def _windows(models: list[ModelFigures], ledger: LedgerState) -> dict[str, float]:
    return {w: sum(m.since[i] for m in models) for i, w in enumerate(WINDOWS)}


def _burns(config, grouped, ledger) -> dict[str, float | None]:
    names = sorted(set(grouped) | set(config.providers))
    return {name: provider_burn(grouped.get(name, []), ledger, config) for name in names}


def _sessions(ledger: LedgerState) -> dict[str, int]:
    totals: dict[str, int] = {}
    for figures in ledger.figures.values():
        for provider, count in figures.sessions.items():
            totals[provider] = totals.get(provider, 0) + count
    return totals


def _spend_totals(ledger: LedgerState) -> dict[tuple[str, str, str], float]:
    return {
        (provider, model, profile): figures.spend
        for profile, lf in ledger.figures.items()
        for (provider, model), figures in lf.models.items()
    }
