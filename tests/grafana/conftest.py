import pytest

from tests.alerts.conftest import prometheus_binary, promtool, require_program  # noqa: F401
from tests.hermes import hermes_python


@pytest.fixture(scope="module")
def prometheus_required() -> str:
    return require_program("prometheus")


@pytest.fixture(scope="module")
def hermes_python_required():
    """Module-scoped twin of tests/conftest.py's hermes_env, for module-scoped stacks."""
    import os

    if hermes_python() is None:
        message = "Hermes environment (.venv-hermes) missing: `make test` installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return hermes_python()
