"""Write grafana/dashboards/*.json, the dashboards Grafana provisions, from grafana/overview*.py.

    .venv/bin/python grafana/build_dashboards.py           # rewrite the JSON files
    .venv/bin/python grafana/build_dashboards.py --check   # exit 1 if they are out of date

Edit the panels in overview.py and overview_health.py, then run this: the JSON is what
Grafana loads and what the tests validate and query.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import overview
import overview_health
from panels import DATASOURCE, row

DASHBOARDS = Path(__file__).resolve().parent / "dashboards"
# Grafana's dashboard schema version the panels are written for (Grafana 10.1, as pinned in
# docker-compose.yml and in the schema types of grafana/schema/).
SCHEMA_VERSION = 38


def variables() -> list[dict]:
    datasource = {
        "id": "datasource",
        "type": "datasource",
        "name": "datasource",
        "label": "Data source",
        "query": "prometheus",
        "hide": 0,
        "skipUrlSync": False,
        "multi": False,
        "includeAll": False,
        "regex": "",
    }
    # Every provider with a burn-rate series: the configured ones and any the ledger names.
    provider = {
        "id": "provider",
        "type": "query",
        "name": "provider",
        "label": "Provider",
        "datasource": DATASOURCE,
        "query": "label_values(plutus_burn_rate_usd_per_day, provider)",
        "refresh": 2,
        "sort": 1,
        "hide": 0,
        "skipUrlSync": False,
        "multi": True,
        "includeAll": True,
        "allValue": ".*",
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        "regex": "",
    }
    return [datasource, provider]


def annotations() -> list[dict]:
    # Grafana adds its own built-in annotations; this marks each routing change.
    routing = {
        "datasource": DATASOURCE,
        "enable": True,
        "hide": False,
        "iconColor": "purple",
        "name": "Routing changed",
        "expr": "sum(increase(plutus_reconciler_config_writes_total[$__rate_interval])) > 0",
    }
    return [routing]


def overview_panels() -> list[dict]:
    sections = [
        ("Accounts", overview.money_stats, 6),
        ("Balance, runway and spend over time", overview.trend_panels, 16),
        ("Tokens", overview.token_panels, 8),
        ("Routing (plutus-reconciler)", overview_health.routing_panels, 12),
        ("Health", overview_health.health_panels, 8),
    ]
    panels, y = [], 0
    for title, build, height in sections:
        panels.append(row(title, y))
        panels += build(y + 1)
        y += 1 + height
    for number, panel in enumerate(panels, start=1):
        panel["id"] = number
    return panels


def overview_dashboard() -> dict:
    return {
        "uid": "plutus-overview",
        "title": "Plutus overview",
        "description": "Money left in each LLM provider account Hermes spends from, how fast "
        "it goes, where the reconciler routes, and whether every source is read.",
        "tags": ["plutus"],
        "style": "dark",
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,
        "time": {"from": "now-7d", "to": "now"},
        "refresh": "1m",
        "schemaVersion": SCHEMA_VERSION,
        "version": 1,
        "templating": {"list": variables()},
        "annotations": {"list": annotations()},
        "links": [],
        "panels": overview_panels(),
    }


def rendered() -> dict[str, str]:
    return {"plutus-overview.json": json.dumps(overview_dashboard(), indent=2) + "\n"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for name, text in rendered().items():
        path = DASHBOARDS / name
        if args.check:
            if not path.is_file() or path.read_text() != text:
                stale.append(name)
        else:
            DASHBOARDS.mkdir(exist_ok=True)
            path.write_text(text)
    for name in stale:
        print(f"out of date: grafana/dashboards/{name}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
