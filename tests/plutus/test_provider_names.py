"""Ledger provider strings map to Plutus's names the same way in Python and in SQL."""

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from plutus.providers import ALIASES, plutus_name, plutus_name_sql

slugs = st.one_of(
    st.none(),
    st.sampled_from([*ALIASES, "custom", "deepseek", "", " Gemini ", "CUSTOM", "openai-codex"]),
    st.text(max_size=12),
)
urls = st.one_of(
    st.none(),
    st.sampled_from(["https://api.deepseek.com/v1", "http://192.0.2.7:8000/v1", "api.anthropic.com",
                     "https://generativelanguage.googleapis.com/v1beta", ""]),
    st.text(max_size=20),
)  # fmt: skip


@given(slugs, urls)
def test_the_sql_mapping_names_every_provider_as_the_python_one_does(slug, url):
    conn = sqlite3.connect(":memory:")
    conn.create_function("plutus_provider", 2, plutus_name)
    query = "SELECT " + plutus_name_sql(":slug", ":url", "plutus_provider")
    assert conn.execute(query, {"slug": slug, "url": url}).fetchone()[0] == plutus_name(slug, url)


def test_known_spellings_map_to_plutus_names():
    assert [plutus_name(s) for s in ("gemini", " DeepSeek ", "kimi-coding", None, "Zai")] == [
        "google", "deepseek", "moonshot", "unknown", "zai",
    ]  # fmt: skip
    assert plutus_name("custom", "https://api.deepseek.com/v1") == "deepseek"
    assert plutus_name("custom", "http://192.0.2.7:8000/v1") == "custom"
