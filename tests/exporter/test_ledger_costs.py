"""What each ledger row costs, on ledgers written by Hermes's own SessionDB."""

import sqlite3

import pytest

from tests.exporter.support import make_exporter, sample, session, ts
from tests.hermes import write_ledger

NOW = ts("2026-09-19T12:00:00Z")
AT = NOW - 3600


@pytest.fixture
def home(tmp_path, hermes_env):
    return tmp_path / "hermes"


def spend(exporter, provider, model, profile="default"):
    return sample(
        exporter, "plutus_spend_usd_total", provider=provider, model=model, profile=profile
    )


def test_each_row_costs_what_its_status_and_amounts_say(home, tmp_path):
    write_ledger(
        home,
        session("ds", AT, "deepseek", "deepseek-chat", input_tokens=128000,
                estimated_cost_usd=0.041, cost_status="estimated")
        + session("or", AT, "openrouter", "anthropic/claude-sonnet-4.5", input_tokens=52000,
                  estimated_cost_usd=0.020, actual_cost_usd=0.026, cost_status="actual")
        + session("cx", AT, "openai-codex", "gpt-5-codex", input_tokens=930000,
                  estimated_cost_usd=0.0, cost_status="included")
        + session("cu", AT, "custom", "qwen2.5-7b-instruct", input_tokens=41000,
                  estimated_cost_usd=0.0, cost_status="unknown",
                  billing_base_url="http://192.0.2.10:8000/v1"),
    )  # fmt: skip
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    assert spend(exporter, "deepseek", "deepseek-chat") == pytest.approx(0.041, abs=1e-9)
    assert spend(exporter, "openrouter", "anthropic/claude-sonnet-4.5") == pytest.approx(
        0.026, abs=1e-9
    )
    assert spend(exporter, "openai-codex", "gpt-5-codex") == 0.0
    assert (
        sample(exporter, "plutus_tokens_total", provider="openai-codex", model="gpt-5-codex",
               kind="input") == 930000
    )  # fmt: skip
    assert spend(exporter, "custom", "qwen2.5-7b-instruct") == 0.0
    assert (
        sample(exporter, "plutus_unpriced_tokens_total", provider="custom",
               model="qwen2.5-7b-instruct") == 41000
    )  # fmt: skip
    assert sample(exporter, "plutus_spend_usd", provider="deepseek", window="today") == (
        pytest.approx(0.041, abs=1e-9)
    )


def test_a_direct_gemini_session_hermes_left_unpriced_is_priced_by_plutus(home, tmp_path):
    # gemini-2.5-flash, documented prices: $0.30 per million input, $2.50 per million output.
    # 1,000,000 input + 100,000 output in one request: 0.30 + 0.25 = 0.55.
    write_ledger(
        home,
        [
            {"op": "create", "id": "g", "model": "gemini-2.5-flash", "at": AT},
            {"op": "estimate", "id": "g", "at": AT, "model": "gemini-2.5-flash",
             "provider": "gemini", "usage": {"input_tokens": 1_000_000, "output_tokens": 100_000}},
        ],
    )  # fmt: skip
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    assert spend(exporter, "google", "gemini-2.5-flash") == pytest.approx(0.55, abs=1e-9)
    assert sample(exporter, "plutus_unpriced_tokens_total", provider="google",
                  model="gemini-2.5-flash") == 0  # fmt: skip


def test_a_fallback_credits_each_provider_with_its_own_usage_rows(home, tmp_path):
    write_ledger(
        home,
        [
            {"op": "create", "id": "fb", "model": "deepseek-chat", "at": AT},
            {"op": "tokens", "id": "fb", "at": AT, "kwargs": {
                "model": "deepseek-chat", "billing_provider": "deepseek", "input_tokens": 1000,
                "estimated_cost_usd": 0.12, "cost_status": "estimated", "api_call_count": 1}},
            {"op": "tokens", "id": "fb", "at": AT + 60, "kwargs": {
                "model": "claude-sonnet-4-5", "billing_provider": "anthropic", "input_tokens": 1000,
                "estimated_cost_usd": 0.18, "cost_status": "estimated", "api_call_count": 1}},
            {"op": "create", "id": "gw", "model": "deepseek-chat", "at": AT},
            {"op": "tokens", "id": "gw", "at": AT, "kwargs": {
                "model": "deepseek-chat", "billing_provider": "deepseek", "input_tokens": 5000,
                "estimated_cost_usd": 0.25, "cost_status": "estimated", "api_call_count": 4,
                "absolute": True}},
        ],
    )  # fmt: skip
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    # The sessions row of "fb" says deepseek 0.30; its usage rows say 0.12 and 0.18.
    # The gateway session "gw" has no usage rows: its 0.25 comes from its sessions row.
    assert spend(exporter, "deepseek", "deepseek-chat") == pytest.approx(0.12 + 0.25, abs=1e-9)
    assert spend(exporter, "anthropic", "claude-sonnet-4-5") == pytest.approx(0.18, abs=1e-9)


def test_subagents_and_continuations_count_once_each(home, tmp_path):
    def charged(sid, cost, parent=None):
        return session(sid, AT, "deepseek", "deepseek-chat", parent=parent, input_tokens=100,
                       estimated_cost_usd=cost, cost_status="estimated")  # fmt: skip

    write_ledger(
        home,
        charged("root", 0.40)
        + charged("sub1", 0.25, parent="root")
        + charged("sub2", 0.35, parent="root")
        + charged("cont", 0.10, parent="root"),
    )
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    assert spend(exporter, "deepseek", "deepseek-chat") == pytest.approx(1.10, abs=1e-9)
    assert sample(exporter, "plutus_sessions_total", provider="deepseek") == 4


def test_an_auxiliary_call_on_another_provider_is_credited_to_that_provider(home, tmp_path):
    # record_auxiliary_usage writes a usage row without touching the sessions row.
    write_ledger(
        home,
        session("s", AT, "deepseek", "deepseek-chat", input_tokens=100,
                estimated_cost_usd=0.20, cost_status="estimated")
        + [{"op": "aux", "id": "s", "task": "title_generation", "at": AT + 5, "kwargs": {
            "model": "claude-haiku-4-5", "billing_provider": "anthropic", "input_tokens": 50,
            "estimated_cost_usd": 0.03}}],
    )  # fmt: skip
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    assert spend(exporter, "deepseek", "deepseek-chat") == pytest.approx(0.20, abs=1e-9)
    assert spend(exporter, "anthropic", "claude-haiku-4-5") == pytest.approx(0.03, abs=1e-9)


def test_a_ledger_without_the_usage_table_is_read_from_sessions_alone(home, tmp_path):
    write_ledger(
        home,
        session("a", AT, "deepseek", "deepseek-chat", input_tokens=100,
                estimated_cost_usd=0.12, cost_status="estimated")
        + session("b", AT, "anthropic", "claude-sonnet-4-5", input_tokens=100,
                  estimated_cost_usd=0.18, cost_status="estimated"),
    )  # fmt: skip
    with sqlite3.connect(home / "state.db") as conn:
        conn.execute("DROP TABLE session_model_usage")
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    assert spend(exporter, "deepseek", "deepseek-chat") == pytest.approx(0.12, abs=1e-9)
    assert spend(exporter, "anthropic", "claude-sonnet-4-5") == pytest.approx(0.18, abs=1e-9)


def test_columns_are_chosen_by_name_so_added_and_missing_columns_do_no_harm(home, tmp_path):
    write_ledger(
        home,
        session("a", AT, "deepseek", "deepseek-chat", input_tokens=100, reasoning_tokens=7,
                estimated_cost_usd=0.12, cost_status="estimated"),
    )  # fmt: skip
    with sqlite3.connect(home / "state.db") as conn:
        # A newer schema's extra column placed first, and an older one's missing column.
        conn.execute("ALTER TABLE sessions ADD COLUMN aaa_new_column TEXT DEFAULT 'x'")
        conn.execute("ALTER TABLE sessions DROP COLUMN reasoning_tokens")
        conn.execute("ALTER TABLE session_model_usage DROP COLUMN reasoning_tokens")
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    assert spend(exporter, "deepseek", "deepseek-chat") == pytest.approx(0.12, abs=1e-9)
    assert sample(exporter, "plutus_tokens_total", provider="deepseek", model="deepseek-chat",
                  kind="reasoning") == 0  # fmt: skip


def test_a_long_context_request_is_priced_at_its_tier(home, tmp_path):
    # gemini-2.5-pro: $1.25 per million input up to 200k tokens a request, $2.50 above.
    # Two requests of 300k input each: 600k at $2.50 = 1.50 (not 0.75 at the lower tier).
    write_ledger(
        home,
        [
            {"op": "create", "id": "g", "model": "gemini-2.5-pro", "at": AT},
            {"op": "estimate", "id": "g", "at": AT, "model": "gemini-2.5-pro",
             "provider": "gemini", "usage": {"input_tokens": 600_000, "request_count": 2}},
            {"op": "create", "id": "h", "model": "gemini-2.5-pro", "at": AT},
            {"op": "estimate", "id": "h", "at": AT, "model": "gemini-2.5-pro",
             "provider": "gemini", "usage": {"input_tokens": 400_000, "request_count": 4}},
        ],
    )  # fmt: skip
    exporter, _ = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()

    # Second session: four requests of 100k, at $1.25: 0.50.
    assert spend(exporter, "google", "gemini-2.5-pro") == pytest.approx(1.50 + 0.50, abs=1e-9)


def test_a_session_not_yet_charged_is_counted_only_once_it_names_its_provider(home, tmp_path):
    write_ledger(home, [{"op": "create", "id": "new", "model": "deepseek-chat", "at": AT}])
    exporter, clock = make_exporter(home, tmp_path / "state", now=NOW)
    exporter.refresh_ledger()
    assert sample(exporter, "plutus_sessions_total", provider="unknown") is None

    write_ledger(home, [{"op": "tokens", "id": "new", "at": AT + 60, "kwargs": {
        "model": "deepseek-chat", "billing_provider": "deepseek", "input_tokens": 100,
        "estimated_cost_usd": 0.01, "cost_status": "estimated", "api_call_count": 1}}])  # fmt: skip
    clock.now = NOW + 60
    exporter.refresh_ledger()
    assert sample(exporter, "plutus_sessions_total", provider="deepseek") == 1
    assert sample(exporter, "plutus_sessions_total", provider="unknown") is None
