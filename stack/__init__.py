"""The Plutus stack as local processes on loopback, for users without Docker and for tests."""
