"""`plutus-exporter status`: the figures the server would publish, for a person or a script."""

from __future__ import annotations

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
    notes = [f"{h.source} {h.provider or h.profile}: down" for h in snapshot.health if not h.up]
    if snapshot.sample:
        notes.insert(0, "SAMPLE DATA: no Hermes home found; these are the bundled sample figures")
    if not snapshot.ledger_ready:
        notes.append("ledger not read yet: spend, burn and runway unknown")
    return "\n".join(text + notes) + "\n"
