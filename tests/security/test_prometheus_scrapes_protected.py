"""The real Prometheus scrapes a protected exporter with basic_auth and tls_config."""

import subprocess
import time

import pytest
import requests

from tests.security.servers import (
    PASSWORD,
    USER,
    clean_env,
    free_port,
    need,
    start,
    stop,
    wait_until_served,
    web_config,
)


def prometheus_config(tmp_path, target: str, cert, secret: str) -> str:
    password = tmp_path / "scrape-password"
    password.write_text(secret)
    password.chmod(0o600)
    return f"""global:
  scrape_interval: 1s
scrape_configs:
  - job_name: plutus-exporter
    scheme: https
    basic_auth:
      username: {USER}
      password_file: {password}
    tls_config:
      ca_file: {cert}
    static_configs:
      - targets: ["{target}"]
"""


def target_health(api: str, process) -> tuple[str, str]:
    """(health, lastError) of the only target, once Prometheus has scraped it."""
    end = time.monotonic() + 60
    while time.monotonic() < end:
        assert process.poll() is None, "prometheus exited"
        try:
            targets = requests.get(f"{api}/api/v1/targets", timeout=5).json()["data"]
        except requests.ConnectionError:
            targets = {"activeTargets": []}
        for target in targets["activeTargets"]:
            if target["health"] != "unknown":
                return target["health"], target["lastError"]
        time.sleep(0.2)
    raise AssertionError("Prometheus never scraped the exporter")


@pytest.mark.parametrize(
    ("secret", "health"),
    [(PASSWORD, ("up", "")), ("wrong", ("down", "server returned HTTP status 401 Unauthorized"))],
    ids=["right-password", "wrong-password"],
)
def test_prometheus_scrapes_an_exporter_behind_tls_and_basic_auth(tmp_path, secret, health):
    prometheus = need("prometheus")
    web, cert = web_config(tmp_path)
    port = free_port()
    exporter = start(
        "exporter",
        ["--listen", f"127.0.0.1:{port}", "--web.config.file", str(web)],
        clean_env(tmp_path / "user", PLUTUS_STATE_DIR=str(tmp_path / "state")),
    )
    wait_until_served(f"https://127.0.0.1:{port}/metrics", exporter, verify=str(cert))
    config = tmp_path / "prometheus.yml"
    config.write_text(prometheus_config(tmp_path, f"127.0.0.1:{port}", cert, secret))
    web_port = free_port()
    server = start_prometheus(prometheus, config, tmp_path, web_port)
    api = f"http://127.0.0.1:{web_port}"
    try:
        assert target_health(api, server) == health
        if health[0] == "down":
            return
        query = {"query": "plutus_sample_data"}
        answer = requests.get(f"{api}/api/v1/query", params=query, timeout=5).json()
        assert [r["value"][1] for r in answer["data"]["result"]] == ["1"]
    finally:
        stop(server)
        stop(exporter)


def start_prometheus(binary: str, config, tmp_path, port: int):
    # Its log goes to a file: a pipe nobody reads would fill up and stall it.
    with open(tmp_path / "prometheus.log", "w") as log:
        return subprocess.Popen(
            [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
             f"--web.listen-address=127.0.0.1:{port}"],
            stdout=log, stderr=log, text=True,
        )  # fmt: skip
