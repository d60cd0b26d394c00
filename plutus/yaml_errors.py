"""YAML errors told without the lines they quote: a broken line may hold a key."""

from __future__ import annotations


def describe(exc: Exception) -> str:
    """`line 5, column 25: mapping values are not allowed here`, never the file's text."""
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if problem is None:
        return type(exc).__name__
    if mark is None:
        return str(problem)
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
