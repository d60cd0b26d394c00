"""Every provisioned dashboard against the JSON schemas generated from Grafana's own types."""

import json
import subprocess
import sys

import jsonschema
import pytest

from tests.grafana.dashboards import DASHBOARDS, GRAFANA, SCHEMAS, load, panels


def validator(name: str) -> jsonschema.Draft7Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def problems(validator: jsonschema.Draft7Validator, instance) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"
        for error in validator.iter_errors(instance)
    ]


def test_there_is_a_dashboard_to_provision():
    assert [path.name for path in DASHBOARDS] == ["plutus-overview.json"]


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda path: path.name)
def test_every_dashboard_validates_against_grafanas_dashboard_schema(path):
    assert problems(validator("dashboard.schema.json"), load(path)) == []


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda path: path.name)
def test_every_panels_options_validate_against_its_plugins_schema(path):
    found = {}
    for panel in panels(load(path)):
        if panel["type"] == "row":
            continue
        instance = {"options": panel["options"]}
        if "custom" in panel["fieldConfig"]["defaults"]:
            instance["custom"] = panel["fieldConfig"]["defaults"]["custom"]
        schema = validator(f"panel-{panel['type']}.schema.json")
        found[panel["title"]] = problems(schema, instance)
    assert found == {title: [] for title in found}


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda path: path.name)
def test_every_query_validates_as_a_prometheus_query(path):
    schema = validator("prometheus-query.schema.json")
    found = {
        f"{panel['title']} [{target['refId']}]": problems(schema, target)
        for panel in panels(load(path))
        for target in panel.get("targets", [])
    }
    assert found == {name: [] for name in found}


def test_a_schema_that_is_enforced_rejects_a_misspelt_panel_field():
    dashboard = load(DASHBOARDS[0])
    dashboard["panels"][1]["fieldconfig"] = dashboard["panels"][1].pop("fieldConfig")

    [error] = validator("dashboard.schema.json").iter_errors(dashboard)

    assert (list(error.absolute_path), error.validator) == (["panels", 1], "anyOf")
    # As a panel: fieldConfig missing, fieldconfig unknown (the other reasons are a row's).
    reasons = {reason.message for reason in error.context}
    assert "'fieldConfig' is a required property" in reasons
    assert "Additional properties are not allowed ('fieldconfig' was unexpected)" in reasons


def test_the_committed_schemas_are_what_the_generator_makes_from_the_pinned_sdk():
    done = subprocess.run(
        [sys.executable, str(GRAFANA / "schema" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_the_committed_dashboards_are_what_the_builder_makes():
    done = subprocess.run(
        [sys.executable, str(GRAFANA / "build_dashboards.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
