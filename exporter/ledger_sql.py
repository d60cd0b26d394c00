"""The SQL that turns a Hermes ledger into cost rows, built from the columns it really has.

A session's money is its `session_model_usage` rows plus whatever its `sessions` row
holds beyond their sum (never below zero), credited to the session's billing provider:
the rule Hermes's own usage report applies. Without the usage table, `sessions` alone.

The ledger is attached read-only as schema `ledger`; every row carries its session's rowid
(`sid`) so that the rows of changed sessions can be replaced. The SQL functions
`plutus_provider` and `plutus_price` are Plutus's provider names and prices (ledger_index.py).
"""

from __future__ import annotations

import sqlite3

from plutus.providers import plutus_name_sql

TOKEN_KINDS = ("input", "output", "cache_read", "cache_write", "reasoning")
ROW_COLUMNS = ("sid", "kind", "provider", "model", "at", "cost", *TOKEN_KINDS)

_NUMBERS = [f"{k}_tokens" for k in TOKEN_KINDS] + [
    "api_call_count",
    "estimated_cost_usd",
    "actual_cost_usd",
]
_TEXTS = ["billing_provider", "billing_base_url", "model", "cost_status"]
_ONLY = " WHERE s.rowid IN (SELECT value FROM json_each(:sids))"
_PROVIDER = plutus_name_sql("billing_provider", "billing_base_url", "plutus_provider")


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA ledger.table_info({table})")}


def _col(have: set[str], alias: str, name: str, missing: str) -> str:
    return f"{alias}.{name}" if name in have else missing


def _usage_rows(u: set[str], s: set[str], only: str) -> str:
    number = [f"COALESCE({_col(u, 'u', n, '0')}, 0) AS {n}" for n in _NUMBERS]
    text = [f"{_col(u, 'u', n, 'NULL')} AS {n}" for n in _TEXTS]
    at = (
        f"COALESCE({_col(u, 'u', 'last_seen', 'NULL')}, {_col(u, 'u', 'first_seen', 'NULL')},"
        f" {_col(s, 's', 'started_at', 'NULL')}, 0)"
    )
    return (
        f"SELECT s.rowid AS sid, 0 AS kind, {', '.join(text + number)}, {at} AS at"
        f" FROM ledger.sessions s JOIN ledger.session_model_usage u ON u.session_id = s.id{only}"
    )


def _usage_by_session(u: set[str], only: str) -> str:
    sums = ", ".join(f"SUM(COALESCE({_col(u, 'u', n, '0')}, 0)) AS {n}" for n in _NUMBERS)
    last = (
        f"MAX(COALESCE({_col(u, 'u', 'last_seen', 'NULL')}, {_col(u, 'u', 'first_seen', 'NULL')}))"
    )
    where = f" WHERE u.session_id IN (SELECT s.id FROM ledger.sessions s{only})" if only else ""
    return (
        f"SELECT u.session_id AS session_id, {sums}, {last} AS last_seen"
        f" FROM ledger.session_model_usage u{where} GROUP BY u.session_id"
    )


def _last_message(have_messages: bool) -> str:
    if not have_messages:
        return "NULL"
    return "(SELECT MAX(m.timestamp) FROM ledger.messages m WHERE m.session_id = s.id)"


def _beyond(mine: str, theirs: str, name: str) -> str:
    """What the session row holds beyond its usage rows. Money below a billionth of a dollar
    is float dust from adding the same amounts in another order, not spend."""
    if name.endswith("_usd"):
        return f"CASE WHEN {mine} - {theirs} > 1e-9 THEN {mine} - {theirs} ELSE 0.0 END"
    return f"MAX(0, {mine} - {theirs})"


def _residual_rows(s: set[str], usage: set[str], have_messages: bool, only: str) -> str:
    """What each `sessions` row holds beyond its usage rows, placed at its last activity.

    Every session gets a row, even an empty one, so that sessions can be counted per provider.
    """
    text = [f"{_col(s, 's', n, 'NULL')} AS {n}" for n in _TEXTS]
    started = _col(s, "s", "started_at", "0")
    mine = {n: f"COALESCE({_col(s, 's', n, '0')}, 0)" for n in _NUMBERS}
    if usage:
        number = {n: _beyond(v, f"COALESCE(b.{n}, 0)", n) for n, v in mine.items()}
        join = f" LEFT JOIN ({_usage_by_session(usage, only)}) b ON b.session_id = s.id"
        last_usage = "b.last_seen"
    else:
        number, join, last_usage = mine, "", "NULL"
    left = " OR ".join(f"{v} > 0" for v in number.values())
    # A session Hermes created but has not charged yet names no provider: it is counted once
    # it does (kind 1), not under "unknown" first (kind 2: indexed, not counted).
    charged = f"b.session_id IS NOT NULL OR {left}" if usage else left
    kind = (
        f"CASE WHEN COALESCE({_col(s, 's', 'billing_provider', 'NULL')}, '') = ''"
        f" AND NOT ({charged}) THEN 2 ELSE 1 END"
    )
    # The last message is looked up only for rows that hold something: an index seek each.
    activity = (
        f"MAX({started}, COALESCE({_col(s, 's', 'ended_at', 'NULL')}, {started}),"
        f" COALESCE({last_usage}, {started}),"
        f" COALESCE(CASE WHEN {left} THEN {_last_message(have_messages)} END, {started}))"
    )
    values = ", ".join(text + [f"{v} AS {n}" for n, v in number.items()])
    return (
        f"SELECT s.rowid AS sid, {kind} AS kind, {values}, {activity} AS at"
        f" FROM ledger.sessions s{join}{only}"
    )


# A row's cost, in order: included costs nothing; actual above zero; estimated above zero;
# else Plutus's own price from the tokens, or NULL when no one can price them.
_COST = (
    "CASE WHEN cost_status = 'included' THEN 0.0"
    " WHEN actual_cost_usd > 0 THEN actual_cost_usd"
    " WHEN estimated_cost_usd > 0 THEN estimated_cost_usd"
    " WHEN input_tokens + output_tokens + cache_read_tokens + cache_write_tokens > 0"
    " THEN plutus_price(provider, model, input_tokens, output_tokens, cache_read_tokens,"
    " cache_write_tokens, api_call_count, at) END"
)


def cost_rows_sql(conn: sqlite3.Connection, only_some: bool) -> str:
    """Every cost row as ROW_COLUMNS; with `only_some`, those of the sessions in `:sids`."""
    s, u = columns(conn, "sessions"), columns(conn, "session_model_usage")
    messages = "session_id" in columns(conn, "messages")
    only = _ONLY if only_some else ""
    raw = _residual_rows(s, u, messages, only)
    if u:
        raw = f"{_usage_rows(u, s, only)} UNION ALL {raw}"
    tokens = ", ".join(f"{k}_tokens AS {k}" for k in TOKEN_KINDS)
    # The cost is computed once per row; what is unpriced is read off a NULL cost later.
    return (
        f"SELECT sid, kind, provider, COALESCE(model, 'unknown'), at, {_COST} AS cost, {tokens}"
        f" FROM (SELECT *, {_PROVIDER} AS provider"
        f" FROM ({raw}))"
    )
