"""Renders the latest Snapshot as Prometheus metric families; reads nothing itself.

Sample:
    plutus_balance_usd{provider="deepseek",source="live"} 10.122
    plutus_spend_usd_total{model="deepseek-chat",profile="default",provider="deepseek"} 0.041
    plutus_spend_usd{provider="deepseek",window="today"} 0.041
    plutus_burn_rate_usd_per_day{provider="deepseek"} 0.041
    plutus_runway_seconds{provider="deepseek"} 2.133e+07
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from exporter.snapshot import Snapshot
from plutus import __version__


class SnapshotCollector:
    """Renders the latest snapshot; the families of one snapshot are built once."""

    def __init__(self, latest: Callable[[], Snapshot]):
        self._latest = latest
        self._cached: tuple[Snapshot, list[Metric]] | None = None

    def collect(self) -> Iterator[Metric]:
        snapshot = self._latest()
        cached = self._cached
        if cached is None or cached[0] is not snapshot:
            cached = self._cached = (snapshot, list(_families(snapshot)))
        return iter(cached[1])

    def describe(self) -> list[Metric]:
        return []


def _families(snapshot: Snapshot) -> Iterator[Metric]:
    yield from _health(snapshot)
    yield from _providers(snapshot)
    yield from _reported(snapshot)
    if snapshot.ledger_ready:
        yield from _ledger(snapshot)


def _gauge(name: str, doc: str, labels: list[str], rows) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=labels)
    for values, value in rows:
        family.add_metric(list(values), value)
    return family


def _health(s: Snapshot) -> Iterator[Metric]:
    yield _gauge(
        "plutus_exporter_build_info", "Plutus version.", ["version"], [((__version__,), 1)]
    )
    yield _gauge(
        "plutus_sample_data",
        "1 when serving the bundled sample Hermes home.",
        [],
        [((), 1 if s.sample else 0)],
    )
    labels = ["source", "provider", "profile"]
    yield _gauge(
        "plutus_source_up",
        "1 if the last read of the source worked.",
        labels,
        [((h.source, h.provider, h.profile), 1 if h.up else 0) for h in s.health],
    )
    yield _gauge(
        "plutus_source_last_success_timestamp_seconds",
        "When the source was last read successfully.",
        labels,
        [((h.source, h.provider, h.profile), h.last_success) for h in s.health if h.last_success],
    )


def _providers(s: Snapshot) -> Iterator[Metric]:
    views = sorted(s.providers.values(), key=lambda v: v.name)
    yield _gauge(
        "plutus_provider_info",
        "Configured providers and where their balance comes from.",
        ["provider", "balance_source"],
        [((v.name, v.balance_source), 1) for v in views],
    )
    yield _gauge(
        "plutus_balance_usd",
        "Credit left in USD; absent when unknown.",
        ["provider", "source"],
        [((v.name, v.balance_source), v.balance_usd) for v in views if v.balance_usd is not None],
    )
    yield _gauge(
        "plutus_balance",
        "Raw live balance as the provider reports it.",
        ["provider", "currency", "kind"],
        [((v.name, r.currency, r.kind), r.amount) for v in views if v.live for r in v.live.raw],
    )
    yield _gauge(
        "plutus_account_available",
        "0 when the provider says the account cannot be used.",
        ["provider"],
        [
            ((v.name,), 1 if v.live.available else 0)
            for v in views
            if v.live and v.live.available is not None
        ],
    )
    yield _gauge(
        "plutus_budget_usd",
        "Configured prepaid budget in USD.",
        ["provider"],
        [((v.name,), v.budget_usd) for v in views if v.budget_usd is not None],
    )
    cal = [v for v in views if v.calibration is not None]
    yield _gauge(
        "plutus_calibration_balance_usd",
        "The console balance calibrated with.",
        ["provider"],
        [((v.name,), v.calibration.balance_usd) for v in cal],
    )
    yield _gauge(
        "plutus_calibration_timestamp_seconds",
        "When the user last calibrated.",
        ["provider"],
        [((v.name,), v.calibration.at) for v in cal],
    )
    if s.ledger_ready:
        yield _gauge(
            "plutus_spend_since_calibration_usd",
            "This host's spend since calibration.",
            ["provider"],
            [
                ((v.name,), v.spend_since_calibration)
                for v in cal
                if v.spend_since_calibration is not None
            ],
        )
        yield _gauge(
            "plutus_runway_seconds",
            "Balance divided by burn rate; +Inf with no burn; absent when unknown.",
            ["provider"],
            [((v.name,), v.runway_s) for v in views if v.runway_s is not None],
        )


def _reported(s: Snapshot) -> Iterator[Metric]:
    yield _gauge(
        "plutus_reported_spend_usd",
        "Spend as the provider itself reports it; never used for balances.",
        ["provider", "window"],
        [((p, w), v) for p, windows in sorted(s.reported.items()) for w, v in windows.items()],
    )
    captures = sorted(s.captures.items())
    yield _gauge(
        "plutus_capture_ledger_spend_usd",
        "This host's ledger spend since the capture interval began (last top-up, burn window).",
        ["provider"],
        [((p,), c.ledger_spend) for p, c in captures],
    )
    yield _gauge(
        "plutus_capture_balance_fall_usd",
        "The fall of the live balance over the same interval.",
        ["provider"],
        [((p,), c.balance_fall) for p, c in captures],
    )
    yield _gauge(
        "plutus_ledger_capture_ratio",
        "Ledger spend over the fall of the live balance; absent right after a top-up.",
        ["provider"],
        [((p,), c.ratio) for p, c in captures if c.ratio is not None],
    )


def _ledger(s: Snapshot) -> Iterator[Metric]:

    spend = CounterMetricFamily(
        "plutus_spend_usd",
        "All spend seen in the ledger, in USD.",
        labels=["provider", "model", "profile"],
    )
    for key, value in sorted(s.spend_totals.items()):
        spend.add_metric(list(key), value)
    yield spend
    yield _gauge(
        "plutus_spend_usd",
        "Spend per window, in USD.",
        ["provider", "window"],
        [((p, w), v) for p, windows in sorted(s.spend.items()) for w, v in windows.items()],
    )
    yield _gauge(
        "plutus_burn_rate_usd_per_day",
        "Spend per day over the burn window.",
        ["provider"],
        [((p,), b) for p, b in sorted(s.burn.items()) if b is not None],
    )
    tokens = CounterMetricFamily(
        "plutus_tokens", "Tokens seen in the ledger.", labels=["provider", "model", "kind"]
    )
    unpriced = CounterMetricFamily(
        "plutus_unpriced_tokens", "Tokens nobody could price.", labels=["provider", "model"]
    )
    for (provider, model), kinds, count in _by_model(s):
        for kind, value in kinds.items():
            tokens.add_metric([provider, model, kind], value)
        unpriced.add_metric([provider, model], count)
    yield tokens
    yield unpriced
    sessions = CounterMetricFamily("plutus_sessions", "Sessions seen.", labels=["provider"])
    for provider, count in sorted(s.sessions.items()):
        sessions.add_metric([provider], count)
    yield sessions


def _by_model(s: Snapshot):
    merged: dict[tuple[str, str], tuple[dict[str, int], int]] = {}
    for m in s.models:
        kinds, count = merged.get((m.provider, m.model), ({}, 0))
        kinds = {k: kinds.get(k, 0) + v for k, v in m.tokens.items()}
        merged[(m.provider, m.model)] = (kinds, count + m.unpriced_tokens)
    return [(key, kinds, count) for key, (kinds, count) in sorted(merged.items())]
