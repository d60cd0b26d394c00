"""plutus-exporter: serve (the default), status, calibrate."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from pathlib import Path

from exporter import calibration, sample
from exporter.collector import SnapshotCollector
from exporter.config import ConfigError, load_config
from exporter.server import serve
from exporter.service import Exporter
from exporter.sources import build_sources
from exporter.status import render_json, render_table
from plutus.hermes_home import default_home
from plutus.statefile import private_state_dir
from plutus.web import load_web_config

log = logging.getLogger("exporter")
COMMANDS = ("serve", "status", "calibrate")


def _common(parser: argparse.ArgumentParser) -> None:
    env = os.environ.get
    parser.add_argument("--config", default=env("PLUTUS_CONFIG"), help="exporter YAML file")
    parser.add_argument("--hermes-home", default=env("HERMES_HOME"), help="Hermes home folder")
    parser.add_argument("--state-dir", default=env("PLUTUS_STATE_DIR"), help="state folder")
    parser.add_argument(
        "--log-level",
        default=env("PLUTUS_LOG_LEVEL", "info").lower(),
        choices=["debug", "info", "warning", "error"],
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plutus-exporter", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="serve /metrics (the default)")
    _common(serve_cmd)
    serve_cmd.add_argument("--listen", default=os.environ.get("PLUTUS_LISTEN", "127.0.0.1:9877"))
    serve_cmd.add_argument(
        "--web.config.file",
        dest="web_config_file",
        default=os.environ.get("PLUTUS_WEB_CONFIG_FILE"),
        metavar="FILE",
        help="TLS and basic auth for /metrics, in the format Prometheus exporters share",
    )
    status_cmd = commands.add_parser("status", help="print the current figures")
    _common(status_cmd)
    status_cmd.add_argument("--json", action="store_true")
    cal = commands.add_parser("calibrate", help="record balances read off provider consoles")
    _common(cal)
    cal.add_argument("assignments", nargs="+", metavar="PROVIDER=USD")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "serve")
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    try:
        return {"serve": _serve, "status": _status, "calibrate": _calibrate}[args.command](args)
    except (ConfigError, calibration.CalibrationError, ValueError) as exc:
        print(f"plutus-exporter: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a folder it cannot read, a port already taken, ...
        where = f" {exc.filename}" if exc.filename else ""
        print(f"plutus-exporter:{where} {exc.strerror or exc}", file=sys.stderr)
        return 2


def _state_dir(args) -> Path:
    if args.state_dir:
        return Path(args.state_dir)
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "plutus"


def _setup(args) -> Exporter:
    """The exporter for these arguments, on the sample home when there is no Hermes home."""
    state_dir = private_state_dir(_state_dir(args))
    home, is_sample = _home(args, state_dir)
    config_path = args.config or (home / "plutus.yml" if is_sample else None)
    config = load_config(Path(config_path) if config_path else None)
    if is_sample:
        log.warning(
            "serving SAMPLE data: no Hermes home given and %s does not exist", default_home()
        )
    return Exporter(config, home, state_dir, sample=is_sample)


def _home(args, state_dir: Path) -> tuple[Path, bool]:
    if args.hermes_home:
        home = Path(args.hermes_home)
        if not home.exists():
            raise ValueError(f"Hermes home {home} does not exist")
        if not home.is_dir():
            raise ValueError(f"Hermes home {home} is not a folder")
        return home, False
    if default_home().is_dir():
        return default_home(), False
    return sample.materialize(state_dir / "sample-home", time.time()), True


def _serve(args) -> int:
    web_config = load_web_config(args.web_config_file) if args.web_config_file else None
    exporter = _setup(args)
    server, _ = serve(SnapshotCollector(exporter.snapshot), args.listen, web_config)
    log.info(
        "serving listen=%s tls=%s basic_auth=%s home=%s sample=%s",
        args.listen,
        str(bool(web_config and web_config.tls)).lower(),
        str(bool(web_config and web_config.users)).lower(),
        exporter.home,
        exporter.sample,
    )
    signal.signal(signal.SIGTERM, lambda *_: exporter.stop())
    try:
        exporter.run_forever()
    except KeyboardInterrupt:
        exporter.stop()
    server.shutdown()
    log.info("stopped")
    return 0


def _status(args) -> int:
    exporter = _setup(args)
    exporter.refresh_balances()
    exporter.refresh_ledger()
    snapshot = exporter.snapshot()
    print(render_json(snapshot) if args.json else render_table(snapshot), end="")
    return 0


def _calibrate(args) -> int:
    state_dir = _state_dir(args)
    config = load_config(Path(args.config) if args.config else None)
    home = Path(args.hermes_home) if args.hermes_home else default_home()
    live = {name for kind, name in build_sources(config, home) if kind == "balance"}
    for message in calibration.record(state_dir, config, live, args.assignments, time.time()):
        print(message)
    return 0
