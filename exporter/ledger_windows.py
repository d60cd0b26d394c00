"""Spend since any moment, for one (provider, model), answered from memory in microseconds.

The rows of the recent past (the longest rolling window and a margin) are held as sorted
times with running sums, so "since" is a binary search. Older cut-offs (a calibration made
months ago) are answered from the index once and cached until the ledger changes.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate

Row = tuple[float, float, float, float]  # at, cost, tokens counted, unpriced tokens


class KeyWindow:
    """Rows of one key at or after `start`: times, values, and running sums of the values."""

    def __init__(self, start: float, rows: list[Row]):
        self.start = start
        self.times = array("d", (r[0] for r in rows))
        self.values = [array("d", (r[i] for r in rows)) for i in (1, 2, 3)]
        self._sum_from(0)

    def _sum_from(self, index: int) -> None:
        """Running sums, recomputed from `index` on (the rows before it did not change)."""
        if index == 0:
            self.sums = [array("d", accumulate(v, initial=0.0)) for v in self.values]
            return
        for sums, values in zip(self.sums, self.values, strict=True):
            del sums[index + 1 :]
            sums.extend(accumulate(values[index:], initial=sums[index]))
            del sums[index + 1]  # the repeated starting value

    def update(self, removed: list[Row], added: list[Row]) -> None:
        """Take `removed` rows out and put `added` rows in, keeping the times sorted."""
        first = len(self.times)
        for at, *values in removed:
            if at < self.start:
                continue
            i = self._find(at, values)
            del self.times[i]
            for column in self.values:
                del column[i]
            first = min(first, i)
        for at, *values in added:
            if at < self.start:
                continue
            i = bisect_right(self.times, at)
            self.times.insert(i, at)
            for column, value in zip(self.values, values, strict=True):
                column.insert(i, value)
            first = min(first, i)
        self._sum_from(min(first, len(self.times)))

    def _find(self, at: float, values: list[float]) -> int:
        i = bisect_left(self.times, at)
        while i < len(self.times) and self.times[i] == at:
            if [c[i] for c in self.values] == values:
                return i
            i += 1
        raise LookupError(f"row at {at} not in the window")

    def since(self, cutoff: float) -> tuple[float, float, float]:
        """(cost, tokens, unpriced tokens) of the rows at or after `cutoff` (≥ start)."""
        i = bisect_left(self.times, cutoff)
        return tuple(s[-1] - s[i] for s in self.sums)
