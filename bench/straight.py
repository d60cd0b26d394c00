"""The straightforward recomputation the benchmark checks the exporter's figures against.

No index, no rates: one plain query over the ledger (the cost rule of DESIGN.md section 5
written out once more, independently of exporter/ledger_sql.py) and one genai-prices call
per row Hermes left unpriced.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from exporter.pricing import library_price
from plutus.providers import plutus_name

_QUERY = """
WITH usage AS (
  SELECT session_id, SUM(input_tokens) i, SUM(output_tokens) o, SUM(cache_read_tokens) cr,
         SUM(cache_write_tokens) cw, SUM(api_call_count) n, SUM(estimated_cost_usd) e,
         SUM(actual_cost_usd) a
  FROM session_model_usage GROUP BY session_id)
SELECT u.billing_provider, u.billing_base_url, u.model, u.cost_status, u.actual_cost_usd,
       u.estimated_cost_usd, u.input_tokens, u.output_tokens, u.cache_read_tokens,
       u.cache_write_tokens, u.api_call_count, u.last_seen
FROM session_model_usage u
UNION ALL
SELECT s.billing_provider, s.billing_base_url, s.model, s.cost_status,
       MAX(0, COALESCE(s.actual_cost_usd, 0) - COALESCE(x.a, 0)),
       MAX(0, COALESCE(s.estimated_cost_usd, 0) - COALESCE(x.e, 0)),
       MAX(0, s.input_tokens - COALESCE(x.i, 0)), MAX(0, s.output_tokens - COALESCE(x.o, 0)),
       MAX(0, s.cache_read_tokens - COALESCE(x.cr, 0)),
       MAX(0, s.cache_write_tokens - COALESCE(x.cw, 0)),
       MAX(0, s.api_call_count - COALESCE(x.n, 0)), s.started_at
FROM sessions s LEFT JOIN usage x ON x.session_id = s.id
"""


def row_cost(provider, status, actual, estimated, tokens, calls, model, at):
    if status == "included":
        return 0.0
    if actual > 0:
        return actual
    if estimated > 0:
        return estimated
    if sum(tokens.values()) == 0:
        return 0.0
    return library_price(provider, model, tokens, calls, at)


def recompute(db: Path, cutoffs: dict[str, float]) -> dict[tuple[str, str], dict[str, float]]:
    """Per (provider, model): spend in all time and since each cutoff."""
    totals: dict = defaultdict(lambda: dict.fromkeys(["all", *cutoffs], 0.0))
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for bp, bu, model, status, actual, est, i, o, cr, cw, calls, at in conn.execute(_QUERY):
        provider = plutus_name(bp, bu)
        tokens = {"input": i, "output": o, "cache_read": cr, "cache_write": cw}
        cost = row_cost(provider, status, actual, est, tokens, calls, model or "unknown", at)
        if cost is None:
            continue
        figures = totals[(provider, model or "unknown")]
        figures["all"] += cost
        for name, cutoff in cutoffs.items():
            figures[name] += cost if at >= cutoff else 0.0
    conn.close()
    return dict(totals)
