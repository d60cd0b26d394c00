import pytest

from reconciler.liveness import ListingError, LivenessChecker, list_models
from reconciler.rules import ProviderRule
from tests.reconciler.builders import rules_from, rules_text
from tests.reconciler.fakes import FakeServer


def rules_for(providers):
    return rules_from(
        rules_text({n: providers.base(n) for n in ("deepseek", "anthropic", "google")})
    )


def test_a_model_only_on_the_second_page_of_anthropics_list_is_found(providers, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    providers.models["anthropic"] = ["claude-sonnet-4-6", "claude-opus-4-7", "claude-opus-4-8"]
    rules = rules_for(providers)
    models = list_models(rules.provider("anthropic"), "sk-ant-test")
    assert models == {"claude-sonnet-4-6", "claude-opus-4-7", "claude-opus-4-8"}
    pages = [(path, query) for path, query, _ in providers.requests]
    assert pages == [
        ("/anthropic/v1/models", {"limit": "1000"}),
        ("/anthropic/v1/models", {"limit": "1000", "after_id": "claude-opus-4-7"}),
    ]
    headers = providers.requests[0][2]
    assert headers["x-api-key"] == "sk-ant-test"
    assert headers["anthropic-version"] == "2023-06-01"


def test_gemini_ids_are_matched_without_their_models_prefix_across_pages(providers):
    providers.models["google"] = ["gemini-2.0-flash", "gemini-2.5-flash", "gemini-3.1-pro-preview"]
    rules = rules_for(providers)
    models = list_models(rules.provider("google"), "g-key")
    assert models == {"gemini-2.0-flash", "gemini-2.5-flash", "gemini-3.1-pro-preview"}
    assert [q.get("pageToken") for _, q, _ in providers.requests] == [None, "2"]
    assert providers.requests[0][2]["x-goog-api-key"] == "g-key"


def test_deepseek_models_are_asked_with_a_bearer_key(providers):
    rules = rules_for(providers)
    assert list_models(rules.provider("deepseek"), "sk-ds") == {
        "deepseek-chat",
        "deepseek-reasoner",
    }
    path, _, headers = providers.requests[0]
    assert (path, headers["authorization"]) == ("/deepseek/models", "Bearer sk-ds")


def test_a_keyed_request_never_follows_a_redirect():
    target = FakeServer(lambda p, q, h: (200, {"data": [{"id": "deepseek-chat"}]}, {}))
    redirect = FakeServer(lambda p, q, h: (302, b"", {"Location": f"{target.url}/models"}))
    try:
        rules = rules_from(rules_text({"deepseek": redirect.url}, names=("deepseek",)))
        with pytest.raises(ListingError, match="redirect refused"):
            list_models(rules.provider("deepseek"), "sk-ds")
        assert target.requests == []
    finally:
        target.close()
        redirect.close()


def test_an_unreachable_endpoint_marks_the_provider_unreachable(providers, tmp_path):
    providers.down.add("google")
    checker = LivenessChecker(rules_for(providers), timeout=2)
    liveness = checker.check(tmp_path)
    assert liveness["google"].reachable is False
    assert liveness["deepseek"].reachable is True
    assert liveness["deepseek"].models == {"deepseek-chat", "deepseek-reasoner"}


def test_keys_come_from_the_hermes_home_env_file(providers, tmp_path, monkeypatch):
    monkeypatch.delenv("DEEPSEEK_API_KEY", raising=False)
    (tmp_path / ".env").write_text("DEEPSEEK_API_KEY=sk-from-dotenv\n")
    LivenessChecker(rules_for(providers)).check(tmp_path)
    sent = [h.get("authorization") for p, _, h in providers.requests if p.startswith("/deepseek")]
    assert sent == ["Bearer sk-from-dotenv"]


@pytest.mark.parametrize("name", ["openrouter", "moonshot"])
def test_openrouter_and_moonshot_models_are_read_from_v1_models(providers, name):
    providers.models[name] = ["moonshotai/kimi-k2", "kimi-k2-0905-preview"]
    rule = ProviderRule(
        name=name,
        hermes_slug=name,
        flagship="kimi-k2-0905-preview",
        fast="moonshotai/kimi-k2",
        api_base=providers.base(name),
        api_key_env="UNUSED_KEY",
        hermes_base_url=None,
        alternates={},
    )
    assert list_models(rule, "sk-x") == {"moonshotai/kimi-k2", "kimi-k2-0905-preview"}
    path, _, headers = providers.requests[0]
    assert (path, headers["authorization"]) == (f"/{name}/v1/models", "Bearer sk-x")
