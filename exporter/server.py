"""Serving `/metrics` from a registry that holds only the snapshot collector."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from exporter.collector import SnapshotCollector
from plutus import web
from plutus.web import WebConfig


def serve(collector: SnapshotCollector, listen: str, web_config: WebConfig | None = None):
    """Start the HTTP server (TLS and basic auth as `web_config` says) in a background thread;
    returns (server, thread)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    return web.serve(registry, listen, web_config)
