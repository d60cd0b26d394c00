"""Calibrations: recorded by `plutus-exporter calibrate`, or carried in the configuration."""

import datetime as dt

import pytest
import yaml

from exporter import calibration
from exporter.cli import main
from exporter.config import load_config
from tests.exporter.support import make_exporter, names_on_page, sample, session, ts
from tests.hermes import write_ledger

T = ts("2026-09-20T10:00:00Z")
NOW = ts("2026-09-22T10:00:00Z")


@pytest.fixture
def home(tmp_path, hermes_env):
    home = tmp_path / "hermes"

    def charge(sid, at, cost):
        return session(sid, at, "anthropic", "claude-sonnet-4-5", input_tokens=100,
                       estimated_cost_usd=cost, cost_status="estimated")  # fmt: skip

    # 3.00 before the calibration, 10.50 at or after it.
    write_ledger(
        home,
        charge("before", T - 7200, 3.00) + charge("after1", T + 3600, 6.00)
        + charge("after2", T + 86400, 4.50),
    )  # fmt: skip
    return home


def write_config(path, budget=None, calibrated=None):
    anthropic = {}
    if budget is not None:
        anthropic["budget_usd"] = budget
    if calibrated is not None:
        at = dt.datetime.fromtimestamp(calibrated[1], dt.UTC).isoformat()
        anthropic["calibration"] = {"balance_usd": calibrated[0], "at": at}
    path.write_text(yaml.safe_dump({"providers": {"anthropic": anthropic}}))
    return path


def balance(exporter):
    lines = names_on_page(exporter, "plutus_balance_usd")
    assert len(lines) == 1, lines
    return lines[0]


def test_a_calibration_minus_spend_since_it_is_the_balance(home, tmp_path):
    state = tmp_path / "state"
    cfg = write_config(tmp_path / "plutus.yml", budget=80.0)
    calibration.record(state, load_config(cfg), set(), ["anthropic=50.00"], T)
    exporter, _ = make_exporter(home, state, yaml.safe_load(cfg.read_text()), now=NOW)
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="calibrated") == (
        pytest.approx(39.50, abs=1e-9)
    )
    assert sample(exporter, "plutus_spend_since_calibration_usd", provider="anthropic") == (
        pytest.approx(10.50, abs=1e-9)
    )
    assert sample(exporter, "plutus_calibration_balance_usd", provider="anthropic") == 50.0
    assert sample(exporter, "plutus_calibration_timestamp_seconds", provider="anthropic") == T
    assert sample(exporter, "plutus_provider_info", provider="anthropic",
                  balance_source="calibrated") == 1  # fmt: skip


def test_a_budget_edit_does_not_override_a_calibration_until_it_is_cleared(home, tmp_path, capsys):
    state, cfg_path = tmp_path / "state", tmp_path / "plutus.yml"
    write_config(cfg_path, budget=80.0)
    calibration.record(state, load_config(cfg_path), set(), ["anthropic=50"], T)
    write_config(cfg_path, budget=95.0)
    exporter, _ = make_exporter(home, state, yaml.safe_load(cfg_path.read_text()), now=NOW)
    exporter.refresh_ledger()
    assert balance(exporter).startswith(
        'plutus_balance_usd{provider="anthropic",source="calibrated"}'
    )

    args = ["calibrate", "--config", str(cfg_path), "--state-dir", str(state), "anthropic=clear"]
    assert main(args) == 0
    assert capsys.readouterr().out == "anthropic: calibration cleared\n"
    exporter.refresh_ledger()
    # Budget 95.00 − 13.50 spent in all.
    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="budget") == (
        pytest.approx(81.50, abs=1e-9)
    )


def test_a_newer_calibration_in_the_configuration_wins_over_the_state_directory(home, tmp_path):
    state, cfg_path = tmp_path / "state", tmp_path / "plutus.yml"
    write_config(cfg_path)
    calibration.record(state, load_config(cfg_path), set(), ["anthropic=50"], T)
    newer = T + 86400 - 60  # one minute before the 4.50 session
    write_config(cfg_path, calibrated=(20.0, newer))
    exporter, _ = make_exporter(home, state, yaml.safe_load(cfg_path.read_text()), now=NOW)
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="calibrated") == (
        pytest.approx(15.50, abs=1e-9)
    )


def test_an_older_calibration_in_the_configuration_loses_to_the_state_directory(home, tmp_path):
    state, cfg_path = tmp_path / "state", tmp_path / "plutus.yml"
    write_config(cfg_path, calibrated=(99.0, T - 86400))
    calibration.record(state, load_config(cfg_path), set(), ["anthropic=50"], T)
    exporter, _ = make_exporter(home, state, yaml.safe_load(cfg_path.read_text()), now=NOW)
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="calibrated") == (
        pytest.approx(39.50, abs=1e-9)
    )


def test_clearing_says_so_when_the_configuration_still_holds_a_calibration(tmp_path, capsys):
    cfg_path = write_config(tmp_path / "plutus.yml", calibrated=(99.0, T))
    args = ["calibrate", "--config", str(cfg_path), "--state-dir", str(tmp_path / "s")]
    assert main([*args, "anthropic=12.5"]) == 0
    assert main([*args, "anthropic=clear"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "anthropic: calibrated to 12.50 USD",
        "anthropic: calibration cleared; the calibration in the configuration file still applies",
    ]


def test_calibrating_a_provider_with_a_live_balance_is_an_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-plutus-test-live")
    args = ["calibrate", "--state-dir", str(tmp_path / "s"), "deepseek=10"]
    assert main(args) == 2
    assert "deepseek: has a live balance" in capsys.readouterr().err
    assert not (tmp_path / "s" / "calibrations.json").exists()


def test_without_its_key_a_live_provider_can_be_calibrated_instead(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DEEPSEEK_API_KEY", raising=False)
    args = ["calibrate", "--state-dir", str(tmp_path / "s"), "--hermes-home", str(tmp_path)]
    assert main([*args, "deepseek=10"]) == 0
    assert capsys.readouterr().out == "deepseek: calibrated to 10.00 USD\n"


@pytest.mark.parametrize("amount", ["1e400", "inf", "nan", "-inf"])
def test_a_calibration_that_is_not_a_finite_amount_is_refused(tmp_path, capsys, amount):
    assert main(["calibrate", "--state-dir", str(tmp_path / "s"), f"anthropic={amount}"]) == 2
    assert "is not a finite amount in USD" in capsys.readouterr().err


@pytest.mark.parametrize("assignment", ["anthropic", "anthropic=lots", "=5", "openai=5"])
def test_a_malformed_calibration_is_refused_and_nothing_is_written(tmp_path, capsys, assignment):
    assert main(["calibrate", "--state-dir", str(tmp_path / "s"), assignment]) == 2
    assert capsys.readouterr().err.startswith("plutus-exporter: ")
    assert not (tmp_path / "s").exists()


def test_the_calibration_file_is_private(tmp_path):
    main(["calibrate", "--state-dir", str(tmp_path / "s"), "anthropic=5"])
    assert (tmp_path / "s" / "calibrations.json").stat().st_mode & 0o777 == 0o600
