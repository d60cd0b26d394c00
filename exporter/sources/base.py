"""What every live balance source shares: its reading, its errors, its HTTP call."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import requests


class SourceError(RuntimeError):
    """A balance that could not be read; the message never holds the key."""


@dataclass(frozen=True)
class RawBalance:
    currency: str
    kind: str
    amount: float


@dataclass(frozen=True)
class BalanceReading:
    """One successful answer of a provider's balance API, converted where a rate is known."""

    raw: tuple[RawBalance, ...]
    usd: float | None
    available: bool | None = None
    notes: tuple[str, ...] = field(default=())


class BalanceSource:
    """A provider API that reports the money left; `read` returns a reading or raises."""

    provider = ""

    def __init__(self, api_base: str, key: str | None, timeout: float, fx_usd: dict[str, float]):
        self.api_base = api_base.rstrip("/")
        self.key = key
        self.timeout = timeout
        self.fx_usd = fx_usd

    def read(self) -> BalanceReading:
        raise NotImplementedError

    def get_json(self, path: str, headers: dict[str, str]) -> Any:
        """GET a JSON document; keyed requests never follow a redirect."""
        if not self.key:
            raise SourceError(f"{self.provider}: no API key configured")
        try:
            answer = requests.get(
                self.api_base + path, headers=headers, timeout=self.timeout, allow_redirects=False
            )
        except requests.RequestException as exc:
            raise SourceError(f"{self.provider}: request failed: {type(exc).__name__}") from None
        if answer.status_code != 200:
            raise SourceError(f"{self.provider}: HTTP {answer.status_code} from {path}")
        try:
            return answer.json()
        except ValueError:
            raise SourceError(f"{self.provider}: {path} did not answer JSON") from None

    def to_usd(self, raw: list[RawBalance]) -> tuple[float | None, tuple[str, ...]]:
        """Sum of the `total` entries in USD; None when a currency holding money has no rate."""
        usd, missing = 0.0, []
        for entry in raw:
            if entry.kind != "total" or entry.amount == 0:
                continue
            rate = 1.0 if entry.currency == "USD" else self.fx_usd.get(entry.currency)
            if rate is None:
                missing.append(entry.currency)
                continue
            usd += entry.amount * rate
        if missing:
            note = f"no fx_usd rate for {', '.join(sorted(set(missing)))}: USD balance unknown"
            return None, (note,)
        return usd, ()


def amount(value: Any, where: str) -> float:
    """A money amount given as a number or a decimal string; SourceError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise SourceError(f"{where}: expected an amount, got {type(value).__name__}")
    try:
        number = float(Decimal(str(value).strip()))
    except InvalidOperation:
        raise SourceError(f"{where}: expected an amount, got {value!r}") from None
    if not math.isfinite(number):
        raise SourceError(f"{where}: expected a finite amount, got {value!r}")
    return number
