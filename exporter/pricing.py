"""Prices for ledger rows Hermes left unpriced, from the pinned `genai-prices` tables."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import warnings
from decimal import Decimal

from genai_prices import Usage, calc_price

from plutus.providers import CATALOGUE

log = logging.getLogger(__name__)

# Rows at these "providers" may be anything (a local model, a proxy): never guess a price.
_NEVER_PRICED = {"custom", "unknown", ""}


@functools.lru_cache(maxsize=512)
def _known(provider: str, model: str) -> bool:
    try:
        calc_price(Usage(input_tokens=1), model_ref=model, provider_id=_prices_id(provider))
    except LookupError:
        return False
    return True


def _prices_id(provider: str) -> str:
    known = CATALOGUE.get(provider)
    return known.prices_id if known and known.prices_id else provider


def price(
    provider: str,
    model: str,
    tokens: dict[str, int],
    calls: int,
    at: float,
) -> Decimal | None:
    """What `tokens` over `calls` requests cost at `provider`, or None when nobody knows.

    Prices can depend on each request's size (long-context tiers), so the row is priced
    as `calls` requests of its average size. Hermes's `input` excludes cached tokens;
    genai-prices counts them inside input, so they are added back.
    """
    if provider in _NEVER_PRICED or not _known(provider, model):
        return None
    requests = Decimal(max(1, calls))
    average = Usage(
        input_tokens=Decimal(tokens["input"] + tokens["cache_read"] + tokens["cache_write"])
        / requests,
        output_tokens=Decimal(tokens["output"]) / requests,
        cache_read_tokens=Decimal(tokens["cache_read"]) / requests,
        cache_write_tokens=Decimal(tokens["cache_write"]) / requests,
    )
    when = dt.datetime.fromtimestamp(at, dt.UTC) if at else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = calc_price(
                average,
                model_ref=model,
                provider_id=_prices_id(provider),
                genai_request_timestamp=when,
            )
    except (LookupError, ValueError) as exc:
        log.debug("no price provider=%s model=%s reason=%s", provider, model, exc)
        return None
    return Decimal(result.total_price) * requests
