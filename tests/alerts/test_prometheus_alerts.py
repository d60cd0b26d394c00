"""The project's rules on a real Prometheus 2.42, scraping a metrics page in the contract's
shape, alerting through a real Alertmanager to an SMTP sink: the alerting half of the loop."""

import time

import pytest

from stack import local, processes
from tests.alerts.fast_prometheus import eventually, fast_intervals, fast_rules
from tests.alerts.mail_sink import MailSink, body
from tests.alerts.metrics_page import MetricsPage

EMAIL_DEADLINE = 60

# Two hosts of one user. deepseek: one live account seen by both (4.50 USD, never 9.00),
# burn 2 + 1 USD a day, so 1.5 days of runway. anthropic: budget 50 minus 10 + 4 spent.
HOST_A = """\
# TYPE plutus_balance_usd gauge
plutus_balance_usd{provider="deepseek",source="live"} 4.5
# TYPE plutus_burn_rate_usd_per_day gauge
plutus_burn_rate_usd_per_day{provider="deepseek"} 2
plutus_burn_rate_usd_per_day{provider="anthropic"} 0.5
# TYPE plutus_budget_usd gauge
plutus_budget_usd{provider="anthropic"} 50
# TYPE plutus_spend_usd_total counter
plutus_spend_usd_total{provider="anthropic",model="claude-sonnet-4-5",profile="default"} 10
"""
HOST_B = """\
# TYPE plutus_balance_usd gauge
plutus_balance_usd{provider="deepseek",source="live"} 4.5
# TYPE plutus_burn_rate_usd_per_day gauge
plutus_burn_rate_usd_per_day{provider="deepseek"} 1
plutus_burn_rate_usd_per_day{provider="anthropic"} 0.5
# TYPE plutus_budget_usd gauge
plutus_budget_usd{provider="anthropic"} 50
# TYPE plutus_spend_usd_total counter
plutus_spend_usd_total{provider="anthropic",model="claude-opus-4-1",profile="work"} 4
"""


@pytest.fixture
def alerting_stack(tmp_path, prometheus_binary, alertmanager_binary):
    """Two metrics pages, Prometheus with fast copies of the rules, Alertmanager, mail sink."""
    with MailSink() as sink, MetricsPage(HOST_A) as host_a, MetricsPage(HOST_B) as host_b:
        settings = {
            "PLUTUS_SMTP_SMARTHOST": f"127.0.0.1:{sink.port}",
            "PLUTUS_SMTP_FROM": "plutus@example.com",
            "PLUTUS_ALERT_EMAIL_TO": "owner@example.com",
            "PLUTUS_SMTP_REQUIRE_TLS": "false",
            "PLUTUS_ALERT_GROUP_WAIT": "1s",
            "PLUTUS_ALERT_GROUP_INTERVAL": "1s",
        }
        started = time.monotonic()
        alertmanager = local.start_alertmanager(
            tmp_path, local.alertmanager_file(tmp_path, settings, None)
        )
        prometheus = None
        try:
            config_dir = local.prometheus_dir(
                tmp_path,
                exporters=[host_a.address, host_b.address],
                alertmanagers=[alertmanager.address],
                rules_dir=fast_rules(local.ALERTS, tmp_path),
            )
            fast_intervals(config_dir)
            prometheus = local.start_prometheus(tmp_path, config_dir)
            yield prometheus, sink, started
        finally:
            if prometheus is not None:
                processes.stop(prometheus)
            processes.stop(alertmanager)


def test_prometheus_adds_up_hosts_into_account_figures(alerting_stack):
    prometheus, _, _ = alerting_stack

    burn = eventually(prometheus, "plutus:burn_rate_usd_per_day", {"deepseek": 3, "anthropic": 1})
    balance = eventually(prometheus, "plutus:balance_usd", {"deepseek": 4.5, "anthropic": 36})
    runway = eventually(prometheus, "plutus:runway_days", {"deepseek": 1.5, "anthropic": 36})

    assert burn == {"deepseek": 3, "anthropic": 1}
    assert balance == {"deepseek": 4.5, "anthropic": 36}
    assert runway == {"deepseek": 1.5, "anthropic": 36}


def test_a_short_runway_on_the_metrics_page_arrives_as_a_critical_email(alerting_stack, capsys):
    _, sink, started = alerting_stack

    # Until both hosts are scraped deepseek shows 2.25 days (a warning): wait for the critical.
    message = sink.wait_for_subject("deepseek runs out of credit", EMAIL_DEADLINE)

    with capsys.disabled():
        print(
            f"\nrunway email arrived {time.monotonic() - started:.1f}s after Alertmanager started"
        )
    assert message["Subject"] == (
        "[FIRING:1] Plutus deepseek: deepseek runs out of credit in 1.5 days"
        " (balance $4.50, runway 1.5 days, burn $3.00/day)"
    )
    text = body(message)
    assert text.startswith("CRITICAL: deepseek runs out of credit in 1.5 days\n")
    assert "Balance:    $4.50\nRunway:     1.5 days\nBurn rate:  $3.00/day\n" in text
    assert "(critical below 2 days)" in text
