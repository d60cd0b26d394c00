"""`python -m stack`: Prometheus and Alertmanager as local processes, stopped on SIGTERM."""

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.alerts.mail_sink import MailSink
from tests.alerts.metrics_page import MetricsPage
from tests.hermes import ROOT

STARTED = re.compile(r"started name=(\w+) url=(\S+)")
PAGE = """\
# TYPE plutus_balance_usd gauge
plutus_balance_usd{provider="deepseek",source="live"} 4.5
"""


def wait_for_urls(stack: subprocess.Popen, log_path, timeout=60) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        urls = dict(STARTED.findall(log_path.read_text()))
        if {"prometheus", "alertmanager"} <= urls.keys():
            return urls
        assert stack.poll() is None, log_path.read_text()
        time.sleep(0.2)
    raise TimeoutError(log_path.read_text())


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return json.load(answer)


def scraped_health(prometheus_url: str, timeout=30) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        targets = get_json(f"{prometheus_url}/api/v1/targets")["data"]["activeTargets"]
        health = {t["labels"]["job"]: t["health"] for t in targets}
        if "unknown" not in health.values() and len(health) == 2:
            return health
        time.sleep(0.2)
    return health


def answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
        return True
    except (urllib.error.URLError, ConnectionError):
        return False


def test_the_local_stack_scrapes_the_exporter_and_stops_everything_on_sigterm(
    tmp_path, prometheus_binary, alertmanager_binary
):
    log_path = tmp_path / "stack.log"
    with MailSink() as sink, MetricsPage(PAGE) as exporter, log_path.open("w") as log:
        environ = {
            "PATH": "/usr/bin:/bin",  # no plutus-exporter here: the metrics page stands in
            "PLUTUS_SMTP_SMARTHOST": f"127.0.0.1:{sink.port}",
            "PLUTUS_SMTP_FROM": "plutus@example.com",
            "PLUTUS_ALERT_EMAIL_TO": "owner@example.com",
        }
        command = [sys.executable, "-m", "stack", "--run-dir", str(tmp_path / "run")]
        command += ["--prometheus-listen", "127.0.0.1:0", "--alertmanager-listen", "127.0.0.1:0"]
        command += ["--exporter-listen", exporter.address]
        stack = subprocess.Popen(command, cwd=ROOT, env=environ, stdout=log, stderr=log)
        try:
            urls = wait_for_urls(stack, log_path)
            health = scraped_health(urls["prometheus"])
            alertmanagers = get_json(f"{urls['prometheus']}/api/v1/alertmanagers")
        finally:
            stack.terminate()
            code = stack.wait(timeout=30)

    assert health == {"plutus-exporter": "up", "prometheus": "up"}
    [alertmanager] = alertmanagers["data"]["activeAlertmanagers"]
    assert alertmanager["url"] == f"{urls['alertmanager']}/api/v2/alerts"
    assert code == 0
    assert not answers(f"{urls['prometheus']}/-/ready")
    assert not answers(f"{urls['alertmanager']}/-/ready")
