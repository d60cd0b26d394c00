import pytest

from tests.reconciler.fakes import FakePrometheus, FakeProviders

MODELS = {
    "deepseek": ["deepseek-chat", "deepseek-reasoner"],
    "anthropic": ["claude-haiku-4-5-20251001", "claude-opus-4-8", "claude-sonnet-4-6"],
    "google": ["gemini-2.5-flash", "gemini-3.1-pro-preview"],
}


@pytest.fixture
def providers():
    fake = FakeProviders({k: list(v) for k, v in MODELS.items()})
    yield fake
    fake.close()


@pytest.fixture
def prometheus():
    fake = FakePrometheus({})
    yield fake
    fake.close()
