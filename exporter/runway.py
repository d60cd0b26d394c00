"""Burn rate, balance and runway: pure functions of figures already read."""

from __future__ import annotations

import math

DAY = 86400.0
# Figures are exact to 1e-9 USD; a burn below that is float dust from sums, not spending.
NO_BURN = 1e-9


def burn_rate(
    spend_in_window: float,
    window: float,
    first_seen: float | None,
    now: float,
    unpriced_share: float,
    max_unpriced_share: float,
) -> float | None:
    """USD per day over the burn window, or None when unpriced tokens make it unknowable.

    A provider whose history is shorter than the window is divided by the days it has
    (never less than one), so a new account's burn is not diluted by days it did not exist.
    """
    if unpriced_share > max_unpriced_share:
        return None
    if first_seen is None:
        return 0.0
    covered = min(window, max(0.0, now - first_seen))
    return spend_in_window / (max(covered, DAY) / DAY)


def runway_seconds(balance: float | None, burn_per_day: float | None) -> float | None:
    """Seconds until the balance is gone at this burn; 0 when already gone; inf when no burn."""
    if balance is None or burn_per_day is None:
        return None
    if balance <= 0:
        return 0.0
    if burn_per_day < NO_BURN:
        return math.inf
    return balance / burn_per_day * DAY


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
