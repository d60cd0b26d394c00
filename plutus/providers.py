"""The catalogue of providers Plutus knows: names, ledger aliases, hosts, endpoints."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Provider:
    name: str
    hermes_slug: str
    hosts: tuple[str, ...]
    api_base: str
    key_envs: tuple[str, ...]
    prices_id: str | None


CATALOGUE: dict[str, Provider] = {
    p.name: p
    for p in (
        Provider(
            "deepseek",
            "deepseek",
            ("api.deepseek.com",),
            "https://api.deepseek.com",
            ("DEEPSEEK_API_KEY",),
            "deepseek",
        ),
        Provider(
            "anthropic",
            "anthropic",
            ("api.anthropic.com",),
            "https://api.anthropic.com",
            ("ANTHROPIC_API_KEY",),
            "anthropic",
        ),
        Provider(
            "google",
            "gemini",
            ("generativelanguage.googleapis.com",),
            "https://generativelanguage.googleapis.com",
            ("GEMINI_API_KEY", "GOOGLE_API_KEY"),
            "google",
        ),
        Provider(
            "openrouter",
            "openrouter",
            ("openrouter.ai",),
            "https://openrouter.ai/api",
            ("OPENROUTER_API_KEY",),
            "openrouter",
        ),
        Provider(
            "moonshot",
            "kimi-coding",
            ("api.moonshot.ai", "api.moonshot.cn"),
            "https://api.moonshot.ai",
            ("KIMI_API_KEY", "MOONSHOT_API_KEY"),
            "moonshotai",
        ),
        Provider(
            "openai",
            "openai",
            ("api.openai.com",),
            "https://api.openai.com",
            ("OPENAI_API_KEY",),
            "openai",
        ),
    )
}

DEFAULT_PROVIDERS = ("deepseek", "anthropic", "google")

# Ledger strings that name a catalogued provider under another spelling.
ALIASES = {
    "gemini": "google",
    "google-gemini": "google",
    "kimi": "moonshot",
    "kimi-coding": "moonshot",
    "kimi-coding-cn": "moonshot",
}


def provider_for_host(url: str | None) -> str | None:
    """The catalogued provider whose API lives at the host of `url`, if any."""
    host = (urlsplit(url).hostname or "") if url else ""
    for provider in CATALOGUE.values():
        if host in provider.hosts:
            return provider.name
    return None


def plutus_name_sql(provider: str, base_url: str, name_fn: str) -> str:
    """`plutus_name` as a SQL expression, for speed: the spellings Hermes writes (catalogue
    names and aliases, as they are) are mapped in SQL; anything else, `custom` rows among
    them, goes to `name_fn`, a SQL function wrapping `plutus_name` itself."""
    exact = {**{name: name for name in CATALOGUE}, **ALIASES}
    cases = " ".join(f"WHEN '{spelling}' THEN '{name}'" for spelling, name in exact.items())
    return f"CASE {provider} {cases} ELSE {name_fn}({provider}, {base_url}) END"


def plutus_name(ledger_provider: str | None, base_url: str | None = None) -> str:
    """Map a Hermes billing provider string (and base URL) to Plutus's provider name."""
    slug = (ledger_provider or "").strip().lower()
    if not slug:
        return "unknown"
    if slug == "custom":
        return provider_for_host(base_url) or "custom"
    return ALIASES.get(slug, slug)
