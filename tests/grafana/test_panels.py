"""What the panels ask Prometheus and how they show it: the dashboard's side of the contract."""

import re
import subprocess

import pytest
import yaml

from tests.grafana.dashboards import OVERVIEW, all_queries, by_title, panels
from tests.hermes import ROOT

NAME = re.compile(r"\bplutus[_:][A-Za-z0-9_:]*")


def documented_names() -> set[str]:
    """Exported metrics (README table), reconciler metrics (README), recorded rules."""
    table = [line for line in _text("README.md").splitlines() if line.startswith("| plutus_")]
    names = set(re.findall(r"plutus_\w+", "\n".join(table)))
    names |= set(re.findall(r"plutus_(?:route_info|reconciler_\w+)", _text("README.md")))
    for path in sorted((ROOT / "alerts").glob("*.rules.yml")):
        for group in yaml.safe_load(path.read_text())["groups"]:
            names |= {rule["record"] for rule in group["rules"] if "record" in rule}
    return names


def _text(relative: str) -> str:
    return (ROOT / relative).read_text()


def test_the_overview_has_a_fixed_uid_a_datasource_variable_and_a_provider_variable():
    variables = {v["name"]: v for v in OVERVIEW["templating"]["list"]}

    assert OVERVIEW["uid"] == "plutus-overview"
    assert (variables["datasource"]["type"], variables["datasource"]["query"]) == (
        "datasource",
        "prometheus",
    )
    assert variables["provider"]["query"] == "label_values(plutus_burn_rate_usd_per_day, provider)"
    assert variables["provider"]["includeAll"] is True
    assert variables["provider"]["datasource"] == {"type": "prometheus", "uid": "${datasource}"}


def test_every_panel_and_query_reads_the_chosen_datasource():
    for panel in panels(OVERVIEW):
        if panel["type"] != "row":
            assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
            assert {t["datasource"]["uid"] for t in panel["targets"]} == {"${datasource}"}


def test_panel_ids_are_unique_and_panels_never_overlap():
    placed = [(p["id"], p["gridPos"]) for p in panels(OVERVIEW)]
    cells = {}
    for panel_id, grid in placed:
        for x in range(grid["x"], grid["x"] + grid["w"]):
            for y in range(grid["y"], grid["y"] + grid["h"]):
                assert (x, y) not in cells, f"panels {cells.get((x, y))} and {panel_id} overlap"
                cells[(x, y)] = panel_id
    assert len({panel_id for panel_id, _ in placed}) == len(placed)


def test_every_metric_a_query_names_is_exported_or_recorded():
    known = documented_names()
    named = {(q.name, name) for q in all_queries() for name in NAME.findall(q.expr)}
    assert "plutus_route_info" in known and "plutus:runway_days" in known
    assert sorted(pair for pair in named if pair[1] not in known) == []


def test_no_query_turns_an_unknown_figure_into_zero():
    # A missing balance or runway must show as "No data", never as $0 or 0 days.
    filler = re.compile(r"\bor\b|vector\(|absent|clamp_min|default", re.I)
    assert [q.name for q in all_queries() if filler.search(q.expr)] == []
    for panel in panels(OVERVIEW):
        if panel["type"] != "row":
            assert "noValue" not in panel["fieldConfig"]["defaults"], panel["title"]


@pytest.mark.parametrize(
    ("title", "unit", "decimals"),
    [
        ("Balance", "currencyUSD", 2),
        ("Runway", "d", 1),
        ("Burn per day", "currencyUSD", 2),
        ("Spend today", "currencyUSD", 2),
        ("Balance over time", "currencyUSD", 2),
        ("Runway over time", "d", 1),
        ("Burn rate", "currencyUSD", 2),
        ("Spend by model", "currencyUSD", 2),
        ("Reconciler: last pass", "s", 0),
    ],
)
def test_money_shows_in_dollars_and_runway_in_days(title, unit, decimals):
    defaults = by_title(title)["fieldConfig"]["defaults"]
    assert (defaults["unit"], defaults["decimals"]) == (unit, decimals)


def test_no_threshold_is_a_number_written_in_a_panel():
    # Each panel's only threshold step is its base colour: levels come from the rules.
    steps = {
        panel["title"]: panel["fieldConfig"]["defaults"]["thresholds"]["steps"]
        for panel in panels(OVERVIEW)
        if panel["type"] != "row"
    }
    assert {title: len(s) for title, s in steps.items()} == {title: 1 for title in steps}
    assert {s[0]["value"] for s in steps.values()} == {None}


def test_runway_and_balance_are_compared_with_the_rules_the_alerts_use():
    panel = by_title("Against the alert thresholds")
    exprs = {target["legendFormat"]: target["expr"] for target in panel["targets"]}
    [mapping] = panel["fieldConfig"]["defaults"]["mappings"]

    assert exprs == {
        "{{provider}} runway": (
            '(plutus:runway_days{provider=~"$provider"} < bool on () group_left () '
            'plutus:threshold:runway_days{severity="warning"}) + '
            '(plutus:runway_days{provider=~"$provider"} < bool on () group_left () '
            'plutus:threshold:runway_days{severity="critical"})'
        ),
        "{{provider}} balance": (
            '(plutus:balance_usd{provider=~"$provider"} < bool on () group_left () '
            'plutus:threshold:balance_usd{severity="warning"}) + '
            '(plutus:balance_usd{provider=~"$provider"} < bool on () group_left () '
            'plutus:threshold:balance_usd{severity="critical"})'
        ),
    }
    assert {value: (o["text"], o["color"]) for value, o in mapping["options"].items()} == {
        "0": ("ok", "green"),
        "1": ("warning", "orange"),
        "2": ("critical", "red"),
    }


def test_every_query_passes_promtools_syntax_check(tmp_path, promtool):
    rules = [
        {"record": f"plutus_dashboard_query_{i}", "expr": query.concrete}
        for i, query in enumerate(all_queries())
    ]
    path = tmp_path / "dashboard-queries.rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboards", "rules": rules}]}))

    done = subprocess.run([promtool, "check", "rules", str(path)], capture_output=True, text=True)

    assert done.returncode == 0, done.stdout + done.stderr
    assert f"SUCCESS: {len(rules)} rules found" in done.stdout


def test_a_broken_query_fails_the_promtool_check(tmp_path, promtool):
    path = tmp_path / "broken.rules.yml"
    rule = {"record": "plutus_dashboard_query", "expr": "sum by (provider (plutus:balance_usd)"}
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboards", "rules": [rule]}]}))

    done = subprocess.run([promtool, "check", "rules", str(path)], capture_output=True, text=True)

    assert done.returncode == 1
