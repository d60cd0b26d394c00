"""Serving `/metrics` from a registry that holds only the snapshot collector."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, start_http_server

from exporter.collector import SnapshotCollector


def parse_listen(text: str) -> tuple[str, int]:
    """`HOST:PORT` (IPv6 in brackets) → (host, port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"--listen {text!r}: expected HOST:PORT")
    return host.strip("[]") or "127.0.0.1", int(port)


def serve(collector: SnapshotCollector, listen: str):
    """Start the HTTP server in a background thread; returns (server, thread)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    host, port = parse_listen(listen)
    return start_http_server(port, addr=host, registry=registry)
