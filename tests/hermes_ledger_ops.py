"""Runs INSIDE the Hermes environment: applies ledger operations with Hermes's SessionDB.

One JSON operation per line on stdin; each sets Hermes's clock to its `at` first:
    {"op": "create", "id": "s1", "model": "deepseek-chat", "at": 1.79e9, "parent": null}
    {"op": "tokens", "id": "s1", "at": ..., "kwargs": {...update_token_counts arguments...}}
    {"op": "aux", "id": "s1", "task": "title_generation", "at": ..., "kwargs": {...}}
    {"op": "end", "id": "s1", "at": ...}
    {"op": "estimate", "id": "s1", "at": ..., "model": ..., "provider": ..., "usage": {...}}
      (prices `usage` with Hermes's own estimate_usage_cost, offline, and records it)
With --interactive, prints "ready", then "ok" after each operation, and keeps the database
open between operations (its WAL unmerged) until stdin closes.
"""

import json
import sys
import time
from pathlib import Path

CLOCK = [time.time()]
time.time = lambda: CLOCK[0]

from hermes_state import SessionDB  # noqa: E402


def estimate(db, op):
    from agent.usage_pricing import CanonicalUsage, estimate_usage_cost

    usage = CanonicalUsage(**op["usage"])
    result = estimate_usage_cost(op["model"], usage, provider=op["provider"], base_url=None)
    amount = None if result.amount_usd is None else float(result.amount_usd)
    db.update_token_counts(
        op["id"],
        model=op["model"],
        billing_provider=op["provider"],
        estimated_cost_usd=amount,
        cost_status=result.status,
        api_call_count=usage.request_count,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_read_tokens=usage.cache_read_tokens,
        cache_write_tokens=usage.cache_write_tokens,
        reasoning_tokens=usage.reasoning_tokens,
    )


def apply(db, op):
    CLOCK[0] = op.get("at", CLOCK[0])
    kind = op["op"]
    if kind == "create":
        db.create_session(
            op["id"],
            op.get("source", "cli"),
            model=op.get("model"),
            parent_session_id=op.get("parent"),
        )
    elif kind == "tokens":
        db.update_token_counts(op["id"], **op["kwargs"])
    elif kind == "aux":
        db.record_auxiliary_usage(op["id"], op["task"], **op["kwargs"])
    elif kind == "end":
        db.end_session(op["id"], op.get("reason", "user_exit"))
    elif kind == "estimate":
        estimate(db, op)
    else:
        raise ValueError(f"unknown op {kind}")


def main():
    db = SessionDB(Path(sys.argv[1]))
    interactive = "--interactive" in sys.argv
    if interactive:
        print("ready", flush=True)
    for line in sys.stdin:
        if line.strip():
            apply(db, json.loads(line))
            if interactive:
                print("ok", flush=True)
    db.close()


main()
