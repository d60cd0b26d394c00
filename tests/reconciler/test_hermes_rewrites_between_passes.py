"""Hermes rewrites config.yaml itself between two passes (its own save_config, which drops
comments and writes every default): the next pass edits Hermes's file, and only its routing."""

import pytest

from reconciler.passes import Reconciler
from reconciler.signals import PrometheusSource
from tests.hermes import run_hermes
from tests.reconciler.builders import rules_from, rules_text
from tests.reconciler.test_hermes_reads_the_routing import ENV

pytestmark = pytest.mark.hermes

CONFIG = """# my Hermes settings; Plutus edits the routing
model:
  default: deepseek-reasoner   # the workhorse
  provider: deepseek
terminal:
  backend: local
"""
HERMES_SAVES = """
import json
from hermes_cli.config import load_config, save_config

cfg = load_config()
cfg["terminal"]["backend"] = "docker"
save_config(cfg)
print(json.dumps(True))
"""
HERMES_READS = """
import json
from hermes_cli.config import load_config
print(json.dumps(load_config()))
"""
ROUTING = ("model", "delegation", "fallback_providers")


def one_pass(config, prometheus, providers, state, runways: dict) -> None:
    prometheus.series = {"plutus:runway_days": runways}
    bases = {n: providers.base(n) for n in ("deepseek", "anthropic", "google")}
    rules = rules_from(rules_text(bases))
    result = Reconciler(rules, [config], PrometheusSource(prometheus.url), state).run_pass()
    assert (result.success, result.writes) == (True, 1), [o.error for o in result.outcomes]


def test_the_pass_after_hermes_saved_its_config_edits_only_the_routing_of_the_new_file(
    tmp_path, prometheus, providers, hermes_env
):
    home = tmp_path / "hermes"
    home.mkdir()
    (home / ".env").write_text(ENV)
    config = home / "config.yaml"
    config.write_text(CONFIG)
    one_pass(config, prometheus, providers, tmp_path / "state",
             {"deepseek": "1", "anthropic": "3", "google": "9"})  # fmt: skip
    assert config.read_text().startswith("# my Hermes settings; Plutus edits the routing\n")

    run_hermes(home, HERMES_SAVES)
    saved_text = config.read_text()
    saved = run_hermes(home, HERMES_READS)
    assert "# my Hermes settings" not in saved_text
    assert saved["model"] == {"default": "gemini-3.1-pro-preview", "provider": "gemini"}

    one_pass(config, prometheus, providers, tmp_path / "state",
             {"deepseek": "1", "anthropic": "30", "google": "9"})  # fmt: skip
    after = run_hermes(home, HERMES_READS)

    assert {k: v for k, v in after.items() if k not in ROUTING} == {
        k: v for k, v in saved.items() if k not in ROUTING
    }
    assert after["terminal"]["backend"] == "docker"
    assert after["model"] == {"default": "claude-opus-4-8", "provider": "anthropic"}
    assert (after["delegation"]["provider"], after["delegation"]["model"]) == (
        "gemini",
        "gemini-2.5-flash",
    )
    assert after["fallback_providers"] == [
        {"provider": "gemini", "model": "gemini-3.1-pro-preview"},
        {"provider": "deepseek", "model": "deepseek-reasoner"},
        {"provider": "gemini", "model": "gemini-2.5-flash"},
        {"provider": "deepseek", "model": "deepseek-chat"},
    ]
    lines = zip(saved_text.splitlines(), config.read_text().splitlines(), strict=True)
    assert [(b, a) for b, a in lines if a != b] == [
        ("  default: gemini-3.1-pro-preview", "  default: claude-opus-4-8"),
        ("  provider: gemini", "  provider: anthropic"),
        ("  - provider: anthropic", "  - provider: gemini"),
        ("    model: claude-opus-4-8", "    model: gemini-3.1-pro-preview"),
        ("  - provider: anthropic", "  - provider: gemini"),
        ("    model: claude-haiku-4-5-20251001", "    model: gemini-2.5-flash"),
        ("  model: claude-haiku-4-5-20251001", "  model: gemini-2.5-flash"),
        ("  provider: anthropic", "  provider: gemini"),
    ]
