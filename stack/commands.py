"""The command lines of plutus-exporter and plutus-reconciler, as the stacks run them.

`python -m stack` and the end-to-end tests build their Plutus processes here, so both run the
exporter and the reconciler with the same flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_RULES = ROOT / "examples" / "rules.yaml"


@dataclass(frozen=True)
class ExporterRun:
    listen: str
    hermes_home: Path | None = None  # None: the exporter's default (~/.hermes, else the sample)
    config: Path | None = None
    state_dir: Path | None = None


@dataclass(frozen=True)
class ReconcilerRun:
    rules: Path
    prometheus_url: str
    hermes_configs: tuple[Path, ...]
    listen: str | None = None
    state_dir: Path | None = None
    dry_run: bool = True
    once: bool = False
    interval: str | None = None


def exporter_command(binary: str, run: ExporterRun) -> list[str]:
    command = [binary, "--listen", run.listen]
    options = {"--hermes-home": run.hermes_home, "--config": run.config}
    options["--state-dir"] = run.state_dir
    for flag, value in options.items():
        if value is not None:
            command += [flag, os.fspath(value)]
    return command


def reconciler_command(binary: str, run: ReconcilerRun) -> list[str]:
    command = [binary, "--rules", os.fspath(run.rules), "--prometheus-url", run.prometheus_url]
    for config in run.hermes_configs:
        command += ["--hermes-config", os.fspath(config)]
    options = {"--listen": run.listen, "--state-dir": run.state_dir, "--interval": run.interval}
    for flag, value in options.items():
        if value is not None:
            command += [flag, os.fspath(value)]

    # A dry run given an --interval keeps running: one dry pass each interval.
    switches = {"--dry-run": run.dry_run, "--once": run.once}
    return command + [flag for flag, on in switches.items() if on]
