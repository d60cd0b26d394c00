"""Building exporters on test ledgers and reading what they publish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest

from exporter.collector import SnapshotCollector
from exporter.config import from_mapping
from exporter.service import Exporter


def ts(iso: str) -> float:
    """Epoch seconds of an ISO time such as 2026-09-18T18:47:00Z."""
    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


class Clock:
    def __init__(self, now: float):
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_exporter(home: Path, state_dir: Path, config: dict | None = None, now: float = 0.0):
    clock = Clock(now)
    exporter = Exporter(from_mapping(config or {}, "test.yml"), home, state_dir, clock=clock)
    return exporter, clock


def registry(exporter: Exporter) -> CollectorRegistry:
    reg = CollectorRegistry(auto_describe=False)
    reg.register(SnapshotCollector(exporter.snapshot))
    return reg


def sample(exporter: Exporter, name: str, **labels) -> float | None:
    return registry(exporter).get_sample_value(name, labels)


def page(exporter: Exporter) -> str:
    return generate_latest(registry(exporter)).decode()


def names_on_page(exporter: Exporter, name: str) -> list[str]:
    """The sample lines of metric `name` (exactly that name, any labels)."""
    return [
        line
        for line in page(exporter).splitlines()
        if line.startswith(name + "{") or line.startswith(name + " ")
    ]


def session(sid: str, at: float, provider: str, model: str, parent: str | None = None, **kw):
    """Ops for a one-call session: created and charged at `at`."""
    kwargs = {"model": model, "billing_provider": provider, "api_call_count": 1, **kw}
    return [
        {"op": "create", "id": sid, "model": model, "at": at, "parent": parent},
        {"op": "tokens", "id": sid, "at": at, "kwargs": kwargs},
    ]
