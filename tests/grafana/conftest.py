from tests.alerts.conftest import prometheus_binary, promtool  # noqa: F401  (shared fixtures)
