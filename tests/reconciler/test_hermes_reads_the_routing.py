"""The written config, read back by Hermes's own code (hermes-agent 0.19.0, its own venv)."""

import pytest

from reconciler.passes import Reconciler
from reconciler.signals import PrometheusSource
from tests.hermes import run_hermes
from tests.reconciler.builders import rules_from, rules_text

pytestmark = pytest.mark.hermes

READ_ROUTING = """
import json
from hermes_cli.config import load_config
from hermes_cli.runtime_provider import resolve_runtime_provider
from hermes_cli.fallback_config import get_fallback_chain
from tools.delegate_tool import _resolve_delegation_credentials

cfg = load_config()
runtime = resolve_runtime_provider()
child = _resolve_delegation_credentials(cfg.get("delegation") or {}, None)
print(json.dumps({
    "model": cfg["model"],
    "runtime": {k: runtime.get(k) for k in ("provider", "base_url", "api_mode")},
    "delegation": {k: child.get(k) for k in ("provider", "model", "base_url", "api_mode")},
    "chain": get_fallback_chain(cfg),
}))
"""
ENV = "DEEPSEEK_API_KEY=sk-ds\nANTHROPIC_API_KEY=sk-ant\nGEMINI_API_KEY=g-key\n"


def reconcile(tmp_path, prometheus, providers, config_text, *, tail="hysteresis:\n  ratio: 1.5\n"):
    home = tmp_path / "hermes"
    home.mkdir()
    (home / ".env").write_text(ENV)
    config = home / "config.yaml"
    config.write_text(config_text)
    bases = {n: providers.base(n) for n in ("deepseek", "anthropic", "google")}
    rules = rules_from(rules_text(bases, tail=tail))
    result = Reconciler(
        rules, [config], PrometheusSource(prometheus.url), tmp_path / "state"
    ).run_pass()
    assert result.success, [o.error for o in result.outcomes]
    return home, config, result


def test_hermes_resolves_exactly_the_routing_written(tmp_path, prometheus, providers, hermes_env):
    prometheus.series = {"plutus:runway_days": {"deepseek": "2", "anthropic": "5", "google": "9"}}
    config_text = "model:\n  default: deepseek-reasoner\n  provider: deepseek\n"
    home, _, result = reconcile(tmp_path, prometheus, providers, config_text)
    assert result.writes == 1
    seen = run_hermes(home, READ_ROUTING)
    assert seen["model"] == {"default": "gemini-3.1-pro-preview", "provider": "gemini"}
    # No base URL in the rules: Hermes uses its own endpoint for the slug.
    assert seen["runtime"] == {
        "provider": "gemini",
        "base_url": "https://generativelanguage.googleapis.com/v1beta",
        "api_mode": "chat_completions",
    }
    assert seen["delegation"] == {
        "provider": "anthropic",
        "model": "claude-haiku-4-5-20251001",
        "base_url": "https://api.anthropic.com",
        "api_mode": "anthropic_messages",
    }
    assert seen["chain"] == [
        {"provider": "anthropic", "model": "claude-opus-4-8"},
        {"provider": "deepseek", "model": "deepseek-reasoner"},
        {"provider": "anthropic", "model": "claude-haiku-4-5-20251001"},
        {"provider": "deepseek", "model": "deepseek-chat"},
    ]


def test_a_hermes_base_url_from_the_rules_is_what_hermes_uses(
    tmp_path, prometheus, providers, hermes_env
):
    prometheus.series = {"plutus:runway_days": {"deepseek": "9", "anthropic": "5", "google": "2"}}
    config_text = "model:\n  default: gemini-3.1-pro-preview\n  provider: gemini\n"
    home = tmp_path / "hermes"
    home.mkdir()
    (home / ".env").write_text(ENV)
    config = home / "config.yaml"
    config.write_text(config_text)
    bases = {n: providers.base(n) for n in ("deepseek", "anthropic", "google")}
    text = rules_text(bases).replace(
        "    api_key_env: DEEPSEEK_API_KEY\n",
        "    api_key_env: DEEPSEEK_API_KEY\n    hermes_base_url: https://api.deepseek.com/beta\n",
    )
    Reconciler(
        rules_from(text), [config], PrometheusSource(prometheus.url), tmp_path / "s"
    ).run_pass()
    seen = run_hermes(home, READ_ROUTING)
    assert seen["model"] == {
        "default": "deepseek-reasoner",
        "provider": "deepseek",
        "base_url": "https://api.deepseek.com/beta",
    }
    assert seen["runtime"]["provider"] == "deepseek"
    assert seen["runtime"]["base_url"] == "https://api.deepseek.com/beta"


LEGACY = """model:
  default: claude-opus-4-8
  provider: anthropic
  base_url: https://api.anthropic.com
  api_mode: anthropic_messages
delegation:
  provider: deepseek
  model: deepseek-chat
  base_url: https://api.deepseek.com/v1
fallback_providers:
  - provider: custom
    model: qwen3-coder
    base_url: http://127.0.0.1:8080/v1
    key_env: LOCAL_LLM_KEY
fallback_model:
  provider: google
  model: gemini-2.5-flash
"""


def test_legacy_keys_are_folded_and_the_users_custom_entry_stays_after(
    tmp_path, prometheus, providers, hermes_env
):
    prometheus.series = {"plutus:runway_days": {"deepseek": "9", "anthropic": "2", "google": "5"}}
    home, config, result = reconcile(tmp_path, prometheus, providers, LEGACY)
    assert result.writes == 1
    seen = run_hermes(home, READ_ROUTING)
    assert seen["model"] == {"default": "deepseek-reasoner", "provider": "deepseek"}
    assert seen["runtime"]["base_url"] == "https://api.deepseek.com/v1"
    assert seen["delegation"] == {
        "provider": "gemini",
        "model": "gemini-2.5-flash",
        "base_url": "https://generativelanguage.googleapis.com/v1beta",
        "api_mode": "chat_completions",
    }
    assert seen["chain"] == [
        {"provider": "gemini", "model": "gemini-3.1-pro-preview"},
        {"provider": "anthropic", "model": "claude-opus-4-8"},
        # The legacy entry, moved into the list as the user spelled it (Hermes folds google).
        {"provider": "google", "model": "gemini-2.5-flash"},
        {"provider": "anthropic", "model": "claude-haiku-4-5-20251001"},
        {
            "provider": "custom",
            "model": "qwen3-coder",
            "base_url": "http://127.0.0.1:8080/v1",
            "key_env": "LOCAL_LLM_KEY",
        },
    ]
    text = config.read_text()
    assert "api_mode" not in text
    assert "fallback_model" not in text
    assert "api.deepseek.com/v1" not in text


SAVE_WITH_HERMES = """
import json
from hermes_cli.config import load_config, save_config

cfg = load_config()
cfg["model"] = {"default": "claude-opus-4-6", "provider": "anthropic"}
cfg["delegation"]["provider"] = "gemini"
cfg["delegation"]["model"] = "gemini-2.5-flash"
cfg["fallback_providers"] = [
    {"provider": "gemini", "model": "gemini-3.1-pro-preview"},
    {"provider": "deepseek", "model": "deepseek-reasoner"},
    {"provider": "gemini", "model": "gemini-2.5-flash"},
    {"provider": "deepseek", "model": "deepseek-chat"},
]
save_config(cfg)
print(json.dumps(True))
"""


def test_a_file_hermes_formatted_itself_changes_by_exactly_the_routing_line(
    tmp_path, prometheus, providers, hermes_env
):
    home = tmp_path / "hermes"
    home.mkdir()
    (home / ".env").write_text(ENV)
    run_hermes(home, SAVE_WITH_HERMES)
    config = home / "config.yaml"
    before = config.read_text().splitlines(keepends=True)
    assert len(before) > 50
    prometheus.series = {"plutus:runway_days": {"deepseek": "2", "anthropic": "9", "google": "5"}}
    bases = {n: providers.base(n) for n in ("deepseek", "anthropic", "google")}
    rules = rules_from(rules_text(bases))
    Reconciler(rules, [config], PrometheusSource(prometheus.url), tmp_path / "state").run_pass()
    after = config.read_text().splitlines(keepends=True)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if a != b]
    assert changed == [("  default: claude-opus-4-6\n", "  default: claude-opus-4-8\n")]
    assert run_hermes(home, READ_ROUTING)["model"]["default"] == "claude-opus-4-8"
