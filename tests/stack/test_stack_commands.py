"""The exporter and reconciler command lines `python -m stack` builds, without running them."""

from pathlib import Path

import pytest

from stack import __main__ as stack_main
from stack import commands


@pytest.fixture(autouse=True)
def installed(monkeypatch, tmp_path):
    """plutus-exporter and plutus-reconciler "installed" in /opt/bin; no Hermes home around."""
    monkeypatch.setattr(stack_main.shutil, "which", lambda name: f"/opt/bin/{name}")
    monkeypatch.delenv("HERMES_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))


def test_without_a_hermes_home_the_dry_run_reads_the_sample_home_the_exporter_builds(tmp_path):
    args = stack_main.parse_args(["--run-dir", str(tmp_path / "run")])
    state = tmp_path / "run" / "state"

    assert stack_main.exporter_command(args) == [
        "/opt/bin/plutus-exporter", "--listen", "127.0.0.1:9184", "--state-dir", str(state),
    ]  # fmt: skip
    assert stack_main.reconciler_command(args, "http://127.0.0.1:9090") == [
        "/opt/bin/plutus-reconciler",
        "--rules", str(commands.EXAMPLE_RULES),
        "--prometheus-url", "http://127.0.0.1:9090",
        "--hermes-config", str(state / "sample-home" / "config.yaml"),
        "--listen", "127.0.0.1:9185",
        "--state-dir", str(state),
        "--interval", "5m",
        "--dry-run",
    ]  # fmt: skip


def test_a_hermes_home_goes_to_the_exporter_and_its_config_to_the_reconciler(tmp_path):
    home = tmp_path / "hermes"
    home.mkdir()
    args = stack_main.parse_args(
        ["--hermes-home", str(home), "--exporter-config", "plutus.yml", "--no-exporter"]
    )

    assert stack_main.exporter_command(args) is None
    command = stack_main.reconciler_command(args, "http://p:9090")
    assert command[command.index("--hermes-config") + 1] == str(home / "config.yaml")
    assert "--state-dir" not in command  # the tools' own state folder, where calibrations are
    args = stack_main.parse_args(["--hermes-home", str(home), "--exporter-config", "plutus.yml"])
    assert stack_main.exporter_command(args) == [
        "/opt/bin/plutus-exporter", "--listen", "127.0.0.1:9184",
        "--hermes-home", str(home), "--config", "plutus.yml",
    ]  # fmt: skip


def test_hermes_home_from_the_environment_is_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("HERMES_HOME", str(tmp_path))

    assert stack_main.parse_args([]).hermes_home == tmp_path


def test_a_missing_rules_file_or_no_reconciler_starts_no_reconciler(tmp_path):
    missing = stack_main.parse_args(["--rules", str(tmp_path / "nowhere.yaml")])
    declined = stack_main.parse_args(["--no-reconciler"])

    assert stack_main.reconciler_command(missing, "http://p:9090") is None
    assert stack_main.reconciler_command(declined, "http://p:9090") is None


def test_a_reconciler_pass_that_writes_is_one_pass_without_dry_run():
    run = commands.ReconcilerRun(
        Path("r.yaml"), "http://p", (Path("c.yaml"),), dry_run=False, once=True
    )

    assert commands.reconciler_command("rec", run) == [
        "rec", "--rules", "r.yaml", "--prometheus-url", "http://p", "--hermes-config", "c.yaml",
        "--once",
    ]  # fmt: skip
