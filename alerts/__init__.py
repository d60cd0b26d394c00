"""Prometheus rules and Alertmanager configuration for Plutus, and the step that renders it."""
