"""Code both Plutus processes share: the provider catalogue, Hermes homes, state files."""

__version__ = "0.1.0"
