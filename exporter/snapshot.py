"""One consistent view of every figure, composed from the latest reads; the collector renders it."""

from __future__ import annotations

from dataclasses import dataclass, field

from exporter.capture import Capture
from exporter.config import Calibration, ExporterConfig
from exporter.ledger import LedgerFigures, ModelFigures
from exporter.runway import burn_rate, share
from exporter.sources import Reading
from exporter.windows import WINDOWS, window_starts


@dataclass(frozen=True)
class Health:
    source: str
    provider: str
    profile: str
    up: bool
    last_success: float | None


@dataclass(frozen=True)
class ProviderView:
    name: str
    balance_source: str  # live, calibrated, budget or none
    balance_usd: float | None = None
    budget_usd: float | None = None
    calibration: Calibration | None = None
    spend_since_calibration: float | None = None
    live: Reading | None = None
    burn_per_day: float | None = None
    runway_s: float | None = None


@dataclass(frozen=True)
class ModelSeries:
    provider: str
    model: str
    profile: str
    spend_total: float
    tokens: dict[str, int]
    unpriced_tokens: int


@dataclass(frozen=True)
class Snapshot:
    taken_at: float
    ledger_ready: bool
    providers: dict[str, ProviderView] = field(default_factory=dict)
    spend: dict[str, dict[str, float]] = field(default_factory=dict)
    burn: dict[str, float | None] = field(default_factory=dict)
    sessions: dict[str, int] = field(default_factory=dict)
    models: tuple[ModelSeries, ...] = ()
    spend_totals: dict[tuple[str, str, str], float] = field(default_factory=dict)
    health: tuple[Health, ...] = ()
    sample: bool = False
    reported: dict[str, dict[str, float]] = field(default_factory=dict)
    captures: dict[str, Capture] = field(default_factory=dict)


@dataclass(frozen=True)
class LedgerState:
    """Per profile, the figures of its last good read, with the cutoffs they were read at."""

    figures: dict[str, LedgerFigures]
    read_at: float
    cutoffs: tuple[float, ...]  # today, 24h, 7d, 30d, burn start, then calibration times


def ledger_cutoffs(config: ExporterConfig, now: float, calibrations: dict[str, Calibration]):
    starts = window_starts(now, config.tz())
    times = [starts[w] for w in WINDOWS] + [now - config.burn_window]
    return tuple(times + sorted({c.at for c in calibrations.values()}))


def per_provider(ledger: LedgerState) -> dict[str, list[ModelFigures]]:
    grouped: dict[str, list[ModelFigures]] = {}
    for figures in ledger.figures.values():
        for (provider, _model), model in figures.models.items():
            grouped.setdefault(provider, []).append(model)
    return grouped


def spend_since(models: list[ModelFigures], ledger: LedgerState, at: float) -> float | None:
    """Spend at or after `at`; None when the ledger was read before that cutoff was known."""
    if at not in ledger.cutoffs:
        return None
    index = ledger.cutoffs.index(at)
    return sum(m.since[index] for m in models)


def provider_burn(models: list[ModelFigures], ledger: LedgerState, config: ExporterConfig):
    burn_start = ledger.cutoffs[len(WINDOWS)]
    firsts = [m.first_at for m in models if m.first_at is not None]
    unpriced = share(
        sum(m.burn_unpriced_tokens for m in models), sum(m.burn_tokens for m in models)
    )
    return burn_rate(
        spend_since(models, ledger, burn_start),
        config.burn_window,
        min(firsts) if firsts else None,
        ledger.read_at,
        unpriced,
        config.unpriced_share,
    )


def model_series(ledger: LedgerState) -> tuple[ModelSeries, ...]:
    series = []
    for profile, figures in sorted(ledger.figures.items()):
        for (provider, model), m in sorted(figures.models.items()):
            series.append(
                ModelSeries(provider, model, profile, m.spend, dict(m.tokens), m.unpriced_tokens)
            )
    return tuple(series)
