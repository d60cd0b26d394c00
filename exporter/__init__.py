"""plutus-exporter: balance, spend, burn rate and runway per LLM provider account."""
