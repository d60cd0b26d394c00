"""Render alertmanager.yml from alertmanager.yml.tmpl and the SMTP settings of the environment.

Alertmanager 0.25 expands no environment variables in its configuration, so host, sender and
recipient are written in here, by the one step the compose stack, the local stack and the
tests all run. The SMTP password is never written: Alertmanager reads it from
smtp_auth_password_file.

    plutus-render-alertmanager --env-file .env --output alertmanager.yml
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from dotenv import dotenv_values

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "alertmanager.yml.tmpl"
EMAIL_TEMPLATES = HERE / "templates" / "*.tmpl"
PLACEHOLDER = re.compile(r"^\$\{(\w+)\}$")
UNSET = object()  # an empty setting: its key is left out of the rendered file


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it and what was expected."""


@dataclass(frozen=True)
class Setting:
    name: str
    meaning: str
    default: str | None = None  # None: required

    @property
    def required(self) -> bool:
        return self.default is None


SETTINGS = (
    Setting("PLUTUS_SMTP_SMARTHOST", "the SMTP server as host:port, e.g. smtp.example.com:587"),
    Setting("PLUTUS_SMTP_FROM", "the sender address, e.g. plutus@example.com"),
    Setting("PLUTUS_ALERT_EMAIL_TO", "where alerts go, e.g. me@example.com (comma-separated)"),
    Setting("PLUTUS_SMTP_AUTH_USERNAME", "the SMTP login; empty for no login", ""),
    Setting("PLUTUS_SMTP_AUTH_PASSWORD_FILE", "a file holding the SMTP password", ""),
    Setting("PLUTUS_SMTP_REQUIRE_TLS", "true or false: insist on STARTTLS", "true"),
    Setting("PLUTUS_ALERT_GROUP_WAIT", "how long to gather alerts before the first email", "30s"),
    Setting("PLUTUS_ALERT_GROUP_INTERVAL", "how long between emails about one group", "5m"),
    Setting("PLUTUS_ALERTMANAGER_TEMPLATES", "glob of email templates", str(EMAIL_TEMPLATES)),
)
BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def read_settings(environ: Mapping[str, str], env_file: Path | None) -> dict[str, object]:
    """Each setting from the environment, else the .env file, else its default; validated."""
    from_file = dotenv_values(env_file) if env_file else {}
    if "PLUTUS_SMTP_AUTH_PASSWORD" in environ or "PLUTUS_SMTP_AUTH_PASSWORD" in from_file:
        raise SettingsError(
            "PLUTUS_SMTP_AUTH_PASSWORD is not read: put the password alone in a file and set "
            "PLUTUS_SMTP_AUTH_PASSWORD_FILE to its path"
        )

    values = {}
    for setting in SETTINGS:
        value = environ.get(setting.name, from_file.get(setting.name)) or setting.default
        if value is None:
            raise SettingsError(f"{setting.name} is not set: expected {setting.meaning}")
        values[setting.name] = value.strip()
    return check(values)


def check(values: dict[str, str]) -> dict[str, object]:
    if not re.fullmatch(r"[^\s:]+:\d+", values["PLUTUS_SMTP_SMARTHOST"]):
        raise SettingsError(
            f"PLUTUS_SMTP_SMARTHOST is {values['PLUTUS_SMTP_SMARTHOST']!r}: expected host:port"
        )

    # A password with no login is never sent: say so rather than ignore it.
    if values["PLUTUS_SMTP_AUTH_PASSWORD_FILE"] and not values["PLUTUS_SMTP_AUTH_USERNAME"]:
        raise SettingsError(
            "PLUTUS_SMTP_AUTH_PASSWORD_FILE is set without PLUTUS_SMTP_AUTH_USERNAME"
        )

    tls = values["PLUTUS_SMTP_REQUIRE_TLS"].lower()
    if tls not in BOOLEANS:
        raise SettingsError(f"PLUTUS_SMTP_REQUIRE_TLS is {tls!r}: expected true or false")
    return {**values, "PLUTUS_SMTP_REQUIRE_TLS": BOOLEANS[tls]}


def render(template_text: str, settings: Mapping[str, object]) -> str:
    """The template with each ${SETTING} filled in; a key whose setting is empty is left out."""
    config = fill(yaml.safe_load(template_text), settings)
    header = "# Rendered by plutus-render-alertmanager from alertmanager.yml.tmpl: edit that.\n"
    return header + yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=100)


def fill(node: object, settings: Mapping[str, object]) -> object:
    if isinstance(node, dict):
        filled = {key: fill(value, settings) for key, value in node.items()}
        return {key: value for key, value in filled.items() if value is not UNSET}
    if isinstance(node, list):
        return [fill(item, settings) for item in node]
    if isinstance(node, str) and (match := PLACEHOLDER.match(node)):
        if match.group(1) not in settings:
            raise SettingsError(f"the template names an unknown setting {match.group(1)}")
        return settings[match.group(1)] if settings[match.group(1)] != "" else UNSET
    return node


def write(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        return

    # Replace atomically: a running Alertmanager may reload the file at any moment.
    path = Path(output)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text)
    partial.replace(path)


def render_file(
    output: str,
    environ: Mapping[str, str],
    env_file: Path | None = None,
    template: Path = TEMPLATE,
) -> None:
    """The rendering step itself: settings from `environ` (then `env_file`) into `output`."""
    write(render(template.read_text(), read_settings(environ, env_file)), output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plutus-render-alertmanager", description=__doc__)
    parser.add_argument("--env-file", type=Path, help="a .env file; default: ./.env if present")
    parser.add_argument("--template", type=Path, default=TEMPLATE)
    parser.add_argument("--output", default="-", help="where to write; '-' for stdout")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    env_file = args.env_file or (Path(".env") if Path(".env").is_file() else None)
    try:
        render_file(args.output, os.environ, env_file, args.template)
    except (SettingsError, OSError) as error:
        print(f"plutus-render-alertmanager: {error}", file=sys.stderr)
        return 2
    if args.output != "-":
        log.info("alertmanager config written path=%s", args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
