"""The configuration file: defaults, and errors that name the file, entry and expectation."""

import pytest

from exporter.config import ConfigError, from_mapping, load_config


def test_no_file_means_the_three_default_providers_with_their_endpoints():
    config = load_config(None)
    assert list(config.providers) == ["deepseek", "anthropic", "google"]
    assert config.providers["deepseek"].api_base == "https://api.deepseek.com"
    assert config.providers["google"].api_key_env == ("GEMINI_API_KEY", "GOOGLE_API_KEY")
    assert (config.burn_window, config.refresh_ledger, config.refresh_balances) == (
        604800.0, 30.0, 300.0,
    )  # fmt: skip


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"burn_window": "7 days"}, "f.yml: burn_window: not a duration: '7 days'"),
        ({"timezone": "Mars/Olympus"}, "f.yml: timezone: expected an IANA zone name"),
        ({"providers": {"anthropic": {"budget_usd": -5}}},
         "f.yml: providers.anthropic.budget_usd: expected a number of zero or more, got -5"),
        ({"providers": {"anthropic": {"budget": 5}}},
         "f.yml: providers.anthropic.budget: unknown key"),
        ({"providers": {"anthropic": {"calibration": {"balance_usd": 5, "at": "yesterday"}}}},
         "f.yml: providers.anthropic.calibration.at: expected an ISO time with a UTC offset"),
        ({"fx_usd": {"CNY": "0.14"}}, "f.yml: fx_usd.CNY: expected a finite number, got '0.14'"),
        ({"refresh": {"ledger": "0s"}}, "f.yml: refresh.ledger: expected a duration above zero"),
        ({"unpriced_share": 2}, "f.yml: unpriced_share: expected a fraction between 0 and 1"),
        ([1, 2], "f.yml: <top level>: expected a mapping"),
        ({"providers": {"anthropic": {"budget_usd": float("inf")}}},
         "f.yml: providers.anthropic.budget_usd: expected a finite number, got inf"),
        ({"fx_usd": {"CNY": float("nan")}}, "f.yml: fx_usd.CNY: expected a finite number, got nan"),
        ({"providers": {"deepseek": {"api_base": 12}}},
         "f.yml: providers.deepseek.api_base: expected a URL, got 12"),
        ({"providers": {"deepseek": {"api_key_env": [1, 2]}}},
         "f.yml: providers.deepseek.api_key_env: expected a variable name or a list of them"),
    ],
)  # fmt: skip
def test_a_bad_entry_is_refused_with_its_dotted_path(raw, message):
    with pytest.raises(ConfigError) as error:
        from_mapping(raw, "f.yml")
    assert str(error.value).startswith(message)


def test_a_file_that_is_not_yaml_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "plutus.yml"
    path.write_text("providers: [unclosed\n")
    with pytest.raises(ConfigError, match=f"^{path}: cannot read configuration"):
        load_config(path)
