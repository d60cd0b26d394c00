"""Start a Prometheus-family server as a child process, learn its port, stop it by its id."""

from __future__ import annotations

import re
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# Prometheus and Alertmanager both log the address they bound, so port 0 can be used.
LISTENING = re.compile(rb'msg="Listening on" address=(\S+)')


class ServiceError(RuntimeError):
    """A service exited or did not become ready in time; the message carries its log's tail."""


@dataclass
class Service:
    name: str
    process: subprocess.Popen
    log_path: Path
    address: str = ""

    @property
    def url(self) -> str:
        return f"http://{self.address}"

    def log_tail(self, size: int = 4000) -> str:
        return self.log_path.read_bytes()[-size:].decode(errors="replace")


def start(
    name: str,
    command: list[str],
    log_path: Path,
    *,
    address: str = "",
    ready_path: str = "/-/ready",
    timeout: float = 30,
    env: Mapping[str, str] | None = None,
) -> Service:
    """Run `command` and wait until it answers `ready_path`; stop it if it never does.

    Without `address`, the address is read from the "Listening on" line of its log; without
    `env`, it inherits this process's environment.
    """
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    service = Service(name, process, log_path, address)
    try:
        deadline = time.monotonic() + timeout
        service.address = address or wait_for_address(service, deadline)
        wait_ready(service, ready_path, deadline)
    except BaseException:
        stop(service)
        raise
    return service


def wait_for_address(service: Service, deadline: float) -> str:
    while time.monotonic() < deadline:
        if match := LISTENING.search(service.log_path.read_bytes()):
            return match.group(1).decode()
        if service.process.poll() is not None:
            raise ServiceError(f"{service.name} exited:\n{service.log_tail()}")
        time.sleep(0.05)
    raise ServiceError(f"{service.name} did not listen in time:\n{service.log_tail()}")


def wait_ready(service: Service, path: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{service.url}{path}", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            pass
        if service.process.poll() is not None:
            raise ServiceError(f"{service.name} exited:\n{service.log_tail()}")
        time.sleep(0.1)
    raise ServiceError(f"{service.name} was not ready in time:\n{service.log_tail()}")


def stop(service: Service, grace: float = 10) -> None:
    """SIGTERM to this process only, then SIGKILL if it has not exited within `grace` seconds."""
    if service.process.poll() is not None:
        return
    service.process.terminate()
    try:
        service.process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        service.process.kill()
        service.process.wait(timeout=grace)
