"""The pieces of the whole loop on loopback: Hermes homes with ledgers Hermes's own code wrote,
the exporter and reconciler as real processes (built by the stack's own command lines), and
a real Prometheus and Alertmanager with the project's files.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stack import commands, local, processes
from tests.alerts.fast_prometheus import fast_intervals, fast_rules
from tests.exporter.support import session
from tests.hermes import write_ledger

DAY = 86400.0
BIN = Path(sys.executable).parent
EXTERNAL_URL = "http://alertmanager.test/"
KEYS = "DEEPSEEK_API_KEY=sk-e2e-deepseek\nANTHROPIC_API_KEY=sk-e2e-ant\nGEMINI_API_KEY=g-e2e\n"

# Hermes's routing before the reconciler: DeepSeek carries the primary model.
HERMES_CONFIG = """\
model:
  default: deepseek-reasoner
  provider: deepseek
delegation:
  provider: anthropic
  model: claude-haiku-4-5-20251001
fallback_providers:
  - provider: anthropic
    model: claude-opus-4-8
"""


def deepseek_balance(total_usd: str) -> dict:
    """DeepSeek's documented `GET /user/balance` answer (api-docs.deepseek.com/api/
    get-user-balance): amounts are strings; one USD account, values chosen for the case."""
    return {
        "is_available": True,
        "balance_infos": [
            {
                "currency": "USD",
                "total_balance": total_usd,
                "granted_balance": "0.00",
                "topped_up_balance": total_usd,
            }
        ],
    }


def charge(sid: str, at: float, cost: float, provider: str, model: str) -> list[dict]:
    return session(sid, at, provider, model, input_tokens=1000, estimated_cost_usd=cost,
                   cost_status="estimated")  # fmt: skip


def daily(name: str, now: float, cost: float, provider: str, model: str) -> list[dict]:
    """`cost` on each of the last 7 days, and 1.00 ten days ago: the ledger's history is longer
    than the 7-day burn window, so the burn rate is exactly `cost` a day."""
    ops = charge(f"{name}-old", now - 10 * DAY, 1.00, provider, model)
    for day in range(7):
        ops += charge(f"{name}-d{day}", now - day * DAY - 3600, cost, provider, model)
    return ops


def hermes_home(path: Path, ops: list[dict]) -> Path:
    """A Hermes home: a ledger written by Hermes's SessionDB, keys in .env, a config.yaml."""
    write_ledger(path, ops)
    (path / ".env").write_text(KEYS)
    (path / "config.yaml").write_text(HERMES_CONFIG)
    return path


def iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat()


def clean_env(tmp_path: Path) -> dict[str, str]:
    """This environment without Plutus, Hermes or provider settings: files say everything."""
    prefixes = ("PLUTUS_", "HERMES_", "DEEPSEEK_", "ANTHROPIC_", "GEMINI_", "GOOGLE_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    return {**env, "HOME": str(tmp_path / "user")}


def free_address() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{s.getsockname()[1]}"


def program(name: str) -> str:
    """The console script installed beside this interpreter (.venv/bin/plutus-...)."""
    path = BIN / name
    assert path.exists(), f"{path} missing: `make test` installs the project into .venv"
    return str(path)


def start_exporter(tmp_path: Path, name: str, home: Path, config: Path) -> processes.Service:
    run = commands.ExporterRun(free_address(), home, config, tmp_path / f"{name}-state")
    return processes.start(
        name,
        commands.exporter_command(program("plutus-exporter"), run),
        tmp_path / f"{name}.log",
        address=run.listen,
        ready_path="/metrics",
        env=clean_env(tmp_path),
    )


def smtp_settings(port: int) -> dict[str, str]:
    return {
        "PLUTUS_SMTP_SMARTHOST": f"127.0.0.1:{port}",
        "PLUTUS_SMTP_FROM": "plutus@example.com",
        "PLUTUS_ALERT_EMAIL_TO": "owner@example.com",
        "PLUTUS_SMTP_REQUIRE_TLS": "false",
        "PLUTUS_ALERT_GROUP_WAIT": "1s",
        "PLUTUS_ALERT_GROUP_INTERVAL": "1s",
    }


@contextmanager
def alerting(tmp_path: Path, exporters: list[str], smtp_port: int) -> Iterator[processes.Service]:
    """Alertmanager (rendered config) and Prometheus (the project's rules, `for:` shortened)
    laid out by the local stack's own code; both stopped by their ids on the way out."""
    started: list[processes.Service] = []
    try:
        config = local.alertmanager_file(tmp_path, smtp_settings(smtp_port), None)
        started.append(local.start_alertmanager(tmp_path, config, external_url=EXTERNAL_URL))
        config_dir = local.prometheus_dir(
            tmp_path,
            exporters=exporters,
            alertmanagers=[started[0].address],
            rules_dir=fast_rules(local.ALERTS, tmp_path),
        )
        fast_intervals(config_dir)
        started.append(local.start_prometheus(tmp_path, config_dir))
        yield started[1]
    finally:
        for service in reversed(started):
            processes.stop(service)


def rules_at(fake_models_url: str, tmp_path: Path) -> Path:
    """examples/rules.yaml with each provider's api_base at the fake models server, and no
    other line changed."""
    text = commands.EXAMPLE_RULES.read_text()
    pointed = re.sub(
        r"^(    api_base: )https://\S+$",
        lambda m: m.group(1) + fake_models_url + "/" + provider_above(text, m.start()),
        text,
        flags=re.M,
    )
    for line in difflib.ndiff(text.splitlines(), pointed.splitlines()):
        if line.startswith(("- ", "+ ")):
            assert re.fullmatch(r"[-+]     api_base: \S+", line), line
    path = tmp_path / "rules.yaml"
    path.write_text(pointed)
    return path


def provider_above(text: str, offset: int) -> str:
    """The provider whose block holds `offset` in a rules file."""
    return re.findall(r"^  (\w+):$", text[:offset], flags=re.M)[-1]


def reconcile(rules: Path, prometheus: processes.Service, config: Path):
    """plutus-reconciler as that host would run it from cron: one pass that writes."""
    host = config.parent
    run = commands.ReconcilerRun(
        rules,
        prometheus.url,
        (config,),
        state_dir=host.parent / f"{host.name}-reconciler-state",
        dry_run=False,
        once=True,
    )
    argv = commands.reconciler_command(program("plutus-reconciler"), run)
    done = subprocess.run(argv, env=clean_env(host.parent), capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def query(prometheus: processes.Service, promql: str) -> list[dict]:
    url = f"{prometheus.url}/api/v1/query?" + urllib.parse.urlencode({"query": promql})
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)["data"]["result"]
