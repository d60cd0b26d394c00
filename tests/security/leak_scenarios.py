"""A whole suite's worth of failures, run with recognisable fake keys; everything Plutus said,
served and stored along the way is kept for the checks in test_no_key_leaks.py."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from exporter import sample
from tests.reconciler.builders import rules_text
from tests.reconciler.fakes import FakePrometheus, FakeProviders
from tests.security.echo_provider import MODES, EchoProvider
from tests.security.nobody import Runner, give
from tests.security.servers import free_port

KEYS = {
    "DEEPSEEK_API_KEY": "sk-LEAKCANARY-deepseek-5d1e0c7a",  # process environment
    "OPENROUTER_API_KEY": "sk-or-v1-LEAKCANARY-openrouter-93b1",  # Hermes .env
    "OPENROUTER_MANAGEMENT_KEY": "sk-or-v1-LEAKCANARY-mgmt-27aa",  # file named in the env
    "KIMI_API_KEY": "sk-LEAKCANARY-moonshot-e04f",  # Hermes .env
    "ANTHROPIC_ADMIN_KEY": "sk-ant-admin01-LEAKCANARY-6c3d",  # file named in the .env
    "ANTHROPIC_API_KEY": "sk-ant-api03-LEAKCANARY-reconciler-b8e2",  # process environment
    "GEMINI_API_KEY": "AIzaLEAKCANARYgemini4f1d",  # Hermes .env
}
MODELS = {
    "deepseek": ["deepseek-chat", "deepseek-reasoner"],
    "anthropic": ["claude-haiku-4-5-20251001", "claude-opus-4-8"],
    "google": ["gemini-2.5-flash", "gemini-3.1-pro-preview"],
}


@dataclass
class Transcript:
    said: list[str] = field(default_factory=list)  # every stdout, stderr and log
    pages: list[str] = field(default_factory=list)  # every /metrics page served
    state_dirs: list[Path] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)  # the headers providers received


def hermes_home(world: Path) -> Path:
    home = sample.materialize(world / "hermes", time.time())
    keys = world / "keys"
    keys.mkdir()
    for name in ("OPENROUTER_MANAGEMENT_KEY", "ANTHROPIC_ADMIN_KEY"):
        (keys / name).write_text(KEYS[name] + "\n")
        (keys / name).chmod(0o600)
    (home / ".env").write_text(
        f"OPENROUTER_API_KEY={KEYS['OPENROUTER_API_KEY']}\nKIMI_API_KEY={KEYS['KIMI_API_KEY']}\n"
        f"GEMINI_API_KEY={KEYS['GEMINI_API_KEY']}\n"
        f"ANTHROPIC_ADMIN_KEY_FILE={keys / 'ANTHROPIC_ADMIN_KEY'}\n"
    )
    return home


def exporter_config(echo: EchoProvider) -> str:
    return f"""refresh: {{ledger: 1s, balances: 1s}}
balance_timeout: 2s
providers:
  deepseek: {{api_base: "{echo.url}"}}
  openrouter: {{api_base: "{echo.url}/api", management_key_env: OPENROUTER_MANAGEMENT_KEY}}
  moonshot: {{api_base: "{echo.url}/v1", currency: USD}}
  anthropic: {{api_base: "{echo.url}", admin_key_env: ANTHROPIC_ADMIN_KEY, budget_usd: 50}}
  google: {{budget_usd: 20}}
"""


BROKEN_CONFIGS = {
    "key-as-variable": "providers:\n  deepseek: {{api_key_env: {DEEPSEEK_API_KEY}}}\n",
    "key-in-a-list": "providers:\n  openrouter:\n    api_key_env: [X, {OPENROUTER_API_KEY}]\n",
    "key-on-a-broken-line": "providers:\n  deepseek:\n    api_key: {DEEPSEEK_API_KEY}: oops\n",
}


def run_exporter(world: Path, runner: Runner, echo: EchoProvider, out: Transcript) -> None:
    home, state = world / "hermes", world / "state-exporter"
    config = world / "plutus.yml"
    config.write_text(exporter_config(echo))
    give(world)
    common = ["--hermes-home", str(home), "--state-dir", str(state), "--config", str(config)]
    for mode in MODES:
        echo.mode = mode
        runner.run("exporter", "status", *common)
        runner.run("exporter", "status", "--json", *common)
    runner.run("exporter", "calibrate", "google=12.50", *common)
    # A state folder nobody cannot create (root's, made after `give`): a clear error, exit 2.
    locked = world / "locked"
    locked.mkdir(mode=0o755)
    runner.run("exporter", "calibrate", "google=1", "--config", str(config),
               "--state-dir", str(locked / "state"))  # fmt: skip
    for name, text in BROKEN_CONFIGS.items():
        broken = world / f"{name}.yml"
        broken.write_text(text.format(**KEYS))
        runner.run("exporter", "status", "--hermes-home", str(home), "--config", str(broken))
    serve_through_every_mode(world, runner, echo, out, common)
    out.state_dirs.append(state)


def serve_through_every_mode(world, runner, echo, out, common) -> None:
    port = free_port()
    log = world.parent / f"{world.name}-exporter.log"
    process = runner.start("exporter", *common, "--listen", f"127.0.0.1:{port}",
                           "--log-level", "debug", log=log)  # fmt: skip
    try:
        for mode in MODES:
            echo.mode = mode
            out.pages += scrapes(f"http://127.0.0.1:{port}/metrics", 1.5)
    finally:
        process.terminate()
        process.wait(timeout=10)
        out.said.append(log.read_text())
        log.unlink()


def scrapes(url: str, seconds: float) -> list[str]:
    pages, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        with contextlib.suppress(requests.ConnectionError):
            pages.append(requests.get(url, timeout=5).text)
        time.sleep(0.1)
    return pages


def run_reconciler(world: Path, runner: Runner, echo: EchoProvider, out: Transcript) -> None:
    prometheus = FakePrometheus({"plutus:runway_days": {"deepseek": "1", "google": "9"}})
    providers = FakeProviders({k: list(v) for k, v in MODELS.items()})
    config, state = world / "hermes" / "config.yaml", world / "state-reconciler"
    rules = world / "rules.yaml"
    broken = world / "broken-home" / "config.yaml"
    broken.parent.mkdir()
    broken.write_text(f"model:\n  default: x\n  api_key: {KEYS['ANTHROPIC_API_KEY']}: oops\n")
    pasted = world / "pasted-rules.yaml"
    pasted.write_text(rules_text().replace("DEEPSEEK_API_KEY", KEYS["DEEPSEEK_API_KEY"]))
    give(world)
    base = ["--rules", str(rules), "--prometheus-url", prometheus.url, "--state-dir", str(state)]
    try:
        rules.write_text(rules_text({n: f"{echo.url}/{n}" for n in MODELS}))
        for mode in MODES:
            echo.mode = mode
            runner.run("reconciler.cli", *base, "--hermes-config", str(config), "--once")
        rules.write_text(rules_text({n: providers.base(n) for n in MODELS}))
        runner.run("reconciler.cli", "explain", *base, "--hermes-config", str(config))
        runner.run("reconciler.cli", *base, "--hermes-config", str(config), "--dry-run")
        runner.run("reconciler.cli", *base, "--hermes-config", str(config), "--once")
        runner.run("reconciler.cli", *base, "--hermes-config", str(broken), "--once")
        runner.run("reconciler.cli", "--check", "--rules", str(pasted))
        runner.run("reconciler.cli", "rollback", "--hermes-config", str(config),
                   "--state-dir", str(state))  # fmt: skip
        runner.run("reconciler.cli", *base, "--hermes-config", str(config), "--once")
        # A state folder it cannot write: the pass fails, naming it.
        runner.run("reconciler.cli", *base[:4], "--state-dir", "/proc/plutus", "--once",
                   "--hermes-config", str(config))  # fmt: skip
    finally:
        prometheus.close()
        providers.close()
    out.sent += [str(headers) for _path, _query, headers in providers.requests]
    out.state_dirs.append(state)


def run_everything(world: Path) -> Transcript:
    out = Transcript()
    hermes_home(world)
    env = {
        "HOME": str(world / "user"),
        "DEEPSEEK_API_KEY": KEYS["DEEPSEEK_API_KEY"],
        "ANTHROPIC_API_KEY": KEYS["ANTHROPIC_API_KEY"],
        "OPENROUTER_MANAGEMENT_KEY_FILE": str(world / "keys" / "OPENROUTER_MANAGEMENT_KEY"),
        "HERMES_HOME": str(world / "hermes"),
    }
    (world / "user").mkdir()
    runner = Runner(env)
    echo = EchoProvider()
    try:
        run_exporter(world, runner, echo, out)
        run_reconciler(world, runner, echo, out)
    finally:
        echo.close()
    out.said += runner.said
    out.sent.append(echo.keys_seen())
    return out
