"""docker-compose.yml on its own: it parses, pins its images, binds loopback, holds no secret."""

import tomllib

import yaml

from tests.compose.compose import COMPOSE_FILE, compose, mounts, normalized
from tests.hermes import ROOT

SERVICES = {
    "exporter",
    "reconciler",
    "prometheus",
    "alertmanager-config",
    "alertmanager",
    "mailpit",
    "grafana",
}


def test_the_compose_file_passes_the_compose_config_check(tmp_path):
    done = compose(tmp_path, "config", "--quiet")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_the_stack_has_every_service(tmp_path):
    assert set(normalized(tmp_path)["services"]) == SERVICES


def test_every_image_is_pinned_to_a_version_and_plutus_to_its_own(tmp_path):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    images = {name: s["image"] for name, s in normalized(tmp_path)["services"].items()}

    assert images == {
        "exporter": f"plutus:{version}",
        "reconciler": f"plutus:{version}",
        "alertmanager-config": f"plutus:{version}",
        "prometheus": "prom/prometheus:v2.42.0",
        "alertmanager": "prom/alertmanager:v0.25.0",
        "mailpit": "axllent/mailpit:v1.22.3",
        "grafana": "grafana/grafana:10.1.5",
    }


def test_every_port_is_bound_to_loopback(tmp_path):
    ports = {
        (name, port["host_ip"], port["published"], port["target"])
        for name, service in normalized(tmp_path)["services"].items()
        for port in service.get("ports", [])
    }
    assert ports == {
        ("exporter", "127.0.0.1", "9184", 9184),
        ("reconciler", "127.0.0.1", "9185", 9185),
        ("prometheus", "127.0.0.1", "9090", 9090),
        ("alertmanager", "127.0.0.1", "9093", 9093),
        ("mailpit", "127.0.0.1", "8025", 8025),
        ("grafana", "127.0.0.1", "3000", 3000),
    }


def test_every_long_running_service_has_a_health_check(tmp_path):
    services = normalized(tmp_path)["services"]
    checked = {name for name, service in services.items() if service.get("healthcheck")}
    assert checked == SERVICES - {"alertmanager-config"}
    assert services["alertmanager-config"]["restart"] == "no"


def test_no_password_or_key_is_written_in_the_file_only_paths_to_files(tmp_path):
    config = normalized(tmp_path)
    secret_words = ("PASSWORD", "KEY", "TOKEN", "SECRET")
    written = {
        (name, variable)
        for name, service in config["services"].items()
        for variable in (service.get("environment") or {})
        if any(word in variable for word in secret_words) and not variable.endswith("_FILE")
    }
    files = {name: secret["file"] for name, secret in config["secrets"].items()}

    assert written == set()
    assert files == {
        "smtp_password": str(ROOT / "secrets" / "smtp_password"),
        "grafana_admin_password": str(ROOT / "secrets" / "grafana_admin_password"),
    }
    assert "/secrets/" in (ROOT / ".gitignore").read_text().split()


def test_the_exporter_reads_the_hermes_home_read_only_and_the_reconciler_may_write(tmp_path):
    services = normalized(tmp_path)["services"]
    exporter, reconciler = mounts(services["exporter"]), mounts(services["reconciler"])
    home = str(tmp_path / "home" / ".hermes")

    assert (exporter["/hermes"]["source"], exporter["/hermes"].get("read_only")) == (home, True)
    assert (reconciler["/hermes"]["source"], reconciler["/hermes"].get("read_only")) == (
        home,
        None,
    )


def test_real_smtp_settings_in_dot_env_override_the_mail_sink():
    raw = yaml.safe_load(COMPOSE_FILE.read_text())
    env_files = raw["services"]["alertmanager-config"]["env_file"]

    # Later files win: .env beside the compose file, when present, over the mailpit defaults.
    assert env_files == [
        {"path": "./stack/compose/mailpit.env"},
        {"path": "./.env", "required": False},
    ]
