"""Live balance sources: one module per provider API that reports money left."""

from exporter.sources.base import BalanceReading, BalanceSource, SourceError
from exporter.sources.deepseek import DeepSeekBalance

LIVE_SOURCES: dict[str, type[BalanceSource]] = {"deepseek": DeepSeekBalance}

__all__ = ["LIVE_SOURCES", "BalanceReading", "BalanceSource", "SourceError"]
