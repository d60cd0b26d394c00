"""Exact figures from OpenRouter, Moonshot and Anthropic's cost report (documented shapes,
sources noted in source_cases.py; values chosen for each case)."""

import pytest

from tests.exporter.source_cases import ANTHROPIC_COSTS, MOONSHOT, OPENROUTER
from tests.exporter.support import make_exporter, names_on_page, sample, session, ts
from tests.fake_provider import FakeProvider
from tests.hermes import write_ledger

NOW = ts("2026-09-16T12:00:00Z")  # a Wednesday


def serve(case, monkeypatch, routes=None):
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    fake = FakeProvider().__enter__()
    fake.routes.update({p: (200, b) for p, b in (routes or case.routes).items()})
    return fake


def exporter_for(case, fake, tmp_path, home=None, **extra):
    cfg = {"providers": {case.provider: {**case.provider_config(fake.url), **extra}}}
    exporter, _clock = make_exporter(home or tmp_path / "home", tmp_path / "s", cfg, now=NOW)
    return exporter


def test_an_openrouter_account_in_debt_has_a_negative_balance_and_zero_runway(
    tmp_path, monkeypatch, hermes_env
):
    home = tmp_path / "home"
    write_ledger(home, session("o", NOW - 3600, "openrouter", "openai/gpt-4o", input_tokens=10,
                               actual_cost_usd=0.40, cost_status="actual"))  # fmt: skip
    fake = serve(OPENROUTER, monkeypatch, {
        "/api/v1/key": {"data": {"limit": None, "limit_remaining": None, "usage": 0.65}},
        "/api/v1/credits": {"data": {"total_credits": 5, "total_usage": 5.42}},
    })  # fmt: skip
    exporter = exporter_for(OPENROUTER, fake, tmp_path, home)
    exporter.refresh_ledger()
    exporter.refresh_balances()
    fake.__exit__()

    assert sample(exporter, "plutus_balance_usd", provider="openrouter", source="live") == (
        pytest.approx(-0.42, abs=1e-9)
    )
    assert sample(exporter, "plutus_runway_seconds", provider="openrouter") == 0.0
    assert sample(exporter, "plutus_balance", provider="openrouter", currency="USD",
                  kind="account_remaining") == pytest.approx(-0.42, abs=1e-9)  # fmt: skip
    assert [
        line for line in names_on_page(exporter, "plutus_balance") if "key_remaining" in line
    ] == []


def test_the_smaller_of_key_and_account_remaining_is_the_openrouter_balance(tmp_path, monkeypatch):
    fake = serve(OPENROUTER, monkeypatch)  # key remaining 16.63, account 25 − 24.87
    exporter = exporter_for(OPENROUTER, fake, tmp_path)
    exporter.refresh_balances()
    fake.__exit__()

    assert sample(exporter, "plutus_balance_usd", provider="openrouter", source="live") == (
        pytest.approx(0.13, abs=1e-9)
    )
    assert sample(exporter, "plutus_balance", provider="openrouter", currency="USD",
                  kind="key_remaining") == pytest.approx(16.63, abs=1e-9)  # fmt: skip
    reported = {w: sample(exporter, "plutus_reported_spend_usd", provider="openrouter", window=w)
                for w in ("utc_day", "utc_week", "utc_month")}  # fmt: skip
    assert reported == pytest.approx({"utc_day": 0.65, "utc_week": 2.10, "utc_month": 3.37})
    key_calls = [h for p, h in fake.requests if p == "/api/v1/key"]
    credit_calls = [h for p, h in fake.requests if p == "/api/v1/credits"]
    assert key_calls[0]["Authorization"] == "Bearer sk-or-plutus-test-key-19c2"
    assert credit_calls[0]["Authorization"] == "Bearer sk-or-plutus-test-mgmt-55e0"


def test_credits_without_their_fields_are_a_fetch_error_not_a_balance(tmp_path, monkeypatch):
    routes = {**OPENROUTER.routes, "/api/v1/credits": {"data": {}}}
    fake = serve(OPENROUTER, monkeypatch, routes)
    exporter = exporter_for(OPENROUTER, fake, tmp_path)
    exporter.refresh_balances()
    fake.__exit__()

    assert names_on_page(exporter, "plutus_balance_usd") == []
    assert sample(exporter, "plutus_source_up", source="balance", provider="openrouter",
                  profile="") == 0  # fmt: skip


def test_without_a_management_key_the_balance_is_unknown_but_the_key_limit_is_shown(
    tmp_path, monkeypatch
):
    fake = serve(OPENROUTER, monkeypatch)
    monkeypatch.delenv("OPENROUTER_MANAGEMENT_KEY")
    exporter = exporter_for(OPENROUTER, fake, tmp_path)
    exporter.refresh_balances()
    fake.__exit__()

    assert names_on_page(exporter, "plutus_balance_usd") == []
    assert sample(exporter, "plutus_balance", provider="openrouter", currency="USD",
                  kind="key_remaining") == pytest.approx(16.63, abs=1e-9)  # fmt: skip


def test_a_moonshot_account_with_negative_cash_has_nothing_available(tmp_path, monkeypatch):
    body = {"code": 0, "data": {"available_balance": 0, "voucher_balance": 0,
                                "cash_balance": -12.40}, "status": True}  # fmt: skip
    fake = serve(MOONSHOT, monkeypatch, {MOONSHOT.path: body})
    exporter = exporter_for(MOONSHOT, fake, tmp_path)
    exporter.refresh_balances()

    assert sample(exporter, "plutus_balance_usd", provider="moonshot", source="live") == 0.0
    assert sample(exporter, "plutus_balance", provider="moonshot", currency="USD",
                  kind="cash") == pytest.approx(-12.40, abs=1e-9)  # fmt: skip
    assert sample(exporter, "plutus_account_available", provider="moonshot") == 0

    fake.routes[MOONSHOT.path] = (200, {**body, "code": 40001})
    exporter.refresh_balances()
    fake.__exit__()
    assert sample(exporter, "plutus_source_up", source="balance", provider="moonshot",
                  profile="") == 0  # fmt: skip


@pytest.mark.parametrize("suffix", ["", "/v1", "/v1/"])
def test_a_moonshot_base_url_with_or_without_v1_reaches_the_same_path(
    tmp_path, monkeypatch, suffix
):
    fake = serve(MOONSHOT, monkeypatch)
    exporter = exporter_for(MOONSHOT, fake, tmp_path, api_base=fake.url + suffix)
    exporter.refresh_balances()
    fake.__exit__()

    assert [p for p, _h in fake.requests] == ["/v1/users/me/balance"]


@pytest.mark.parametrize("host, currency", [("api.moonshot.cn", "CNY"), ("api.moonshot.ai", "USD")])
def test_the_moonshot_host_decides_the_currency(host, currency, monkeypatch):
    monkeypatch.setenv("KIMI_API_KEY", "sk-plutus-test-kimi")
    from exporter.config import from_mapping
    from exporter.sources import build_sources

    config = from_mapping({"providers": {"moonshot": {"api_base": f"https://{host}/v1"}}}, "t")
    assert build_sources(config, None)[("balance", "moonshot")].currency == currency


def test_anthropic_cost_report_amounts_are_cents_summed_per_utc_window(tmp_path, monkeypatch):
    def bucket(day, cents):
        return {"starting_at": f"2026-09-{day:02d}T00:00:00Z",
                "ending_at": f"2026-09-{day + 1:02d}T00:00:00Z",
                "results": [{"currency": "USD", "amount": cents, "model": None}]}  # fmt: skip

    def pages(query):
        if query.get("page") == ["p2"]:
            return 200, {"data": [bucket(16, "123.45")], "has_more": False, "next_page": None}
        first = [bucket(1, "1000"), bucket(14, "250.5")]
        return 200, {"data": first, "has_more": True, "next_page": "p2"}

    fake = serve(ANTHROPIC_COSTS, monkeypatch)
    fake.routes[ANTHROPIC_COSTS.path] = pages
    exporter = exporter_for(ANTHROPIC_COSTS, fake, tmp_path)
    exporter.refresh_balances()
    fake.__exit__()

    # $10.00 on Sept 1, $2.505 on Monday the 14th, $1.2345 today (Wednesday the 16th).
    def window(name):
        return sample(exporter, "plutus_reported_spend_usd", provider="anthropic", window=name)

    assert window("utc_day") == pytest.approx(1.2345, abs=1e-9)
    assert window("utc_week") == pytest.approx(3.7395, abs=1e-9)
    assert window("utc_month") == pytest.approx(13.7395, abs=1e-9)
    assert names_on_page(exporter, "plutus_balance_usd") == []
    first, second = fake.requests
    assert "starting_at=2026-09-01T00%3A00%3A00Z" in first[0] and "page=p2" in second[0]
    assert first[1]["x-api-key"] == "sk-ant-admin-plutus-test-0c4d"
    assert first[1]["anthropic-version"] == "2023-06-01"
