"""The exporter as a user runs it: a real process, a real port, the real sample home."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
EXPORTER = [sys.executable, "-m", "exporter"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLUTUS_", "HERMES_"))}
    env.pop("DEEPSEEK_API_KEY", None)
    return {**env, "HOME": str(tmp_path / "user"), "PYTHONPATH": str(ROOT), **extra}


def wait_for_metrics(url: str, process, needle: str, deadline: float = 30.0) -> str:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        assert process.poll() is None, process.stderr.read()
        try:
            text = requests.get(url, timeout=2).text
            if needle in text:
                return text
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} never appeared at {url}")


@pytest.fixture
def serve(tmp_path):
    processes = []

    def start(*args, env=None):
        port = free_port()
        process = subprocess.Popen(
            [*EXPORTER, "--listen", f"127.0.0.1:{port}", *args],
            env=env or clean_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        return process, f"http://127.0.0.1:{port}/metrics"

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def test_with_no_hermes_home_it_serves_the_sample_home_and_says_so(serve, tmp_path):
    process, url = serve("--state-dir", str(tmp_path / "state"))
    text = wait_for_metrics(url, process, "plutus_spend_usd_total")

    assert "plutus_sample_data 1.0" in text
    assert 'plutus_provider_info{balance_source="budget",provider="anthropic"} 1.0' in text
    assert (
        'plutus_spend_usd_total{model="deepseek-chat",profile="work",provider="deepseek"}' in text
    )
    process.terminate()
    assert process.wait(timeout=10) == 0
    assert "serving SAMPLE data" in process.stderr.read()


def test_the_metrics_page_passes_promtool_check_metrics(serve, tmp_path):
    promtool = shutil.which("promtool")
    if promtool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool missing: .ci/run installs Debian's prometheus")
        pytest.skip("promtool missing (Debian package prometheus)")
    process, url = serve("--state-dir", str(tmp_path / "state"))
    text = wait_for_metrics(url, process, "plutus_spend_usd_total")

    lint = subprocess.run([promtool, "check", "metrics"], input=text, capture_output=True,
                          text=True, check=False)  # fmt: skip
    assert (lint.returncode, lint.stdout + lint.stderr) == (0, "")


def test_status_prints_the_sample_figures_and_names_them_sample(tmp_path):
    done = subprocess.run(
        [*EXPORTER, "status", "--json", "--state-dir", str(tmp_path / "state")],
        env=clean_env(tmp_path), capture_output=True, text=True, check=True,
    )  # fmt: skip
    body = json.loads(done.stdout)
    assert body["sample_data"] is True
    rows = {row["provider"]: row for row in body["providers"]}
    # No DeepSeek key here: the sample's budget stands in for the live balance.
    assert rows["deepseek"]["balance_source"] == "budget"
    assert rows["anthropic"]["balance_source"] == "budget"


def test_a_hermes_home_that_does_not_exist_is_an_error(tmp_path):
    done = subprocess.run(
        [*EXPORTER, "status", "--hermes-home", str(tmp_path / "nowhere")],
        env=clean_env(tmp_path), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == f"plutus-exporter: Hermes home {tmp_path / 'nowhere'} does not exist\n"


def test_a_broken_configuration_file_is_refused_with_its_entry_named(tmp_path):
    cfg = tmp_path / "plutus.yml"
    cfg.write_text("burn_window: soon\n")
    done = subprocess.run(
        [*EXPORTER, "status", "--config", str(cfg), "--state-dir", str(tmp_path / "s")],
        env=clean_env(tmp_path), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"plutus-exporter: {cfg}: burn_window: not a duration: 'soon' (expected e.g. 30s, 5m, 7d)"
    )
