"""Drift: how much of the real spend (the fall of a live balance) the ledger captures."""

import logging
import math

import pytest

from exporter.capture import CaptureTracker
from tests.exporter.support import make_exporter, names_on_page, sample, session, ts
from tests.fake_provider import FakeProvider
from tests.hermes import write_ledger

NOW = ts("2026-09-16T12:00:00Z")


def balance(usd: str) -> dict:
    """DeepSeek's documented /user/balance shape (api-docs.deepseek.com); values chosen here."""
    return {"is_available": True, "balance_infos": [{"currency": "USD", "total_balance": usd,
            "granted_balance": "0.00", "topped_up_balance": usd}]}  # fmt: skip


def charge(sid, at, cost):
    return session(sid, at, "deepseek", "deepseek-chat", input_tokens=100,
                   estimated_cost_usd=cost, cost_status="estimated")  # fmt: skip


def test_the_capture_ratio_is_ledger_spend_over_the_balance_fall_and_restarts_at_a_top_up(
    tmp_path, monkeypatch, hermes_env, caplog
):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-plutus-test-capture")
    home = tmp_path / "home"
    write_ledger(home, charge("before", NOW - 7200, 2.00))
    with FakeProvider() as fake:
        fake.routes["/user/balance"] = (200, balance("50.00"))
        cfg = {"providers": {"deepseek": {"api_base": fake.url}}}
        exporter, clock = make_exporter(home, tmp_path / "s", cfg, now=NOW)
        exporter.refresh_ledger()
        exporter.refresh_balances()
        assert names_on_page(exporter, "plutus_ledger_capture_ratio") == []

        # 10.50 of spend reaches the ledger while the balance falls by 18.00.
        write_ledger(home, charge("a", NOW + 600, 4.00) + charge("b", NOW + 1200, 6.50))
        clock.now = NOW + 3600
        exporter.refresh_ledger()
        fake.routes["/user/balance"] = (200, balance("32.00"))
        exporter.refresh_balances()

        assert sample(exporter, "plutus_ledger_capture_ratio", provider="deepseek") == (
            pytest.approx(7 / 12, abs=1e-12)
        )
        assert sample(exporter, "plutus_capture_ledger_spend_usd", provider="deepseek") == (
            pytest.approx(10.50, abs=1e-9)
        )
        assert sample(exporter, "plutus_capture_balance_fall_usd", provider="deepseek") == 18.0

        fake.routes["/user/balance"] = (200, balance("82.00"))
        clock.now = NOW + 7200
        with caplog.at_level(logging.INFO):
            exporter.refresh_balances()

    assert names_on_page(exporter, "plutus_ledger_capture_ratio") == []
    assert names_on_page(exporter, "plutus_capture_balance_fall_usd") == []
    assert "top-up seen provider=deepseek from=32.00 to=82.00" in caplog.text
    assert sample(exporter, "plutus_balance_usd", provider="deepseek", source="live") == 82.0
    assert sample(exporter, "plutus_runway_seconds", provider="deepseek") > 0


def test_an_interval_never_spans_a_top_up_nor_reaches_past_the_window():
    tracker = CaptureTracker(window=100.0)
    tracker.observe("p", 0, 50.0, 0.0)
    tracker.observe("p", 10, 40.0, 5.0)
    tracker.observe("p", 20, 90.0, 6.0)  # top-up
    tracker.observe("p", 30, 80.0, 11.0)
    assert tracker.captures()["p"].ratio == 0.5  # (11 − 6) / (90 − 80)

    tracker.observe("p", 200, 60.0, 16.0)  # the window now starts at 100: begins at t=30
    capture = tracker.captures()["p"]
    assert (capture.ledger_spend, capture.balance_fall) == (5.0, 20.0)


def test_no_fall_means_no_ratio_rather_than_infinity():
    tracker = CaptureTracker(window=100.0)
    tracker.observe("p", 0, 50.0, 0.0)
    tracker.observe("p", 10, 50.0, 3.0)
    capture = tracker.captures()["p"]
    assert capture.ratio is None
    assert not math.isinf(capture.ledger_spend)
