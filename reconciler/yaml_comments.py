"""Keeping the blank lines and comment lines that follow a ruamel node where they stand.

ruamel.yaml stores what follows the last value of a block (its inline comment, then the
blank lines and full-line comments before the next key) on that last value. Removing or
replacing the last value would take those lines with it; these helpers move them instead.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

Slot = tuple[dict, Any]


def _slot(container: Any, key: Any) -> Slot:
    """The deepest last position under `container[key]`, where ruamel keeps what follows it."""
    value = container[key]
    if isinstance(value, CommentedMap | CommentedSeq) and len(value):
        last = list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1
        return _slot(value, last)
    return container.ca.items, key


def detach_tail(container: Any, key: Any) -> str:
    """Take the lines after `container[key]`'s own line; its inline comment stays."""
    items, slot_key = _slot(container, key)
    entry = items.get(slot_key)
    token = entry[2] if entry and len(entry) > 2 else None
    if not isinstance(token, CommentToken):
        return ""
    head, _, tail = token.value.partition("\n")
    if head.strip():
        token.value = head + "\n"
    else:
        entry[2] = None
    return tail


def attach_tail(container: Any, key: Any, tail: str) -> None:
    """Put `tail` (lines detached elsewhere) after `container[key]`."""
    if not tail:
        return
    items, slot_key = _slot(container, key)
    entry = items.setdefault(slot_key, [None, None, None, None])
    token = entry[2]
    if isinstance(token, CommentToken):
        token.value = token.value + tail if token.value.endswith("\n") else token.value
    else:
        entry[2] = CommentToken("\n" + tail, CommentMark(0), None)


def pop_keeping_tail(mapping: CommentedMap, key: str) -> None:
    """Remove `mapping[key]`, leaving the lines that followed it after the previous key."""
    if key not in mapping:
        return
    keys = list(mapping)
    tail = detach_tail(mapping, key)
    del mapping[key]
    position = keys.index(key)
    if position > 0:
        attach_tail(mapping, keys[position - 1], tail)
