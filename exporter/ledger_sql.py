"""The SQL that turns a Hermes ledger into cost rows, built from the columns it really has.

A session's money is its `session_model_usage` rows plus whatever its `sessions` row
holds beyond their sum (never below zero), credited to the session's billing provider:
the rule Hermes's own usage report applies. Without the usage table, `sessions` alone.
"""

from __future__ import annotations

import sqlite3

TOKEN_KINDS = ("input", "output", "cache_read", "cache_write", "reasoning")

_NUMBERS = [f"{k}_tokens" for k in TOKEN_KINDS] + [
    "api_call_count",
    "estimated_cost_usd",
    "actual_cost_usd",
]
_TEXTS = ["billing_provider", "billing_base_url", "model", "cost_status"]


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _col(have: set[str], alias: str, name: str, missing: str) -> str:
    return f"{alias}.{name}" if name in have else missing


def _usage_rows(u: set[str], s: set[str]) -> str:
    number = [f"COALESCE({_col(u, 'u', n, '0')}, 0) AS {n}" for n in _NUMBERS]
    text = [f"{_col(u, 'u', n, 'NULL')} AS {n}" for n in _TEXTS]
    at = (
        f"COALESCE({_col(u, 'u', 'last_seen', 'NULL')}, {_col(u, 'u', 'first_seen', 'NULL')},"
        f" {_col(s, 's', 'started_at', 'NULL')}, 0)"
    )
    return (
        f"SELECT {', '.join(text + number)}, {at} AS at "
        "FROM session_model_usage u LEFT JOIN sessions s ON s.id = u.session_id"
    )


def _usage_by_session(u: set[str]) -> str:
    sums = ", ".join(f"SUM(COALESCE({_col(u, 'u', n, '0')}, 0)) AS {n}" for n in _NUMBERS)
    last = (
        f"MAX(COALESCE({_col(u, 'u', 'last_seen', 'NULL')}, {_col(u, 'u', 'first_seen', 'NULL')}))"
    )
    return (
        f"SELECT u.session_id AS session_id, {sums}, {last} AS last_seen "
        "FROM session_model_usage u GROUP BY u.session_id"
    )


def _residual_rows(s: set[str], usage_by_session: str | None) -> str:
    """What each `sessions` row holds beyond its usage rows, placed at its last activity."""
    text = [f"{_col(s, 's', n, 'NULL')} AS {n}" for n in _TEXTS]
    started = _col(s, "s", "started_at", "0")
    ended = f"COALESCE({_col(s, 's', 'ended_at', 'NULL')}, {started})"
    if usage_by_session is None:
        number = [f"COALESCE({_col(s, 's', n, '0')}, 0) AS {n}" for n in _NUMBERS]
        return f"SELECT {', '.join(text + number)}, MAX({started}, {ended}) AS at FROM sessions s"
    number = [
        f"MAX(0, COALESCE({_col(s, 's', n, '0')}, 0) - COALESCE(b.{n}, 0)) AS {n}" for n in _NUMBERS
    ]
    last_usage = f"COALESCE(b.last_seen, {started})"
    return (
        f"SELECT {', '.join(text + number)}, MAX({started}, {ended}, {last_usage}) AS at"
        f" FROM sessions s LEFT JOIN ({usage_by_session}) b ON b.session_id = s.id"
    )


def cost_rows_sql(conn: sqlite3.Connection) -> str:
    """A SELECT of every cost row: usage rows, then each session's residual."""
    s = columns(conn, "sessions")
    u = columns(conn, "session_model_usage")
    if not u:
        return _residual_rows(s, None)
    return f"{_usage_rows(u, s)} UNION ALL {_residual_rows(s, _usage_by_session(u))}"


# A row's cost, in order: included costs nothing; actual above zero; estimated above zero;
# else NULL, which Plutus prices from the row's tokens or counts as unpriced.
_COST = (
    "CASE WHEN cost_status = 'included' THEN 0.0"
    " WHEN actual_cost_usd > 0 THEN actual_cost_usd"
    " WHEN estimated_cost_usd > 0 THEN estimated_cost_usd END"
)

_CLASSIFIED = (
    "SELECT LOWER(TRIM(COALESCE(billing_provider, ''))) AS provider,"
    " CASE WHEN LOWER(TRIM(billing_provider)) = 'custom' THEN billing_base_url END AS base_url,"
    " COALESCE(model, 'unknown') AS route_model, "
    + ", ".join(f"{k}_tokens AS {k}" for k in TOKEN_KINDS)
    + f", api_call_count AS calls, {_COST} AS cost, at,"
    " estimated_cost_usd AS estimated, actual_cost_usd AS actual FROM ({rows})"
)
_TOKENS_C = "(input + output + cache_read + cache_write)"


def priced_sql(rows: str, cutoffs: int) -> str:
    """Per route and model: spend in all time and since each cutoff, tokens, first time seen."""
    windows = "".join(", TOTAL(CASE WHEN at >= ? THEN cost END)" for _ in range(cutoffs))
    tokens = ", ".join(f"TOTAL({k})" for k in TOKEN_KINDS)
    return (
        f"SELECT provider, base_url, route_model, TOTAL(cost){windows}, {tokens},"
        f" TOTAL(CASE WHEN at >= ? THEN {_TOKENS_C} END), MIN(at)"
        f" FROM ({_CLASSIFIED.format(rows=rows)})"
        " WHERE cost IS NOT NULL GROUP BY provider, base_url, route_model"
    )


def unpriced_sql(rows: str) -> str:
    """The narrow columns of the rows whose cost Plutus must work out itself."""
    tokens = ", ".join(TOKEN_KINDS)
    return (
        f"SELECT provider, base_url, route_model, {tokens}, calls, at"
        f" FROM ({_CLASSIFIED.format(rows=rows)})"
        f" WHERE cost IS NULL AND {_TOKENS_C} + reasoning > 0"
    )


def sessions_sql(conn: sqlite3.Connection) -> str:
    s = columns(conn, "sessions")
    provider = _col(s, "s", "billing_provider", "NULL")
    base = _col(s, "s", "billing_base_url", "NULL")
    return (
        f"SELECT LOWER(TRIM(COALESCE({provider}, ''))) AS provider,"
        f" CASE WHEN LOWER(TRIM({provider})) = 'custom' THEN {base} END, COUNT(*)"
        " FROM sessions s GROUP BY 1, 2"
    )
