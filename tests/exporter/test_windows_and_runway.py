"""Spend windows in the configured time zone, burn rate over short histories, and runway."""

import math

import pytest

from tests.exporter.support import make_exporter, names_on_page, sample, session, ts
from tests.hermes import write_ledger


@pytest.fixture
def home(tmp_path, hermes_env):
    return tmp_path / "hermes"


def charge(sid, at, cost, provider="deepseek", model="deepseek-chat", **kw):
    return session(sid, at, provider, model, input_tokens=1000, estimated_cost_usd=cost,
                   cost_status="estimated", **kw)  # fmt: skip


def test_today_is_the_calendar_day_of_the_configured_time_zone(home, tmp_path):
    # 2026-09-19 00:40 in Asia/Kolkata (UTC+05:30) is 2026-09-18 19:10Z.
    write_ledger(
        home,
        charge("late", ts("2026-09-18T18:47:00Z"), 0.50)   # 00:17 on the 19th in Kolkata
        + charge("eve", ts("2026-09-18T17:00:00Z"), 1.00)  # 22:30 on the 18th
        + charge("morn", ts("2026-09-18T02:00:00Z"), 0.25),  # 07:30 on the 18th
    )  # fmt: skip
    cfg = {"timezone": "Asia/Kolkata"}
    exporter, _ = make_exporter(home, tmp_path / "s", cfg, now=ts("2026-09-18T19:10:00Z"))
    exporter.refresh_ledger()

    def window(name):
        return sample(exporter, "plutus_spend_usd", provider="deepseek", window=name)

    assert window("today") == pytest.approx(0.50, abs=1e-9)
    assert window("24h") == pytest.approx(1.75, abs=1e-9)
    utc = {"timezone": "UTC"}
    in_utc, _ = make_exporter(home, tmp_path / "s2", utc, now=ts("2026-09-18T19:10:00Z"))
    in_utc.refresh_ledger()
    assert sample(in_utc, "plutus_spend_usd", provider="deepseek", window="today") == (
        pytest.approx(1.75, abs=1e-9)
    )


def test_rolling_windows_leave_out_older_spend(home, tmp_path):
    now = ts("2026-09-30T12:00:00Z")
    write_ledger(
        home,
        charge("d2", now - 2 * 86400, 2.00)
        + charge("d10", now - 10 * 86400, 3.00)
        + charge("d40", now - 40 * 86400, 4.00),
    )
    exporter, _ = make_exporter(home, tmp_path / "s", {"timezone": "UTC"}, now=now)
    exporter.refresh_ledger()

    def window(name):
        return sample(exporter, "plutus_spend_usd", provider="deepseek", window=name)

    assert (window("24h"), window("7d"), window("30d")) == pytest.approx((0.0, 2.0, 5.0))
    assert sample(exporter, "plutus_spend_usd_total", provider="deepseek", model="deepseek-chat",
                  profile="default") == pytest.approx(9.0, abs=1e-9)  # fmt: skip
    # Seven-day window, history longer than it: 2.00 over 7 days.
    assert sample(exporter, "plutus_burn_rate_usd_per_day", provider="deepseek") == pytest.approx(
        2.0 / 7, abs=1e-12
    )


def test_a_history_shorter_than_the_burn_window_is_divided_by_its_own_days(home, tmp_path):
    now = ts("2026-09-30T12:00:00Z")
    write_ledger(home, charge("a", now - 2 * 86400, 1.00) + charge("b", now - 3600, 2.00))
    exporter, _ = make_exporter(home, tmp_path / "s", now=now)
    exporter.refresh_ledger()

    # Two days of history, 3.00 spent: 1.50 a day, not 3.00 / 7.
    assert sample(exporter, "plutus_burn_rate_usd_per_day", provider="deepseek") == (
        pytest.approx(1.5, abs=1e-12)
    )


def test_less_than_a_day_of_history_counts_as_one_day(home, tmp_path):
    now = ts("2026-09-30T12:00:00Z")
    write_ledger(home, charge("a", now - 2 * 3600, 0.60))
    exporter, _ = make_exporter(home, tmp_path / "s", now=now)
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_burn_rate_usd_per_day", provider="deepseek") == (
        pytest.approx(0.60, abs=1e-12)
    )


def test_runway_is_budget_left_over_burn_in_seconds(home, tmp_path):
    now = ts("2026-09-30T12:00:00Z")
    # Anthropic: 14.00 over the last 7 days (history 10 days) → 2.00 a day.
    write_ledger(
        home,
        charge("old", now - 10 * 86400, 6.00, "anthropic", "claude-sonnet-4-5")
        + charge("new", now - 3 * 86400, 14.00, "anthropic", "claude-sonnet-4-5"),
    )
    cfg = {"providers": {"anthropic": {"budget_usd": 30.0}}}
    exporter, _ = make_exporter(home, tmp_path / "s", cfg, now=now)
    exporter.refresh_ledger()

    # Budget 30.00 − 20.00 spent = 10.00 left; 10.00 / 2.00 a day = 5 days = 432000 s.
    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="budget") == (
        pytest.approx(10.0, abs=1e-9)
    )
    assert sample(exporter, "plutus_runway_seconds", provider="anthropic") == pytest.approx(
        432000.0, abs=1e-6
    )


def test_a_balance_at_or_below_zero_with_spend_going_on_has_zero_runway(home, tmp_path):
    now = ts("2026-09-30T12:00:00Z")
    write_ledger(home, charge("a", now - 3600, 12.00, "anthropic", "claude-sonnet-4-5"))
    cfg = {"providers": {"anthropic": {"budget_usd": 10.0}}}
    exporter, _ = make_exporter(home, tmp_path / "s", cfg, now=now)
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="budget") == (
        pytest.approx(-2.0, abs=1e-9)
    )
    assert sample(exporter, "plutus_runway_seconds", provider="anthropic") == 0.0


def test_spend_that_is_all_unpriced_in_the_burn_window_leaves_burn_and_runway_unknown(
    home, tmp_path
):
    now = ts("2026-09-30T12:00:00Z")
    # A model no price table knows, at Google: Hermes stored 0.0 and unknown.
    write_ledger(home, session("g", now - 3600, "gemini", "gemini-imaginary-9", input_tokens=5000,
                               estimated_cost_usd=0.0, cost_status="unknown"))  # fmt: skip
    cfg = {"providers": {"google": {"budget_usd": 10.0}}}
    exporter, _ = make_exporter(home, tmp_path / "s", cfg, now=now)
    exporter.refresh_ledger()

    assert names_on_page(exporter, "plutus_burn_rate_usd_per_day") == []
    assert names_on_page(exporter, "plutus_runway_seconds") == []
    assert sample(exporter, "plutus_unpriced_tokens_total", provider="google",
                  model="gemini-imaginary-9") == 5000  # fmt: skip
    assert sample(exporter, "plutus_balance_usd", provider="google", source="budget") == 10.0


def test_infinite_runway_is_published_as_plus_inf(home, tmp_path):
    write_ledger(home, charge("a", ts("2026-09-01T00:00:00Z"), 1.0, "anthropic", "claude-x"))
    cfg = {"providers": {"anthropic": {"budget_usd": 10.0}}}
    exporter, _ = make_exporter(home, tmp_path / "s", cfg, now=ts("2026-09-30T12:00:00Z"))
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_runway_seconds", provider="anthropic") == math.inf
    assert 'plutus_runway_seconds{provider="anthropic"} +Inf' in names_on_page(
        exporter, "plutus_runway_seconds"
    )
