"""The shared metrics server under --web.config.file: TLS and basic auth."""

import shutil
import subprocess

import bcrypt
import pytest
import requests
from prometheus_client import CollectorRegistry, Gauge

from plutus.web import WebConfig, load_web_config, serve
from tests.security.servers import self_signed


@pytest.fixture
def registry():
    registry = CollectorRegistry()
    Gauge("plutus_test_value", "A value for the test", registry=registry).set(7)
    return registry


def started(registry, config=None):
    server, _ = serve(registry, "127.0.0.1:0", config)
    return server, server.server_address[1]


def test_basic_auth_lets_only_a_listed_user_with_the_password_through(registry, tmp_path):
    hashed = bcrypt.hashpw(b"s3cret", bcrypt.gensalt(rounds=4)).decode()
    web = tmp_path / "web.yml"
    web.write_text(f"basic_auth_users:\n  prometheus: '{hashed}'\n")
    server, port = started(registry, load_web_config(web))
    try:
        url = f"http://127.0.0.1:{port}/metrics"
        assert requests.get(url, timeout=5).status_code == 401
        assert requests.get(url, auth=("prometheus", "wrong"), timeout=5).status_code == 401
        page = requests.get(url, auth=("prometheus", "s3cret"), timeout=5)
        assert page.status_code == 200
        assert "plutus_test_value 7.0" in page.text
    finally:
        server.shutdown()


def test_tls_serves_the_page_over_https(registry, tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed: no certificate to test TLS with")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    command += ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    command += ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(command, check=True, capture_output=True)
    config = WebConfig(tls={"cert_file": str(cert), "key_file": str(key)})
    server, port = started(registry, config)
    try:
        page = requests.get(f"https://127.0.0.1:{port}/metrics", verify=str(cert), timeout=5)
        assert "plutus_test_value 7.0" in page.text
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
    finally:
        server.shutdown()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("http_server_config: {http2: true}\n", "http_server_config: not supported by Plutus"),
        ("tls_server_config: {cert_file: a.pem}\n", "expected cert_file and key_file"),
        (
            "tls_server_config: {cert_file: a, key_file: b, client_auth_type: Maybe}\n",
            "tls_server_config.client_auth_type: expected one of NoClientCert",
        ),
    ],
)
def test_a_bad_web_configuration_is_refused_by_name(tmp_path, text, message):
    web = tmp_path / "web.yml"
    web.write_text(text)
    with pytest.raises(ValueError, match=message):
        load_web_config(web)


def test_a_verified_password_is_remembered_so_later_scrapes_skip_bcrypt(registry, monkeypatch):
    hashed = bcrypt.hashpw(b"s3cret", bcrypt.gensalt(rounds=4))
    checks = []
    real = bcrypt.checkpw
    monkeypatch.setattr(bcrypt, "checkpw", lambda pw, h: checks.append(pw) or real(pw, h))
    server, port = started(registry, WebConfig(users={"prometheus": hashed}))
    try:
        url = f"http://127.0.0.1:{port}/metrics"
        answers = [requests.get(url, auth=("prometheus", "s3cret"), timeout=5) for _ in range(20)]
        wrong = [requests.get(url, auth=("prometheus", "nope"), timeout=5) for _ in range(2)]
    finally:
        server.shutdown()

    assert [a.status_code for a in answers] == [200] * 20
    assert [a.status_code for a in wrong] == [401, 401]
    assert checks == [b"s3cret", b"nope", b"nope"]


def test_certificate_paths_are_relative_to_the_web_configuration_file(tmp_path, registry):
    folder = tmp_path / "tls"
    folder.mkdir()
    cert, _key = self_signed(folder)
    (folder / "web.yml").write_text(
        "tls_server_config:\n  cert_file: cert.pem\n  key_file: key.pem\n"
    )
    server, port = started(registry, load_web_config(folder / "web.yml"))
    try:
        page = requests.get(f"https://127.0.0.1:{port}/metrics", verify=str(cert), timeout=5)
    finally:
        server.shutdown()
    assert "plutus_test_value 7.0" in page.text


def test_a_required_client_certificate_lets_only_its_holder_through(registry, tmp_path):
    server_dir, client_dir = tmp_path / "server", tmp_path / "client"
    server_dir.mkdir()
    client_dir.mkdir()
    cert, key = self_signed(server_dir)
    client_cert, client_key = self_signed(client_dir)
    stranger_cert, stranger_key = self_signed(tmp_path)
    tls = {"cert_file": str(cert), "key_file": str(key), "client_ca_file": str(client_cert),
           "client_auth_type": "RequireAndVerifyClientCert"}  # fmt: skip
    server, port = started(registry, WebConfig(tls=tls))
    url = f"https://127.0.0.1:{port}/metrics"
    try:
        holder = (str(client_cert), str(client_key))
        page = requests.get(url, verify=str(cert), cert=holder, timeout=5)
        for other in [None, (str(stranger_cert), str(stranger_key))]:
            # Refused in the handshake (or, with TLS 1.3, right after it): no page either way.
            with pytest.raises(requests.ConnectionError):
                requests.get(url, verify=str(cert), cert=other, timeout=5)
    finally:
        server.shutdown()
    assert "plutus_test_value 7.0" in page.text
