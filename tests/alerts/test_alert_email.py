"""A real Alertmanager, configured by the rendering step, emailing a real SMTP server."""

import json
import time
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest

from stack import local, processes
from tests.alerts.mail_sink import MailSink, body

EMAIL_DEADLINE = 30

RUNWAY_CRITICAL = {
    "labels": {"alertname": "PlutusRunwayLow", "provider": "deepseek", "severity": "critical"},
    "annotations": {
        "summary": "deepseek runs out of credit in 1.5 days",
        "description": "At its 7-day burn rate deepseek runs dry in 1.5 days. Top up now.",
        "balance_usd": "$4.50",
        "runway_days": "1.5 days",
        "burn_rate_usd_per_day": "$3.00/day",
        "runbook_url": "https://github.com/plutus/plutus#alert-plutusrunwaylow",
    },
    "startsAt": "2026-12-01T08:00:00Z",
}

EXPECTED_RUNWAY_BODY = """\
CRITICAL: deepseek runs out of credit in 1.5 days

Alert:      PlutusRunwayLow
Provider:   deepseek
Balance:    $4.50
Runway:     1.5 days
Burn rate:  $3.00/day
Since:      2026-12-01 08:00 UTC

What to do: At its 7-day burn rate deepseek runs dry in 1.5 days. Top up now.

Runbook:    https://github.com/plutus/plutus#alert-plutusrunwaylow

Plutus alerts, sent by Alertmanager: http://am.test
"""


def alert(name: str, provider: str, severity: str, summary: str) -> dict:
    return {
        "labels": {"alertname": name, "provider": provider, "severity": severity},
        "annotations": {"summary": summary, "description": summary, "runbook_url": "r"},
    }


def starting_now(alerts: list[dict]) -> list[dict]:
    # An alert older than group_wait is sent at once, before the inhibitor may have seen its
    # critical sibling; alerts that start now wait group_wait, as Prometheus's do.
    now = datetime.now(UTC).isoformat()
    return [{**alert, "startsAt": now} for alert in alerts]


@pytest.fixture
def mailed_alertmanager(tmp_path, alertmanager_binary):
    """Alertmanager on loopback port 0, mailing an aiosmtpd sink; both stopped afterwards."""
    with MailSink() as sink:
        settings = {
            "PLUTUS_SMTP_SMARTHOST": f"127.0.0.1:{sink.port}",
            "PLUTUS_SMTP_FROM": "plutus@example.com",
            "PLUTUS_ALERT_EMAIL_TO": "owner@example.com",
            "PLUTUS_SMTP_REQUIRE_TLS": "false",
            "PLUTUS_ALERT_GROUP_WAIT": "1s",
            "PLUTUS_ALERT_GROUP_INTERVAL": "1s",
        }
        config = local.alertmanager_file(tmp_path, settings, None)
        service = local.start_alertmanager(tmp_path, config, external_url="http://am.test/")
        try:
            yield service, sink
        finally:
            processes.stop(service)


def post_alerts(service: processes.Service, alerts: list[dict]) -> None:
    request = urllib.request.Request(
        f"{service.url}/api/v2/alerts",
        data=json.dumps(alerts).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200


def test_a_runway_alert_emails_its_provider_balance_runway_burn_rate_and_what_to_do(
    mailed_alertmanager,
):
    service, sink = mailed_alertmanager

    started = time.monotonic()
    post_alerts(service, [RUNWAY_CRITICAL])
    [message] = sink.wait_for(1, EMAIL_DEADLINE)

    print(f"email arrived {time.monotonic() - started:.1f}s after the alert was posted")
    assert message["To"] == "owner@example.com"
    assert message["From"] == "plutus@example.com"
    assert message["Subject"] == (
        "[FIRING:1] Plutus deepseek: deepseek runs out of credit in 1.5 days"
        " (balance $4.50, runway 1.5 days, burn $3.00/day)"
    )
    assert body(message) == EXPECTED_RUNWAY_BODY


def alert_states(service: processes.Service) -> dict[tuple[str, str], str]:
    with urllib.request.urlopen(f"{service.url}/api/v2/alerts", timeout=10) as answer:
        alerts = json.load(answer)
    return {
        (a["labels"]["alertname"], a["labels"].get("provider", "")): a["status"]["state"]
        for a in alerts
    }


def test_a_critical_alert_silences_warnings_about_its_provider_and_no_other(mailed_alertmanager):
    service, sink = mailed_alertmanager

    post_alerts(
        service,
        starting_now(
            [
                RUNWAY_CRITICAL,
                alert("PlutusRunwayLow", "deepseek", "warning", "deepseek has 1.5 days of runway"),
                alert("PlutusSpendSpike", "deepseek", "warning", "deepseek spend spikes"),
                alert(
                    "PlutusRunwayLow", "anthropic", "warning", "anthropic has 5.0 days of runway"
                ),
                {
                    "labels": {"alertname": "PlutusExporterDown", "severity": "critical"},
                    "annotations": {"summary": "Prometheus cannot scrape the Plutus exporter"},
                },
            ]
        ),
    )
    messages = sink.wait_for(3, EMAIL_DEADLINE)

    subjects = sorted(message["Subject"] for message in messages)
    assert subjects == [
        "[FIRING:1] Plutus anthropic: anthropic has 5.0 days of runway",
        "[FIRING:1] Plutus deepseek: deepseek runs out of credit in 1.5 days"
        " (balance $4.50, runway 1.5 days, burn $3.00/day)",
        "[FIRING:1] Plutus: Prometheus cannot scrape the Plutus exporter",
    ]
    deepseek = next(m for m in messages if "deepseek" in m["Subject"])
    assert "WARNING" not in body(deepseek)
    states = alert_states(service)
    assert states[("PlutusSpendSpike", "deepseek")] == "suppressed"
    assert states[("PlutusRunwayLow", "anthropic")] == "active"


def test_a_resolved_alert_sends_a_resolved_email(mailed_alertmanager):
    service, sink = mailed_alertmanager
    post_alerts(service, [RUNWAY_CRITICAL])
    sink.wait_for(1, EMAIL_DEADLINE)

    ended = datetime.now(UTC) - timedelta(seconds=1)
    post_alerts(service, [{**RUNWAY_CRITICAL, "endsAt": ended.isoformat()}])
    resolved = sink.wait_for(2, EMAIL_DEADLINE)[1]

    assert resolved["Subject"] == (
        "[RESOLVED] Plutus deepseek: deepseek runs out of credit in 1.5 days"
        " (balance $4.50, runway 1.5 days, burn $3.00/day)"
    )
    assert body(resolved).startswith("RESOLVED: deepseek runs out of credit in 1.5 days\n")
