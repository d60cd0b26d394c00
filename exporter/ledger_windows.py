"""Spend since any moment, for one (provider, model), answered from memory in microseconds.

The rows of the recent past (the longest rolling window and a margin) are held as sorted
times with running sums, so "since" is a binary search. Older cut-offs (a calibration made
months ago) are answered from the index once and cached until the ledger changes.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import accumulate


class KeyWindow:
    """Rows of one key at or after `start`: times and running sums of cost, tokens, unpriced."""

    def __init__(self, start: float, rows: list[tuple]):
        self.start = start
        self.times = array("d", (r[0] for r in rows))
        self.cost = array("d", accumulate((r[1] for r in rows), initial=0.0))
        self.tokens = array("d", accumulate((r[2] for r in rows), initial=0))
        self.unpriced = array("d", accumulate((r[3] for r in rows), initial=0))

    def since(self, cutoff: float) -> tuple[float, float, float]:
        """(cost, tokens, unpriced tokens) of the rows at or after `cutoff` (≥ start)."""
        i = bisect_left(self.times, cutoff)
        return (
            self.cost[-1] - self.cost[i],
            self.tokens[-1] - self.tokens[i],
            self.unpriced[-1] - self.unpriced[i],
        )
