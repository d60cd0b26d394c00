"""plutus-reconciler: run passes (once or on an interval), explain one, or roll a write back."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from plutus.web import load_web_config
from reconciler import hermes_config
from reconciler.explain import explain
from reconciler.metrics import ReconcilerCollector, serve
from reconciler.passes import Reconciler
from reconciler.rules import Rules, RulesError, load_rules, parse_duration
from reconciler.signals import MetricsPageSource, PrometheusSource, Source

log = logging.getLogger(__name__)

COMMANDS = ("run", "explain", "rollback")
DEFAULT_METRICS_URL = "http://127.0.0.1:9877/metrics"
DEFAULT_LISTEN = "127.0.0.1:9878"


def _default_config() -> str:
    home = os.environ.get("HERMES_HOME") or str(Path.home() / ".hermes")
    return str(Path(home) / "config.yaml")


def _parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog="plutus-reconciler",
        description="Steer Hermes's model routing toward the provider with the most runway. "
        "Commands: run (default), explain, rollback.",
    )
    parser.add_argument("--rules", default=env("PLUTUS_RULES"), help="rules file (YAML)")
    parser.add_argument(
        "--hermes-config",
        action="append",
        metavar="FILE",
        help="a Hermes config.yaml; repeat once per profile (default: $HERMES_HOME/config.yaml)",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--prometheus-url", default=env("PLUTUS_PROMETHEUS_URL"))
    source.add_argument(
        "--metrics-url",
        default=env("PLUTUS_METRICS_URL"),
        help=f"the exporter's page, without Prometheus (default {DEFAULT_METRICS_URL})",
    )
    state = env("PLUTUS_STATE_DIR") or str(Path.home() / ".local" / "state" / "plutus")
    parser.add_argument("--state-dir", default=state, help="pass history and backups")
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument("--dry-run", action="store_true", help="print the diff, write nothing")
    parser.add_argument(
        "--interval",
        help="e.g. 15m, 1h (default $PLUTUS_INTERVAL, else 1h); with --dry-run: dry passes on it",
    )
    parser.add_argument(
        "--listen",
        default=env("PLUTUS_RECONCILER_LISTEN"),
        metavar="HOST:PORT",
        help=f"serve own metrics here (loop default {DEFAULT_LISTEN}, loopback)",
    )
    parser.add_argument(
        "--web.config.file",
        dest="web_config_file",
        default=env("PLUTUS_WEB_CONFIG_FILE"),
        metavar="FILE",
        help="TLS and basic auth for --listen, in the format Prometheus exporters share",
    )
    parser.add_argument("--check", action="store_true", help="validate the rules file and exit")
    parser.add_argument("--log-level", default=env("PLUTUS_LOG_LEVEL", "info"))
    return parser


def _check(rules: Rules, args: argparse.Namespace) -> None:
    names = ", ".join(p.name for p in rules.providers)
    print(f"rules ok: {rules.path} providers={names} enabled={str(rules.enabled).lower()}")
    if args.metrics_url or not args.prometheus_url:
        # Without Prometheus there is no PromQL: say which metric stands in for each signal.
        print("with --metrics-url signals are plain metric names, not PromQL:")
        for signal in rules.signals.values():
            scale = f" / {signal.divide_by:g}" if signal.divide_by != 1.0 else ""
            print(f"  {signal.name}: {signal.metric}{scale}")


def _source(args: argparse.Namespace) -> Source:
    if args.prometheus_url:
        return PrometheusSource(args.prometheus_url)
    return MetricsPageSource(args.metrics_url or DEFAULT_METRICS_URL)


def _loop(reconciler: Reconciler, collector: ReconcilerCollector, interval: float) -> int:
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    log.info("started interval=%gs configs=%d", interval, len(reconciler.configs))
    while not stop.is_set():
        try:
            collector.record(reconciler.run_pass())
        except Exception:
            # One failed pass is logged; the next one may well work.
            log.exception("pass failed; next pass in interval=%gs", interval)
        stop.wait(interval)
    log.info("stopped")
    return 0


def _rollback(configs: list[Path], state_dir: Path) -> int:
    status = 0
    for config in configs:
        try:
            used = hermes_config.rollback(config, state_dir)
            print(f"rolled back {config} to {used.name}")
        except (hermes_config.WriteError, OSError) as exc:
            print(f"plutus-reconciler: {exc}", file=sys.stderr)
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv.pop(0) if argv and argv[0] in COMMANDS else "run"
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    configs = [Path(c) for c in (args.hermes_config or [_default_config()])]
    state_dir = Path(args.state_dir)
    if command == "rollback":
        return _rollback(configs, state_dir)
    if not args.rules:
        print("plutus-reconciler: --rules FILE (or PLUTUS_RULES) is required", file=sys.stderr)
        return 2
    try:
        rules = load_rules(args.rules)
        interval = parse_duration(args.interval or os.environ.get("PLUTUS_INTERVAL") or "1h")
        web_config = load_web_config(args.web_config_file) if args.web_config_file else None
    except (RulesError, ValueError) as exc:
        print(f"plutus-reconciler: {exc}", file=sys.stderr)
        return 2
    if args.check:
        _check(rules, args)
        return 0
    reconciler = Reconciler(rules, configs, _source(args), state_dir, dry_run=args.dry_run)
    if command == "explain":
        print(explain(reconciler.run_pass(write=False), rules), end="")
        return 0
    collector = ReconcilerCollector()
    # --dry-run alone is one pass; given an --interval it keeps making dry passes (the stack's).
    once = args.once or (args.dry_run and args.interval is None)
    listen = args.listen or (None if once else DEFAULT_LISTEN)
    if listen:
        serve(collector, listen, web_config)
        log.info("serving listen=%s", listen)
    if once:
        result = reconciler.run_pass()
        collector.record(result)
        return 0 if result.success else 1
    return _loop(reconciler, collector, interval)


if __name__ == "__main__":
    sys.exit(main())
