"""Anthropic's Admin API cost report: the organisation's spend, as Anthropic counts it.

`GET /v1/organizations/cost_report` with an admin key. Amounts are decimal strings in the
currency's lowest unit: "123.45" in USD is $1.2345 (Anthropic's cost report reference).
It is published beside the ledger's spend, never used as a balance: Anthropic has no API for
the prepaid credit left.

Sample:
    plutus_reported_spend_usd{provider="anthropic",window="utc_day"} 1.2345
    plutus_reported_spend_usd{provider="anthropic",window="utc_month"} 41.5
"""

from __future__ import annotations

import datetime as dt

from exporter.sources.base import Reading, Source, SourceError, amount, field_of, shown
from plutus.hermes_home import read_key

MAX_PAGES = 20


class AnthropicCostReport(Source):
    provider = "anthropic"
    kind = "reported_spend"

    @classmethod
    def build(cls, provider, home, config):
        key = read_key(home, provider.admin_key_env) if provider.admin_key_env else None
        if not key or not provider.api_base:
            return None
        return cls(provider.api_base, key, config.balance_timeout, config.fx_usd)

    def read(self) -> Reading:
        starts = _window_starts(dt.datetime.fromtimestamp(self.clock(), dt.UTC))
        spent = dict.fromkeys(starts, 0.0)
        for bucket_start, cents in self._buckets(min(starts.values())):
            for window, start in starts.items():
                if bucket_start >= start:
                    spent[window] += cents / 100
        return Reading(reported=spent)

    def _buckets(self, since: dt.datetime):
        headers = {"x-api-key": self.key or "", "anthropic-version": "2023-06-01"}
        if not self.key:
            raise SourceError("anthropic: no admin key configured (admin_key_env)")
        params = {"starting_at": since.strftime("%Y-%m-%dT%H:%M:%SZ"), "bucket_width": "1d",
                  "limit": 31}  # fmt: skip
        for _ in range(MAX_PAGES):
            body = self.get_json("/v1/organizations/cost_report", headers, params)
            yield from _bucket_costs(body)
            if not field_of(body, "has_more", "anthropic: cost report"):
                return
            params = {**params, "page": field_of(body, "next_page", "anthropic: cost report")}
        raise SourceError(f"anthropic: cost report longer than {MAX_PAGES} pages")


def _bucket_costs(body) -> list[tuple[dt.datetime, float]]:
    where = "anthropic: cost report"
    buckets = field_of(body, "data", where)
    if not isinstance(buckets, list):
        raise SourceError(f"{where}: data is not a list")
    costs = []
    for bucket in buckets:
        start = _time(field_of(bucket, "starting_at", where))
        results = field_of(bucket, "results", where)
        if not isinstance(results, list):
            raise SourceError(f"{where}: results is not a list")
        for result in results:
            if field_of(result, "currency", where) != "USD":
                raise SourceError(f"{where}: an amount not in USD")
            costs.append((start, amount(field_of(result, "amount", where), f"{where}.amount")))
    return costs


def _time(text) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise SourceError(f"anthropic: cost report: bad time, got {shown(text)}") from None


def _window_starts(now: dt.datetime) -> dict[str, dt.datetime]:
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return {
        "utc_day": day,
        "utc_week": day - dt.timedelta(days=day.weekday()),
        "utc_month": day.replace(day=1),
    }
