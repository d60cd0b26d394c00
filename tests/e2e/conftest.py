# The e2e tests need Prometheus and Alertmanager like the alert tests: the same loud skips.
from tests.alerts.conftest import alertmanager_binary, prometheus_binary

__all__ = ["alertmanager_binary", "prometheus_binary"]
