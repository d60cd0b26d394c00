"""The reconciler's own metrics page: current routes, last pass, writes."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from prometheus_client.core import CollectorRegistry, CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric

from plutus import web
from plutus.web import WebConfig
from reconciler.decision import Routing
from reconciler.passes import PassResult


class ReconcilerCollector:
    """Builds fresh families from the last pass on every scrape.

    plutus_route_info{config="/home/u/.hermes/config.yaml",role="primary",position="0",
        provider="google",model="gemini-3.1-pro-preview"} 1
    plutus_reconciler_last_run_timestamp_seconds 1.7647e+09
    plutus_reconciler_last_run_success 1
    plutus_reconciler_config_writes_total 3
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[str, Routing] = {}
        self._last: PassResult | None = None
        self._writes = 0

    def record(self, result: PassResult) -> None:
        with self._lock:
            self._last = result
            self._writes += result.writes
            for outcome in result.outcomes:
                if outcome.routing is not None:
                    self._routes[str(outcome.config)] = outcome.routing

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            routes, last, writes = dict(self._routes), self._last, self._writes
        info = GaugeMetricFamily(
            "plutus_route_info",
            "1 per current Hermes route (role = primary, delegation, fallback)",
            labels=["config", "role", "position", "provider", "model"],
        )
        for config, routing in sorted(routes.items()):
            for role, position, route in _routes(routing):
                info.add_metric([config, role, str(position), route.provider, route.model], 1)
        yield info
        if last is not None:
            yield GaugeMetricFamily(
                "plutus_reconciler_last_run_timestamp_seconds",
                "When the last reconciler pass ran",
                value=last.at,
            )
            yield GaugeMetricFamily(
                "plutus_reconciler_last_run_success",
                "1 if the last reconciler pass read its signals and handled every config",
                value=1 if last.success else 0,
            )
        yield CounterMetricFamily(
            "plutus_reconciler_config_writes",
            "Writes that changed a Hermes config.yaml",
            value=writes,
        )


def _routes(routing: Routing):
    if routing.primary is not None:
        yield "primary", 0, routing.primary
    if routing.delegation is not None:
        yield "delegation", 0, routing.delegation
    for position, route in enumerate(routing.fallbacks):
        yield "fallback", position, route


def serve(collector: ReconcilerCollector, listen: str, web_config: WebConfig | None = None):
    """Serve the metrics page in a background thread; returns (server, thread)."""
    registry = CollectorRegistry()
    registry.register(collector)
    return web.serve(registry, listen, web_config)
