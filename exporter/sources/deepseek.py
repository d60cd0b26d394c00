"""DeepSeek's live balance: `GET /user/balance`.

Sample of what it exports (from the documented answer):
    plutus_balance{provider="deepseek",currency="CNY",kind="total"} 72.3
    plutus_balance{provider="deepseek",currency="CNY",kind="granted"} 5.0
    plutus_balance{provider="deepseek",currency="CNY",kind="topped_up"} 67.3
    plutus_account_available{provider="deepseek"} 1
"""

from __future__ import annotations

from exporter.sources.base import RawBalance, Reading, Source, SourceError, amount, shown

_KINDS = {"total_balance": "total", "granted_balance": "granted", "topped_up_balance": "topped_up"}


class DeepSeekBalance(Source):
    provider = "deepseek"

    def read(self) -> Reading:
        body = self.get_json("/user/balance", self.bearer(self.key))
        if not isinstance(body, dict) or not isinstance(body.get("is_available"), bool):
            raise SourceError("deepseek: answer has no boolean is_available")
        infos = body.get("balance_infos")
        if not isinstance(infos, list) or not infos:
            raise SourceError("deepseek: answer has no balance_infos entries")
        raw = [entry for i, info in enumerate(infos) for entry in _entries(i, info)]
        usd, notes = self.to_usd(raw)
        return Reading(tuple(raw), usd, body["is_available"], notes=notes)


def _entries(index: int, info: object) -> list[RawBalance]:
    where = f"deepseek: balance_infos[{index}]"
    if not isinstance(info, dict) or not isinstance(info.get("currency"), str):
        raise SourceError(f"{where}: expected an object with a currency")
    currency = info["currency"].upper()
    # It becomes a label value and a log word: a currency code, or nothing of it is shown.
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise SourceError(f"{where}.currency: expected a currency code, got {shown(currency)}")
    return [
        RawBalance(currency, kind, amount(info.get(field), f"{where}.{field}"))
        for field, kind in _KINDS.items()
    ]
