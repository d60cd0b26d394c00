"""The provisioned dashboards as data: their panels, their queries, and the queries made
concrete the way Grafana sends them to Prometheus."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.hermes import ROOT

GRAFANA = ROOT / "grafana"
DASHBOARDS = sorted((GRAFANA / "dashboards").glob("*.json"))
SCHEMAS = GRAFANA / "schema"

# What Grafana puts in place of its variables: the provider variable's "All" value, and
# intervals for a range of an hour scraped every few seconds.
SUBSTITUTIONS = {
    "$provider": ".*",
    "$__rate_interval": "1m",
    "$__range": "1h",
    "$__interval": "15s",
}


@dataclass(frozen=True)
class Query:
    dashboard: str
    panel: str
    ref: str
    expr: str

    @property
    def name(self) -> str:
        return f"{self.dashboard}: {self.panel} [{self.ref}]"

    @property
    def concrete(self) -> str:
        expr = self.expr
        for variable, value in SUBSTITUTIONS.items():
            expr = expr.replace(variable, value)
        assert "$" not in expr, f"{self.name}: a variable without a substitute: {expr}"
        return expr


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def panels(dashboard: dict) -> Iterator[dict]:
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])


def queries(path: Path) -> list[Query]:
    """Every PromQL query of a dashboard: panel targets, annotations, variable metrics."""
    dashboard = load(path)
    found = [
        Query(path.name, panel["title"], target["refId"], target["expr"])
        for panel in panels(dashboard)
        for target in panel.get("targets", [])
    ]
    for annotation in dashboard["annotations"]["list"]:
        if "expr" in annotation:
            found.append(
                Query(path.name, f"annotation {annotation['name']}", "-", annotation["expr"])
            )
    for variable in dashboard["templating"]["list"]:
        if variable["type"] == "query":
            # label_values(METRIC, LABEL) asks Prometheus for the series of METRIC.
            metric = re.fullmatch(r"label_values\((\w+), *\w+\)", variable["query"]).group(1)
            found.append(Query(path.name, f"variable {variable['name']}", "-", metric))
    return found


def all_queries() -> list[Query]:
    return [query for path in DASHBOARDS for query in queries(path)]


OVERVIEW = load(GRAFANA / "dashboards" / "plutus-overview.json")


def by_title(title: str, dashboard: dict = OVERVIEW) -> dict:
    [panel] = [p for p in panels(dashboard) if p["title"] == title]
    return panel
