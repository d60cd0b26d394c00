"""Writes the bundled sample Hermes home's ledger with Hermes's own code.

Run with the Python of an environment that has hermes-agent installed (`make sample-home`):
    .venv-hermes/bin/python examples/make_sample_home.py exporter/sample_home
It writes `state.sql` (the default profile) and `profiles/work/state.sql`: SQL dumps, so
a reviewer reads exactly what the ledger holds. Costs are what Hermes itself estimates
(offline, `base_url=None`); direct Gemini sessions stay unpriced, as Hermes leaves them.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

DAYS = 35
END = 1_796_083_200.0  # 2026-12-01T00:00Z; loading shifts every time to end an hour ago
CLOCK = [END]


def _now() -> float:
    return CLOCK[0]


def main(out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="plutus-sample-"))
    os.environ["HERMES_HOME"] = str(home)
    os.environ.setdefault("HERMES_MANAGED_DIR", tempfile.mkdtemp(prefix="plutus-managed-"))
    time.time = _now  # Hermes stamps rows with time.time(): give it the sample's clock
    from hermes_state import SessionDB

    default = SessionDB(home / "state.db")
    _write_default(default, random.Random(7))
    default.close()
    (home / "profiles" / "work").mkdir(parents=True)
    work = SessionDB(home / "profiles" / "work" / "state.db")
    _write_work(work, random.Random(11))
    work.close()
    _dump(home / "state.db", out / "state.sql")
    _dump(home / "profiles" / "work" / "state.db", out / "profiles" / "work" / "state.sql")


def _cost(model: str, provider: str, tokens: dict) -> tuple[float | None, str]:
    from agent.usage_pricing import CanonicalUsage, estimate_usage_cost

    usage = CanonicalUsage(**tokens)
    result = estimate_usage_cost(model, usage, provider=provider, base_url=None)
    amount = None if result.amount_usd is None else float(result.amount_usd)
    return amount, result.status


def _call(db, sid: str, model: str, provider: str, tokens: dict, at: float, **extra) -> None:
    CLOCK[0] = at
    cost, status = _cost(model, provider, tokens)
    db.update_token_counts(
        sid, model=model, billing_provider=provider, estimated_cost_usd=cost or 0.0,
        cost_status=status, api_call_count=1, **tokens, **extra,
    )  # fmt: skip


def _session(db, sid: str, model: str, at: float, **kwargs) -> None:
    CLOCK[0] = at
    db.create_session(sid, kwargs.pop("source", "cli"), model=model, **kwargs)


def _tokens(rng: random.Random, scale: int) -> dict:
    return {
        "input_tokens": rng.randrange(2, 12) * scale,
        "output_tokens": rng.randrange(1, 4) * scale // 4,
        "cache_read_tokens": rng.randrange(0, 20) * scale,
    }


def _write_default(db, rng: random.Random) -> None:
    for day in range(DAYS):
        start = END - (DAYS - day) * 86400
        for n, (model, provider) in enumerate(
            [("deepseek-chat", "deepseek")] * 3
            + [("claude-sonnet-4-5", "anthropic"), ("gemini-2.5-flash", "gemini")]
        ):
            sid, at = f"d{day:02d}-{n}", start + 3600 * (8 + 2 * n) + rng.randrange(3600)
            _session(db, sid, model, at)
            for call in range(rng.randrange(1, 4)):
                _call(db, sid, model, provider, _tokens(rng, 4000), at + 60 * call)
            CLOCK[0] = at + 600
            db.end_session(sid, "user_exit")
        if day % 5 == 0:
            _fallback_and_subagent(db, rng, day, start)


def _fallback_and_subagent(db, rng: random.Random, day: int, start: float) -> None:
    """A session that fell back from DeepSeek to Anthropic, a subagent, and a title call."""
    sid, at = f"d{day:02d}-fb", start + 20 * 3600
    _session(db, sid, "deepseek-reasoner", at)
    _call(db, sid, "deepseek-reasoner", "deepseek", _tokens(rng, 3000), at)
    _call(db, sid, "claude-sonnet-4-5", "anthropic", _tokens(rng, 3000), at + 120)
    _session(db, f"{sid}-sub", "claude-haiku-4-5", at + 200, parent_session_id=sid)
    _call(db, f"{sid}-sub", "claude-haiku-4-5", "anthropic", _tokens(rng, 2000), at + 220)
    CLOCK[0] = at + 30
    db.record_auxiliary_usage(
        sid, "title_generation", model="gemini-2.5-flash", billing_provider="gemini",
        input_tokens=800, output_tokens=20,
    )  # fmt: skip


def _write_work(db, rng: random.Random) -> None:
    """The `work` profile: a messaging gateway that stores absolute totals, no usage rows."""
    for day in range(0, DAYS, 2):
        sid, at = f"w{day:02d}", END - (DAYS - day) * 86400 + 13 * 3600
        _session(db, sid, "deepseek-chat", at, source="telegram")
        tokens = _tokens(rng, 9000)
        cost, status = _cost("deepseek-chat", "deepseek", tokens)
        CLOCK[0] = at + 900
        db.update_token_counts(
            sid, model="deepseek-chat", billing_provider="deepseek", estimated_cost_usd=cost,
            cost_status=status, api_call_count=3, absolute=True, **tokens,
        )  # fmt: skip


def _dump(db_path: Path, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path)
    lines = list(conn.iterdump())
    conn.close()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
