"""Plutus's reconciler: steers Hermes's model routing toward the provider with the most runway."""
