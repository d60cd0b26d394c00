import math

from reconciler.decision import Liveness, Route, Routing, decide
from tests.reconciler.builders import rules_from, rules_text

ALL_LISTED = {
    "deepseek": Liveness(True, frozenset({"deepseek-reasoner", "deepseek-chat"})),
    "anthropic": Liveness(True, frozenset({"claude-opus-4-8", "claude-haiku-4-5-20251001"})),
    "google": Liveness(True, frozenset({"gemini-3.1-pro-preview", "gemini-2.5-flash"})),
}
EXCLUSION = """exclusions:
  - condition: runway_days < 3.0
    roles: [primary]
    passes: 2
"""


def runways(**days):
    return {name: {"runway_days": value} for name, value in days.items()}


def two_provider_rules():
    return rules_from(
        rules_text(names=("deepseek", "google"), tail=EXCLUSION + "hysteresis:\n  ratio: 1.5\n")
    )


def test_hysteresis_sequence_with_exclusion_never_rewrites_the_routing():
    rules = two_provider_rules()
    current = Routing(
        Route("deepseek", "deepseek-reasoner"),
        Route("google", "gemini-2.5-flash"),
        (Route("google", "gemini-3.1-pro-preview"), Route("google", "gemini-2.5-flash")),
    )
    history = {}
    for incumbent in (2.9, 3.1, 2.95, 3.05, 2.98, None, 4.2, 4.3):
        signals = runways(deepseek=incumbent, google=4.0)
        decision = decide(signals, rules, current, history, ALL_LISTED)
        assert decision.routing == current, (incumbent, decision.reasons)
        assert decision.changed is False
        history = decision.history
    assert history == {"deepseek": {"runway_days < 3.0": 0}, "google": {"runway_days < 3.0": 0}}


def test_the_pass_with_no_data_changes_nothing_and_keeps_the_exclusion_count():
    rules = two_provider_rules()
    current = Routing(Route("deepseek", "deepseek-reasoner"), Route("google", "gemini-2.5-flash"))
    history = {"deepseek": {"runway_days < 3.0": 1}}
    decision = decide(runways(deepseek=None, google=4.0), rules, current, history, ALL_LISTED)
    assert decision.settled is False
    assert decision.routing == current
    assert decision.reasons == ("no change: incumbent primary deepseek has unknown signals",)
    assert decision.history["deepseek"] == {"runway_days < 3.0": 1}


def test_an_exclusion_holding_for_its_passes_replaces_the_incumbent_at_once():
    rules = two_provider_rules()
    current = Routing(Route("deepseek", "deepseek-reasoner"), Route("google", "gemini-2.5-flash"))
    first = decide(runways(deepseek=2.9, google=3.2), rules, current, {}, ALL_LISTED)
    assert first.routing.primary == Route("deepseek", "deepseek-reasoner")
    second = decide(runways(deepseek=2.9, google=3.2), rules, current, first.history, ALL_LISTED)
    assert second.routing.primary == Route("google", "gemini-3.1-pro-preview")
    assert second.routing.delegation == Route("deepseek", "deepseek-chat")
    assert second.routing.fallbacks == (
        Route("deepseek", "deepseek-reasoner"),
        Route("deepseek", "deepseek-chat"),
    )
    assert "incumbent deepseek excluded by rule" in second.reasons[0]


def test_a_challenger_beyond_the_hysteresis_ratio_takes_primary():
    rules = two_provider_rules()
    current = Routing(Route("deepseek", "deepseek-reasoner"), Route("google", "gemini-2.5-flash"))
    decision = decide(runways(deepseek=4.0, google=6.1), rules, current, {}, ALL_LISTED)
    assert decision.routing.primary == Route("google", "gemini-3.1-pro-preview")
    assert decision.reasons[0] == (
        "primary=google/gemini-3.1-pro-preview: google runway=6.10 beats deepseek runway=4.00 "
        "by ratio 1.5"
    )


def test_nan_or_empty_runway_is_unknown_and_causes_no_rewrite():
    rules = rules_from(rules_text())
    current = Routing(Route("anthropic", "claude-opus-4-8"), Route("google", "gemini-2.5-flash"))
    decision = decide(
        runways(deepseek=50.0, anthropic=None, google=2.0), rules, current, {}, ALL_LISTED
    )
    assert decision.changed is False
    assert decision.routing == current


def test_every_signal_unknown_changes_nothing():
    rules = rules_from(rules_text())
    current = Routing(Route("anthropic", "claude-opus-4-8"), None)
    decision = decide(runways(), rules, current, {}, ALL_LISTED)
    assert decision.reasons == ("no change: every provider's signals are unknown",)
    assert decision.routing == current


def test_infinite_runway_outranks_every_finite_runway():
    rules = rules_from(rules_text())
    decision = decide(
        runways(deepseek=1e9, anthropic=math.inf, google=5.0),
        rules,
        Routing(Route("deepseek", "deepseek-reasoner"), None),
        {},
        ALL_LISTED,
    )
    assert decision.ranking[0] == ("anthropic", math.inf)
    assert decision.routing.primary == Route("anthropic", "claude-opus-4-8")


def test_a_provider_burning_with_no_known_balance_is_never_made_primary():
    # DeepSeek burns $130 a day with no balance known: its runway is unknown.
    rules = rules_from(rules_text())
    signals = {
        "deepseek": {"runway_days": None, "balance_usd": None, "burn_rate_usd_per_day": 130.0},
        "anthropic": {"runway_days": 1.02, "balance_usd": 40.0, "burn_rate_usd_per_day": 39.2},
        "google": {"runway_days": 0.98, "balance_usd": 20.0, "burn_rate_usd_per_day": 20.4},
    }
    current = Routing(Route("anthropic", "claude-opus-4-8"), None)
    decision = decide(signals, rules, current, {}, ALL_LISTED)
    assert decision.routing.primary == Route("anthropic", "claude-opus-4-8")
    assert decision.routing.delegation == Route("google", "gemini-2.5-flash")
    assert [p for p, _ in decision.ranking] == ["anthropic", "google", "deepseek"]
    assert decision.routing.fallbacks == (
        Route("google", "gemini-3.1-pro-preview"),
        Route("deepseek", "deepseek-reasoner"),
        Route("google", "gemini-2.5-flash"),
        Route("deepseek", "deepseek-chat"),
    )


def test_equal_runways_go_to_the_rules_file_order():
    rules = rules_from(rules_text())
    decision = decide(
        runways(deepseek=3.0, anthropic=3.0, google=3.0), rules, Routing(None, None), {}, ALL_LISTED
    )
    assert [p for p, _ in decision.ranking] == ["deepseek", "anthropic", "google"]
    assert decision.routing.primary == Route("deepseek", "deepseek-reasoner")
    assert decision.routing.delegation == Route("anthropic", "claude-haiku-4-5-20251001")


def test_an_unreachable_incumbent_primary_gives_way_to_a_verified_provider():
    rules = rules_from(rules_text())
    liveness = {**ALL_LISTED, "deepseek": Liveness(False)}
    current = Routing(
        Route("deepseek", "deepseek-reasoner"), Route("anthropic", "claude-haiku-4-5-20251001")
    )
    decision = decide(
        runways(deepseek=3.0, anthropic=2.0, google=8.0), rules, current, {}, liveness
    )
    assert decision.routing.primary == Route("google", "gemini-3.1-pro-preview")
    # DeepSeek cannot be verified: it keeps no new role, and its fallback entries are skipped.
    assert all(route.provider != "deepseek" for route in decision.routing.fallbacks)
    assert decision.routing.delegation == Route("anthropic", "claude-haiku-4-5-20251001")


def test_an_unreachable_provider_keeps_the_route_it_already_holds():
    rules = rules_from(rules_text(names=("deepseek", "google")))
    liveness = {**ALL_LISTED, "google": Liveness(False)}
    current = Routing(Route("deepseek", "deepseek-reasoner"), Route("google", "gemini-2.5-flash"))
    decision = decide(runways(deepseek=5.0, google=2.0), rules, current, {}, liveness)
    assert decision.routing.delegation == Route("google", "gemini-2.5-flash")
    assert decision.routing.fallbacks == ()


def test_a_model_the_provider_does_not_list_is_not_chosen_and_an_alternate_is():
    text = rules_text(names=("anthropic", "google")).replace(
        "    api_key_env: ANTHROPIC_API_KEY\n",
        "    api_key_env: ANTHROPIC_API_KEY\n    alternates:\n      flagship: [claude-opus-4-7]\n",
    )
    rules = rules_from(text)
    liveness = {
        "anthropic": Liveness(True, frozenset({"claude-opus-4-7", "claude-haiku-4-5-20251001"})),
        "google": Liveness(True, frozenset({"gemini-2.5-flash"})),
    }
    decision = decide(runways(anthropic=5.0, google=9.0), rules, Routing(None, None), {}, liveness)
    # Google has more runway but its flagship is not listed: it cannot be primary.
    assert decision.routing.primary == Route("anthropic", "claude-opus-4-7")
    assert decision.routing.fallbacks == (Route("google", "gemini-2.5-flash"),)


def test_no_verifiable_primary_means_no_change():
    rules = rules_from(rules_text(names=("deepseek", "google")))
    liveness = {"deepseek": Liveness(False), "google": Liveness(False)}
    current = Routing(Route("anthropic", "claude-opus-4-8"), None)
    decision = decide(runways(deepseek=5.0, google=2.0), rules, current, {}, liveness)
    assert decision.settled is False
    assert decision.routing == current
