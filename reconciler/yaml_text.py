"""A user's YAML file as text: encoding, line endings, duplicate keys, and minimal re-emission.

ruamel.yaml keeps comments, order and quoting, but it re-indents and re-spaces what it dumps.
So the new text is a three-way merge (merge3): lines ruamel merely re-formatted keep the
user's bytes, and only the lines of the intended edit take ruamel's.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import merge3
import yaml
from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from plutus import yaml_errors

BOM = "\ufeff"
_SEQUENCE_UNDER_KEY = re.compile(r"^( *)[^\s#-][^:#]*:\s*\n( *)- ", re.MULTILINE)


class YamlRefused(ValueError):
    """A file Plutus will not edit; the message says why, with line numbers."""


@dataclass(frozen=True)
class Text:
    """A decoded file: its text with `\\n` line ends, and what to restore on the way out."""

    body: str
    bom: bool
    crlf: bool

    @classmethod
    def decode(cls, raw: bytes, name: str) -> Text:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise YamlRefused(f"{name}: not UTF-8 (byte {exc.start})") from exc
        bom = text.startswith(BOM)
        text = text.removeprefix(BOM)
        crlf = "\r\n" in text
        return cls(text.replace("\r\n", "\n"), bom, crlf)

    def encode(self, body: str) -> bytes:
        """`body` with this file's BOM and line endings."""
        if self.crlf:
            body = body.replace("\n", "\r\n")
        return ((BOM if self.bom else "") + body).encode("utf-8")


def round_trip_yaml(body: str) -> YAML:
    """A ruamel round-trip YAML set up to dump the way this file is indented."""
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    offset = 0
    match = _SEQUENCE_UNDER_KEY.search(body)
    if match:
        offset = max(0, len(match.group(2)) - len(match.group(1)))
    rt.indent(mapping=2, sequence=offset + 2, offset=offset)
    return rt


def refuse_duplicate_keys(body: str, name: str) -> None:
    """Hermes (PyYAML) silently keeps the last of two equal keys; Plutus refuses to guess."""
    try:
        root = YAML(typ="rt").compose(body)
    except Exception as exc:
        raise YamlRefused(f"{name}: not valid YAML: {yaml_errors.describe(exc)}") from exc
    stack: list[Node] = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            seen: dict[Any, int] = {}
            for key, value in node.value:
                if key.tag.endswith(":merge") or not isinstance(key.value, str):
                    stack.extend([key, value])
                    continue
                line = key.start_mark.line + 1
                if key.value in seen:
                    raise YamlRefused(
                        f"{name}: duplicate key {key.value!r} on lines {seen[key.value]} and {line}"
                    )
                seen[key.value] = line
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


def load(body: str, name: str) -> Any:
    refuse_duplicate_keys(body, name)
    return round_trip_yaml(body).load(body)


def dump(rt: YAML, document: Any) -> str:
    out = io.StringIO()
    rt.dump(document, out)
    return out.getvalue()


def merge_edit(original: str, before: str, after: str) -> str:
    """`original` with the edit that turned ruamel's `before` into `after`, and nothing else."""
    if original == before:
        return after
    merged = merge3.Merge3(
        before.splitlines(keepends=True),
        original.splitlines(keepends=True),
        after.splitlines(keepends=True),
    )
    lines: list[str] = []
    for group in merged.merge_groups():
        if group[0] == "conflict":
            lines.extend(_resolve(*group[1:]))
        else:
            lines.extend(group[1])
    return "".join(lines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _resolve(base: list[str], user: list[str], edit: list[str]) -> list[str]:
    """A region where the user's formatting and the edit meet: the edit's lines, except that a
    line the edit left alone keeps the user's bytes when only its inner spacing differs.

    A line whose indentation differs is never mixed in: indentation is structure.
    """
    users_line: dict[int, str] = {}
    for tag, b1, b2, u1, u2 in SequenceMatcher(None, base, user, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and b2 - b1 == u2 - u1):
            for k in range(b2 - b1):
                if _indent(base[b1 + k]) == _indent(user[u1 + k]):
                    users_line[b1 + k] = user[u1 + k]
    lines: list[str] = []
    for tag, b1, b2, e1, e2 in SequenceMatcher(None, base, edit, autojunk=False).get_opcodes():
        if tag == "equal":
            lines.extend(users_line.get(b1 + k, edit[e1 + k]) for k in range(b2 - b1))
        else:
            lines.extend(edit[e1:e2])
    return lines


def hermes_scalar(value: str) -> str:
    """`value` quoted when PyYAML (YAML 1.1, as Hermes reads) would not read it back as itself."""
    try:
        plain = yaml.safe_load(value)
    except yaml.YAMLError:
        plain = None
    if plain == value and isinstance(plain, str) and "\n" not in value:
        return value
    return DoubleQuotedScalarString(value)
