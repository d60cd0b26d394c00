"""Plutus's two servers as real processes behind a web configuration, and what they need:
a self-signed certificate, bcrypt users, free ports, a wait for the page."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import bcrypt
import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "prometheus", "correct horse battery staple"


def need(tool: str) -> str:
    """The path of `tool`; skip without it, or fail under CI, where .ci/run installs it."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} missing: .ci/run installs it (Debian packages)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made with the openssl command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = [need("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    command += ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    command += ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(command, check=True, capture_output=True)
    return cert, key


def web_config(folder: Path, *, tls: bool = True, auth: bool = True) -> tuple[Path, Path]:
    """A web configuration file (TLS and/or one bcrypt user); returns it and the cert."""
    cert, key = self_signed(folder)
    lines = []
    if tls:
        lines += ["tls_server_config:", f"  cert_file: {cert}", f"  key_file: {key}"]
    if auth:
        hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=10)).decode()
        lines += ["basic_auth_users:", f"  {USER}: '{hashed}'"]
    path = folder / "web.yml"
    path.write_text("\n".join(lines) + "\n")
    return path, cert


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLUTUS_", "HERMES_"))}
    return {**env, "HOME": str(home), "PYTHONPATH": str(ROOT), **extra}


def start(module: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_served(url: str, process: subprocess.Popen, deadline: float = 30.0, **kw):
    """The first answer the server gives at `url` (any status)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {process.stderr.read()}")
        try:
            return requests.get(url, timeout=5, **kw)
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError(f"nothing answered at {url}")


def stop(process: subprocess.Popen) -> str:
    """Stop the server; its log."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    return process.stderr.read() if process.stderr else ""
