"""Where the spend windows start: the calendar day in a time zone, and rolling spans."""

from __future__ import annotations

import datetime as dt

WINDOWS = ("today", "24h", "7d", "30d")
_ROLLING = {"24h": 86400.0, "7d": 7 * 86400.0, "30d": 30 * 86400.0}


def start_of_day(now: float, tz: dt.tzinfo | None) -> float:
    """Epoch seconds of the last midnight in `tz` (None: the system's local time)."""
    local = (
        dt.datetime.fromtimestamp(now, tz) if tz else dt.datetime.fromtimestamp(now).astimezone()
    )
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if tz is None:
        # The local offset at midnight may differ from now's (a DST change during the day).
        midnight = midnight.replace(tzinfo=None).astimezone()
    return midnight.timestamp()


def window_starts(now: float, tz: dt.tzinfo | None) -> dict[str, float]:
    starts = {"today": start_of_day(now, tz)}
    starts.update({name: now - span for name, span in _ROLLING.items()})
    return starts
