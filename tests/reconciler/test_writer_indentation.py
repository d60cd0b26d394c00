"""The edit is written in the file's own indentation, and untouched lines keep their bytes."""

import pytest
import yaml

from reconciler import backups, hermes_config
from reconciler.decision import Route, Routing
from tests.reconciler.builders import rules_from, rules_text

FOUR_SPACES = """model:
    default: claude-opus-4-8
    provider: anthropic

delegation:
    provider: gemini
    model: gemini-2.5-flash
    max_iterations: 50

fallback_providers:
    -   provider: gemini
        model: gemini-2.5-flash
    -   provider: deepseek
        model: deepseek-chat

terminal:
    backend: local
    timeout: 180
"""

THREE_SPACES_INDENTLESS_LISTS = """model:
   default: claude-opus-4-8
   provider: anthropic
delegation:
   provider: gemini
   model: gemini-2.5-flash
   max_iterations: 50
fallback_providers:
- provider: gemini
  model: gemini-2.5-flash
- provider: deepseek
  model: deepseek-chat
terminal:
   backend: local
"""

TWO_SPACES_INDENTED_LISTS = """model:
  default: claude-opus-4-8
  provider: anthropic
delegation:
  provider: gemini
  model: gemini-2.5-flash
  max_iterations: 50
fallback_providers:
  - provider: gemini
    model: gemini-2.5-flash
  - provider: deepseek
    model: deepseek-chat
"""

# Mostly two spaces, one block of four: ruamel can render only one of them.
MIXED = """model:
  default: claude-opus-4-8
  provider: anthropic
delegation:
    provider: gemini
    model: gemini-2.5-flash
    max_iterations: 50
terminal:
  backend: local
  timeout: 180
fallback_providers:
  - provider: gemini
    model: gemini-2.5-flash
  - provider: deepseek
    model: deepseek-chat
"""

FALLBACKS = (Route("google", "gemini-2.5-flash"), Route("deepseek", "deepseek-chat"))


@pytest.fixture
def rules():
    return rules_from(rules_text())


def written(tmp_path, raw: bytes, routing, rules):
    path = tmp_path / "home" / "config.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(raw)
    original, _ = hermes_config.read(path, rules)
    hermes_config.write(hermes_config.plan(path, original, routing, rules), rules, tmp_path / "s")
    return path.read_bytes()


def test_a_four_space_config_with_wide_list_items_is_edited_in_its_own_indentation(tmp_path, rules):
    routing = Routing(
        Route("anthropic", "claude-opus-4-8"),
        Route("google", "gemini-2.5-flash"),
        (Route("anthropic", "claude-opus-4-8"), *FALLBACKS),
    )
    after = written(tmp_path, FOUR_SPACES.encode(), routing, rules).decode()
    assert after == FOUR_SPACES.replace(
        "fallback_providers:\n",
        "fallback_providers:\n    -   provider: anthropic\n        model: claude-opus-4-8\n",
    )
    assert yaml.safe_load(after)["fallback_providers"][0] == {
        "provider": "anthropic",
        "model": "claude-opus-4-8",
    }


@pytest.mark.parametrize(
    ("text", "indent"),
    [
        (FOUR_SPACES, b"    "),
        (THREE_SPACES_INDENTLESS_LISTS, b"   "),
        (TWO_SPACES_INDENTED_LISTS, b"  "),
        (MIXED, b"    "),
    ],
)
@pytest.mark.parametrize("bom_crlf", [False, True])
def test_changing_only_the_delegation_model_changes_one_line_in_any_indentation(
    tmp_path, rules, text, indent, bom_crlf
):
    raw = text.encode()
    if bom_crlf:
        raw = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()
    routing = Routing(
        Route("anthropic", "claude-opus-4-8"), Route("google", "gemini-2.5-pro"), FALLBACKS
    )
    after = written(tmp_path, raw, routing, rules)
    changed = [
        (old, new)
        for old, new in zip(raw.splitlines(True), after.splitlines(True), strict=True)
        if old != new
    ]
    end = b"\r\n" if bom_crlf else b"\n"
    assert changed == [
        (indent + b"model: gemini-2.5-flash" + end, indent + b"model: gemini-2.5-pro" + end)
    ]


def test_a_planned_edit_that_would_not_read_back_is_refused_before_any_backup(
    tmp_path, rules, monkeypatch
):
    path = tmp_path / "home" / "config.yaml"
    path.parent.mkdir()
    path.write_text(FOUR_SPACES)
    original, _ = hermes_config.read(path, rules)
    # A merge that mixes indents, as the reviewer saw: the list item's keys no longer align.
    monkeypatch.setattr(
        hermes_config,
        "merge_edit",
        lambda body, before, after: body.replace("        model: gemini-2.5-flash", "      x: y"),
    )
    routing = Routing(
        Route("anthropic", "claude-opus-4-8"),
        Route("google", "gemini-2.5-flash"),
        (Route("anthropic", "claude-opus-4-8"), *FALLBACKS),
    )
    with pytest.raises(hermes_config.WriteError) as caught:
        hermes_config.plan(path, original, routing, rules)
    assert str(caught.value).startswith(
        f"{path}: planned edit refused, nothing written: unreadable as planned: "
    )
    assert path.read_text() == FOUR_SPACES
    assert backups.listed(tmp_path / "s", path) == []


def test_a_key_added_to_a_block_indented_unlike_the_rest_takes_that_blocks_indentation(
    tmp_path, rules
):
    text = MIXED.replace("    provider: gemini\n", "", 1)
    routing = Routing(
        Route("anthropic", "claude-opus-4-8"), Route("google", "gemini-2.5-flash"), FALLBACKS
    )
    after = written(tmp_path, text.encode(), routing, rules).decode()
    assert after == text.replace(
        "    max_iterations: 50\n", "    max_iterations: 50\n    provider: gemini\n"
    )
