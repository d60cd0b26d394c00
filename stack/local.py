"""Lay out and start Prometheus and Alertmanager the way the compose stack runs them.

Prometheus runs alerts/prometheus.yml beside copies of alerts/*.rules.yml and a targets/
folder, exactly the layout the compose file mounts at /etc/prometheus; Alertmanager runs the
file that plutus-render-alertmanager writes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

from alerts import alertmanager_config
from stack import processes

ROOT = Path(__file__).resolve().parent.parent
ALERTS = ROOT / "alerts"


def prometheus_dir(
    run_dir: Path,
    *,
    exporters: Iterable[str],
    reconcilers: Iterable[str] = (),
    alertmanagers: Iterable[str] = (),
    prometheus: Iterable[str] = (),
    rules_dir: Path = ALERTS,
) -> Path:
    """run_dir/prometheus holding prometheus.yml, the rule files and one targets file a job."""
    config_dir = run_dir / "prometheus"
    (config_dir / "targets").mkdir(parents=True, exist_ok=True)
    shutil.copy(ALERTS / "prometheus.yml", config_dir / "prometheus.yml")
    for rules in sorted(rules_dir.glob("*.rules.yml")):
        shutil.copy(rules, config_dir / rules.name)

    targets = {
        "exporter": exporters,
        "reconciler": reconcilers,
        "alertmanager": alertmanagers,
        "prometheus": prometheus,
    }
    for job, addresses in targets.items():
        write_targets(config_dir / "targets" / f"{job}.json", addresses)
    return config_dir


def write_targets(path: Path, addresses: Iterable[str]) -> None:
    """A file_sd targets file; replaced atomically, since Prometheus watches it."""
    addresses = list(addresses)
    groups = [{"targets": addresses, "labels": {}}] if addresses else []
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(groups, indent=2) + "\n")
    partial.replace(path)


def alertmanager_file(run_dir: Path, environ: Mapping[str, str], env_file: Path | None) -> Path:
    """The documented rendering step, writing run_dir/alertmanager/alertmanager.yml."""
    config_dir = run_dir / "alertmanager"
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / "alertmanager.yml"
    alertmanager_config.render_file(str(path), environ, env_file)
    return path


def alertmanager_command(
    config: Path, storage: Path, listen: str, external_url: str | None = None
) -> list[str]:
    """Alertmanager's command line; docker-compose.yml passes the same flags."""
    command = [
        binary("prometheus-alertmanager"),
        f"--config.file={config}",
        f"--storage.path={storage}",
        f"--web.listen-address={listen}",
        # One Alertmanager, no gossip: an empty address turns clustering off.
        "--cluster.listen-address=",
    ]
    if external_url:
        command.append(f"--web.external-url={external_url}")
    return command


def start_alertmanager(
    run_dir: Path, config: Path, listen: str = "127.0.0.1:0", external_url: str | None = None
) -> processes.Service:
    storage = run_dir / "alertmanager-data"
    storage.mkdir(parents=True, exist_ok=True)
    command = alertmanager_command(config, storage, listen, external_url)
    return processes.start("alertmanager", command, run_dir / "alertmanager.log")


def prometheus_command(config_dir: Path, storage: Path, listen: str) -> list[str]:
    """Prometheus's command line; docker-compose.yml passes the same flags."""
    return [
        binary("prometheus"),
        f"--config.file={config_dir / 'prometheus.yml'}",
        f"--storage.tsdb.path={storage}",
        f"--web.listen-address={listen}",
        # POST /-/reload picks up a changed threshold without a restart.
        "--web.enable-lifecycle",
    ]


def start_prometheus(
    run_dir: Path, config_dir: Path, listen: str = "127.0.0.1:0"
) -> processes.Service:
    storage = run_dir / "prometheus-data"
    storage.mkdir(parents=True, exist_ok=True)
    command = prometheus_command(config_dir, storage, listen)
    return processes.start("prometheus", command, run_dir / "prometheus.log")


def binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise processes.ServiceError(
            f"{name} is not installed: apt-get install --no-install-recommends "
            "prometheus prometheus-alertmanager"
        )
    return path
