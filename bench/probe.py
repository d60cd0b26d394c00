"""One benchmark run of the exporter on one ledger, in a process of its own; prints JSON.

    python bench/probe.py HERMES_HOME STATE_DIR HERMES_PYTHON
Cold start to the first complete scrape, a refresh after Hermes changed 100 sessions, a
refresh with no change, scrape latency under 4 concurrent scrapers while refreshes run,
peak resident memory, and the figures for the exactness check.
"""

import json
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

STARTED = time.perf_counter()

from prometheus_client import CollectorRegistry, generate_latest  # noqa: E402

from exporter.collector import SnapshotCollector  # noqa: E402
from exporter.config import from_mapping  # noqa: E402
from exporter.server import serve  # noqa: E402
from exporter.service import Exporter  # noqa: E402

IMPORTED = time.perf_counter()
BENCH = Path(__file__).resolve().parent
REFRESH_EVERY = 0.1  # seconds between refreshes while the scrapers run


def scrape(exporter: Exporter) -> str:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(SnapshotCollector(exporter.snapshot))
    return generate_latest(registry).decode()


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def change(home: Path, hermes_python: str, seed: int) -> None:
    subprocess.run([hermes_python, str(BENCH / "change_ledger.py"), str(home / "state.db"), "100",
                    str(seed)], check=True, capture_output=True)  # fmt: skip


def cued_change(home: Path, hermes_python: str, seed: int) -> subprocess.Popen:
    """A Hermes process, loaded and waiting: a line on its stdin makes it write."""
    writer = subprocess.Popen(
        [hermes_python, str(BENCH / "change_ledger.py"), str(home / "state.db"), "100",
         str(seed), "--on-cue"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout.readline().strip() == "ready"
    return writer


def scrape_latencies(exporter: Exporter, home: Path, hermes_python: str) -> list[float]:
    server, _ = serve(SnapshotCollector(exporter.snapshot), "127.0.0.1:0")
    url = f"http://127.0.0.1:{server.server_port}/metrics"
    stop = threading.Event()

    def refresh_loop():
        # Refreshes back to back, with a breath between them: 300 times the default rate.
        while not stop.wait(REFRESH_EVERY):
            exporter.refresh_ledger()

    writer = cued_change(home, hermes_python, 3)
    refresher = threading.Thread(target=refresh_loop)
    refresher.start()
    load = subprocess.Popen([sys.executable, str(BENCH / "scrape_load.py"), url, "4", "250"],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    writer.communicate("write\n")  # Hermes commits 100 changes while the scrapers run
    latencies, _ = load.communicate()
    stop.set()
    refresher.join()
    server.shutdown()
    return json.loads(latencies)


def main(home: Path, state: Path, hermes_python: str) -> None:
    exporter = Exporter(from_mapping({"timezone": "UTC"}, "bench"), home, state)
    cold = timed(lambda: (exporter.refresh_ledger(), scrape(exporter)))
    change(home, hermes_python, 1)
    after_change = timed(exporter.refresh_ledger)
    no_change = [timed(exporter.refresh_ledger) for _ in range(50)]
    latencies = scrape_latencies(exporter, home, hermes_python)
    exporter.refresh_ledger()
    snapshot, state = exporter.snapshot(), exporter.ledger_state()
    print(json.dumps({
        "imports_s": IMPORTED - STARTED,
        "cold_start_s": cold,
        "refresh_after_change_s": after_change,
        "refresh_no_change_s": statistics.median(no_change),
        "scrape_p50_s": latencies[len(latencies) // 2],
        "scrape_p99_s": latencies[int(len(latencies) * 0.99) - 1],
        "scrapes": len(latencies),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "read_at": snapshot.taken_at,
        "figures": [[m.provider, m.model, m.profile, m.spend_total] for m in snapshot.models],
        "since": {f"{p}|{m}": f.since for (p, m), f in state.figures["default"].models.items()},
        "cutoffs": list(state.cutoffs),
    }))  # fmt: skip


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
