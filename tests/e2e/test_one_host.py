"""The whole loop on one host, every part real: Hermes's ledger → plutus-exporter → Prometheus
(the project's rules) → Alertmanager → email; Prometheus → plutus-reconciler → Hermes's
config.yaml, read back by Hermes's own loader.

DeepSeek: 3.00 USD a day over the 7-day window, 4.50 USD live balance: 1.5 days of runway.
Anthropic: 1.00 USD a day, a 50.00 USD budget less 8.00 spent ever: 42.00 USD, 42 days.
"""

import re
import time
from contextlib import closing

from stack import processes
from tests.alerts.fast_prometheus import eventually
from tests.alerts.mail_sink import MailSink, body
from tests.e2e.support import (
    EXTERNAL_URL,
    alerting,
    daily,
    deepseek_balance,
    hermes_home,
    reconcile,
    rules_at,
    start_exporter,
)
from tests.fake_provider import FakeProvider
from tests.hermes import run_hermes
from tests.reconciler.conftest import MODELS
from tests.reconciler.fakes import FakeProviders
from tests.reconciler.test_hermes_reads_the_routing import READ_ROUTING

EMAIL_DEADLINE = 90

# What Prometheus holds, worked out by hand: spend ever is 1.00 ten days ago plus 7 days of the
# daily amount; the exporter runs on the home given, never the bundled sample.
FIGURES = {
    "plutus:spend_usd_total": {"deepseek": 22.0, "anthropic": 8.0},
    "plutus:burn_rate_usd_per_day": {"deepseek": 3.0, "anthropic": 1.0},
    "plutus:balance_usd": {"deepseek": 4.5, "anthropic": 42.0},
    "plutus:runway_days": {"deepseek": 1.5, "anthropic": 42.0},
    "plutus_sample_data": {"": 0.0},
}

# Primary: Anthropic's flagship (42 days beats 1.5 by more than the 1.5 hysteresis ratio);
# subagents: the best other provider's fast model; fallbacks: flagships, then fast models, in
# rank order, Google (no balance: unknown runway) last. Runtime and delegation as Hermes
# resolves them, base URLs included.
ROUTING_AFTER = {
    "model": {"default": "claude-opus-4-8", "provider": "anthropic"},
    "runtime": {
        "provider": "anthropic",
        "base_url": "https://api.anthropic.com",
        "api_mode": "anthropic_messages",
    },
    "delegation": {
        "provider": "deepseek",
        "model": "deepseek-chat",
        "base_url": "https://api.deepseek.com/v1",
        "api_mode": "chat_completions",
    },
    "chain": [
        {"provider": "deepseek", "model": "deepseek-reasoner"},
        {"provider": "gemini", "model": "gemini-3.1-pro-preview"},
        {"provider": "deepseek", "model": "deepseek-chat"},
        {"provider": "gemini", "model": "gemini-2.5-flash"},
    ],
}

EXPECTED_BODY = f"""\
CRITICAL: deepseek runs out of credit in 1.5 days

Alert:      PlutusRunwayLow
Provider:   deepseek
Balance:    $4.50
Runway:     1.5 days
Burn rate:  $3.00/day
Since:      (start)

What to do: At its 7-day burn rate the deepseek account runs dry in 1.5 days (critical below \
2 days). Top up the account now; until then, check that the reconciler has moved the primary \
route away from deepseek (plutus-reconciler explain).

Runbook:    https://github.com/plutus/plutus#alert-plutusrunwaylow

Plutus alerts, sent by Alertmanager: {EXTERNAL_URL.rstrip("/")}
"""


def exporter_config(path, deepseek_url: str):
    path.write_text(
        "timezone: UTC\n"
        "burn_window: 7d\n"
        "providers:\n"
        f"  deepseek: {{api_base: {deepseek_url}, api_key_env: DEEPSEEK_API_KEY}}\n"
        "  anthropic: {budget_usd: 50.00}\n"
    )
    return path


def test_a_day_and_a_half_of_deepseek_runway_emails_and_moves_hermes_off_deepseek(
    tmp_path, hermes_env, prometheus_binary, alertmanager_binary, capsys
):
    now = time.time()
    ledger = daily("ds", now, 3.00, "deepseek", "deepseek-chat")
    ledger += daily("an", now, 1.00, "anthropic", "claude-sonnet-4-5")
    home = hermes_home(tmp_path / "hermes", ledger)
    assert run_hermes(home, READ_ROUTING)["model"] == {
        "default": "deepseek-reasoner",
        "provider": "deepseek",
    }

    with (
        FakeProvider() as deepseek,
        closing(FakeProviders({k: list(v) for k, v in MODELS.items()})) as models,
        MailSink() as sink,
    ):
        deepseek.routes["/user/balance"] = (200, deepseek_balance("4.50"))
        config = exporter_config(tmp_path / "plutus.yml", deepseek.url)
        started = time.monotonic()
        exporter = start_exporter(tmp_path, "exporter", home, config)
        try:
            with alerting(tmp_path, [exporter.address], sink.port) as prometheus:
                message = sink.wait_for_subject("deepseek runs out of credit", EMAIL_DEADLINE)
                seconds = time.monotonic() - started
                figures = {q: eventually(prometheus, q, want) for q, want in FIGURES.items()}
                rules = rules_at(models.url, tmp_path)
                reconciled = reconcile(rules, prometheus, home / "config.yaml")
        finally:
            processes.stop(exporter)

    with capsys.disabled():
        print(f"\nrunway email arrived {seconds:.1f}s after the exporter started")
    assert message["Subject"] == (
        "[FIRING:1] Plutus deepseek: deepseek runs out of credit in 1.5 days"
        " (balance $4.50, runway 1.5 days, burn $3.00/day)"
    )
    assert re.sub(r"(?m)^Since: .*$", "Since:      (start)", body(message)) == EXPECTED_BODY
    assert figures == FIGURES
    assert "runway_days=[anthropic=42.00 deepseek=1.50 google=unknown]" in reconciled.stderr
    assert run_hermes(home, READ_ROUTING) == ROUTING_AFTER
    # The key came from the Hermes home's .env, and no log carries it.
    assert deepseek.requests[0][1]["Authorization"] == "Bearer sk-e2e-deepseek"
    logs = (tmp_path / "exporter.log").read_text() + reconciled.stdout + reconciled.stderr
    assert "sk-e2e" not in logs
    assert exporter.process.returncode == 0
