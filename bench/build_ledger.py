"""Runs INSIDE the Hermes environment: a benchmark ledger in Hermes's exact schema.

    .venv-hermes/bin/python bench/build_ledger.py OUT_DIR SESSIONS
Hermes's own SessionDB creates the schema (and its WAL mode); the rows are then bulk-inserted
with plain SQL: 90 days of history, three providers, one `session_model_usage` row beside
each session, and a 12 KB system prompt on every session, as a busy gateway writes them.
"""

import os
import random
import sqlite3
import sys
from pathlib import Path

DAYS = 90
END = 1_796_083_200.0  # 2026-12-01T00:00Z
PROMPT = ("You are Hermes, a helpful agent. " * 400)[: 12 * 1024]
ROUTES = [
    ("deepseek", "deepseek-chat", 0.27e-6, 1.10e-6),
    ("anthropic", "claude-sonnet-4-5", 3e-6, 15e-6),
    ("gemini", "gemini-2.5-flash", 0.30e-6, 2.50e-6),
]


def rows(count: int, rng: random.Random):
    for n in range(count):
        provider, model, p_in, p_out = ROUTES[n % 3]
        at = END - DAYS * 86400 + (n + rng.random()) * DAYS * 86400 / count
        tokens_in, tokens_out = rng.randrange(1000, 60000), rng.randrange(100, 4000)
        # Hermes leaves direct Gemini rows unpriced (0.0, unknown); the others are estimated.
        cost = 0.0 if provider == "gemini" else round(tokens_in * p_in + tokens_out * p_out, 9)
        status = "unknown" if provider == "gemini" else "estimated"
        yield (f"s{n:08d}", provider, model, at, tokens_in, tokens_out, cost, status)


def main(out: Path, count: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    os.environ["HERMES_HOME"] = str(out)
    from hermes_state import SessionDB

    SessionDB(out / "state.db").close()  # Hermes's own code makes the schema
    conn = sqlite3.connect(out / "state.db")
    conn.execute("PRAGMA journal_mode=WAL")
    rng = random.Random(20261203)
    batch = list(rows(count, rng))
    conn.executemany(
        "INSERT INTO sessions (id, source, model, system_prompt, started_at, ended_at,"
        " input_tokens, output_tokens, billing_provider, estimated_cost_usd, cost_status,"
        " api_call_count, message_count) VALUES (?, 'cli', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 2)",
        [(sid, m, PROMPT, at, at + 30, ti, to, p, c, st) for sid, p, m, at, ti, to, c, st in batch],
    )
    conn.executemany(
        "INSERT INTO session_model_usage (session_id, model, billing_provider, task,"
        " api_call_count, input_tokens, output_tokens, estimated_cost_usd, cost_status,"
        " first_seen, last_seen) VALUES (?, ?, ?, '', 1, ?, ?, ?, ?, ?, ?)",
        [(sid, m, p, ti, to, c, st, at, at) for sid, p, m, at, ti, to, c, st in batch],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
