import os

import pytest

from tests.alerts.conftest import promtool, require_program  # noqa: F401  (shared fixtures)
from tests.hermes import hermes_python


@pytest.fixture(scope="module")
def prometheus_required() -> str:
    return require_program("prometheus")


@pytest.fixture(scope="module")
def hermes_python_required():
    """tests/conftest.py's hermes_env, for a stack shared by the tests of a module."""
    if hermes_python() is None:
        message = "Hermes environment (.venv-hermes) missing: `make test` installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return hermes_python()
