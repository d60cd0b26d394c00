import os
import stat

import pytest
import yaml

from reconciler import backups, hermes_config, hermes_routing
from reconciler.decision import Route, Routing
from tests.reconciler.builders import rules_from, rules_text

LONG_URL = (
    "https://gateway.example.com/v1/projects/plutus-" + "x" * 75 + "/locations/eu/endpoints/chat"
)
CONFIG = f"""# Hermes configuration, edited by hand.
model:
  default: claude-opus-4-8      # the main model
  provider: anthropic

# A block I switch on sometimes:
# delegation:
#   provider: openrouter
#   model: qwen/qwen3-coder

delegation:
  provider: google
  model: gemini-2.5-flash   # subagents
  max_iterations: 50

custom_providers:
  - name: gateway
    base_url: {LONG_URL}
    key_env: GATEWAY_KEY
  - name: local
    base_url: http://127.0.0.1:8080/v1

fallback_providers:
- provider: google
  model: gemini-3.1-pro-preview
- provider: deepseek
  model: deepseek-reasoner
- provider: google
  model: gemini-2.5-flash
- provider: deepseek
  model: deepseek-chat

terminal:
  backend: local
  timeout: 180
display: {{compact: true, skin: 'default'}}
"""
assert len(LONG_URL) == 150

ROUTING = Routing(
    Route("anthropic", "claude-opus-4-8"),
    Route("google", "gemini-2.5-flash"),
    (
        Route("google", "gemini-3.1-pro-preview"),
        Route("deepseek", "deepseek-reasoner"),
        Route("google", "gemini-2.5-flash"),
        Route("deepseek", "deepseek-chat"),
    ),
)


@pytest.fixture
def rules():
    return rules_from(rules_text())


def written(tmp_path, text, routing, rules, *, raw=None):
    path = tmp_path / "home" / "config.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(raw if raw is not None else text.encode())
    original, _ = hermes_config.read(path, rules)
    plan = hermes_config.plan(path, original, routing, rules)
    if plan.changed:
        hermes_config.write(plan, rules, tmp_path / "state")
    return path, plan


def test_the_file_already_holding_the_routing_is_not_written(tmp_path, rules):
    path, plan = written(tmp_path, CONFIG, ROUTING, rules)
    assert plan.changed is False
    assert backups.listed(tmp_path / "state", path) == []


def test_changing_only_the_delegation_model_changes_exactly_one_line(tmp_path, rules):
    routing = Routing(ROUTING.primary, Route("google", "gemini-2.5-pro"), ROUTING.fallbacks)
    path, _plan = written(tmp_path, CONFIG, routing, rules)
    after = path.read_text().splitlines(keepends=True)
    before = CONFIG.splitlines(keepends=True)
    assert len(after) == len(before)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if a != b]
    assert changed == [
        (
            "  model: gemini-2.5-flash   # subagents\n",
            "  model: gemini-2.5-pro     # subagents\n",
        )
    ]


def test_a_bom_and_crlf_line_endings_survive_a_write(tmp_path, rules):
    raw = ("\ufeff" + CONFIG.replace("\n", "\r\n")).encode()
    routing = Routing(
        Route("google", "gemini-3.1-pro-preview"), ROUTING.delegation, ROUTING.fallbacks
    )
    path, plan = written(tmp_path, None, routing, rules, raw=raw)
    data = path.read_bytes()
    assert plan.changed
    assert data.startswith(b"\xef\xbb\xbf# Hermes configuration")
    assert data.count(b"\n") == data.count(b"\r\n")
    loaded = yaml.safe_load(data.decode("utf-8-sig"))
    assert loaded["model"] == {"default": "gemini-3.1-pro-preview", "provider": "gemini"}
    assert loaded["terminal"] == {"backend": "local", "timeout": 180}
    assert hermes_config.read(path, rules)[1].primary == Route("google", "gemini-3.1-pro-preview")


def test_a_file_changed_between_read_and_write_is_not_written(tmp_path, rules):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    original, _ = hermes_config.read(path, rules)
    plan = hermes_config.plan(
        path, original, Routing(Route("deepseek", "deepseek-reasoner"), None), rules
    )
    path.write_text(CONFIG + "memory:\n  enabled: true\n")
    with pytest.raises(
        hermes_config.WriteError, match="changed since it was read; nothing written"
    ):
        hermes_config.write(plan, rules, tmp_path / "state")
    assert path.read_text() == CONFIG + "memory:\n  enabled: true\n"
    assert backups.listed(tmp_path / "state", path) == []


def test_duplicate_keys_are_refused_naming_both_lines(tmp_path, rules):
    path = tmp_path / "config.yaml"
    path.write_text(
        "model:\n  default: a\n  provider: anthropic\nterminal: {}\nmodel:\n  default: b\n"
    )
    with pytest.raises(hermes_config.WriteError, match="duplicate key 'model' on lines 1 and 5"):
        hermes_config.read(path, rules)


def test_strings_yaml_1_1_would_misread_are_written_quoted_and_old_quotes_stay(tmp_path):
    rules = rules_from(rules_text(names=("deepseek",)).replace("deepseek-reasoner", "'off'"))
    text = "model:\n  default: x\n  provider: openrouter\nport: '0077'\nflag: off\n"
    routing = Routing(Route("deepseek", "off"), None, ())
    path, _ = written(tmp_path, text, routing, rules)
    assert path.read_text() == (
        "model:\n  default: \"off\"\n  provider: deepseek\nport: '0077'\nflag: off\n"
    )
    assert yaml.safe_load(path.read_text())["model"]["default"] == "off"


def test_a_write_keeps_the_file_mode_and_makes_a_private_backup(tmp_path, rules):
    path = tmp_path / "home" / "config.yaml"
    path.parent.mkdir()
    path.write_text(CONFIG)
    os.chmod(path, 0o640)
    original, _ = hermes_config.read(path, rules)
    plan = hermes_config.plan(
        path, original, Routing(Route("google", "gemini-3.1-pro-preview"), None), rules
    )
    backup = hermes_config.write(plan, rules, tmp_path / "state")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert backup.read_text() == CONFIG


def test_backups_are_rotated_to_the_configured_number(tmp_path):
    config = tmp_path / "config.yaml"
    for i in range(5):
        backups.save(tmp_path / "state", config, f"v{i}".encode(), now=1_780_000_000.0 + i)
    backups.rotate(tmp_path / "state", config, keep=3)
    kept = [p.read_text() for p in backups.listed(tmp_path / "state", config)]
    assert kept == ["v4", "v3", "v2"]


def test_an_unintended_difference_after_writing_restores_the_old_file(tmp_path, rules, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    original, _ = hermes_config.read(path, rules)
    plan = hermes_config.plan(
        path, original, Routing(Route("google", "gemini-3.1-pro-preview"), None), rules
    )
    monkeypatch.setattr(
        hermes_config, "unexpected_changes", lambda *a: ["keys outside the routing changed"]
    )
    with pytest.raises(hermes_config.WriteError, match="write undone, old file restored"):
        hermes_config.write(plan, rules, tmp_path / "state")
    assert path.read_text() == CONFIG


def test_the_verifier_notices_a_key_outside_the_routing(rules):
    old = yaml.safe_load(CONFIG)
    new = yaml.safe_load(CONFIG.replace("timeout: 180", "timeout: 18"))
    assert hermes_routing.unexpected_changes(old, new, ROUTING, rules) == [
        "keys outside the routing changed"
    ]


def test_rollback_restores_the_previous_file_byte_for_byte(tmp_path, rules):
    raw = ("\ufeff" + CONFIG.replace("\n", "\r\n")).encode()
    routing = Routing(Route("deepseek", "deepseek-reasoner"), ROUTING.delegation, ())
    path, _ = written(tmp_path, None, routing, rules, raw=raw)
    assert path.read_bytes() != raw
    hermes_config.rollback(path, tmp_path / "state")
    assert path.read_bytes() == raw
    with pytest.raises(hermes_config.WriteError, match="no backup to roll back to"):
        hermes_config.rollback(path, tmp_path / "state")


BLANKS = """model:
  default: claude-opus-4-8
  provider: anthropic
  base_url: https://api.anthropic.com

# subagents
delegation:
  provider: google
  model: gemini-2.5-flash
  base_url: https://generativelanguage.googleapis.com/v1beta

fallback_providers:
  - provider: google
    model: gemini-2.5-flash  # cheap

# legacy, from an old Hermes
fallback_model:
  provider: deepseek
  model: deepseek-chat

agent:
  max_turns: 60
"""


def test_blank_lines_and_comments_after_rewritten_blocks_stay_in_place(tmp_path, rules):
    routing = Routing(
        Route("google", "gemini-3.1-pro-preview"),
        Route("deepseek", "deepseek-chat"),
        (Route("deepseek", "deepseek-reasoner"), Route("deepseek", "deepseek-chat")),
    )
    path, _ = written(tmp_path, BLANKS, routing, rules)
    assert (
        path.read_text()
        == """model:
  default: gemini-3.1-pro-preview
  provider: gemini

# subagents
delegation:
  provider: deepseek
  model: deepseek-chat

fallback_providers:
  - provider: deepseek
    model: deepseek-reasoner
  - provider: deepseek
    model: deepseek-chat

# legacy, from an old Hermes

agent:
  max_turns: 60
"""
    )


def test_an_empty_config_gets_the_routing_keys_and_keeps_its_comment(tmp_path, rules):
    routing = Routing(Route("deepseek", "deepseek-reasoner"), None, ())
    path, _ = written(tmp_path, "# empty for now\n", routing, rules)
    assert path.read_text() == (
        "# empty for now\nmodel:\n  default: deepseek-reasoner\n  provider: deepseek\n"
    )
