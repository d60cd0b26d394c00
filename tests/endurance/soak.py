"""The soak's moving parts: a balance server that flaps, Hermes writing the ledger, the real
exporter process, and eight clients scraping it."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tests.endurance import pages
from tests.exporter.support import session
from tests.hermes import HermesWriter
from tests.security.servers import ROOT, free_port

SESSIONS = 64  # half DeepSeek at 0.125 USD, half Anthropic at 0.25 USD
CLIENTS = 8
MODELS = (("deepseek", "deepseek-chat"), ("anthropic", "claude-sonnet-4-5"))
# DeepSeek GET /user/balance (api-docs.deepseek.com, "Get User Balance"); values for the test.
GOOD = (200, {"is_available": True, "balance_infos": [
    {"currency": "USD", "total_balance": "41.25", "granted_balance": "1.25",
     "topped_up_balance": "40.00"}]})  # fmt: skip
BROKEN = [(500, {"error": "internal"}), (200, b"{not json"), (429, {"error": "slow down"}, {})]


class FlappingBalance:
    """Answers good, broken, good, another broken, ... and counts both."""

    def __init__(self):
        self.answers = itertools.cycle(itertools.chain.from_iterable((GOOD, b) for b in BROKEN))
        self.served = {"good": 0, "broken": 0}
        self.lock = threading.Lock()

    def __call__(self, query):
        with self.lock:
            answer = next(self.answers)
            self.served["good" if answer is GOOD else "broken"] += 1
            return answer


def exporter_config(url: str) -> str:
    return f"""refresh: {{ledger: 1s, balances: 1s}}
providers:
  deepseek: {{api_base: "{url}"}}
  anthropic: {{budget_usd: 100}}
"""


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@dataclass
class Tally:
    scrapes: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, limit: int) -> bool:
        with self.lock:
            if self.scrapes >= limit or self.errors:
                return False
            self.scrapes += 1
            return True


def exporter_process(home: Path, state: Path, config: Path, env_extra: dict, log: Path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLUTUS_", "HERMES_"))}
    env.update(PYTHONPATH=str(ROOT), HOME=str(home.parent), DEEPSEEK_API_KEY="sk-soak-test",
               **env_extra)  # fmt: skip
    command = [sys.executable, "-m", "exporter", "--hermes-home", str(home), "--state-dir",
               str(state), "--config", str(config), "--listen", f"127.0.0.1:{port}"]  # fmt: skip
    with open(log, "w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=out)
    return process, f"http://127.0.0.1:{port}/metrics"


def client(url: str, limit: int, tally: Tally, stop: threading.Event | None = None) -> None:
    """Scrape until the shared count reaches `limit` (or `stop`), checking every page and that
    no counter goes down from one scrape to the next."""
    before: dict = {}
    with requests.Session() as http:
        while tally.take(limit) and not (stop and stop.is_set()):
            try:
                samples = pages.parse(http.get(url, timeout=30).text)
                pages.check(samples)
                now = pages.counters(samples)
                pages.never_lower(before, now)
                before = now
            except Exception as exc:  # every kind of failure is counted and reported
                with tally.lock:
                    tally.errors.append(f"{type(exc).__name__}: {exc}")


def writer(home: Path, tally: Tally, limit: int, done: threading.Event) -> None:
    """Hermes writes one session per 1/SESSIONS of the scrapes, in its own process."""
    with HermesWriter(home) as hermes:
        for i in range(SESSIONS):
            while tally.scrapes < i * limit // SESSIONS and not tally.errors:
                time.sleep(0.01)
            provider, model = (("deepseek", "deepseek-chat"), ("anthropic", "claude-sonnet-4-5"))[
                i % 2
            ]
            cost = pages.PRICE[provider]
            hermes.apply(*session(f"soak-{i}", time.time() - 60, provider, model,
                                  input_tokens=1000, output_tokens=100,
                                  estimated_cost_usd=cost, cost_status="estimated"))  # fmt: skip
        hermes.close()
    done.set()


def wait_for(url: str, predicate, deadline: float = 60.0) -> pages.Samples:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            samples = pages.parse(requests.get(url, timeout=10).text)
            if predicate(samples):
                return samples
        except (requests.ConnectionError, AssertionError):
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} never showed what was awaited")


def run_clients(url: str, limit: int, tally: Tally) -> None:
    threads = [threading.Thread(target=client, args=(url, limit, tally)) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
