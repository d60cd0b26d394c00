"""Reading a parsed YAML file with errors that name the file, the dotted entry and the need."""

from __future__ import annotations

from typing import Any

from plutus.durations import parse_duration

__all__ = ["Reader", "RulesError", "parse_duration"]


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file, the entry and the need."""


class Reader:
    """Typed access to the parsed file; every failure names the file and the dotted entry."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, entry: str, expected: str, got: Any = None) -> RulesError:
        found = "" if got is None else f", got {got!r}"
        return RulesError(f"{self.path}: {entry}: expected {expected}{found}")

    def mapping(self, value: Any, entry: str, allowed: tuple[str, ...]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(entry, "a mapping", value)
        unknown = sorted(set(map(str, value)) - set(allowed))
        if unknown:
            raise self.fail(f"{entry}.{unknown[0]}", f"one of the keys {', '.join(allowed)}")
        return value

    def text(self, value: Any, entry: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if value is None:
            raise self.fail(entry, "a non-empty string, found none")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(entry, "a non-empty string", value)
        return value.strip()

    def number(self, value: Any, entry: str, *, minimum: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
            raise self.fail(entry, f"a number of at least {minimum:g}", value)
        return float(value)

    def models(self, value: Any, entry: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(entry, "a list of model names", value)
        return tuple(self.text(item, f"{entry}[{i}]") for i, item in enumerate(value))
