"""Two machines of one user, one Prometheus: Hermes homes A and B spend from the same DeepSeek
and Anthropic accounts, each with its own plutus-exporter, and share Anthropic's calibration
through their exporter configurations (52.00 USD, two days ago).

    DeepSeek   A: 2.00 a day, B: 1.00 a day over the 7-day window; live balance 4.50 (one
               account, seen from both hosts).
    Anthropic  A: 3.00 five days ago, 4.00 one day ago; B: 0.50 four days ago, 3.00 one day
               ago; spent since the calibration: 4.00 + 3.00. Each host also spent 1.00 on
               each provider ten days ago, so both histories are longer than the window.
"""

import time
from contextlib import ExitStack, closing

from stack import processes
from tests.alerts.fast_prometheus import eventually
from tests.alerts.mail_sink import MailSink, body
from tests.e2e.support import (
    DAY,
    alerting,
    charge,
    daily,
    deepseek_balance,
    hermes_home,
    iso,
    query,
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

# The account: spend adds up, the live balance is taken once, the calibrated balance is
# 52.00 - (4.00 + 3.00) = 45.00, and runway is account balance / account burn.
ACCOUNT = {
    "plutus:spend_usd_total": {"deepseek": 23.0, "anthropic": 12.5},
    "plutus:burn_rate_usd_per_day": {"deepseek": 3.0, "anthropic": 1.5},
    "plutus:balance_usd": {"deepseek": 4.5, "anthropic": 45.0},
    "plutus:runway_days": {"deepseek": 1.5, "anthropic": 30.0},
}

# Each exporter's own view: exact for its host alone, never what the account figures use.
HOSTS = {
    'plutus_balance_usd{provider="deepseek"}': {"a": 4.5, "b": 4.5},
    'plutus_burn_rate_usd_per_day{provider="deepseek"}': {"a": 2.0, "b": 1.0},
    'plutus_runway_seconds{provider="deepseek"} / 86400': {"a": 2.25, "b": 4.5},
    "plutus_calibration_balance_usd": {"a": 52.0, "b": 52.0},
    "plutus_spend_since_calibration_usd": {"a": 4.0, "b": 3.0},
    'plutus_balance_usd{provider="anthropic"}': {"a": 48.0, "b": 49.0},
}


def ledgers(now: float) -> dict[str, list[dict]]:
    def anthropic(host, amounts):
        ops = charge(f"{host}-an-old", now - 10 * DAY, 1.00, "anthropic", "claude-sonnet-4-5")
        for days_ago, cost in amounts:
            sid = f"{host}-an-{days_ago}"
            ops += charge(sid, now - days_ago * DAY, cost, "anthropic", "claude-sonnet-4-5")
        return ops

    return {
        "a": daily("a-ds", now, 2.00, "deepseek", "deepseek-chat")
        + anthropic("a", [(5, 3.00), (1, 4.00)]),
        "b": daily("b-ds", now, 1.00, "deepseek", "deepseek-chat")
        + anthropic("b", [(4, 0.50), (1, 3.00)]),
    }


def exporter_config(path, deepseek_url: str, calibrated_at: str):
    path.write_text(
        "timezone: UTC\n"
        "providers:\n"
        f"  deepseek: {{api_base: {deepseek_url}}}\n"
        "  anthropic:\n"
        f"    calibration: {{balance_usd: 52.00, at: '{calibrated_at}'}}\n"
    )
    return path


def per_host(prometheus, promql: str, hosts: dict[str, processes.Service]) -> dict[str, float]:
    names = {service.address: name for name, service in hosts.items()}
    return {
        names[sample["metric"]["instance"]]: float(sample["value"][1])
        for sample in query(prometheus, promql)
    }


def test_two_hosts_add_up_spend_take_the_live_balance_once_and_share_a_calibration(
    tmp_path, hermes_env, prometheus_binary, alertmanager_binary, capsys
):
    now = time.time()
    homes = {host: hermes_home(tmp_path / host, ops) for host, ops in ledgers(now).items()}

    with ExitStack() as stack:
        deepseek = stack.enter_context(FakeProvider())
        models = stack.enter_context(
            closing(FakeProviders({k: list(v) for k, v in MODELS.items()}))
        )
        sink = stack.enter_context(MailSink())
        deepseek.routes["/user/balance"] = (200, deepseek_balance("4.50"))
        started = time.monotonic()
        exporters: dict[str, processes.Service] = {}
        # Stopped by their ids, last started first, whatever happens below.
        stack.callback(lambda: [processes.stop(s) for s in reversed(exporters.values())])
        for host, home in homes.items():
            config = exporter_config(tmp_path / f"{host}.yml", deepseek.url, iso(now - 2 * DAY))
            exporters[host] = start_exporter(tmp_path, f"exporter-{host}", home, config)
        addresses = [service.address for service in exporters.values()]
        prometheus = stack.enter_context(alerting(tmp_path, addresses, sink.port))

        account = {q: eventually(prometheus, q, want) for q, want in ACCOUNT.items()}
        hosts = {q: per_host(prometheus, q, exporters) for q in HOSTS}
        message = sink.wait_for_subject("deepseek runs out of credit", EMAIL_DEADLINE)
        seconds = time.monotonic() - started
        rules = rules_at(models.url, tmp_path)
        reconciled = {
            host: reconcile(rules, prometheus, home / "config.yaml") for host, home in homes.items()
        }

    with capsys.disabled():
        print(f"\ntwo hosts: runway email arrived {seconds:.1f}s after the exporters started")
    assert account == ACCOUNT
    assert hosts == HOSTS
    # Neither host alone is under the 2-day critical threshold: the alert used the account.
    assert message["Subject"] == (
        "[FIRING:1] Plutus deepseek: deepseek runs out of credit in 1.5 days"
        " (balance $4.50, runway 1.5 days, burn $3.00/day)"
    )
    assert "Balance:    $4.50\nRunway:     1.5 days\nBurn rate:  $3.00/day\n" in body(message)
    for host, home in homes.items():
        decision = "runway_days=[anthropic=30.00 deepseek=1.50 google=unknown]"
        assert decision in reconciled[host].stderr
        routing = run_hermes(home, READ_ROUTING)
        assert routing["model"] == {"default": "claude-opus-4-8", "provider": "anthropic"}
        assert routing["runtime"]["provider"] == "anthropic"
