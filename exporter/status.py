"""`plutus-exporter status`: the figures the server would publish, for a person or a script."""

from __future__ import annotations

import datetime as dt
import json
import math

from exporter.snapshot import Snapshot
from exporter.windows import WINDOWS


def _money(value: float | None) -> str:
    return "unknown" if value is None else f"{value:,.2f}"


def _days(seconds: float | None) -> str:
    if seconds is None:
        return "unknown"
    return "no burn" if math.isinf(seconds) else f"{seconds / 86400:,.1f}"


def rows(snapshot: Snapshot) -> list[dict]:
    names = sorted(set(snapshot.providers) | set(snapshot.spend))
    out = []
    for name in names:
        view = snapshot.providers.get(name)
        spend = snapshot.spend.get(name, {})
        out.append(
            {
                "provider": name,
                "configured": view is not None,
                "balance_source": view.balance_source if view else None,
                "balance_usd": view.balance_usd if view else None,
                "burn_usd_per_day": snapshot.burn.get(name) if snapshot.ledger_ready else None,
                "runway_days": _runway_days(view.runway_s) if view else None,
                **{
                    f"spend_{w}_usd": spend.get(w, 0.0 if snapshot.ledger_ready else None)
                    for w in WINDOWS
                },
            }
        )
    return out


def _runway_days(seconds: float | None) -> float | str | None:
    if seconds is None:
        return None
    return "+Inf" if math.isinf(seconds) else seconds / 86400


def _stale(health, now: float) -> str:
    """`balance deepseek: down, last read 2026-09-16 12:00 UTC (3h ago)`, or never read."""
    name = f"{health.source} {health.provider or health.profile}: down"
    if health.last_success is None:
        return f"{name}, never read"
    when = dt.datetime.fromtimestamp(health.last_success, dt.UTC)
    return f"{name}, last read {when:%Y-%m-%d %H:%M} UTC ({_ago(now - health.last_success)} ago)"


def _ago(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{max(seconds, 0):.0f}s"


def render_json(snapshot: Snapshot) -> str:
    body = {
        "sample_data": snapshot.sample,
        "ledger_ready": snapshot.ledger_ready,
        "providers": rows(snapshot),
        "sources": [h.__dict__ for h in snapshot.health],
    }
    return json.dumps(body, indent=2)


def render_table(snapshot: Snapshot) -> str:
    header = ["provider", "balance", "source", "burn/day", "runway days", "today", "7d", "30d"]
    lines = [header]
    for row in rows(snapshot):
        view = snapshot.providers.get(row["provider"])
        lines.append(
            [
                row["provider"],
                _money(row["balance_usd"]) if row["configured"] else "-",
                row["balance_source"] or "not configured",
                _money(row["burn_usd_per_day"]),
                _days(view.runway_s) if view else "-",
                _money(row["spend_today_usd"]),
                _money(row["spend_7d_usd"]),
                _money(row["spend_30d_usd"]),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in lines
    ]
    notes = [_stale(h, snapshot.taken_at) for h in snapshot.health if not h.up]
    if snapshot.sample:
        notes.insert(0, "SAMPLE DATA: no Hermes home found; these are the bundled sample figures")
    if not snapshot.ledger_ready:
        notes.append("ledger not read yet: spend, burn and runway unknown")
    return "\n".join(text + notes) + "\n"
