"""What survives: a writer beside the exporter, a broken ledger, a restart, a config change."""

import shutil
import sqlite3

import pytest
import yaml

from exporter.config import load_config
from exporter.service import Exporter
from tests.exporter.support import Clock, make_exporter, names_on_page, sample, session, ts
from tests.hermes import HermesWriter, write_ledger

NOW = ts("2026-09-22T10:00:00Z")


def charge(sid, at, cost, provider="deepseek", model="deepseek-chat"):
    return session(sid, at, provider, model, input_tokens=100, estimated_cost_usd=cost,
                   cost_status="estimated")  # fmt: skip


def total(exporter, provider="deepseek", model="deepseek-chat"):
    return sample(exporter, "plutus_spend_usd_total", provider=provider, model=model,
                  profile="default")  # fmt: skip


def test_spend_committed_by_a_running_hermes_appears_on_the_next_refresh(tmp_path, hermes_env):
    home = tmp_path / "hermes"
    with HermesWriter(home) as writer:
        writer.apply(*charge("a", NOW - 600, 0.30))
        exporter, _ = make_exporter(home, tmp_path / "s", now=NOW)
        exporter.refresh_ledger()
        assert total(exporter) == pytest.approx(0.30, abs=1e-9)
        wal = home / "state.db-wal"
        assert wal.exists()

        writer.apply(*charge("b", NOW - 300, 0.45))
        wal_size = wal.stat().st_size
        exporter.refresh_ledger()

        assert total(exporter) == pytest.approx(0.75, abs=1e-9)
        assert wal.exists() and wal.stat().st_size == wal_size
        writer.close()


def test_an_unreadable_ledger_marks_the_source_down_and_keeps_the_last_figures(
    tmp_path, hermes_env
):
    home = tmp_path / "hermes"
    write_ledger(home, charge("a", NOW - 600, 0.30))
    exporter, _ = make_exporter(home, tmp_path / "s", now=NOW)
    exporter.refresh_ledger()
    (home / "state.db").write_bytes(b"this is not a database" * 100)
    exporter.refresh_ledger()

    assert (
        sample(exporter, "plutus_source_up", source="ledger", provider="", profile="default") == 0
    )
    assert total(exporter) == pytest.approx(0.30, abs=1e-9)
    assert sample(exporter, "plutus_spend_usd", provider="deepseek", window="today") == (
        pytest.approx(0.30, abs=1e-9)
    )


def test_nothing_from_the_ledger_is_published_before_its_first_complete_read(tmp_path):
    home = tmp_path / "hermes"
    home.mkdir()
    (home / "state.db").write_bytes(b"garbage" * 100)
    exporter, _ = make_exporter(
        home, tmp_path / "s", {"providers": {"anthropic": {"budget_usd": 5}}}
    )
    exporter.refresh_ledger()

    page = "\n".join(line for line in names_on_page(exporter, "plutus_source_up"))
    assert 'source="ledger"' in page
    for name in ("plutus_spend_usd_total", "plutus_spend_usd", "plutus_burn_rate_usd_per_day",
                 "plutus_balance_usd", "plutus_runway_seconds", "plutus_tokens_total"):  # fmt: skip
        assert names_on_page(exporter, name) == [], name
    assert sample(exporter, "plutus_budget_usd", provider="anthropic") == 5.0


def test_a_restart_never_publishes_a_spend_counter_below_its_last_value(tmp_path, hermes_env):
    home, state = tmp_path / "hermes", tmp_path / "state"
    write_ledger(home, charge("a", NOW - 600, 0.1) + charge("b", NOW - 500, 0.2))
    first, _ = make_exporter(home, state, now=NOW)
    first.refresh_ledger()
    before = total(first)
    assert before == pytest.approx(0.3, abs=1e-9)

    # Hermes prunes a session between the two runs.
    with sqlite3.connect(home / "state.db") as conn:
        conn.execute("DELETE FROM session_model_usage WHERE session_id = 'b'")
        conn.execute("DELETE FROM sessions WHERE id = 'b'")
    second, _ = make_exporter(home, state, now=NOW + 60)
    second.refresh_ledger()

    assert total(second) == before  # to the last bit
    assert sample(second, "plutus_spend_usd", provider="deepseek", window="today") == (
        pytest.approx(0.1, abs=1e-9)
    )


def test_a_provider_removed_from_the_configuration_disappears_on_the_next_scrape(
    tmp_path, hermes_env
):
    home, cfg_path = tmp_path / "hermes", tmp_path / "plutus.yml"
    write_ledger(home, charge("a", NOW - 600, 2.0, "anthropic", "claude-sonnet-4-5"))
    both = {"providers": {"anthropic": {"budget_usd": 20.0}, "google": {"budget_usd": 5.0}}}
    cfg_path.write_text(yaml.safe_dump(both))
    exporter = Exporter(load_config(cfg_path), home, tmp_path / "s", clock=Clock(NOW))
    exporter.refresh_ledger()
    assert sample(exporter, "plutus_runway_seconds", provider="anthropic") is not None

    cfg_path.write_text(yaml.safe_dump({"providers": {"google": {"budget_usd": 5.0}}}))
    exporter.refresh_ledger()

    for name in ("plutus_balance_usd", "plutus_budget_usd", "plutus_runway_seconds",
                 "plutus_provider_info"):  # fmt: skip
        assert not [line for line in names_on_page(exporter, name) if "anthropic" in line], name
    assert total(exporter, "anthropic", "claude-sonnet-4-5") == pytest.approx(2.0, abs=1e-9)


def test_a_broken_configuration_edit_keeps_the_previous_configuration(tmp_path, caplog):
    cfg_path = tmp_path / "plutus.yml"
    cfg_path.write_text(yaml.safe_dump({"providers": {"google": {"budget_usd": 5.0}}}))
    exporter = Exporter(load_config(cfg_path), tmp_path / "home", tmp_path / "s")
    cfg_path.write_text("providers: {google: {budget_usd: lots}}\n")
    assert exporter.reload_config() is False
    assert exporter.config.providers["google"].budget_usd == 5.0
    assert "providers.google.budget_usd: expected a finite number, got 'lots'" in caplog.text


def test_hermes_pruning_old_sessions_does_not_raise_a_budget_balance(tmp_path, hermes_env):
    home = tmp_path / "hermes"
    write_ledger(home, charge("old", NOW - 100 * 86400, 6.00, "anthropic", "claude-sonnet-4-5")
                 + charge("new", NOW - 3600, 1.00, "anthropic", "claude-sonnet-4-5"))  # fmt: skip
    cfg = {"providers": {"anthropic": {"budget_usd": 10.0}}}
    exporter, clock = make_exporter(home, tmp_path / "s", cfg, now=NOW)
    exporter.refresh_ledger()
    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="budget") == (
        pytest.approx(3.0, abs=1e-9)
    )

    with sqlite3.connect(home / "state.db") as conn:  # what `hermes sessions prune` does
        conn.execute("DELETE FROM session_model_usage WHERE session_id = 'old'")
        conn.execute("DELETE FROM sessions WHERE id = 'old'")
    clock.now = NOW + 60
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="budget") == (
        pytest.approx(3.0, abs=1e-9)
    )


def test_a_profile_that_is_deleted_takes_its_figures_with_it(tmp_path, hermes_env):
    home = tmp_path / "hermes"
    write_ledger(home, charge("a", NOW - 600, 1.0))
    write_ledger(home, charge("w", NOW - 600, 2.0), db="profiles/work/state.db")
    exporter, clock = make_exporter(home, tmp_path / "s", now=NOW)
    exporter.refresh_ledger()
    assert sample(exporter, "plutus_spend_usd", provider="deepseek", window="today") == (
        pytest.approx(3.0, abs=1e-9)
    )

    shutil.rmtree(home / "profiles" / "work")
    clock.now = NOW + 60
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_spend_usd", provider="deepseek", window="today") == (
        pytest.approx(1.0, abs=1e-9)
    )
    assert (
        sample(exporter, "plutus_source_up", source="ledger", provider="", profile="work") is None
    )


def test_each_hermes_home_keeps_its_own_spend_counters_in_a_shared_state_folder(
    tmp_path, hermes_env
):
    one, two, state = tmp_path / "one", tmp_path / "two", tmp_path / "state"
    write_ledger(one, charge("a", NOW - 600, 0.80, "anthropic", "claude-sonnet-4-5"))
    write_ledger(two, charge("b", NOW - 600, 0.041))
    first, _ = make_exporter(one, state, now=NOW)
    first.refresh_ledger()
    second, _ = make_exporter(two, state, now=NOW)
    second.refresh_ledger()

    assert names_on_page(second, "plutus_spend_usd_total") == [
        'plutus_spend_usd_total{model="deepseek-chat",profile="default",provider="deepseek"} 0.041'
    ]


def test_a_calibration_added_while_running_is_used_from_the_next_ledger_read(tmp_path, hermes_env):
    home, cfg_path = tmp_path / "hermes", tmp_path / "plutus.yml"
    write_ledger(home, charge("a", NOW - 600, 2.0, "anthropic", "claude-sonnet-4-5"))
    cfg_path.write_text(yaml.safe_dump({"providers": {"anthropic": {"budget_usd": 20.0}}}))
    exporter = Exporter(load_config(cfg_path), home, tmp_path / "s", clock=Clock(NOW))
    exporter.refresh_ledger()
    at = "2026-09-22T09:00:00+00:00"  # an hour before NOW, before the 2.00 session
    calibrated = {"budget_usd": 20.0, "calibration": {"balance_usd": 9.0, "at": at}}
    cfg_path.write_text(yaml.safe_dump({"providers": {"anthropic": calibrated}}))
    exporter.reload_config()  # the snapshot is rebuilt before the ledger is read again
    assert names_on_page(exporter, "plutus_balance_usd") == []

    exporter.refresh_ledger()
    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="calibrated") == (
        pytest.approx(7.0, abs=1e-9)
    )
