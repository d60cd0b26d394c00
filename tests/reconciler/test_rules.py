import math
from pathlib import Path

import pytest

from reconciler.rules import RulesError, load_rules, parse_duration
from tests.reconciler.builders import rules_from, rules_text


def test_the_example_rules_reproduce_the_original_policy():
    rules = load_rules("examples/rules.yaml")
    assert rules.enabled is True
    assert [(p.name, p.hermes_slug, p.flagship, p.fast) for p in rules.providers] == [
        ("deepseek", "deepseek", "deepseek-reasoner", "deepseek-chat"),
        ("anthropic", "anthropic", "claude-opus-4-8", "claude-haiku-4-5-20251001"),
        ("google", "gemini", "gemini-3.1-pro-preview", "gemini-2.5-flash"),
    ]
    assert rules.provider("google").hermes_base_url is None
    assert rules.provider("anthropic").models("flagship") == (
        "claude-opus-4-8",
        "claude-opus-4-7",
        "claude-opus-4-6",
    )
    assert rules.ranking_signal == "runway_days"
    assert rules.hysteresis_ratio == 1.5
    assert rules.signals["runway_days"].max_age == 900.0
    assert rules.signals["burn_rate_usd_per_day"].query == "plutus:burn_rate_usd_per_day"
    assert [(e.condition, sorted(e.roles), e.passes) for e in rules.exclusions] == [
        ("runway_days < 1", ["delegation", "primary"], 2),
        ("balance_usd <= 0", ["delegation", "fallback", "primary"], 1),
    ]


def test_an_exclusion_condition_compares_a_signal_with_a_number():
    rules = rules_from(rules_text(tail="exclusions:\n  - condition: runway_days >= inf\n"))
    (exclusion,) = rules.exclusions
    assert exclusion.holds(math.inf) is True
    assert exclusion.holds(1e12) is False
    assert exclusion.holds(None) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "providers:\n  deepseek:\n    fast: deepseek-chat\n",
            "rules.yaml: providers.deepseek.flagship: expected a non-empty string, found none",
        ),
        (
            "providers:\n  mistral: {flagship: a, fast: b}\n",
            "rules.yaml: providers.mistral: expected a known provider (deepseek, anthropic, "
            "google, openrouter, moonshot, openai) or hermes_slug",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b, fastest: c}\n",
            "rules.yaml: providers.deepseek.fastest: expected one of the keys flagship, fast, "
            "api_base, api_key_env, hermes_base_url, hermes_slug, alternates",
        ),
        (
            "enabled: maybe\nproviders:\n  deepseek: {flagship: a, fast: b}\n",
            "rules.yaml: enabled: expected true or false, got 'maybe'",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b}\nhysteresis: {ratio: 0.5}\n",
            "rules.yaml: hysteresis.ratio: expected a number of at least 1, got 0.5",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b}\n"
            "exclusions:\n  - {condition: runway_days < 3, roles: [primary, boss]}\n",
            "rules.yaml: exclusions[0].roles: expected a list of roles from primary, delegation, "
            "fallback, got ['primary', 'boss']",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b}\n"
            "signals:\n  runway_days: {max_age: soon}\n",
            "rules.yaml: signals.runway_days.max_age: expected a duration such as 15m, got 'soon'",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b}\nranking: {signal: happiness}\n",
            "rules.yaml: ranking.signal: expected one of the signals runway_days, balance_usd, "
            "burn_rate_usd_per_day, got 'happiness'",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b, api_base: 'http://api.deepseek.com/'}\n",
            "rules.yaml: providers.deepseek.api_base: expected an https URL (http only to "
            "localhost, 127.0.0.1 or ::1), got 'http://api.deepseek.com'",
        ),
        (
            "providers:\n  deepseek: {flagship: a, fast: b, api_base: api.deepseek.com}\n",
            "rules.yaml: providers.deepseek.api_base: expected an https URL (http only to "
            "localhost, 127.0.0.1 or ::1)",
        ),
    ],
)
def test_a_bad_rules_file_is_refused_naming_the_file_the_entry_and_the_need(text, message):
    with pytest.raises(RulesError) as caught:
        rules_from(text)
    assert str(caught.value) == message


def test_a_rules_file_that_is_not_yaml_is_refused_with_its_name(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("providers: [unclosed\n")
    with pytest.raises(RulesError, match=f"^{path}: not valid YAML"):
        load_rules(path)


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30.0), ("15m", 900.0), ("1h", 3600.0), ("2d", 172800.0)]
)
def test_durations_read_like_prometheus_durations(text, seconds):
    assert parse_duration(text) == seconds


def test_the_documented_example_is_the_shipped_example_file():
    docs = Path("README.md").read_text()
    assert "```yaml\n" + Path("examples/rules.yaml").read_text() + "```\n" in docs


@pytest.mark.parametrize(
    "base",
    ["https://api.deepseek.com", "http://127.0.0.1:8080", "http://localhost", "http://[::1]:9"],
)
def test_an_api_base_may_be_https_or_http_to_this_machine_only(base):
    rules = rules_from(f"providers:\n  deepseek: {{flagship: a, fast: b, api_base: '{base}'}}\n")
    assert rules.providers[0].api_base == base


def test_a_provider_named_twice_is_refused_naming_both_lines(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(
        "providers:\n"
        "  google: {flagship: gemini-3.1-pro-preview, fast: gemini-2.5-flash}\n"
        "  deepseek: {flagship: deepseek-reasoner, fast: deepseek-chat}\n"
        "  google: {flagship: gemini-2.5-pro, fast: gemini-2.5-flash}\n"
    )
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert str(caught.value) == f"{path}: duplicate key 'providers.google' on lines 2 and 4"
