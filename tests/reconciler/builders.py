"""Rules files and configs for the tests, written out as text so each test shows its input."""

from __future__ import annotations

from pathlib import Path

import yaml

from reconciler.rules import Rules, parse_rules

MODELS = {
    "deepseek": ("deepseek-reasoner", "deepseek-chat"),
    "anthropic": ("claude-opus-4-8", "claude-haiku-4-5-20251001"),
    "google": ("gemini-3.1-pro-preview", "gemini-2.5-flash"),
}
KEY_ENVS = {
    "deepseek": "DEEPSEEK_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google": "GEMINI_API_KEY",
}


def rules_text(
    bases: dict[str, str] | None = None,
    *,
    names: tuple[str, ...] = ("deepseek", "anthropic", "google"),
    tail: str = "hysteresis:\n  ratio: 1.5\n",
) -> str:
    """A rules file for `names`; `bases` points each provider's api_base at a fake server."""
    lines = ["enabled: true", "providers:"]
    for name in names:
        flagship, fast = MODELS[name]
        base = (bases or {}).get(name, f"https://{name}.invalid")
        lines += [
            f"  {name}:",
            f"    flagship: {flagship}",
            f"    fast: {fast}",
            f"    api_base: {base}",
            f"    api_key_env: {KEY_ENVS[name]}",
        ]
    return "\n".join(lines) + "\n" + tail


def rules_from(text: str) -> Rules:
    return parse_rules(yaml.safe_load(text), "rules.yaml")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path
