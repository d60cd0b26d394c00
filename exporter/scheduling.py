"""Reading each source on its own schedule, off the scrape path, with backoff after failures."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

FIRST_RETRY_MAX = 30.0


def backoff(interval: float, failures: int, retry_after: float | None) -> float:
    """Seconds to wait after the `failures`-th failure in a row.

    The first retry comes soon (at most 30 s), each next one twice as late, up to four
    intervals; a delay the provider asked for (Retry-After) is honoured when longer.
    """
    delay = min(interval * 4, min(interval, FIRST_RETRY_MAX) * 2 ** (failures - 1))
    return max(delay, retry_after or 0.0)


class Every:
    """Runs `work` until `stop` is set; `work` returns the delay before its next run."""

    def __init__(self, name: str, work: Callable[[], float], stop: threading.Event):
        self.stop = stop
        self.thread = threading.Thread(target=self._loop, args=(work,), name=name, daemon=True)

    def start(self) -> Every:
        self.thread.start()
        return self

    def _loop(self, work: Callable[[], float]) -> None:
        while not self.stop.is_set():
            try:
                delay = work()
            except Exception:
                log.exception("refresh failed thread=%s; retrying in 30s", self.thread.name)
                delay = 30.0
            self.stop.wait(delay)
