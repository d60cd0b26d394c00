"""Every dashboard query against a live stack: Hermes's own ledger (with unpriced tokens), the
real exporter, the real reconciler changing the routing, and Prometheus with the project's
rules. Each query must return data; the figures a user reads first must be exact."""

import json
import time
import urllib.parse
import urllib.request

import pytest

from tests.grafana.dashboards import Query, all_queries, by_title
from tests.grafana.live_stack import running_stack, signals, wait_for


def concrete(expr: str) -> str:
    return Query("", "", "", expr).concrete


def series(prometheus, promql: str, *labels: str) -> dict[tuple, float]:
    url = f"{prometheus.url}/api/v1/query?" + urllib.parse.urlencode({"query": promql})
    with urllib.request.urlopen(url, timeout=10) as answer:
        result = json.load(answer)["data"]["result"]
    return {
        tuple(sample["metric"].get(label, "") for label in labels): float(sample["value"][1])
        for sample in result
    }


def settled(prometheus, promql: str, expected: float, timeout: float = 30) -> float:
    deadline = time.monotonic() + timeout
    while (value := series(prometheus, promql).get((), None)) != expected:
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)
    return value


@pytest.fixture(scope="module")
def live(tmp_path_factory, hermes_python_required, prometheus_required):
    """The stack after one routing change: deepseek first, then google (much more runway)."""
    tmp_path = tmp_path_factory.mktemp("live")
    with running_stack(tmp_path) as (prometheus, page, _home):
        before = wait_for(prometheus, 'plutus_route_info{role="primary",provider="deepseek"}')
        page.text = signals({"deepseek": 3, "anthropic": 9, "google": 90})
        after = wait_for(prometheus, 'plutus_route_info{role="primary",provider="google"}')
        writes = settled(prometheus, "sum(plutus_reconciler_config_writes_total)", 2.0)
        answers = {query.name: wait_for(prometheus, query.concrete) for query in all_queries()}
        yield prometheus, answers, (before, after, writes)


def test_every_panel_query_returns_data(live):
    _, answers, _ = live
    assert [name for name, result in answers.items() if not result] == []


def test_the_routing_changed_once_the_signals_favoured_another_provider(live):
    prometheus, _, (before, after, writes) = live
    routes = series(
        prometheus,
        "max by (config, role, position, provider, model) (plutus_route_info)",
        "role",
        "position",
        "provider",
        "model",
    )

    assert before != {} and after != {}
    assert writes == 2.0
    assert routes[("primary", "0", "google", "gemini-3.1-pro-preview")] == 1.0
    assert routes[("delegation", "0", "anthropic", "claude-haiku-4-5-20251001")] == 1.0


def test_unpriced_tokens_are_shown_per_provider_and_model(live):
    prometheus, _, _ = live
    unpriced = series(
        prometheus,
        "sum by (provider, model) (plutus_unpriced_tokens_total) > 0",
        "provider",
        "model",
    )
    assert unpriced == {
        ("google", "gemini-imaginary-9"): 10_000.0,
        ("custom", "qwen2.5-7b-instruct"): 5_000.0,
    }


def test_balances_and_their_sources_are_the_accounts_figures(live):
    prometheus, _, _ = live
    # deepseek: live 41.25; anthropic: budget 4 - 1.25 spent; google: budget 5, and what
    # it spent no one could price, so nothing is taken off.
    balance = series(prometheus, "plutus:balance_usd", "provider")
    sources = series(
        prometheus, "max by (provider, balance_source) (plutus_provider_info)", "provider",
        "balance_source",
    )  # fmt: skip

    assert balance == {("deepseek",): 41.25, ("anthropic",): 2.75, ("google",): 5.0}
    assert sources == {
        ("deepseek", "live"): 1.0,
        ("anthropic", "budget"): 1.0,
        ("google", "budget"): 1.0,
    }


def test_an_unknown_runway_is_absent_not_zero(live):
    prometheus, _, _ = live
    # google's tokens are all unpriced: its burn rate, hence its runway, is unknown.
    runway = series(prometheus, "plutus:runway_days", "provider")
    assert sorted(runway) == [("anthropic",), ("deepseek",)]
    assert runway[("anthropic",)] == pytest.approx(2.75 / 1.25, abs=1e-9)
    assert runway[("deepseek",)] == pytest.approx(41.25 / 0.45, abs=1e-9)


def test_each_figure_is_graded_against_the_threshold_rules(live):
    prometheus, _, _ = live
    panel = by_title("Against the alert thresholds")
    runway, balance = (
        series(prometheus, concrete(target["expr"]), "provider") for target in panel["targets"]
    )

    # Thresholds (alerts/thresholds.rules.yml): runway 7 / 2 days, balance 10 / 3 USD.
    # anthropic: 2.2 days (warning), $2.75 (critical); google: $5 (warning), runway unknown.
    assert runway == {("deepseek",): 0.0, ("anthropic",): 1.0}
    assert balance == {("deepseek",): 0.0, ("anthropic",): 2.0, ("google",): 1.0}
