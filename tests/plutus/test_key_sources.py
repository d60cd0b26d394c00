"""Where keys come from: the environment, the Hermes home's .env, or a file one of them names."""

import logging

import pytest

from plutus.hermes_home import read_key


@pytest.fixture
def home(tmp_path, monkeypatch):
    for name in ("DEEPSEEK_API_KEY", "DEEPSEEK_API_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "hermes").mkdir()
    return tmp_path / "hermes"


def key_file(tmp_path, text: str, mode: int = 0o600):
    path = tmp_path / "deepseek.key"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_a_key_file_named_in_the_environment_is_read_without_its_newline(
    home, tmp_path, monkeypatch
):
    monkeypatch.setenv("DEEPSEEK_API_KEY_FILE", str(key_file(tmp_path, "sk-from-file\n")))
    assert read_key(home, ("DEEPSEEK_API_KEY",)) == "sk-from-file"


def test_a_key_file_named_in_the_hermes_env_file_is_read(home, tmp_path):
    (home / ".env").write_text(f"DEEPSEEK_API_KEY_FILE={key_file(tmp_path, 'sk-dotenv-file')}\n")
    assert read_key(home, ("DEEPSEEK_API_KEY",)) == "sk-dotenv-file"


def test_the_process_environment_wins_over_the_hermes_env_file(home, tmp_path, monkeypatch):
    (home / ".env").write_text("DEEPSEEK_API_KEY=sk-dotenv\n")
    monkeypatch.setenv("DEEPSEEK_API_KEY_FILE", str(key_file(tmp_path, "sk-env-file")))
    assert read_key(home, ("DEEPSEEK_API_KEY",)) == "sk-env-file"


def test_a_key_file_others_can_read_is_used_with_a_warning(home, tmp_path, monkeypatch, caplog):
    path = key_file(tmp_path, "sk-shared", mode=0o644)
    monkeypatch.setenv("DEEPSEEK_API_KEY_FILE", str(path))
    with caplog.at_level(logging.WARNING):
        assert read_key(home, ("DEEPSEEK_API_KEY",)) == "sk-shared"
    assert caplog.messages == [
        f"key file readable by other users variable=DEEPSEEK_API_KEY_FILE path={path}"
    ]


def test_a_missing_key_file_is_no_key_and_a_warning_naming_the_path(
    home, tmp_path, monkeypatch, caplog
):
    monkeypatch.setenv("DEEPSEEK_API_KEY_FILE", str(tmp_path / "nowhere"))
    with caplog.at_level(logging.WARNING):
        assert read_key(home, ("DEEPSEEK_API_KEY",)) is None
    assert caplog.messages == [
        f"key file unreadable variable=DEEPSEEK_API_KEY_FILE path={tmp_path / 'nowhere'} "
        "error=No such file or directory"
    ]
