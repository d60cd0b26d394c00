"""Moonshot (Kimi): `GET /v1/users/me/balance`.

The body names no currency: the `.cn` host bills in CNY, the `.ai` host in USD (the
`currency` setting overrides). A non-zero `code` is an error, never a balance. Cash may be
negative (the account owes); the usable balance is `available_balance`.

Sample:
    plutus_balance{provider="moonshot",currency="USD",kind="available"} 49.58894
    plutus_balance{provider="moonshot",currency="USD",kind="voucher"} 46.58893
    plutus_balance{provider="moonshot",currency="USD",kind="cash"} 3.00001
"""

from __future__ import annotations

from urllib.parse import urlsplit

from exporter.sources.base import (
    RawBalance,
    Reading,
    Source,
    SourceError,
    amount,
    field_of,
    shown,
)

_KINDS = {"available_balance": "available", "voucher_balance": "voucher", "cash_balance": "cash"}


class MoonshotBalance(Source):
    provider = "moonshot"

    @classmethod
    def build(cls, provider, home, config):
        source = super().build(provider, home, config)
        host = urlsplit(source.api_base).hostname or ""
        source.currency = provider.currency or ("CNY" if host.endswith(".cn") else "USD")
        return source

    def read(self) -> Reading:
        body = self.get_json("/v1/users/me/balance", self.bearer(self.key))
        code = field_of(body, "code", "moonshot")
        if code != 0 or isinstance(code, bool):
            raise SourceError(f"moonshot: answer carries error code {shown(code)}")
        data = field_of(body, "data", "moonshot")
        raw = [
            RawBalance(self.currency, kind, amount(field_of(data, name, "moonshot: data"),
                                                   f"moonshot: data.{name}"))
            for name, kind in _KINDS.items()
        ]  # fmt: skip
        usd, notes = self.to_usd(raw, kind="available")
        return Reading(tuple(raw), usd, available=raw[0].amount > 0, notes=notes)
