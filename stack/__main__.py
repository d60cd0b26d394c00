"""Run the Plutus stack as local processes on loopback, from installed binaries, without Docker.

    make stack                      # or: .venv/bin/python -m stack
    .venv/bin/python -m stack --scrape 192.168.1.20:9184   # also scrape a second host

Prometheus (with alerts/*.rules.yml) and Alertmanager (rendered from .env by
plutus-render-alertmanager) always; plutus-exporter on the Hermes home (or the bundled sample
home) and plutus-reconciler making a dry pass every --reconciler-interval with
examples/rules.yaml, when they are installed. Everything stops on Ctrl-C, or when any one of
them exits.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import sys
import time
from pathlib import Path

from alerts.alertmanager_config import SettingsError
from plutus.hermes_home import default_home
from stack import commands, local, processes

log = logging.getLogger("stack")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m stack", description=__doc__)
    parser.add_argument("--run-dir", type=Path, default=Path("state/stack"))
    parser.add_argument("--env-file", type=Path, default=None, help="default: ./.env if present")
    parser.add_argument("--prometheus-listen", default="127.0.0.1:9090")
    parser.add_argument("--alertmanager-listen", default="127.0.0.1:9093")
    parser.add_argument("--exporter-listen", default="127.0.0.1:9184")
    parser.add_argument("--reconciler-listen", default="127.0.0.1:9185")
    parser.add_argument(
        "--scrape",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="another host's exporter to scrape (repeatable)",
    )
    parser.add_argument(
        "--no-exporter", action="store_true", help="scrape --exporter-listen, start nothing there"
    )
    parser.add_argument(
        "--hermes-home",
        type=Path,
        default=default_hermes_home(),
        help="default: $HERMES_HOME, else ~/.hermes; without one, the bundled sample home",
    )
    parser.add_argument("--exporter-config", type=Path, help="the exporter's --config file")
    parser.add_argument(
        "--state-dir",
        type=Path,
        help="exporter and reconciler state; default: theirs, or RUN_DIR/state for the sample",
    )
    parser.add_argument(
        "--rules", type=Path, default=commands.EXAMPLE_RULES, help="default: examples/rules.yaml"
    )
    parser.add_argument("--no-reconciler", action="store_true", help="start no reconciler")
    parser.add_argument("--reconciler-interval", default="5m", help="time between dry passes")
    parser.add_argument(
        "--hermes-config",
        type=Path,
        action="append",
        default=[],
        help="a config.yaml for the dry run (repeatable); default: the Hermes home's",
    )
    args = parser.parse_args(argv)
    if args.state_dir is None and args.hermes_home is None:
        # The exporter builds the sample home in its state folder: the reconciler reads it there.
        args.state_dir = (args.run_dir / "state").resolve()
    return args


def default_hermes_home() -> Path | None:
    home = Path(os.environ["HERMES_HOME"]) if os.environ.get("HERMES_HOME") else default_home()
    return home if home.is_dir() else None


def exporter_command(args: argparse.Namespace) -> list[str] | None:
    binary = shutil.which("plutus-exporter")
    if binary is None or args.no_exporter:
        return None
    run = commands.ExporterRun(
        args.exporter_listen, args.hermes_home, args.exporter_config, args.state_dir
    )
    return commands.exporter_command(binary, run)


def reconciler_command(args: argparse.Namespace, prometheus_url: str) -> list[str] | None:
    binary = shutil.which("plutus-reconciler")
    if binary is None or args.no_reconciler:
        return None
    if not args.rules.is_file():
        log.warning("reconciler not started: no rules file %s (give --rules)", args.rules)
        return None
    home = args.hermes_home or args.state_dir / "sample-home"
    run = commands.ReconcilerRun(
        args.rules,
        prometheus_url,
        tuple(args.hermes_config) or (home / "config.yaml",),
        listen=args.reconciler_listen,
        state_dir=args.state_dir,
        interval=args.reconciler_interval,
    )
    return commands.reconciler_command(binary, run)


def start_all(args: argparse.Namespace, services: list[processes.Service]) -> None:
    """Start each service, appending it to `services` at once so a failure still stops it.

    Alertmanager and Prometheus may listen on port 0: the targets files get the addresses
    they actually bound, and Prometheus picks up a changed targets file by itself.
    """
    run_dir = args.run_dir.resolve()
    run_dir.mkdir(parents=True, exist_ok=True)
    env_file = args.env_file or (Path(".env") if Path(".env").is_file() else None)

    if exporter := exporter_command(args):
        services.append(
            processes.start(
                "exporter",
                exporter,
                run_dir / "exporter.log",
                address=args.exporter_listen,
                ready_path="/metrics",
            )
        )
    else:
        log.warning("exporter not started; scraping %s anyway", args.exporter_listen)

    config = local.alertmanager_file(run_dir, os.environ, env_file)
    alertmanager = local.start_alertmanager(run_dir, config, args.alertmanager_listen)
    services.append(alertmanager)

    config_dir = local.prometheus_dir(
        run_dir,
        exporters=[args.exporter_listen, *args.scrape],
        alertmanagers=[alertmanager.address],
    )
    prometheus = local.start_prometheus(run_dir, config_dir, args.prometheus_listen)
    services.append(prometheus)
    local.write_targets(config_dir / "targets" / "prometheus.json", [prometheus.address])

    if reconciler := reconciler_command(args, prometheus.url):
        services.append(
            processes.start(
                "reconciler",
                reconciler,
                run_dir / "reconciler.log",
                address=args.reconciler_listen,
                ready_path="/metrics",
            )
        )
        local.write_targets(config_dir / "targets" / "reconciler.json", [args.reconciler_listen])
    else:
        log.info("reconciler not started: --no-reconciler, or plutus-reconciler not installed")


def wait_for_exit(services: list[processes.Service]) -> None:
    while all(service.process.poll() is None for service in services):
        time.sleep(0.5)
    exited = next(service for service in services if service.process.poll() is not None)
    log.error("%s exited; stopping the stack. Its log: %s", exited.name, exited.log_path)


def stop_like_ctrl_c(signum, frame) -> None:
    # SIGTERM goes through the same finally as Ctrl-C, which stops every child.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    signal.signal(signal.SIGTERM, stop_like_ctrl_c)
    services: list[processes.Service] = []
    try:
        start_all(args, services)
        for service in services:
            log.info("started name=%s url=%s log=%s", service.name, service.url, service.log_path)
        wait_for_exit(services)
        return 1
    except (SettingsError, processes.ServiceError) as error:
        log.error("%s", error)
        return 2
    except KeyboardInterrupt:
        return 0
    finally:
        for service in reversed(services):
            processes.stop(service)
        log.info("stopped")


if __name__ == "__main__":
    sys.exit(main())
