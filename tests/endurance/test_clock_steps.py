"""The system clock jumps back an hour under a running exporter, then forward again
(Debian's libfaketime, its offset re-read from a file on every clock read): no page shows a
negative spend, burn, balance or runway, no counter goes down, and the figures stay exact."""

import glob
import os
import threading
import time

import pytest

from tests.endurance import pages, soak
from tests.exporter.support import session
from tests.fake_provider import FakeProvider
from tests.hermes import HermesWriter, write_ledger


@pytest.fixture
def libfaketime():
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1"))
    if not found:
        message = "libfaketime missing (Debian package faketime; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found[0]


def charges(first: int, count: int, at: float) -> list[dict]:
    ops = []
    for i in range(first, first + count):
        provider, model = soak.MODELS[i % 2]
        cost = pages.PRICE[provider]
        ops += session(f"s{i}", at, provider, model, input_tokens=500,
                       estimated_cost_usd=cost, cost_status="estimated")  # fmt: skip
    return ops


def ledger_read_at(samples) -> float:
    labels = {"source": "ledger", "provider": "", "profile": "default"}
    return pages.value(samples, "plutus_source_last_success_timestamp_seconds", **labels) or 0


def sessions(count: int):
    def seen(samples) -> bool:
        found = [pages.value(samples, "plutus_sessions_total", provider=p) for p in pages.PRICE]
        return found == [count / 2] * 2

    return seen


def test_a_clock_that_jumps_back_an_hour_and_forward_again_never_shows_negative_figures(
    tmp_path, hermes_env, libfaketime
):
    home, clock_file, log = tmp_path / "hermes", tmp_path / "faketime.rc", tmp_path / "log"
    write_ledger(home, charges(0, 4, time.time() - 120))
    clock_file.write_text("+0\n")
    fake_clock = {"LD_PRELOAD": libfaketime, "FAKETIME_TIMESTAMP_FILE": str(clock_file),
                  "FAKETIME_NO_CACHE": "1", "FAKETIME_DONT_FAKE_MONOTONIC": "1"}  # fmt: skip
    tally, stop = soak.Tally(), threading.Event()
    with FakeProvider() as balance_api:
        balance_api.routes["/user/balance"] = soak.GOOD
        config = tmp_path / "plutus.yml"
        config.write_text(soak.exporter_config(balance_api.url))
        process, url = soak.exporter_process(home, tmp_path / "state", config, fake_clock, log)
        client = threading.Thread(target=soak.client, args=(url, 10**9, tally, stop))
        try:
            soak.wait_for(url, sessions(4))
            client.start()
            clock_file.write_text("-1h\n")
            behind = soak.wait_for(url, lambda s: 0 < ledger_read_at(s) < time.time() - 3000)
            with HermesWriter(home) as hermes:
                hermes.apply(*charges(4, 4, time.time()))  # an hour in the exporter's future
                hermes.close()
            soak.wait_for(url, lambda s: sessions(8)(s) and ledger_read_at(s) < time.time() - 3000)
            clock_file.write_text("+0\n")
            final = soak.wait_for(url, lambda s: ledger_read_at(s) > time.time() - 60)
        finally:
            stop.set()
            client.join(timeout=60)
            process.terminate()
            process.wait(timeout=10)

    assert tally.errors[:5] == []
    assert tally.scrapes > 10
    assert ledger_read_at(behind) < time.time() - 3000
    assert pages.check(final) == {"deepseek": 0.5, "anthropic": 1.0}  # 4 x 0.125, 4 x 0.25
    assert "Traceback" not in log.read_text()
