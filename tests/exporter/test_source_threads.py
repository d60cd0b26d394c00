"""Sources on their own threads: a flapping provider never kills a thread or blocks a scrape."""

import threading
import time

import pytest

from tests.exporter.support import make_exporter, page, sample
from tests.fake_provider import FakeProvider

GOOD = {"is_available": True, "balance_infos": [{"currency": "USD", "total_balance": "9.50",
        "granted_balance": "0.00", "topped_up_balance": "9.50"}]}  # fmt: skip


def wait_for(condition, deadline=20.0):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition never held")


def test_a_flapping_provider_is_retried_until_it_recovers_and_no_thread_dies(tmp_path, monkeypatch):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-plutus-test-threads")
    with FakeProvider() as fake:
        fake.routes["/user/balance"] = (503, {"error": "down"}, {"Retry-After": "0"})
        cfg = {
            "providers": {"deepseek": {"api_base": fake.url}},
            "refresh": {"balances": "200ms", "ledger": "200ms"},
            "balance_timeout": "1s",
        }
        exporter, _clock = make_exporter(tmp_path / "home", tmp_path / "s", cfg)
        runner = threading.Thread(target=exporter.run_forever, daemon=True)
        runner.start()
        try:
            up = {"source": "balance", "provider": "deepseek", "profile": ""}
            wait_for(lambda: sample(exporter, "plutus_source_up", **up) == 0)
            for answer in [(200, GOOD), (200, b"<html>"), (500, {}), (200, GOOD)]:
                fake.routes["/user/balance"] = answer
                seen = len(fake.requests)
                wait_for(lambda seen=seen: len(fake.requests) >= seen + 2)
                assert "plutus_source_up" in page(exporter)

            wait_for(lambda: sample(exporter, "plutus_source_up", **up) == 1)
            assert sample(exporter, "plutus_balance_usd", provider="deepseek", source="live") == (
                pytest.approx(9.50)
            )
            names = {t.name for t in threading.enumerate()}
            assert {"ledger", "balance-deepseek"} <= names
        finally:
            exporter.stop()
            runner.join(timeout=10)
    assert not runner.is_alive()
