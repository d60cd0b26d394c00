"""Building blocks of Plutus's Grafana dashboards: queries, threshold levels, panels by kind.

Every query reads the Prometheus data source picked in the `datasource` variable. No
threshold is a number written here: queries compare with the `plutus:threshold:*` recording
rules, the very series the alerts compare with, so a threshold is changed in one place.
"""

from __future__ import annotations

DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
SELECTED = 'provider=~"$provider"'


def query(expr: str, legend: str = "", ref: str = "A", *, instant: bool = False) -> dict:
    target = {
        "datasource": DATASOURCE,
        "editorMode": "code",
        "expr": expr,
        "instant": instant,
        "range": not instant,
        "legendFormat": legend or "__auto",
        "refId": ref,
    }
    return target


def table_query(expr: str, ref: str = "A") -> dict:
    return {**query(expr, ref=ref, instant=True), "format": "table"}


def below(figure: str, rule: str, severity: str) -> str:
    """1 where `figure` is below a threshold rule's value, else 0; nothing where either is
    missing (a threshold without its rule loaded never reads as "fine")."""
    return f'({figure} < bool on () group_left () {rule}{{severity="{severity}"}})'


def level(figure: str, rule: str) -> str:
    """0 above the warning threshold, 1 below it, 2 below the critical one too."""
    return f"{below(figure, rule, 'warning')} + {below(figure, rule, 'critical')}"


def field_config(unit: str, decimals: int | None = None, base: str = "green", **more) -> dict:
    defaults = {
        "unit": unit,
        "color": {"mode": "thresholds"},
        "thresholds": {"mode": "absolute", "steps": [{"color": base, "value": None}]},
        "mappings": [],
        **more,
    }
    if decimals is not None:
        defaults["decimals"] = decimals
    return {"defaults": defaults, "overrides": []}


def panel(kind: str, title: str, description: str, targets: list[dict], grid: tuple) -> dict:
    x, y, w, h = grid
    return {
        "type": kind,
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "gridPos": {"x": x, "y": y, "w": w, "h": h},
        "targets": targets,
        "transparent": False,
        "transformations": [],
        "options": {},
        "fieldConfig": field_config("none"),
    }


def reduce_options() -> dict:
    return {"calcs": ["lastNotNull"], "fields": "", "values": False}


def stat(title, description, targets, grid, *, unit, decimals=None, base="green", text="auto"):
    result = panel("stat", title, description, targets, grid)
    result["fieldConfig"] = field_config(unit, decimals, base)
    result["options"] = {
        "graphMode": "none",
        "colorMode": "value",
        "justifyMode": "auto",
        "textMode": text,
        "orientation": "auto",
        "reduceOptions": reduce_options(),
    }
    return result


def legend(placement: str = "bottom") -> dict:
    return {"displayMode": "list", "placement": placement, "showLegend": True, "calcs": []}


def tooltip() -> dict:
    return {"mode": "multi", "sort": "desc"}


def timeseries(title, description, targets, grid, *, unit, decimals=None, stacked=False):
    result = panel("timeseries", title, description, targets, grid)
    custom = {"drawStyle": "line", "lineWidth": 2, "fillOpacity": 10, "spanNulls": False}
    if stacked:
        custom["stacking"] = {"mode": "normal", "group": "A"}
    result["fieldConfig"] = field_config(unit, decimals, custom=custom)
    result["fieldConfig"]["defaults"]["color"] = {"mode": "palette-classic"}
    # Threshold series (legend "... threshold") are drawn as red dashed lines.
    result["fieldConfig"]["overrides"] = [
        {
            "matcher": {"id": "byRegexp", "options": ".*threshold$"},
            "properties": [
                {"id": "custom.lineStyle", "value": {"fill": "dash", "dash": [10, 10]}},
                {"id": "custom.fillOpacity", "value": 0},
                {"id": "color", "value": {"mode": "fixed", "fixedColor": "red"}},
            ],
        }
    ]
    result["options"] = {"legend": legend(), "tooltip": tooltip()}
    return result


def bargauge(title, description, targets, grid, *, unit, decimals=None, base="blue"):
    result = panel("bargauge", title, description, targets, grid)
    result["fieldConfig"] = field_config(unit, decimals, base)
    result["options"] = {
        "displayMode": "basic",
        "valueMode": "color",
        "showUnfilled": True,
        "minVizWidth": 0,
        "minVizHeight": 16,
        "orientation": "horizontal",
        "reduceOptions": reduce_options(),
    }
    return result


def state_timeline(title, description, targets, grid, *, mappings):
    result = panel("state-timeline", title, description, targets, grid)
    result["fieldConfig"] = field_config("none", custom={"lineWidth": 0, "fillOpacity": 80})
    result["fieldConfig"]["defaults"]["mappings"] = mappings
    result["options"] = {
        "showValue": "never",
        "rowHeight": 0.8,
        "mergeValues": True,
        "legend": {**legend(), "showLegend": False},
        "tooltip": tooltip(),
    }
    return result


def table(title, description, targets, grid, *, columns: list[str]):
    result = panel("table", title, description, targets, grid)
    result["options"] = {"frameIndex": 0, "showHeader": True, "cellHeight": "sm"}
    result["transformations"] = [
        {
            "id": "organize",
            "options": {
                "excludeByName": {"Time": True, "Value": True},
                "indexByName": {name: i for i, name in enumerate(columns)},
            },
        }
    ]
    return result


def value_map(texts: dict[str, tuple[str, str]]) -> list[dict]:
    """Value mappings: value -> (text, color)."""
    options = {
        value: {"text": text, "color": color, "index": i}
        for i, (value, (text, color)) in enumerate(texts.items())
    }
    return [{"type": "value", "options": options}]


def row(title: str, y: int) -> dict:
    return {
        "type": "row",
        "title": title,
        "collapsed": False,
        "id": 0,
        "panels": [],
        "gridPos": {"x": 0, "y": y, "w": 24, "h": 1},
    }
