"""Live balances (DeepSeek), budgets, and what is published when a balance is unknown."""

import logging
import math

import pytest

from exporter.status import render_table
from tests.exporter.support import make_exporter, names_on_page, sample, session, ts
from tests.fake_provider import FakeProvider
from tests.hermes import write_ledger

NOW = ts("2026-09-19T12:00:00Z")


def deepseek_balance(available=True):
    """Shape of DeepSeek's documented `GET /user/balance` answer
    (api-docs.deepseek.com/api/get-user-balance): amounts are strings; values chosen here."""
    return {
        "is_available": available,
        "balance_infos": [
            {"currency": "USD", "total_balance": "0.00", "granted_balance": "0.00",
             "topped_up_balance": "0.00"},
            {"currency": "CNY", "total_balance": "72.30", "granted_balance": "5.00",
             "topped_up_balance": "67.30"},
        ],
    }  # fmt: skip


@pytest.fixture
def deepseek(monkeypatch):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-test-deepseek-0001")
    with FakeProvider() as fake:
        fake.routes["/user/balance"] = (200, deepseek_balance())
        yield fake


def config(url, fx=None, **providers):
    body = {"providers": {"deepseek": {"api_base": url}, **providers}}
    if fx is not None:
        body["fx_usd"] = fx
    return body


def test_a_cny_balance_is_converted_with_the_configured_rate(deepseek, tmp_path):
    exporter, _ = make_exporter(
        tmp_path / "home", tmp_path / "s", config(deepseek.url, {"CNY": 0.14})
    )
    exporter.refresh_balances()

    assert sample(exporter, "plutus_balance_usd", provider="deepseek", source="live") == (
        pytest.approx(10.122, abs=1e-9)
    )
    raw = {
        ("USD", "total"): 0.0, ("CNY", "total"): 72.30, ("CNY", "granted"): 5.00,
        ("CNY", "topped_up"): 67.30,
    }  # fmt: skip
    for (currency, kind), value in raw.items():
        got = sample(exporter, "plutus_balance", provider="deepseek", currency=currency, kind=kind)
        assert got == pytest.approx(value, abs=1e-9)
    assert sample(exporter, "plutus_account_available", provider="deepseek") == 1
    assert sample(exporter, "plutus_source_up", source="balance", provider="deepseek",
                  profile="") == 1  # fmt: skip
    _path, headers = deepseek.requests[0]
    assert headers["Authorization"] == "Bearer sk-test-deepseek-0001"


def test_without_a_rate_the_usd_balance_is_absent_and_one_warning_says_why(
    deepseek, tmp_path, caplog
):
    exporter, _ = make_exporter(tmp_path / "home", tmp_path / "s", config(deepseek.url))
    with caplog.at_level(logging.WARNING):
        exporter.refresh_balances()
        exporter.refresh_balances()

    assert names_on_page(exporter, "plutus_balance_usd") == []
    assert sample(exporter, "plutus_balance", provider="deepseek", currency="CNY",
                  kind="total") == pytest.approx(72.30)  # fmt: skip
    warnings = [r.getMessage() for r in caplog.records if "fx_usd" in r.getMessage()]
    assert warnings == ["balance incomplete provider=deepseek reason=no fx_usd rate for CNY: "
                        "USD balance unknown"]  # fmt: skip


def test_an_unavailable_account_is_published_as_such(deepseek, tmp_path):
    deepseek.routes["/user/balance"] = (200, deepseek_balance(available=False))
    exporter, _ = make_exporter(tmp_path / "home", tmp_path / "s", config(deepseek.url))
    exporter.refresh_balances()

    assert sample(exporter, "plutus_account_available", provider="deepseek") == 0


@pytest.mark.parametrize(
    "status, body",
    [
        (500, {"error": "internal"}),
        (200, b"<html>maintenance</html>"),
        (200, {"is_available": True}),
        (200, {"is_available": True, "balance_infos": [{"currency": "CNY", "total_balance": "x"}]}),
        (200, {"is_available": "yes", "balance_infos": []}),
        (302, {}),
        (200, {"is_available": True, "balance_infos": []}),
        (
            200,
            {
                "is_available": True,
                "balance_infos": [
                    {
                        "currency": "USD",
                        "total_balance": "5",
                        "granted_balance": "0",
                        "topped_up_balance": "5",
                    },
                    {
                        "currency": "usd",
                        "total_balance": "7",
                        "granted_balance": "0",
                        "topped_up_balance": "7",
                    },
                ],
            },
        ),
        (
            200,
            {
                "is_available": True,
                "balance_infos": [
                    {
                        "currency": "USD",
                        "total_balance": "1.7e308",
                        "granted_balance": "0",
                        "topped_up_balance": "0",
                    },
                    {
                        "currency": "CNY",
                        "total_balance": "1.7e308",
                        "granted_balance": "0",
                        "topped_up_balance": "0",
                    },
                ],
            },
        ),
        (
            200,
            {
                "is_available": True,
                "balance_infos": [
                    {
                        "currency": "USD",
                        "total_balance": "sNaN",
                        "granted_balance": "0",
                        "topped_up_balance": "0",
                    }
                ],
            },
        ),
        (200, b"[" * 100000),
    ],
)
def test_a_broken_answer_marks_the_source_down_and_keeps_the_last_good_balance(
    deepseek, tmp_path, status, body
):
    exporter, _ = make_exporter(
        tmp_path / "home", tmp_path / "s", config(deepseek.url, {"CNY": 0.14})
    )
    exporter.refresh_balances()
    deepseek.routes["/user/balance"] = (status, body)
    exporter.refresh_balances()

    assert sample(exporter, "plutus_source_up", source="balance", provider="deepseek",
                  profile="") == 0  # fmt: skip
    assert sample(exporter, "plutus_balance_usd", provider="deepseek", source="live") == (
        pytest.approx(10.122, abs=1e-9)
    )


def test_a_provider_with_no_balance_of_any_kind_has_no_balance_and_no_runway(tmp_path, hermes_env):
    home = tmp_path / "home"
    ops = session("a", NOW - 3600, "anthropic", "claude-sonnet-4-5", input_tokens=10,
                  estimated_cost_usd=1.0, cost_status="estimated")  # fmt: skip
    write_ledger(home, ops)
    exporter, _ = make_exporter(home, tmp_path / "s", {"providers": {"anthropic": {}}}, now=NOW)
    exporter.refresh_ledger()

    assert (
        sample(exporter, "plutus_provider_info", provider="anthropic", balance_source="none") == 1
    )
    assert names_on_page(exporter, "plutus_balance_usd") == []
    assert names_on_page(exporter, "plutus_runway_seconds") == []
    assert sample(exporter, "plutus_burn_rate_usd_per_day", provider="anthropic") == 1.0
    table = render_table(exporter.snapshot()).splitlines()
    assert table[1].split() == ["anthropic", "unknown", "none", "1.00", "unknown", "1.00",
                                "1.00", "1.00"]  # fmt: skip


def test_a_budget_provider_never_seen_in_the_ledger_has_no_burn_and_infinite_runway(
    tmp_path, hermes_env
):
    home = tmp_path / "home"
    write_ledger(home, session("d", NOW - 3600, "deepseek", "deepseek-chat", input_tokens=10,
                               estimated_cost_usd=0.5, cost_status="estimated"))  # fmt: skip
    cfg = {"providers": {"anthropic": {"budget_usd": 20.0}}}
    exporter, _ = make_exporter(home, tmp_path / "s", cfg, now=NOW)
    exporter.refresh_ledger()

    assert sample(exporter, "plutus_balance_usd", provider="anthropic", source="budget") == 20.0
    assert sample(exporter, "plutus_burn_rate_usd_per_day", provider="anthropic") == 0.0
    assert sample(exporter, "plutus_runway_seconds", provider="anthropic") == math.inf


def test_status_says_which_sources_are_stale_and_since_when(deepseek, tmp_path):
    cfg = config(deepseek.url, {"CNY": 0.14})
    exporter, clock = make_exporter(tmp_path / "home", tmp_path / "s", cfg, now=NOW)
    exporter.refresh_balances()
    deepseek.routes["/user/balance"] = (500, {})
    clock.now = NOW + 3 * 3600
    exporter.refresh_balances()

    lines = render_table(exporter.snapshot()).splitlines()
    assert "balance deepseek: down, last read 2026-09-19 12:00 UTC (3h ago)" in lines
