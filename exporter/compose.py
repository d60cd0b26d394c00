"""Composing a Snapshot from the latest ledger state, live balances and calibrations."""

from __future__ import annotations

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
from exporter.sources import Reading, has_live_balance
from exporter.spend_counters import SpendCounters
from exporter.windows import WINDOWS


def compose(
    config: ExporterConfig,
    ledger: LedgerState | None,
    readings: dict[tuple[str, str], Reading],
    calibrations: dict[str, Calibration],
    health: tuple[Health, ...],
    counters: SpendCounters,
    now: float,
    sample: bool = False,
    captures: dict[str, Capture] | None = None,
) -> Snapshot:
    grouped = per_provider(ledger) if ledger else {}
    providers = {
        name: _view(
            p, has_live_balance(name), readings.get(("balance", name)),
            calibrations.get(name), grouped, ledger, config,
        )
        for name, p in config.providers.items()
    }  # fmt: skip
    reported = {p: r.reported for (_kind, p), r in readings.items() if r.reported}
    captures = {p: c for p, c in (captures or {}).items() if p in providers}
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
        spend_totals=counters.publish(_spend_totals(ledger)),
        health=health,
        sample=sample,
        reported=reported,
        captures=captures,
    )


def _view(
    provider: ProviderConfig,
    has_live: bool,
    reading: Reading | None,
    calibration: Calibration | None,
    grouped: dict[str, list[ModelFigures]],
    ledger: LedgerState | None,
    config: ExporterConfig,
) -> ProviderView:
    models = grouped.get(provider.name, [])
    burn = provider_burn(models, ledger, config) if ledger else None
    common = {"budget_usd": provider.budget_usd, "burn_per_day": burn}
    if has_live:
        balance = reading.usd if reading else None
        return _with_runway(ProviderView(provider.name, "live", balance, live=reading, **common))
    if calibration is not None:
        since = spend_since(models, ledger, calibration.at) if ledger else None
        balance = None if since is None else calibration.balance_usd - since
        view = ProviderView(
            provider.name,
            "calibrated",
            balance,
            calibration=calibration,
            spend_since_calibration=since,
            **common,
        )
        return _with_runway(view)
    if provider.budget_usd is not None:
        spent = sum(m.spend for m in models) if ledger else None
        balance = None if spent is None else provider.budget_usd - spent
        return _with_runway(ProviderView(provider.name, "budget", balance, **common))
    return ProviderView(provider.name, "none", **common)


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
