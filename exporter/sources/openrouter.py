"""OpenRouter: the account's credits and the API key's own limit and spend.

`GET /api/v1/credits` (needs a management key) gives the account's total credits and total
usage; `GET /api/v1/key` gives the key's limit, what is left of it, and its daily, weekly and
monthly spend. The balance is the smaller of the account's and the key's remaining money;
without the account figure it is unknown.

Sample:
    plutus_balance{provider="openrouter",currency="USD",kind="account_remaining"} 0.13
    plutus_balance{provider="openrouter",currency="USD",kind="key_remaining"} 16.63
    plutus_reported_spend_usd{provider="openrouter",window="utc_day"} 0.65
"""

from __future__ import annotations

from exporter.sources.base import RawBalance, Reading, Source, amount, field_of
from plutus.hermes_home import read_key

_WINDOWS = {"usage_daily": "utc_day", "usage_weekly": "utc_week", "usage_monthly": "utc_month"}
NO_MANAGEMENT_KEY = "no management key (management_key_env): account balance unknown"


class OpenRouterBalance(Source):
    provider = "openrouter"

    @classmethod
    def build(cls, provider, home, config):
        source = super().build(provider, home, config)
        source.management_key = read_key(home, provider.management_key_env)
        return source

    def read(self) -> Reading:
        key = field_of(self.get_json("/v1/key", self.bearer(self.key)), "data", "openrouter: key")
        raw, reported = _key_figures(key)
        if not self.management_key:
            return Reading(tuple(raw), None, reported=reported, notes=(NO_MANAGEMENT_KEY,))
        account = self._account()
        raw.append(RawBalance("USD", "account_remaining", account))
        key_left = [r.amount for r in raw if r.kind == "key_remaining"]
        return Reading(tuple(raw), min([account, *key_left]), reported=reported)

    def _account(self) -> float:
        body = self.get_json("/v1/credits", self.bearer(self.management_key, "management key"))
        where = "openrouter: credits"
        total = amount(field_of(body, "data.total_credits", where), f"{where}.total_credits")
        usage = amount(field_of(body, "data.total_usage", where), f"{where}.total_usage")
        return total - usage


def _key_figures(data: dict) -> tuple[list[RawBalance], dict[str, float]]:
    where = "openrouter: key"
    raw = []
    # A key without a limit ("limit": null) is limited by the account alone.
    if field_of(data, "limit", where) is not None:
        left = amount(field_of(data, "limit_remaining", where), f"{where}.limit_remaining")
        raw.append(RawBalance("USD", "key_remaining", left))
    reported = {
        window: amount(data[name], f"{where}.{name}")
        for name, window in _WINDOWS.items()
        if name in data
    }
    return raw, reported
