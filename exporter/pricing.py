"""Prices for ledger rows Hermes left unpriced, from the pinned `genai-prices` tables.

A row is priced as `calls` requests of its average size, so long-context tiers come out
right. Most models have flat per-token prices; for those the library's own prices are read
once per model and day as a linear rate per token kind, which prices a row in microseconds
instead of a tenth of a millisecond. Tiered models go through the library row by row.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import warnings
from decimal import Decimal

from genai_prices import Usage, calc_price
from genai_prices.types import TieredPrices

from plutus.providers import CATALOGUE

log = logging.getLogger(__name__)

# Rows at these "providers" may be anything (a local model, a proxy): never guess a price.
_NEVER_PRICED = {"custom", "unknown", ""}
_MTOK = Decimal(1_000_000)
_KINDS = ("input", "output", "cache_read", "cache_write")


def _prices_id(provider: str) -> str:
    known = CATALOGUE.get(provider)
    return known.prices_id if known and known.prices_id else provider


@functools.lru_cache(maxsize=1024)
def _model(provider: str, model: str):
    """The library's model record (its prices by date and time of day), or None if unknown."""
    probe = Usage(input_tokens=0, output_tokens=0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return calc_price(probe, model_ref=model, provider_id=_prices_id(provider)).model
    except (LookupError, ValueError):
        return None


def _usage(tokens: dict[str, Decimal]) -> Usage:
    """Hermes's `input` excludes cached tokens; genai-prices counts them inside input."""
    return Usage(
        input_tokens=tokens["input"] + tokens["cache_read"] + tokens["cache_write"],
        output_tokens=tokens["output"],
        cache_read_tokens=tokens["cache_read"],
        cache_write_tokens=tokens["cache_write"],
    )


_RATES: dict[int, tuple[float, ...] | None] = {}


def _rates(model_price) -> tuple[float, ...] | None:
    """USD per token of each kind when this price set is flat; None when it is tiered."""
    key = id(model_price)
    if key not in _RATES:
        _RATES[key] = _linear_rates(model_price)
    return _RATES[key]


def _linear_rates(model_price) -> tuple[float, ...] | None:
    if any(isinstance(v, TieredPrices) for v in vars(model_price).values()):
        return None
    probe = dict.fromkeys(_KINDS, Decimal(0))
    try:
        return tuple(
            float(model_price.calc_price(_usage({**probe, kind: _MTOK}))["total_price"] / _MTOK)
            for kind in _KINDS
        )
    except (LookupError, ValueError):
        return None  # a kind this model cannot price: the library decides row by row


def price(provider: str, model: str, tokens: dict[str, int], calls: int, at: float) -> float | None:
    """What `tokens` over `calls` requests cost at `provider`, or None when nobody knows."""
    info = None if provider in _NEVER_PRICED else _model(provider, model)
    if info is None:
        return None
    model_price = info.get_prices(dt.datetime.fromtimestamp(at, dt.UTC))
    rates = _rates(model_price)
    if rates is not None:
        return sum(r * tokens[k] for r, k in zip(rates, _KINDS, strict=True))
    requests = Decimal(max(1, calls))
    average = _usage({k: Decimal(tokens[k]) / requests for k in _KINDS})
    try:
        total = model_price.calc_price(average)["total_price"]
    except (LookupError, ValueError) as exc:
        log.debug("no price provider=%s model=%s reason=%s", provider, model, exc)
        return None
    return float(Decimal(total) * requests)


def library_price(provider: str, model: str, tokens: dict[str, int], calls: int, at: float):
    """The straightforward price, one library call per row: what the benchmark checks against."""
    if provider in _NEVER_PRICED:
        return None
    requests = Decimal(max(1, calls))
    average = _usage({k: Decimal(tokens[k]) / requests for k in _KINDS})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = calc_price(
                average,
                model_ref=model,
                provider_id=_prices_id(provider),
                genai_request_timestamp=dt.datetime.fromtimestamp(at, dt.UTC),
            )
    except (LookupError, ValueError):
        return None
    return float(Decimal(result.total_price) * requests)
