"""Each compose service runs what the no-Docker local stack (stack/, run in CI) runs: the same
flags, the same configuration files, the same layout of mounted folders."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from stack import __main__ as local_stack
from stack import local
from tests.alerts.conftest import require_program
from tests.compose.compose import BIN, flags, mounts, normalized
from tests.hermes import ROOT


@pytest.fixture
def services(tmp_path):
    return normalized(tmp_path)["services"]


@pytest.fixture
def installed(monkeypatch):
    """The local stack finds its programs on PATH: this environment's and Debian's."""
    require_program("prometheus")
    require_program("prometheus-alertmanager")
    monkeypatch.setenv("PATH", f"{BIN}:/usr/bin:/bin")


def test_prometheus_gets_the_local_stacks_flags(services, tmp_path, installed):
    local_flags = flags(local.prometheus_command(tmp_path, tmp_path / "data", "127.0.0.1:9090"))
    compose_flags = flags(services["prometheus"]["command"])

    assert compose_flags.keys() == local_flags.keys()
    assert compose_flags["--config.file"] == "/etc/prometheus/prometheus.yml"
    assert compose_flags["--storage.tsdb.path"] in mounts(services["prometheus"])


def test_prometheus_mounts_the_folder_the_local_stack_lays_out(services, tmp_path):
    laid_out = local.prometheus_dir(tmp_path, exporters=["exporter:9184"])
    expected = {
        f"/etc/prometheus/{path.relative_to(laid_out)}"
        for path in laid_out.rglob("*")
        if path.is_file()
    }
    prometheus = mounts(services["prometheus"])
    mounted = set()
    for target, volume in prometheus.items():
        source = Path(volume["source"])
        if volume["type"] == "bind" and source.is_dir():
            mounted |= {f"{target}/{path.name}" for path in source.iterdir() if path.is_file()}
        elif volume["type"] == "bind":
            mounted.add(target)

    assert mounted == expected
    for target, volume in prometheus.items():
        if target.endswith(".yml"):
            # The very files the local stack copies and the tests run.
            assert volume["source"] == str(ROOT / "alerts" / target.rsplit("/", 1)[1])
            assert volume["read_only"] is True


def test_the_compose_targets_name_the_compose_services(services):
    targets = ROOT / "stack" / "compose" / "targets"
    ports = {
        "exporter": "9184",
        "reconciler": "9185",
        "alertmanager": "9093",
        "prometheus": "9090",
    }
    for job, port in ports.items():
        groups = yaml.safe_load((targets / f"{job}.json").read_text())
        assert groups == [{"targets": [f"{job}:{port}"], "labels": {}}]
        assert job in services


def test_alertmanager_gets_the_local_stacks_flags(services, tmp_path, installed):
    local_flags = flags(local.alertmanager_command(tmp_path / "a.yml", tmp_path, "127.0.0.1:0"))
    compose_flags = flags(services["alertmanager"]["command"])

    assert compose_flags.keys() == local_flags.keys()
    assert compose_flags["--cluster.listen-address"] == ""


def test_alertmanager_runs_the_file_the_rendering_step_writes(services):
    alertmanager, rendering = services["alertmanager"], services["alertmanager-config"]
    config = flags(alertmanager["command"])["--config.file"]
    folder = config.rsplit("/", 1)[0]
    written = flags(rendering["command"])["--output"]

    assert rendering["command"][0] == "plutus-render-alertmanager"
    assert mounts(alertmanager)[folder]["source"] == mounts(rendering)[folder]["source"]
    assert written == config
    assert alertmanager["depends_on"]["alertmanager-config"]["condition"] == (
        "service_completed_successfully"
    )


def test_the_rendered_alertmanager_config_sends_to_the_mail_sink_and_passes_amtool(
    services, tmp_path
):
    amtool = require_program("amtool")
    environment = services["alertmanager-config"]["environment"]
    output = tmp_path / "alertmanager.yml"
    done = subprocess.run(
        [str(BIN / "plutus-render-alertmanager"), "--output", str(output)],
        env={"PATH": "/usr/bin:/bin", **environment},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rendered = yaml.safe_load(output.read_text())
    templates = mounts(services["alertmanager"])["/etc/alertmanager/templates"]

    assert rendered["global"]["smtp_smarthost"] == "mailpit:1025"
    assert "mailpit" in services
    assert rendered["templates"] == ["/etc/alertmanager/templates/*.tmpl"]
    assert templates["source"] == str(ROOT / "alerts" / "templates")
    # amtool reads the templates from where the compose stack mounts them.
    rendered["templates"] = [str(ROOT / "alerts" / "templates" / "*.tmpl")]
    output.write_text(yaml.safe_dump(rendered))
    check = subprocess.run([amtool, "check-config", str(output)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_exporter_runs_the_local_stacks_command_on_the_mounted_home(services, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    args = local_stack.parse_args(["--exporter-listen", "127.0.0.1:9184"])
    local_command = local_stack.exporter_command(args)
    command = services["exporter"]["command"]

    assert command[0] == "plutus-exporter" == local_command[0].rsplit("/", 1)[-1]
    assert flags(local_command).keys() <= flags(command).keys()
    assert flags(command)["--hermes-home"] in mounts(services["exporter"])
    assert flags(command)["--config"] in mounts(services["exporter"])


def test_the_reconciler_runs_the_local_stacks_command_but_writes(services, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    rules = str(ROOT / "examples" / "rules.yaml")
    args = local_stack.parse_args(["--rules", rules, "--hermes-config", "config.yaml"])
    local_flags = flags(local_stack.reconciler_command(args, "http://127.0.0.1:9090"))
    command = services["reconciler"]["command"]
    compose_flags = flags(command)

    assert command[0] == "plutus-reconciler"
    # The local stack only shows the diff, a dry pass every few minutes (--dry-run,
    # --interval); the compose stack writes, at the default hourly interval, and keeps its
    # pass history and backups in --state-dir.
    local_only = {"--dry-run", "--interval"}
    assert compose_flags.keys() == (local_flags.keys() - local_only) | {"--state-dir"}
    assert compose_flags["--prometheus-url"] == "http://prometheus:9090"
    assert compose_flags["--hermes-config"].startswith("/hermes/")


def test_every_command_the_compose_file_runs_is_installed_by_the_image(services):
    scripts = {"plutus-exporter", "plutus-reconciler", "plutus-render-alertmanager"}
    used = {s["command"][0] for s in services.values() if s.get("image", "").startswith("plutus:")}

    assert used == scripts
    for script in scripts:
        assert (BIN / script).exists(), f"{script} is not a console script of the project"
