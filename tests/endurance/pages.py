"""Reading one scrape of the exporter's page and checking it is one whole, consistent snapshot.

The soak's ledger holds only DeepSeek sessions at 0.125 USD and Anthropic sessions at 0.25 USD,
all placed in the last minute, so within one snapshot these hold exactly (sums of eighths are
exact in binary):
- every spend window (24h, 7d, 30d) equals the sum of the provider's spend_usd_total series;
- sessions = spend / price, or one more (a session Hermes created but has not charged yet);
- burn rate = the spend (history shorter than a day counts as one day);
- Anthropic's budget balance = 100 - its spend; runway = balance / burn in seconds.
"""

from __future__ import annotations

import math
from collections import defaultdict

from prometheus_client.parser import text_string_to_metric_families

PRICE = {"deepseek": 0.125, "anthropic": 0.25}
BUDGET = 100.0
LIVE_BALANCE = 41.25
NEVER_NEGATIVE = (
    "plutus_spend_usd",
    "plutus_spend_usd_total",
    "plutus_burn_rate_usd_per_day",
    "plutus_runway_seconds",
    "plutus_balance_usd",
    "plutus_sessions_total",
)

Samples = dict[str, dict[frozenset, float]]


def parse(text: str) -> Samples:
    assert text.endswith("\n"), "page cut short"
    samples: Samples = defaultdict(dict)
    families = set()
    for family in text_string_to_metric_families(text):
        families.add(family.name)
        for s in family.samples:
            samples[s.name][frozenset(s.labels.items())] = s.value
    for required in ("plutus_exporter_build_info", "plutus_source_up", "plutus_provider_info"):
        assert required in samples, f"{required} missing"
    # Once the ledger is read, burn covers every configured provider, spend or none.
    burn = samples.get("plutus_burn_rate_usd_per_day", {})
    assert {dict(labels)["provider"] for labels in burn} in (set(), set(PRICE)), burn
    if "plutus_spend_usd_total" in samples:
        assert burn, "spend without burn rates: half a ledger read"
    return samples


def value(samples: Samples, name: str, **labels) -> float | None:
    return samples.get(name, {}).get(frozenset(labels.items()))


def check(samples: Samples) -> dict[str, float]:
    """Every figure of one page agrees with every other; returns spend per provider."""
    for name in NEVER_NEGATIVE:
        for labels, v in samples.get(name, {}).items():
            assert v >= 0 and not math.isnan(v), f"{name}{dict(labels)} = {v}"
    if "plutus_spend_usd_total" not in samples:
        return {}
    spend = defaultdict(float)
    for labels, v in samples["plutus_spend_usd_total"].items():
        spend[dict(labels)["provider"]] += v
    for provider, price in PRICE.items():
        _check_provider(samples, provider, spend[provider], price)
    live = value(samples, "plutus_balance_usd", provider="deepseek", source="live")
    assert live in (None, LIVE_BALANCE), live
    return dict(spend)


def _check_provider(samples: Samples, provider: str, spent: float, price: float) -> None:
    # A provider not in the ledger yet has no spend series at all: that is 0 spent.
    for window in ("24h", "7d", "30d"):
        found = value(samples, "plutus_spend_usd", provider=provider, window=window) or 0.0
        assert found == spent, (provider, window, found, spent)
    sessions = value(samples, "plutus_sessions_total", provider=provider) or 0.0
    assert sessions - spent / price in (0.0, 1.0), (provider, sessions, spent)
    burn = value(samples, "plutus_burn_rate_usd_per_day", provider=provider)
    assert burn == spent, (provider, burn, spent)
    if provider == "anthropic":
        balance = value(samples, "plutus_balance_usd", provider=provider, source="budget")
        assert balance == BUDGET - spent, (balance, spent)
        runway = value(samples, "plutus_runway_seconds", provider=provider)
        expected = math.inf if spent == 0 else balance / spent * 86400
        assert math.isclose(runway, expected, rel_tol=1e-12), (runway, expected)


def counters(samples: Samples) -> dict[tuple, float]:
    """The counter series a later scrape must never show lower.

    Not provider="unknown": a session Hermes has created but not yet charged has no billing
    provider, counts there for a moment, then moves to its provider, so that series drops.
    """
    return {
        (name, labels): v
        for name in ("plutus_spend_usd_total", "plutus_sessions_total", "plutus_tokens_total")
        for labels, v in samples.get(name, {}).items()
        if dict(labels).get("provider") in PRICE
    }


def never_lower(before: dict[tuple, float], after: dict[tuple, float]) -> None:
    for key, v in before.items():
        assert after.get(key, -1.0) >= v, f"{key} went from {v} to {after.get(key)}"
