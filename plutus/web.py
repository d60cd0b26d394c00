"""Serving a metrics page under `--web.config.file`, the web configuration Prometheus exporters
share (https://github.com/prometheus/exporter-toolkit/blob/master/docs/web-configuration.md).

Supported: `tls_server_config` (cert_file, key_file, client_ca_file, client_auth_type,
min_version) and `basic_auth_users` (bcrypt hashes). Anything else is refused by name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

import bcrypt
import yaml
from prometheus_client import make_wsgi_app
from prometheus_client.registry import CollectorRegistry

from plutus import yaml_errors
from plutus.wsgi_server import WSGIHandler, WSGIServer

log = logging.getLogger(__name__)

# A client gets this long to finish its TLS handshake and send its request, so one that
# connects and says nothing holds one thread for a while, never the server.
CLIENT_TIMEOUT = 10.0

_TLS_KEYS = ("cert_file", "key_file", "client_ca_file", "client_auth_type", "min_version")
_CLIENT_AUTH = {
    "NoClientCert": ssl.CERT_NONE,
    "VerifyClientCertIfGiven": ssl.CERT_OPTIONAL,
    "RequireAndVerifyClientCert": ssl.CERT_REQUIRED,
}
_VERSIONS = {
    "TLS10": ssl.TLSVersion.TLSv1,
    "TLS11": ssl.TLSVersion.TLSv1_1,
    "TLS12": ssl.TLSVersion.TLSv1_2,
    "TLS13": ssl.TLSVersion.TLSv1_3,
}


@dataclass(frozen=True)
class WebConfig:
    tls: dict = field(default_factory=dict)
    users: dict[str, bytes] = field(default_factory=dict)


def load_web_config(path: Path | str) -> WebConfig:
    """Read and check a web configuration file; ValueError names the file and the entry."""
    try:
        raw = yaml.safe_load(Path(path).read_text()) or {}
    except OSError as exc:
        raise ValueError(f"{path}: cannot read web configuration: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {yaml_errors.describe(exc)}") from exc
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    unknown = sorted(set(raw) - {"tls_server_config", "basic_auth_users"})
    if unknown:
        raise ValueError(f"{path}: {unknown[0]}: not supported by Plutus")
    tls = raw.get("tls_server_config") or {}
    users = raw.get("basic_auth_users") or {}
    if not isinstance(tls, dict) or not isinstance(users, dict):
        raise ValueError(f"{path}: tls_server_config and basic_auth_users must be mappings")
    bad = sorted(set(tls) - set(_TLS_KEYS))
    if bad:
        raise ValueError(f"{path}: tls_server_config.{bad[0]}: not supported by Plutus")
    if tls and not (tls.get("cert_file") and tls.get("key_file")):
        raise ValueError(f"{path}: tls_server_config: expected cert_file and key_file")
    if tls.get("client_auth_type", "NoClientCert") not in _CLIENT_AUTH:
        raise ValueError(
            f"{path}: tls_server_config.client_auth_type: expected one of {', '.join(_CLIENT_AUTH)}"
        )
    if tls.get("min_version", "TLS12") not in _VERSIONS:
        raise ValueError(
            f"{path}: tls_server_config.min_version: expected one of {', '.join(_VERSIONS)}"
        )
    # As in Prometheus's exporter toolkit, file paths are relative to the web configuration.
    tls = {k: _beside(path, v) if k.endswith("_file") else v for k, v in tls.items()}
    hashes = {str(user): str(hashed).encode() for user, hashed in users.items()}
    for user, hashed in hashes.items():
        if not hashed.startswith((b"$2a$", b"$2b$", b"$2y$")) or not hashed[4:6].isdigit():
            raise ValueError(f"{path}: basic_auth_users.{user}: expected a bcrypt hash")
    if tls:
        _check_tls(path, tls)
    return WebConfig(tls, hashes)


def _beside(config: Path | str, value) -> str:
    return str(Path(config).parent / str(value))


def _check_tls(path: Path | str, tls: dict) -> None:
    """Load the certificate and key now, so a bad one stops the start, not the first scrape."""
    try:
        _tls_context(tls)
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror or getattr(exc, "reason", None) or type(exc).__name__
        raise ValueError(f"{path}: tls_server_config: cannot load: {reason}") from exc


def _tls_context(tls: dict) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = _VERSIONS[tls.get("min_version", "TLS12")]
    context.load_cert_chain(tls["cert_file"], tls["key_file"])
    context.verify_mode = _CLIENT_AUTH[tls.get("client_auth_type", "NoClientCert")]
    if tls.get("client_ca_file"):
        context.load_verify_locations(tls["client_ca_file"])
    return context


def _basic_auth(app, users: dict[str, bytes]):
    """Wrap a WSGI app so only listed users with their password get through."""
    # bcrypt is slow by design: a checked (user, password) pair is remembered by its digest.
    passed: set[bytes] = set()
    # An unknown user costs a bcrypt check as dear as a real one: timing tells no user names.
    rounds = int(next(iter(users.values()))[4:6])
    stand_in = bcrypt.hashpw(b"not a password", bcrypt.gensalt(rounds=rounds))

    def allowed(header: str) -> bool:
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        digest = hashlib.sha256(f"{user}\0{password}".encode()).digest()
        if any(hmac.compare_digest(digest, known) for known in passed):
            return True
        try:
            matches = bcrypt.checkpw(password.encode(), users.get(user, stand_in))
        except ValueError:  # a password bcrypt cannot take (over 72 bytes)
            return False
        if matches and user in users:
            passed.add(digest)
        return matches and user in users

    def guarded(environ, start_response):
        if allowed(environ.get("HTTP_AUTHORIZATION", "")):
            return app(environ, start_response)
        start_response("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="plutus"')])
        return [b"Unauthorized\n"]

    return guarded


class _Handler(WSGIHandler):
    timeout = CLIENT_TIMEOUT


class _Server(WSGIServer):
    """One thread per connection; with TLS, the handshake happens in that thread too."""

    tls_context: ssl.SSLContext | None = None

    def process_request_thread(self, request, client_address):
        if self.tls_context is not None:
            try:
                request.settimeout(CLIENT_TIMEOUT)
                request = self.tls_context.wrap_socket(request, server_side=True)
            except (OSError, ssl.SSLError) as exc:
                log.debug("tls handshake failed client=%s error=%s", client_address[0], exc)
                request.close()
                return
        super().process_request_thread(request, client_address)


def parse_listen(text: str) -> tuple[str, int]:
    """`HOST:PORT` (IPv6 in brackets) into a bind address and a port."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"--listen {text!r}: expected HOST:PORT")
    return host.strip("[]") or "127.0.0.1", int(port)


def serve(registry: CollectorRegistry, listen: str, web_config: WebConfig | None = None):
    """Serve `registry` on `listen` in a background thread; returns (server, thread)."""
    host, port = parse_listen(listen)
    config = web_config or WebConfig()
    app = make_wsgi_app(registry)
    if config.users:
        app = _basic_auth(app, config.users)

    class Server(_Server):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        tls_context = _tls_context(config.tls) if config.tls else None

    server = Server((host, port), _Handler)
    server.app, server.scheme = app, "https" if config.tls else "http"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
