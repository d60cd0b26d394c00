"""The README's "Adding a provider" example, taken from the README itself, works as written."""

import re
import types
from pathlib import Path

import pytest

from exporter import sources
from tests.exporter.support import make_exporter, sample
from tests.fake_provider import FakeProvider

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_example() -> type:
    section = README.read_text().split("### Adding a provider", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    module = types.ModuleType("example_source")
    exec(compile(re.sub(r"^   ", "", code, flags=re.M), "README example", "exec"), module.__dict__)
    return module.ExampleBalance


def test_the_readme_example_provider_reports_its_balance(tmp_path, monkeypatch):
    monkeypatch.setitem(sources.SOURCES, "example", (readme_example(),))
    monkeypatch.setenv("EXAMPLE_API_KEY", "sk-example-test")
    with FakeProvider() as fake:
        fake.routes["/v1/account/balance"] = (200, {"balance": "12.34", "currency": "USD"})
        cfg = {"providers": {"example": {"api_base": fake.url, "api_key_env": "EXAMPLE_API_KEY"}}}
        exporter, _clock = make_exporter(tmp_path / "home", tmp_path / "s", cfg)
        exporter.refresh_balances()

    assert sample(exporter, "plutus_balance_usd", provider="example", source="live") == (
        pytest.approx(12.34)
    )
    assert sample(exporter, "plutus_provider_info", provider="example", balance_source="live") == 1
