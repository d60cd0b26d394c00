"""The rendering step that writes alertmanager.yml from the template and the SMTP settings."""

import subprocess
import sys

import pytest
import yaml

from alerts.alertmanager_config import EMAIL_TEMPLATES, SettingsError, read_settings, render
from alerts.alertmanager_config import TEMPLATE as ALERTMANAGER_TEMPLATE
from tests.hermes import ROOT

SETTINGS = {
    "PLUTUS_SMTP_SMARTHOST": "smtp.example.com:587",
    "PLUTUS_SMTP_FROM": "plutus@example.com",
    "PLUTUS_ALERT_EMAIL_TO": "owner@example.com",
    "PLUTUS_SMTP_AUTH_USERNAME": "plutus",
    "PLUTUS_SMTP_AUTH_PASSWORD_FILE": "/run/secrets/smtp_password",
}


def rendered(environ, env_file=None) -> dict:
    return yaml.safe_load(
        render(ALERTMANAGER_TEMPLATE.read_text(), read_settings(environ, env_file))
    )


def test_rendering_writes_smtp_host_sender_recipient_and_the_password_file_path():
    config = rendered(SETTINGS)

    assert config["global"] == {
        "smtp_smarthost": "smtp.example.com:587",
        "smtp_from": "plutus@example.com",
        "smtp_auth_username": "plutus",
        "smtp_auth_password_file": "/run/secrets/smtp_password",
        "smtp_require_tls": True,
    }
    assert config["receivers"][0]["email_configs"][0]["to"] == "owner@example.com"
    assert config["templates"] == [str(EMAIL_TEMPLATES)]


def test_rendering_groups_by_provider_inhibits_warnings_and_sends_resolved():
    config = rendered(SETTINGS)

    assert config["route"]["group_by"] == ["alertname", "provider"]
    assert config["route"]["group_wait"] == "30s"
    assert config["receivers"][0]["email_configs"][0]["send_resolved"] is True
    assert config["inhibit_rules"] == [
        {
            "source_matchers": ['severity="critical"', 'provider=~".+"'],
            "target_matchers": ['severity="warning"'],
            "equal": ["provider"],
        }
    ]


def test_rendering_without_a_login_leaves_the_smtp_auth_lines_out():
    login = {"PLUTUS_SMTP_AUTH_USERNAME", "PLUTUS_SMTP_AUTH_PASSWORD_FILE"}
    settings = {k: v for k, v in SETTINGS.items() if k not in login}

    config = rendered({**settings, "PLUTUS_SMTP_REQUIRE_TLS": "false"})

    assert config["global"] == {
        "smtp_smarthost": "smtp.example.com:587",
        "smtp_from": "plutus@example.com",
        "smtp_require_tls": False,
    }


def test_settings_come_from_the_env_file_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "PLUTUS_SMTP_FROM=file@example.com\nPLUTUS_ALERT_EMAIL_TO=file@example.com\n"
    )

    config = rendered(
        {"PLUTUS_SMTP_SMARTHOST": "mail:25", "PLUTUS_SMTP_FROM": "env@example.com"}, env_file
    )

    assert config["global"]["smtp_from"] == "env@example.com"
    assert config["receivers"][0]["email_configs"][0]["to"] == "file@example.com"


def test_a_password_in_the_environment_is_refused_and_pointed_to_a_file():
    with pytest.raises(SettingsError, match="PLUTUS_SMTP_AUTH_PASSWORD_FILE"):
        read_settings({**SETTINGS, "PLUTUS_SMTP_AUTH_PASSWORD": "hunter2"}, None)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("PLUTUS_SMTP_SMARTHOST", "smtp.example.com", "expected host:port"),
        ("PLUTUS_SMTP_REQUIRE_TLS", "maybe", "expected true or false"),
        ("PLUTUS_SMTP_AUTH_USERNAME", "", "without PLUTUS_SMTP_AUTH_USERNAME"),
    ],
)
def test_a_malformed_setting_is_named_with_what_was_expected(name, value, message):
    with pytest.raises(SettingsError, match=message):
        read_settings({**SETTINGS, name: value}, None)


def test_the_command_names_a_missing_setting_and_writes_nothing(tmp_path):
    output = tmp_path / "alertmanager.yml"
    environ = {"PATH": "/usr/bin:/bin", "PLUTUS_SMTP_SMARTHOST": "mail:25"}

    done = run_render(["--output", str(output)], environ, tmp_path)

    assert done.returncode == 2
    assert "PLUTUS_SMTP_FROM is not set: expected the sender address" in done.stderr
    assert not output.exists()


def test_the_rendered_file_passes_amtool_check_config(tmp_path, amtool):
    output = tmp_path / "alertmanager.yml"
    environ = {"PATH": "/usr/bin:/bin", **SETTINGS}

    done = run_render(["--output", str(output)], environ, tmp_path)
    checked = subprocess.run(
        [amtool, "check-config", str(output)], capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 0, done.stderr
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "1 inhibit rules" in checked.stdout
    assert "1 templates" in checked.stdout


def run_render(args, environ, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "alerts.alertmanager_config", *args],
        env={**environ, "PYTHONPATH": str(ROOT)},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
