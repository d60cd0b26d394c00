"""The long-running reconciler: serves its metrics, passes on an interval, stops on SIGTERM."""

import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.reconciler.builders import rules_text


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def scrape(url, deadline=10.0):
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        try:
            page = requests.get(url, timeout=1).text
            if "plutus_reconciler_last_run_success" in page:
                return page
        except requests.ConnectionError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"no pass reported at {url}")


def test_the_loop_serves_its_metrics_and_stops_cleanly_on_sigterm(tmp_path, prometheus, providers):
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    config = tmp_path / "config.yaml"
    config.write_text("model:\n  default: deepseek-reasoner\n  provider: deepseek\n")
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        rules_text({n: providers.base(n) for n in ("deepseek", "anthropic", "google")})
    )
    port = free_port()
    # The installed console script, as users and the compose file run it.
    command = [str(Path(sys.executable).parent / "plutus-reconciler"), "--rules", str(rules)]
    command += ["--hermes-config", str(config), "--prometheus-url", prometheus.url]
    command += ["--state-dir", str(tmp_path / "state"), "--interval", "1h"]
    command += ["--listen", f"127.0.0.1:{port}"]
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        page = scrape(f"http://127.0.0.1:{port}/metrics")
    finally:
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=10)
    assert child.returncode == 0
    route = (
        f'plutus_route_info{{config="{config}",model="gemini-3.1-pro-preview",'
        'position="0",provider="google",role="primary"} 1.0'
    )
    assert route in page
    assert "plutus_reconciler_last_run_success 1.0" in page
    assert "plutus_reconciler_config_writes_total 1.0" in page
    assert " INFO reconciler.cli stopped" in err
    decisions = [line for line in err.splitlines() if "reconciler.passes decision " in line]
    assert len(decisions) == 1
    assert "changed=true runway_days=[google=9.00 anthropic=3.00 deepseek=1.00]" in decisions[0]
    if shutil.which("promtool") is None:
        pytest.skip("promtool not installed: the page's lint is not checked")
    lint = subprocess.run(
        ["promtool", "check", "metrics"], input=page, capture_output=True, text=True
    )
    assert (lint.returncode, lint.stdout, lint.stderr) == (0, "", "")
