import math

import pytest

from reconciler.signals import MetricsPageSource, PrometheusSource, SignalError
from tests.reconciler.builders import rules_from, rules_text
from tests.reconciler.fakes import FakePrometheus, FakeServer

NOW = 1_780_000_000.0


def test_recording_rules_give_runway_in_days_and_nan_is_unknown(prometheus):
    prometheus.series = {
        "plutus:runway_days": {"deepseek": "12.5", "anthropic": "NaN", "google": "+Inf"},
        "plutus:balance_usd": {"deepseek": "40.25"},
    }
    signals = PrometheusSource(prometheus.url).fetch(rules_from(rules_text()), NOW)
    assert signals["deepseek"]["runway_days"] == 12.5
    assert signals["anthropic"]["runway_days"] is None
    assert signals["google"]["runway_days"] == math.inf
    assert signals["deepseek"]["balance_usd"] == 40.25
    assert signals["google"]["balance_usd"] is None


def test_without_recording_rules_the_exporter_series_are_used(prometheus):
    prometheus.series = {
        "min by (provider) (plutus_runway_seconds) / 86400": {"deepseek": "2.5"},
    }
    signals = PrometheusSource(prometheus.url).fetch(rules_from(rules_text()), NOW)
    assert signals["deepseek"]["runway_days"] == 2.5
    queries = [q["query"] for _, q, _ in prometheus.requests]
    assert queries[:2] == [
        "plutus:runway_days",
        "min by (provider) (plutus_runway_seconds) / 86400",
    ]


def test_an_empty_vector_everywhere_makes_every_provider_unknown(prometheus):
    signals = PrometheusSource(prometheus.url).fetch(rules_from(rules_text()), NOW)
    assert signals == {
        name: {"runway_days": None, "balance_usd": None, "burn_rate_usd_per_day": None}
        for name in ("deepseek", "anthropic", "google")
    }


def test_a_sample_older_than_its_allowed_age_is_unknown(prometheus):
    tail = "signals:\n  runway_days:\n    max_age: 15m\n"
    prometheus.series = {
        "plutus:runway_days": {"deepseek": "9", "google": "3"},
        "timestamp(plutus:runway_days)": {"deepseek": str(NOW - 901), "google": str(NOW - 899)},
    }
    signals = PrometheusSource(prometheus.url).fetch(rules_from(rules_text(tail=tail)), NOW)
    assert signals["deepseek"]["runway_days"] is None
    assert signals["google"]["runway_days"] == 3.0


def test_an_unreachable_prometheus_is_an_error_not_a_value():
    dead = FakePrometheus({})
    dead.close()
    with pytest.raises(SignalError, match="prometheus unreachable"):
        PrometheusSource(dead.url, timeout=2).fetch(rules_from(rules_text()), NOW)


EXPOSITION = """# HELP plutus_runway_seconds balance / burn rate
# TYPE plutus_runway_seconds gauge
plutus_runway_seconds{provider="deepseek"} 172800.0
plutus_runway_seconds{provider="anthropic"} +Inf
plutus_runway_seconds{provider="google"} NaN
# HELP plutus_balance_usd credit left
# TYPE plutus_balance_usd gauge
plutus_balance_usd{provider="deepseek",source="live"} 18.5
# HELP plutus_burn_rate_usd_per_day spend per day
# TYPE plutus_burn_rate_usd_per_day gauge
plutus_burn_rate_usd_per_day{provider="deepseek"} 9.25
plutus_burn_rate_usd_per_day{provider="gemini"} 1.5
"""


def test_the_metrics_page_gives_runway_in_days_from_seconds():
    page = FakeServer(
        lambda path, query, headers: (200, EXPOSITION.encode(), {"Content-Type": "text/plain"})
    )
    try:
        signals = MetricsPageSource(f"{page.url}/metrics").fetch(rules_from(rules_text()), NOW)
    finally:
        page.close()
    assert signals["deepseek"] == {
        "runway_days": 2.0,
        "balance_usd": 18.5,
        "burn_rate_usd_per_day": 9.25,
    }
    assert signals["anthropic"]["runway_days"] == math.inf
    assert signals["google"]["runway_days"] is None
    assert signals["google"]["burn_rate_usd_per_day"] == 1.5
