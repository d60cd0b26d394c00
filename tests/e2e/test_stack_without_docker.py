"""`python -m stack` (what `make stack` runs) with the installed plutus-exporter and
plutus-reconciler: the exporter on a Hermes home, Prometheus with the project's unmodified
files, and the reconciler making dry passes that print the change and write nothing."""

import subprocess
import sys
import time
from contextlib import closing
from types import SimpleNamespace

from tests.alerts.fast_prometheus import eventually
from tests.alerts.mail_sink import MailSink
from tests.alerts.test_local_stack import answers, get_json, wait_for_urls
from tests.e2e.support import (
    BIN,
    daily,
    deepseek_balance,
    free_address,
    hermes_home,
    rules_at,
    smtp_settings,
)
from tests.fake_provider import FakeProvider
from tests.hermes import ROOT
from tests.reconciler.conftest import MODELS
from tests.reconciler.fakes import FakeProviders

DEADLINE = 90
JOBS = {"plutus-exporter": "up", "plutus-reconciler": "up", "prometheus": "up"}
# The head of the dry run's unified diff: the primary leaves DeepSeek for Anthropic.
DRY_RUN_DIFF = """\
 model:
-  default: deepseek-reasoner
+  default: claude-opus-4-8
+  provider: anthropic
"""


def scraped_health(prometheus_url: str) -> dict[str, str]:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        targets = get_json(f"{prometheus_url}/api/v1/targets")["data"]["activeTargets"]
        health = {t["labels"]["job"]: t["health"] for t in targets}
        if health == JOBS:
            break
        time.sleep(0.2)
    return health


def wait_for_text(path, text: str) -> str:
    deadline = time.monotonic() + DEADLINE
    while text not in (content := path.read_text()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return content


def stack_command(tmp_path, home, config, rules, plutus: dict[str, str]) -> list[str]:
    command = [sys.executable, "-m", "stack", "--run-dir", str(tmp_path / "run")]
    command += ["--prometheus-listen", "127.0.0.1:0", "--alertmanager-listen", "127.0.0.1:0"]
    command += ["--exporter-listen", plutus["exporter"]]
    command += ["--reconciler-listen", plutus["reconciler"]]
    command += ["--hermes-home", str(home), "--exporter-config", str(config)]
    command += ["--state-dir", str(tmp_path / "state"), "--rules", str(rules)]
    return [*command, "--reconciler-interval", "2s"]


def test_the_stack_runs_exporter_and_a_dry_running_reconciler_that_writes_nothing(
    tmp_path, hermes_env, prometheus_binary, alertmanager_binary
):
    now = time.time()
    ledger = daily("ds", now, 3.00, "deepseek", "deepseek-chat")
    ledger += daily("an", now, 1.00, "anthropic", "claude-sonnet-4-5")
    home = hermes_home(tmp_path / "hermes", ledger)
    config_before = (home / "config.yaml").read_bytes()
    log_path = tmp_path / "stack.log"

    with (
        FakeProvider() as deepseek,
        closing(FakeProviders({k: list(v) for k, v in MODELS.items()})) as models,
        MailSink() as sink,
        log_path.open("w") as log,
    ):
        deepseek.routes["/user/balance"] = (200, deepseek_balance("4.50"))
        config = tmp_path / "plutus.yml"
        config.write_text(
            f"providers:\n  deepseek: {{api_base: {deepseek.url}}}\n"
            "  anthropic: {budget_usd: 50.00}\n"
        )
        # The installed console scripts first on PATH, as `make stack` puts them.
        environ = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(tmp_path / "user")}
        environ |= smtp_settings(sink.port)
        plutus = {"exporter": free_address(), "reconciler": free_address()}
        command = stack_command(tmp_path, home, config, rules_at(models.url, tmp_path), plutus)
        stack = subprocess.Popen(command, cwd=ROOT, env=environ, stdout=log, stderr=log)
        try:
            urls = wait_for_urls(stack, log_path, timeout=DEADLINE)
            health = scraped_health(urls["prometheus"])
            runway = eventually(
                SimpleNamespace(url=urls["prometheus"]),
                "plutus:runway_days",
                {"deepseek": 1.5, "anthropic": 42.0},
                timeout=DEADLINE,
            )
            reconciler_log = wait_for_text(tmp_path / "run" / "reconciler.log", DRY_RUN_DIFF)
            reconciler_running = stack.poll() is None
        finally:
            stack.terminate()
            code = stack.wait(timeout=60)

    assert health == JOBS
    assert runway == {"deepseek": 1.5, "anthropic": 42.0}
    assert f"# dry run: {home / 'config.yaml'} would change\n" in reconciler_log
    assert DRY_RUN_DIFF in reconciler_log
    assert reconciler_running
    assert (home / "config.yaml").read_bytes() == config_before
    assert code == 0
    for url in [*urls.values(), *(f"http://{address}" for address in plutus.values())]:
        assert not answers(url)
