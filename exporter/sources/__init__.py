"""Provider sources: one small module per provider API that reports money left or spent.

Adding one: write a `Source` subclass (see deepseek.py), then register it below.
"""

from __future__ import annotations

from pathlib import Path

from exporter.config import ExporterConfig
from exporter.sources.anthropic_costs import AnthropicCostReport
from exporter.sources.base import RawBalance, Reading, Source, SourceError
from exporter.sources.deepseek import DeepSeekBalance
from exporter.sources.moonshot import MoonshotBalance
from exporter.sources.openrouter import OpenRouterBalance

SOURCES: dict[str, tuple[type[Source], ...]] = {
    "deepseek": (DeepSeekBalance,),
    "openrouter": (OpenRouterBalance,),
    "moonshot": (MoonshotBalance,),
    "anthropic": (AnthropicCostReport,),
}


def build_sources(config: ExporterConfig, home: Path | None) -> dict[tuple[str, str], Source]:
    """The sources of the configured providers, keyed by (kind, provider)."""
    built = {}
    for name, provider in config.providers.items():
        for kind in SOURCES.get(name, ()):
            source = kind.build(provider, home, config)
            if source is not None:
                built[(source.kind, name)] = source
    return built


__all__ = [
    "SOURCES",
    "RawBalance",
    "Reading",
    "Source",
    "SourceError",
    "build_sources",
]
