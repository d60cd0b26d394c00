"""Key-like values are masked in printed text, whatever YAML style holds them."""

import pytest

from reconciler.masking import mask_secrets


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("  api_key: sk-live-0123   # mine\n", "  api_key: ****   # mine\n"),
        ("  \"api_key\": 'sk-live-0123'\n", '  "api_key": ****\n'),
        (
            "  - {name: gw, api_key: sk-live-0123, base_url: https://gw}\n",
            "  - {name: gw, api_key: ****, base_url: https://gw}\n",
        ),
        ("    apiKey: sk-live-0123\n", "    apiKey: ****\n"),
        ("    access_token: tok-0123\n", "    access_token: ****\n"),
        ("    client_secret: s3cr3t\n", "    client_secret: ****\n"),
        ("    password: hunter2\n", "    password: ****\n"),
        ("    key_env: GATEWAY_KEY\n", "    key_env: GATEWAY_KEY\n"),
        ("    api_key_env: sk-live-pasted-here\n", "    api_key_env: ****\n"),
        ("    max_tokens: 4096\n", "    max_tokens: 4096\n"),
        (
            "    base_url: https://api.example.com/v1\n",
            "    base_url: https://api.example.com/v1\n",
        ),
    ],
)
def test_the_value_of_a_key_like_field_is_masked_and_others_are_shown(line, shown):
    assert mask_secrets(line) == shown


def test_a_key_continued_below_its_field_is_masked_to_the_end_of_its_block():
    text = "auth:\n  api_key: |\n    sk-live-0123\n    more\n  token:\n    tok-0123\nnext: 1\n"
    assert mask_secrets(text) == (
        "auth:\n  api_key: ****\n    ****\n    ****\n  token:\n    ****\nnext: 1\n"
    )


def test_crlf_line_ends_stay():
    assert mask_secrets("api_key: sk-1\r\nmodel: x\r\n") == "api_key: ****\r\nmodel: x\r\n"
