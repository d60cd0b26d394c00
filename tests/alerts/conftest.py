import os
import shutil

import pytest


def require_program(name: str) -> str:
    """The path of an installed program; a loud skip without it, a failure under CI=true."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} not installed: apt-get install --no-install-recommends prometheus"
        message += " prometheus-alertmanager (.ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def promtool() -> str:
    return require_program("promtool")


@pytest.fixture
def amtool() -> str:
    return require_program("amtool")


@pytest.fixture
def alertmanager_binary() -> str:
    return require_program("prometheus-alertmanager")


@pytest.fixture
def prometheus_binary() -> str:
    return require_program("prometheus")
