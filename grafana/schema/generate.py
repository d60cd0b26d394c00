"""JSON schemas for Plutus's dashboards, generated from Grafana's published schema types.

Grafana writes its dashboard schema (the `dashboard` kind) and each panel plugin's options in
CUE, and publishes them as generated types in `grafana-foundation-sdk` (pinned in the test
extras). This script turns the pinned release's Python types into JSON Schema draft 7:

    .venv/bin/python grafana/schema/generate.py           # rewrite the committed files
    .venv/bin/python grafana/schema/generate.py --check   # exit 1 if they are out of date

Each type's JSON field names are read from its own `to_json`: a field it always writes is
required (and may be null where its type is Optional); objects allow no other properties, as
Grafana's kinds are closed.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import inspect
import json
import sys
import textwrap
import types
import typing
from pathlib import Path

HERE = Path(__file__).resolve().parent
SDK = "grafana_foundation_sdk"
DRAFT = "http://json-schema.org/draft-07/schema#"

# Output file -> the types at its root: the dashboard itself, the Prometheus query of each
# target, and for each panel type Plutus uses, its `options` and `fieldConfig.defaults.custom`.
SCHEMAS = {
    "dashboard.schema.json": {"": "dashboard.Dashboard"},
    "prometheus-query.schema.json": {"": "prometheus.Dataquery"},
    "panel-stat.schema.json": {"options": "stat.Options"},
    "panel-bargauge.schema.json": {"options": "bargauge.Options"},
    "panel-timeseries.schema.json": {
        "options": "timeseries.Options",
        "custom": "timeseries.FieldConfig",
    },
    "panel-table.schema.json": {"options": "table.Options"},
    "panel-state-timeline.schema.json": {
        "options": "statetimeline.Options",
        "custom": "statetimeline.FieldConfig",
    },
}


def json_names(cls: type) -> dict[str, tuple[str, bool]]:
    """Python attribute -> (JSON key, always written), read from the type's own `to_json`.

    It writes `payload = {"key": self.attr, ...}` for the fields always present (required;
    null where the type is Optional) and `payload["key"] = self.attr` for the others.
    """
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.to_json)))
    pairs = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            pairs += [(k, v, True) for k, v in zip(node.keys, node.values, strict=True)]
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            pairs.append((node.targets[0].slice, node.value, False))
    names = {}
    for key, value, always in pairs:
        attribute = next(
            (n.attr for n in ast.walk(value) if isinstance(n, ast.Attribute) and is_self(n)),
            None,
        )
        if isinstance(key, ast.Constant) and attribute is not None:
            names.setdefault(attribute, (key.value, always))
    return names


def is_self(node: ast.Attribute) -> bool:
    return isinstance(node.value, ast.Name) and node.value.id == "self"


def is_optional(hint) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in (
        typing.get_args(hint)
    )


def definition_name(cls: type) -> str:
    return f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"


class Generator:
    def __init__(self) -> None:
        self.definitions: dict[str, dict] = {}
        self.pending: list[type] = []

    def schema_of(self, hint) -> dict:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            choices = [self.schema_of(a) for a in args if a is not type(None)]
            return choices[0] if len(choices) == 1 else {"anyOf": choices}
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin is list:
            return {"type": "array", "items": self.schema_of(args[0])}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.schema_of(args[1])}
        if hint in (typing.Any, object):
            return {}
        simple = {str: "string", bool: "boolean", int: "integer", float: "number"}
        if hint in simple:
            return {"type": simple[hint]}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return {"enum": [member.value for member in hint]}
        if isinstance(hint, type) and hasattr(hint, "from_json"):
            return self.reference(hint)
        # An abstract variant (a query of any data source): any object.
        return {"type": "object"}

    def reference(self, cls: type) -> dict:
        name = definition_name(cls)
        if name not in self.definitions:
            self.definitions[name] = {}
            self.pending.append(cls)
        return {"$ref": f"#/definitions/{name}"}

    def describe(self, cls: type) -> dict:
        hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
        names = json_names(cls)
        properties, required = {}, []
        for attribute, (key, always) in names.items():
            hint = hints[attribute]
            properties[key] = self.schema_of(hint)
            if always:
                required.append(key)
                if is_optional(hint):
                    properties[key] = {"anyOf": [properties[key], {"type": "null"}]}
        schema = {"type": "object", "additionalProperties": False, "properties": properties}
        if required:
            schema["required"] = required
        return schema

    def build(self, roots: dict[str, str]) -> dict:
        top = {key: self.reference(load(path)) for key, path in roots.items()}
        while self.pending:
            cls = self.pending.pop(0)
            self.definitions[definition_name(cls)] = self.describe(cls)
        comment = f"generated by grafana/schema/generate.py from {sdk_version()}"
        schema = {"$schema": DRAFT, "$comment": comment}
        if "" in top:
            schema.update(top[""])
        else:
            schema.update({"type": "object", "properties": top})
        schema["definitions"] = dict(sorted(self.definitions.items()))
        return schema


def load(path: str) -> type:
    module, _, name = path.partition(".")
    return getattr(importlib.import_module(f"{SDK}.models.{module}"), name)


def sdk_version() -> str:
    from importlib.metadata import version

    return f"grafana-foundation-sdk {version('grafana-foundation-sdk')}"


def render(roots: dict[str, str]) -> str:
    return json.dumps(Generator().build(roots), indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for filename, roots in SCHEMAS.items():
        path, text = HERE / filename, render(roots)
        if args.check:
            if not path.is_file() or path.read_text() != text:
                stale.append(filename)
        else:
            path.write_text(text)
    for filename in stale:
        print(f"out of date: grafana/schema/{filename}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
