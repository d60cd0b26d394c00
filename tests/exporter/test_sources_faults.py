"""Every source survives every way an API can fail: no lie, no crash, no stall."""

import logging
import threading

import pytest

from tests.exporter.source_cases import ALL
from tests.exporter.support import make_exporter, names_on_page, page, sample, ts
from tests.fake_provider import HANG, FakeProvider, FullBacklog, refused_url

NOW = ts("2026-09-16T12:00:00Z")
HTML = b"<html><body>Service temporarily unavailable</body></html>"

FAULTS = {
    "401": (401, {"error": {"message": "invalid key"}}),
    "403": (403, {"error": {"message": "forbidden"}}),
    "404": (404, {"error": "not found"}),
    "429 with Retry-After": (429, {"error": "slow down"}, {"Retry-After": "120"}),
    "500": (500, {"error": "internal"}),
    "502": (502, b"Bad Gateway"),
    "503": (503, {"error": "unavailable"}),
    "200 with an HTML page": (200, HTML),
    "invalid JSON": (200, b'{"data": {"total_credits": 5,'),
    "an empty body": (200, b""),
    "expected fields missing": (200, {"data": {}, "code": 0}),
    "fields of the wrong type": (
        200,
        {"data": [], "code": "0", "is_available": "yes", "balance_infos": {"currency": 5}},
    ),
    "a very large body": (200, b'{"pad": "' + b"x" * (3 << 20) + b'"}'),
    "the server never answers": HANG,
}


@pytest.fixture(params=ALL, ids=lambda case: case.provider + "-" + case.kind)
def case(request, monkeypatch):
    for name, value in request.param.env.items():
        monkeypatch.setenv(name, value)
    return request.param


def keys(case):
    return list(case.env.values())


def build(case, url, tmp_path):
    cfg = {"providers": {case.provider: case.provider_config(url)}, "balance_timeout": "300ms",
           "refresh": {"balances": "1s"}}  # fmt: skip
    exporter, clock = make_exporter(tmp_path / "home", tmp_path / "state", cfg, now=NOW)
    return exporter, clock, (case.kind, case.provider)


def figures(exporter, case):
    """The source's published money: its balance or its reported spend."""
    if case.kind == "balance":
        return sample(exporter, "plutus_balance_usd", provider=case.provider, source="live")
    return sample(exporter, "plutus_reported_spend_usd", provider=case.provider, window="utc_day")


def good_figure(case):
    return case.balance if case.kind == "balance" else case.reported["utc_day"]


def health(exporter, case):
    labels = {"source": case.kind, "provider": case.provider, "profile": ""}
    return (
        sample(exporter, "plutus_source_up", **labels),
        sample(exporter, "plutus_source_last_success_timestamp_seconds", **labels),
    )


def read_while_scraping(exporter, key, fake):
    """Read the source in a thread; scrape while the read is in flight; return the delay."""
    result = {}
    reader = threading.Thread(target=lambda: result.setdefault("delay", exporter.read_source(key)))
    reader.start()
    text = page(exporter)  # the scrape never waits for a source
    reader.join(timeout=30)
    assert not reader.is_alive()
    assert "plutus_source_up" in text
    return result["delay"]


@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_a_failing_source_keeps_its_last_good_figures_and_recovers_by_itself(
    case, fault, tmp_path, caplog
):
    with FakeProvider() as fake:
        fake.routes.update({path: (200, body) for path, body in case.routes.items()})
        exporter, clock, key = build(case, fake.url, tmp_path)
        exporter.read_source(key)
        assert health(exporter, case) == (1, NOW)
        assert figures(exporter, case) == pytest.approx(good_figure(case), abs=1e-9)

        fake.routes[case.path] = FAULTS[fault]
        clock.now = NOW + 60
        with caplog.at_level(logging.INFO):
            first = read_while_scraping(exporter, key, fake)
            second = exporter.read_source(key)
        assert health(exporter, case) == (0, NOW)
        assert figures(exporter, case) == pytest.approx(good_figure(case), abs=1e-9)
        assert second >= first > 0
        if fault == "429 with Retry-After":
            assert first >= 120
        down = [r.getMessage() for r in caplog.records if "source down" in r.getMessage()]
        assert len(down) == 1, down

        fake.routes[case.path] = (200, case.routes[case.path])
        clock.now = NOW + 120
        with caplog.at_level(logging.INFO):
            exporter.read_source(key)
        assert health(exporter, case) == (1, NOW + 120)
        assert "source recovered" in caplog.text
        for secret in keys(case):
            assert secret not in caplog.text
            assert secret not in page(exporter)


@pytest.mark.parametrize(
    "where", ["connection refused", "connect timeout", "redirect to another host"]
)
def test_a_source_that_cannot_be_reached_is_down_and_never_leaks_its_key(
    case, where, tmp_path, caplog
):
    with FakeProvider() as fake, FakeProvider() as elsewhere:
        fake.routes.update({path: (200, body) for path, body in case.routes.items()})
        backlog = FullBacklog() if where == "connect timeout" else None
        url = {"connection refused": refused_url(),
               "connect timeout": backlog.url if backlog else None,
               "redirect to another host": fake.url}[where]  # fmt: skip
        target = elsewhere.url.replace("127.0.0.1", "localhost")
        for path in case.routes:
            fake.routes[path] = (302, b"", {"Location": target + path})
        exporter, _clock, key = build(case, url, tmp_path)
        try:
            with caplog.at_level(logging.INFO):
                exporter.read_source(key)
        finally:
            if backlog:
                backlog.close()

        assert health(exporter, case) == (0, None)
        assert figures(exporter, case) is None  # never read: absent, not 0
        assert elsewhere.requests == []
        for secret in keys(case):
            assert secret not in caplog.text


def test_a_figure_never_read_is_absent_not_zero(tmp_path, monkeypatch):
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-plutus-test")
    exporter, _clock, key = build(ALL[0], refused_url(), tmp_path)
    exporter.read_source(key)
    assert names_on_page(exporter, "plutus_balance_usd") == []
    assert names_on_page(exporter, "plutus_balance") == []
