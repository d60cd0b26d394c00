"""Dry passes: what they print, what they keep; and the modes of the state folder."""

import stat

import pytest

from reconciler import backups, hermes_config
from reconciler.cli import main
from reconciler.passes import history_path
from tests.reconciler.builders import rules_text

CONFIG = """model:
  default: deepseek-reasoner
  provider: deepseek
  api_key: sk-live-primary-0123456789
delegation:
  provider: gemini
  model: gemini-2.5-flash
fallback_providers:
  - provider: gemini
    model: gemini-3.1-pro-preview
    api_key: sk-live-fallback-0123456789
  - {provider: gemini, model: gemini-2.5-flash, token: tok-live-0123456789}
custom_providers:
  - name: gateway
    key_env: GATEWAY_KEY
"""
# Ten times the runway is needed to displace an incumbent, so only the exclusion moves it.
TAIL = (
    "exclusions:\n  - condition: runway_days < 1\n    roles: [primary]\n    passes: 2\n"
    "hysteresis:\n  ratio: 10\n"
)


@pytest.fixture
def setup(tmp_path, prometheus, providers, monkeypatch):
    for name in ("DEEPSEEK_API_KEY", "GEMINI_API_KEY"):
        monkeypatch.setenv(name, "test-key")
    config = tmp_path / "hermes" / "config.yaml"
    config.parent.mkdir()
    config.write_text(CONFIG)
    rules = tmp_path / "rules.yaml"
    bases = {n: providers.base(n) for n in ("deepseek", "google")}
    rules.write_text(rules_text(bases, names=("deepseek", "google"), tail=TAIL))
    state = tmp_path / "state"
    args = ["--rules", str(rules), "--hermes-config", str(config)]
    args += ["--prometheus-url", prometheus.url, "--state-dir", str(state)]
    return config, state, args


def test_consecutive_dry_passes_apply_an_exclusion_that_needs_two_passes(setup, prometheus, capsys):
    config, state, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "0.5", "google": "2"}}
    assert main([*args, "--dry-run"]) == 0
    assert capsys.readouterr().out == ""
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"# dry run: {config} would change\n" in out
    assert "-  default: deepseek-reasoner\n-  provider: deepseek\n" in out
    assert "+  default: gemini-3.1-pro-preview\n+  provider: gemini\n" in out
    assert config.read_text() == CONFIG
    assert history_path(state, config, dry_run=True).is_file()
    # The real history is untouched: a real pass counts its first pass, and writes nothing.
    assert not history_path(state, config).exists()
    assert main([*args, "--once"]) == 0
    assert config.read_text() == CONFIG


def test_the_dry_run_diff_masks_key_values_in_changed_and_context_lines(
    setup, prometheus, capsys, caplog
):
    config, _, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "0.5", "google": "2"}}
    with caplog.at_level("DEBUG"):
        main([*args, "--dry-run"])
        assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.split("\n", 1)[1] == (
        f"--- {config} (now)\n"
        f"+++ {config} (planned)\n"
        "@@ -1,15 +1,18 @@\n"
        " model:\n"
        "-  default: deepseek-reasoner\n"
        "-  provider: deepseek\n"
        "+  default: gemini-3.1-pro-preview\n"
        "+  provider: gemini\n"
        "   api_key: ****\n"
        " delegation:\n"
        "-  provider: gemini\n"
        "-  model: gemini-2.5-flash\n"
        "+  provider: deepseek\n"
        "+  model: deepseek-chat\n"
        " fallback_providers:\n"
        "+  - provider: deepseek\n"
        "+    model: deepseek-reasoner\n"
        "+  - provider: deepseek\n"
        "+    model: deepseek-chat\n"
        "   - provider: gemini\n"
        "     model: gemini-3.1-pro-preview\n"
        "     api_key: ****\n"
        "-  - {provider: gemini, model: gemini-2.5-flash, token: ****}\n"
        " custom_providers:\n"
        "   - name: gateway\n"
        "     key_env: GATEWAY_KEY\n"
    )
    for secret in ("sk-live", "tok-live"):
        assert secret not in out
        assert secret not in caplog.text
    assert "sk-live-primary-0123456789" in config.read_text()


def test_a_dry_run_that_plans_unreadable_yaml_fails_and_prints_no_diff(
    setup, prometheus, capsys, caplog, monkeypatch
):
    config, state, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "0.5", "google": "9"}}
    monkeypatch.setattr(
        hermes_config, "merge_edit", lambda body, before, after: after.replace("\n  ", "\n    ", 1)
    )
    assert main([*args, "--dry-run"]) == 1
    assert capsys.readouterr().out == ""
    assert f"{config}: planned edit refused, nothing written: unreadable as planned" in caplog.text
    assert config.read_text() == CONFIG
    assert backups.listed(state, config) == []


def test_a_new_state_folder_and_its_backups_are_private(setup, prometheus):
    config, _, args = setup
    state = config.parent.parent / "new" / "state"
    prometheus.series = {"plutus:runway_days": {"deepseek": "2", "google": "+Inf"}}
    assert main([*args, "--once", "--state-dir", str(state)]) == 0
    assert len(backups.listed(state, config)) == 1
    for folder in (state, state / "backups", state / "history"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_state_folder_made_by_mkdir_p_is_made_private_on_the_first_write(setup, prometheus):
    config, state, args = setup
    (state / "backups").mkdir(parents=True)
    for folder in (state, state / "backups"):
        folder.chmod(0o755)
    prometheus.series = {"plutus:runway_days": {"deepseek": "2", "google": "+Inf"}}
    assert main([*args, "--once"]) == 0
    assert len(backups.listed(state, config)) == 1
    for folder in (state, state / "backups", state / "history"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
