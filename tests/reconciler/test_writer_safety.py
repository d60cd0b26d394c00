"""What the writer refuses, and backups that exist only for writes that happened."""

import errno

import pytest

from reconciler import backups, hermes_config
from reconciler.decision import Route, Routing
from tests.reconciler.builders import rules_from, rules_text

CONFIG = """model:
  default: claude-opus-4-8
  provider: anthropic
terminal:
  backend: local
"""


@pytest.fixture
def rules():
    return rules_from(rules_text(tail="backups: 2\n"))


def planned(path, model, rules):
    original, _ = hermes_config.read(path, rules)
    return hermes_config.plan(path, original, Routing(Route("deepseek", model), None), rules)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "model: {default: a}\nyes: 1\ntrue: 2\n",
            "config.yaml: duplicate key 'yes' on line 2 and 'true' on line 3: "
            "both read as True by YAML 1.1",
        ),
        (
            "terminal:\n  backend: local\n  01: a\n  1: b\n",
            "config.yaml: duplicate key 'terminal.01' on line 3 and 'terminal.1' on line 4: "
            "both read as 1 by YAML 1.1",
        ),
        (
            "fallback_providers:\n- provider: gemini\n  provider: google\n",
            "config.yaml: duplicate key 'fallback_providers[0].provider' on lines 2 and 3",
        ),
    ],
)
def test_keys_that_yaml_1_1_reads_as_one_are_refused_naming_both_lines(
    tmp_path, rules, text, message
):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(hermes_config.WriteError) as caught:
        hermes_config.read(path, rules)
    assert str(caught.value) == f"{tmp_path}/{message}"


def test_a_write_that_is_undone_leaves_no_backup(tmp_path, rules, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    plan = planned(path, "deepseek-reasoner", rules)
    monkeypatch.setattr(hermes_config, "unexpected_changes", lambda *a: ["keys changed"])
    with pytest.raises(hermes_config.WriteError, match="write undone, old file restored"):
        hermes_config.write(plan, rules, tmp_path / "state")
    assert path.read_text() == CONFIG
    assert backups.listed(tmp_path / "state", path) == []


def test_a_replace_that_fails_leaves_no_backup(tmp_path, rules, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    plan = planned(path, "deepseek-reasoner", rules)

    def full(*_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(hermes_config, "_replace", full)
    with pytest.raises(hermes_config.WriteError) as caught:
        hermes_config.write(plan, rules, tmp_path / "state")
    assert str(caught.value) == (
        f"{path}: not written: No space left on device; the old file is intact"
    )
    assert backups.listed(tmp_path / "state", path) == []


def test_undone_writes_do_not_push_real_backups_out_of_the_rotation(tmp_path, rules, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    versions = [CONFIG]
    for model in ("deepseek-reasoner", "deepseek-chat"):
        hermes_config.write(planned(path, model, rules), rules, tmp_path / "state")
        versions.append(path.read_text())
    plan = planned(path, "deepseek-v4-pro", rules)
    with monkeypatch.context() as patched:
        patched.setattr(hermes_config, "unexpected_changes", lambda *a: ["keys changed"])
        for _ in range(3):
            with pytest.raises(hermes_config.WriteError):
                hermes_config.write(plan, rules, tmp_path / "state")
    hermes_config.rollback(path, tmp_path / "state")
    assert path.read_text() == versions[1]
    hermes_config.rollback(path, tmp_path / "state")
    assert path.read_text() == versions[0]


def test_a_backup_is_named_from_one_reading_of_the_clock(tmp_path, monkeypatch):
    readings = iter([1_780_000_000.25, 1_780_000_001.75])
    monkeypatch.setattr(backups.time, "time", lambda: next(readings))
    saved = backups.save(tmp_path / "state", tmp_path / "config.yaml", b"x")
    assert saved.name == "20260528T202640.250000Z-config.yaml"


def test_a_backup_stamp_never_rounds_up_into_the_next_second(tmp_path):
    config = tmp_path / "config.yaml"
    saved = backups.save(tmp_path / "state", config, b"x", now=1_780_000_000.9999996)
    assert saved.name == "20260528T202640.999999Z-config.yaml"


def test_a_file_ruamel_cannot_read_is_refused_naming_it_not_crashed_on(tmp_path, rules):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG + "note: ._\n")
    with pytest.raises(hermes_config.WriteError) as caught:
        hermes_config.read(path, rules)
    assert str(caught.value) == (
        f"{path}: ruamel.yaml cannot read it for editing: could not convert string to float: '.'"
    )
