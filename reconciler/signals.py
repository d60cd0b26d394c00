"""Reading the exporter's figures back: PromQL over Prometheus's HTTP API, or a /metrics page.

A signal's value per provider is a float (math.inf for "+Inf") or None for unknown:
missing, older than its allowed age, NaN, or an empty result.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from typing import Protocol

import requests
from prometheus_client.parser import text_string_to_metric_families

from plutus.providers import plutus_name
from reconciler.rules import Rules, Signal

log = logging.getLogger(__name__)

Signals = dict[str, dict[str, float | None]]
_SELECTOR = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?$")


class SignalError(RuntimeError):
    """The source of the signals could not be read at all."""


class Source(Protocol):
    def fetch(self, rules: Rules, now: float) -> Signals: ...


def _value(
    raw: float, at: float | None, now: float, signal: Signal, divide_by: float
) -> float | None:
    """A sample's value, or None when it is NaN or older than the signal allows."""
    if math.isnan(raw):
        return None
    if signal.max_age is not None and at is not None and now - at > signal.max_age:
        return None
    return raw / divide_by if divide_by != 1.0 else raw


def _table(rules: Rules, found: Mapping[str, Mapping[str, float | None]]) -> Signals:
    """Every managed provider gets every signal, None where the source said nothing."""
    return {
        p.name: {name: found.get(name, {}).get(p.name) for name in rules.signals}
        for p in rules.providers
    }


class PrometheusSource:
    """Instant queries over Prometheus's HTTP API (`/api/v1/query`)."""

    def __init__(self, url: str, *, timeout: float = 10.0, session: requests.Session | None = None):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = session or requests.Session()

    def query(self, expr: str, now: float) -> list[dict]:
        try:
            response = self.session.get(
                f"{self.url}/api/v1/query",
                params={"query": expr, "time": f"{now:.3f}"},
                timeout=self.timeout,
            )
            body = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise SignalError(f"prometheus unreachable: {type(exc).__name__}") from exc
        if body.get("status") != "success":
            raise SignalError(f"prometheus query failed: {body.get('error', response.status_code)}")
        data = body.get("data") or {}
        if data.get("resultType") != "vector":
            raise SignalError(f"prometheus answered {data.get('resultType')!r}, expected a vector")
        return data.get("result") or []

    def _by_provider(self, result: list[dict]) -> dict[str, float]:
        try:
            return {
                plutus_name(item.get("metric", {}).get("provider")): float(item["value"][1])
                for item in result
            }
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise SignalError(f"prometheus answer has an unexpected shape: {exc!r}") from exc

    def _signal(self, signal: Signal, now: float) -> dict[str, float | None]:
        expr = signal.query
        result = self.query(expr, now)
        if not result and signal.fallback_query:
            # The recording rules are absent (no rules loaded yet): use the exporter's series.
            log.debug("signal empty, trying fallback signal=%s", signal.name)
            expr = signal.fallback_query
            result = self.query(expr, now)
        raw = self._by_provider(result)
        ages: dict[str, float] = {}
        if signal.max_age is not None and _SELECTOR.match(expr):
            ages = self._by_provider(self.query(f"timestamp({expr})", now))
        values = {p: _value(v, ages.get(p), now, signal, 1.0) for p, v in raw.items()}
        for provider, value in values.items():
            if value is None:
                log.debug("signal unknown signal=%s provider=%s", signal.name, provider)
        return values

    def fetch(self, rules: Rules, now: float) -> Signals:
        return _table(rules, {s.name: self._signal(s, now) for s in rules.signals.values()})


class MetricsPageSource:
    """The exporter's own /metrics page, for a single machine without Prometheus."""

    def __init__(self, url: str, *, timeout: float = 10.0, session: requests.Session | None = None):
        self.url = url
        self.timeout = timeout
        self.session = session or requests.Session()

    def fetch(self, rules: Rules, now: float) -> Signals:
        try:
            response = self.session.get(self.url, timeout=self.timeout)
            response.raise_for_status()
            families = list(text_string_to_metric_families(response.text))
        except (requests.RequestException, ValueError) as exc:
            raise SignalError(f"metrics page unreadable: {type(exc).__name__}") from exc
        samples: dict[str, list] = {}
        for family in families:
            for sample in family.samples:
                samples.setdefault(sample.name, []).append(sample)
        found: dict[str, dict[str, float | None]] = {}
        for signal in rules.signals.values():
            values: dict[str, float | None] = {}
            for sample in samples.get(signal.metric, []):
                provider = plutus_name(sample.labels.get("provider"))
                value = _value(float(sample.value), sample.timestamp, now, signal, signal.divide_by)
                # Many series for one provider (several sources): the lowest is the safe one.
                if provider in values and values[provider] is not None and value is not None:
                    value = min(value, values[provider])
                values[provider] = value
            found[signal.name] = values
        return _table(rules, found)


def describe(value: float | None) -> str:
    if value is None:
        return "unknown"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return f"{value:.2f}"
