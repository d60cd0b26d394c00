"""A whole Plutus stack on loopback for the dashboards' queries: a Hermes ledger written by
Hermes's own code, the real exporter and reconciler processes, and a real Prometheus running
the project's rules (durations shortened by tests/alerts/fast_prometheus.py)."""

from __future__ import annotations

import contextlib
import socket
import sys
import time
from pathlib import Path

from stack import local, processes
from tests.alerts.fast_prometheus import fast_intervals, fast_rules, query
from tests.alerts.metrics_page import MetricsPage
from tests.exporter.support import session
from tests.fake_provider import FakeProvider
from tests.hermes import write_ledger
from tests.reconciler.builders import rules_text
from tests.reconciler.fakes import FakeProviders

BIN = Path(sys.executable).parent
KEYS = {
    "DEEPSEEK_API_KEY": "sk-test-deepseek",
    "ANTHROPIC_API_KEY": "sk-test-anthropic",
    "GEMINI_API_KEY": "test-gemini",
}
MODELS = {
    "deepseek": ["deepseek-chat", "deepseek-reasoner"],
    "anthropic": ["claude-haiku-4-5-20251001", "claude-opus-4-8"],
    "google": ["gemini-2.5-flash", "gemini-3.1-pro-preview"],
}
# DeepSeek GET /user/balance (api-docs.deepseek.com, "Get User Balance"); values chosen.
DEEPSEEK_BALANCE = {
    "is_available": True,
    "balance_infos": [
        {
            "currency": "USD",
            "total_balance": "41.25",
            "granted_balance": "1.25",
            "topped_up_balance": "40.00",
        }
    ],
}


def ledger(at: float) -> list[dict]:
    """Priced spend at deepseek and anthropic; tokens no one can price at google (a model
    genai-prices does not know) and at a `custom` endpoint on an unknown host."""
    return (
        session("d", at, "deepseek", "deepseek-chat", input_tokens=120_000, output_tokens=8_000,
                estimated_cost_usd=0.45, cost_status="estimated")
        + session("a", at, "anthropic", "claude-sonnet-4-5", input_tokens=30_000,
                  output_tokens=2_000, cache_read_tokens=10_000, estimated_cost_usd=1.25,
                  cost_status="estimated")
        + session("g", at, "gemini", "gemini-imaginary-9", input_tokens=7_000,
                  output_tokens=3_000)
        + session("c", at, "custom", "qwen2.5-7b-instruct", input_tokens=4_000,
                  output_tokens=1_000, estimated_cost_usd=0.0, cost_status="unknown",
                  billing_base_url="http://192.0.2.10:8000/v1")
    )  # fmt: skip


def exporter_config(path: Path, deepseek_url: str) -> Path:
    path.write_text(
        "providers:\n"
        f"  deepseek: {{api_base: '{deepseek_url}'}}\n"
        "  anthropic: {budget_usd: 4}\n"
        "  google: {budget_usd: 5}\n"
    )
    return path


def signals(runway_days: dict[str, float]) -> str:
    """An exporter page standing in for the reconciler's signals."""
    lines = ["# TYPE plutus_runway_seconds gauge"]
    lines += [
        f'plutus_runway_seconds{{provider="{name}"}} {days * 86400}'
        for name, days in runway_days.items()
    ]
    return "\n".join(lines) + "\n"


def free_address() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{probe.getsockname()[1]}"


def start_exporter(tmp_path: Path, home: Path, config: Path) -> processes.Service:
    address = free_address()
    command = [str(BIN / "plutus-exporter"), "--hermes-home", str(home), "--config", str(config)]
    command += ["--state-dir", str(tmp_path / "exporter-state"), "--listen", address]
    log = tmp_path / "exporter.log"
    return processes.start("exporter", command, log, address=address, ready_path="/metrics")


def start_reconciler(tmp_path: Path, home: Path, page: MetricsPage, models: FakeProviders):
    rules = tmp_path / "rules.yaml"
    rules.write_text(rules_text({name: models.base(name) for name in MODELS}))
    address = free_address()
    command = [str(BIN / "plutus-reconciler"), "--rules", str(rules)]
    command += ["--hermes-config", str(home / "config.yaml"), "--interval", "1s"]
    command += ["--metrics-url", f"http://{page.address}/metrics", "--listen", address]
    command += ["--state-dir", str(tmp_path / "reconciler-state")]
    log = tmp_path / "reconciler.log"
    return processes.start("reconciler", command, log, address=address, ready_path="/metrics")


def wait_for(prometheus: processes.Service, promql: str, timeout: float = 60) -> dict:
    """Poll until `promql` answers something (keyed by provider label) or time is up."""
    deadline = time.monotonic() + timeout
    while not (result := query(prometheus, promql)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return result


@contextlib.contextmanager
def running_stack(tmp_path: Path):
    """Yields (prometheus, signals page, Hermes home); the routing starts on deepseek."""
    home = tmp_path / "hermes"
    write_ledger(home, ledger(time.time() - 600))
    (home / ".env").write_text("".join(f"{k}={v}\n" for k, v in KEYS.items()))
    (home / "config.yaml").write_text(
        "model:\n  default: deepseek-reasoner\n  provider: deepseek\n"
    )
    services: list[processes.Service] = []
    models = FakeProviders({name: list(ids) for name, ids in MODELS.items()})
    first = signals({"deepseek": 30, "anthropic": 9, "google": 3})
    try:
        with FakeProvider() as deepseek, MetricsPage(first) as page:
            deepseek.routes["/user/balance"] = (200, DEEPSEEK_BALANCE)
            config = exporter_config(tmp_path / "exporter.yml", deepseek.url)
            services.append(start_exporter(tmp_path, home, config))
            services.append(start_reconciler(tmp_path, home, page, models))
            config_dir = local.prometheus_dir(
                tmp_path,
                exporters=[services[0].address],
                reconcilers=[services[1].address],
                rules_dir=fast_rules(local.ALERTS, tmp_path),
            )
            fast_intervals(config_dir)
            services.append(local.start_prometheus(tmp_path, config_dir))
            yield services[-1], page, home
    finally:
        for service in reversed(services):
            processes.stop(service)
        models.close()
