import os

import pytest

from tests.hermes import hermes_python


@pytest.fixture
def hermes_env():
    """Hermes's own code is required; under CI a missing environment fails instead of skipping."""
    if hermes_python() is None:
        message = "Hermes environment (.venv-hermes) missing: `make test` installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return hermes_python()
