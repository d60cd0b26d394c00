"""Both metrics pages behind --web.config.file, as real processes: TLS with the configured
certificate, basic auth, and a client that connects and says nothing."""

import socket
import ssl

import pytest
import requests

from tests.security.servers import (
    PASSWORD,
    ROOT,
    USER,
    clean_env,
    free_port,
    start,
    stop,
    wait_until_served,
    web_config,
)


def exporter_args(tmp_path, port: int) -> tuple[str, list[str]]:
    return "exporter", ["--listen", f"127.0.0.1:{port}", "--state-dir", str(tmp_path / "state")]


def reconciler_args(tmp_path, port: int) -> tuple[str, list[str]]:
    args = ["--rules", str(ROOT / "examples" / "rules.yaml"), "--listen", f"127.0.0.1:{port}"]
    args += ["--metrics-url", f"http://127.0.0.1:{free_port()}/metrics"]
    args += ["--hermes-config", str(tmp_path / "hermes" / "config.yaml")]
    return "reconciler.cli", [*args, "--state-dir", str(tmp_path / "state")]


SERVERS = {"exporter": exporter_args, "reconciler": reconciler_args}
FIRST_LINE = {
    "exporter": "# HELP plutus_exporter_build_info Plutus version.",
    "reconciler": "# HELP plutus_route_info",
}


@pytest.fixture(params=sorted(SERVERS))
def protected(request, tmp_path):
    """(kind, https URL, certificate) of a server with TLS and basic auth."""
    web, cert = web_config(tmp_path)
    port = free_port()
    module, args = SERVERS[request.param](tmp_path, port)
    env = clean_env(tmp_path / "user", PLUTUS_WEB_CONFIG_FILE=str(web))
    process = start(module, args, env)
    url = f"https://127.0.0.1:{port}/metrics"
    wait_until_served(url, process, verify=str(cert))
    yield request.param, url, cert
    stop(process)


def test_the_page_is_served_over_tls_with_the_configured_certificate(protected):
    kind, url, cert = protected
    page = requests.get(url, verify=str(cert), auth=(USER, PASSWORD), timeout=5)

    assert page.status_code == 200
    assert page.text.startswith(FIRST_LINE[kind])
    served = ssl.get_server_certificate(("127.0.0.1", int(url.split(":")[2].split("/")[0])))
    assert ssl.PEM_cert_to_DER_cert(served) == ssl.PEM_cert_to_DER_cert(cert.read_text())


@pytest.mark.parametrize(
    "auth",
    [None, (USER, "wrong"), ("someone", PASSWORD), (USER, PASSWORD + "x"), (USER, "x" * 100)],
    ids=["missing", "wrong-password", "unknown-user", "longer-password", "over-72-bytes"],
)
def test_a_missing_or_wrong_password_gets_401_and_no_figures(protected, auth):
    _, url, cert = protected
    page = requests.get(url, verify=str(cert), auth=auth, timeout=5)

    assert (page.status_code, page.text) == (401, "Unauthorized\n")
    assert page.headers["WWW-Authenticate"] == 'Basic realm="plutus"'


def test_plain_http_to_the_tls_port_gets_no_page(protected):
    _, url, _cert = protected
    with pytest.raises(requests.ConnectionError):
        requests.get(url.replace("https://", "http://"), auth=(USER, PASSWORD), timeout=5)


def test_a_client_that_connects_and_says_nothing_does_not_hold_up_other_scrapes(protected):
    _, url, cert = protected
    port = int(url.split(":")[2].split("/")[0])
    with (
        socket.create_connection(("127.0.0.1", port)),
        socket.create_connection(("127.0.0.1", port)),
    ):
        page = requests.get(url, verify=str(cert), auth=(USER, PASSWORD), timeout=5)
    assert page.status_code == 200


def test_a_certificate_that_cannot_be_loaded_stops_the_start_naming_the_file(tmp_path):
    web = tmp_path / "web.yml"
    web.write_text(f"tls_server_config:\n  cert_file: {tmp_path}/no.pem\n  key_file: k.pem\n")
    module, args = exporter_args(tmp_path, free_port())
    process = start(module, [*args, "--web.config.file", str(web)], clean_env(tmp_path))

    assert process.wait(timeout=30) == 2
    assert process.stderr.read() == (
        f"plutus-exporter: {web}: tls_server_config: cannot load: No such file or directory\n"
    )
