"""A user's YAML file as text: encoding, line endings, duplicate keys, and minimal re-emission.

ruamel.yaml keeps comments, order and quoting, but it re-indents and re-spaces what it dumps.
So it is set up to indent the way the file does, and the new text is a three-way merge
(merge3): lines ruamel merely re-formatted keep the user's bytes, and only the lines of the
intended edit take ruamel's, in the user's indentation where ruamel's differs.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import merge3
import yaml
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from plutus import yaml_errors

BOM = "\ufeff"
# The indentation of a line, then the dash of each sequence entry it opens.
_LEAD = re.compile(r"^ *(?:-(?: +|$))*")


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


def _compose(body: str, name: str) -> yaml.Node | None:
    """The node tree as PyYAML (YAML 1.1, as Hermes reads) builds it."""
    try:
        return yaml.compose(body, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise YamlRefused(f"{name}: not valid YAML: {yaml_errors.describe(exc)}") from exc


def _block_children(root: yaml.Node | None):
    """Each (key node, value node) of every block mapping, depth first."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if not node.flow_style:
                    yield key, value
                stack.append(value)


def indentation(body: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) as ruamel's `indent` takes them, the most common in the file.

    mapping: a nested key's column past its parent's; offset: a list dash's column past the
    key holding the list; sequence: the entry's content column past that key.
    """
    mappings: Counter[int] = Counter()
    sequences: Counter[tuple[int, int]] = Counter()
    try:
        root = _compose(body, "")
    except YamlRefused:
        root = None
    for key, value in _block_children(root):
        column = key.start_mark.column
        if isinstance(value, yaml.ScalarNode) or value.flow_style or not value.value:
            continue
        if isinstance(value, yaml.MappingNode):
            mappings[value.value[0][0].start_mark.column - column] += 1
        elif isinstance(value, yaml.SequenceNode):
            dash = value.start_mark.column - column
            sequences[(value.value[0].start_mark.column - column, dash)] += 1
    mapping = next((n for n, _ in mappings.most_common() if n > 0), 2)
    sequence, offset = next(((s, o) for (s, o), _ in sequences.most_common() if s >= o + 2), (2, 0))
    return mapping, sequence, offset


def round_trip_yaml(body: str) -> YAML:
    """A ruamel round-trip YAML set up to dump the way this file is indented."""
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    mapping, sequence, offset = indentation(body)
    rt.indent(mapping=mapping, sequence=sequence, offset=offset)
    return rt


def refuse_duplicate_keys(body: str, name: str) -> None:
    """Hermes (PyYAML) silently keeps the last of two equal keys, and YAML 1.1 reads `yes` and
    `true`, or `1` and `01`, as one key: Plutus refuses to guess."""
    reader = yaml.SafeLoader("")
    stack: list[tuple[yaml.Node, str]] = []
    root = _compose(body, name)
    if root is not None:
        stack.append((root, ""))
    while stack:
        node, where = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(node.value))
        if not isinstance(node, yaml.MappingNode):
            continue
        seen: dict[Any, yaml.Node] = {}
        for key, value in node.value:
            dotted = f"{where}.{key.value}" if where else str(key.value)
            stack.append((value, dotted))
            if key.tag.endswith(":merge") or not isinstance(key, yaml.ScalarNode):
                continue
            read = _key_as_read(reader, key, name)
            if read in seen:
                raise YamlRefused(_duplicate(name, where, seen[read], key, read))
            seen[read] = key


def _key_as_read(reader: yaml.SafeLoader, key: yaml.ScalarNode, name: str) -> Any:
    try:
        read = reader.construct_object(key)
        hash(read)
    except (yaml.YAMLError, TypeError) as exc:
        line = key.start_mark.line + 1
        raise YamlRefused(f"{name}: line {line}: key {key.value!r} unreadable: {exc}") from exc
    return read


def _duplicate(name: str, where: str, first: yaml.Node, second: yaml.Node, read: Any) -> str:
    lines = (first.start_mark.line + 1, second.start_mark.line + 1)
    prefix = f"{where}." if where else ""
    if first.value == second.value:
        return f"{name}: duplicate key {prefix + first.value!r} on lines {lines[0]} and {lines[1]}"
    return (
        f"{name}: duplicate key {prefix + first.value!r} on line {lines[0]} and "
        f"{prefix + second.value!r} on line {lines[1]}: both read as {read!r} by YAML 1.1"
    )


def load(body: str, name: str) -> Any:
    """The round-trip document, after refusing what Hermes would misread."""
    refuse_duplicate_keys(body, name)
    try:
        return round_trip_yaml(body).load(body)
    except (ValueError, RuamelError) as exc:
        # ruamel.yaml fails on a few scalars PyYAML reads as strings (`._`): refuse, not crash.
        raise YamlRefused(f"{name}: ruamel.yaml cannot read it for editing: {exc}") from exc


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


def _users_lines(base: list[str], user: list[str]) -> dict[int, str]:
    """For each of ruamel's lines, the user's line it renders: same place in a same-sized
    region, and the same indentation or the same words."""
    found: dict[int, str] = {}
    for tag, b1, b2, u1, u2 in SequenceMatcher(None, base, user, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and b2 - b1 == u2 - u1):
            for k in range(b2 - b1):
                ours, theirs = base[b1 + k], user[u1 + k]
                if _indent(ours) == _indent(theirs) or ours.split() == theirs.split():
                    found[b1 + k] = theirs
    return found


def _reindented(line: str, base: str, user: str | None) -> str:
    """An edited line in the indentation (and dash spacing) of the user's line it replaces."""
    ours, mine = _LEAD.match(base).group(), _LEAD.match(line).group()
    theirs = _LEAD.match(user).group() if user is not None else ours
    if ours != mine or ours.count("-") != theirs.count("-"):
        return line
    return theirs + line[len(mine) :]


def _shifted(line: str, base: list[str], before: int, users_line: dict[int, str]) -> str:
    """An added line moved as far as the user's block it joins: the nearest line above it
    that ruamel re-indented says by how much, for that line's level and deeper."""
    above = next((b for b in range(before - 1, -1, -1) if b in users_line), None)
    if above is None or _indent(line) < _indent(base[above]) or not line.strip():
        return line
    shift = _indent(users_line[above]) - _indent(base[above])
    return " " * (_indent(line) + shift) + line.lstrip(" ")


def _resolve(base: list[str], user: list[str], edit: list[str]) -> list[str]:
    """A region where the user's formatting and the edit meet: a line the edit left alone keeps
    the user's bytes, and a line the edit changed or added takes the user's indentation."""
    users_line = _users_lines(base, user)
    lines: list[str] = []
    for tag, b1, b2, e1, e2 in SequenceMatcher(None, base, edit, autojunk=False).get_opcodes():
        if tag == "equal":
            lines.extend(users_line.get(b1 + k, edit[e1 + k]) for k in range(b2 - b1))
        elif tag == "replace" and b2 - b1 == e2 - e1:
            for k in range(b2 - b1):
                lines.append(_reindented(edit[e1 + k], base[b1 + k], users_line.get(b1 + k)))
        else:
            lines.extend(_shifted(line, base, b1, users_line) for line in edit[e1:e2])
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
