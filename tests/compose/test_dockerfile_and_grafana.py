"""The Plutus image's Dockerfile, and Grafana's provisioning as the compose stack mounts it."""

import subprocess
import tomllib

import yaml

from tests.compose.compose import BIN, flags, mounts, normalized
from tests.hermes import ROOT

PROVISIONING = ROOT / "grafana" / "provisioning"


def test_the_dockerfile_passes_hadolint():
    done = subprocess.run(
        [str(BIN / "hadolint"), str(ROOT / "Dockerfile")], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_hadolint_does_fail_a_dockerfile_with_an_unpinned_image(tmp_path):
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text("FROM python:latest\nRUN pip install requests\n")

    done = subprocess.run([str(BIN / "hadolint"), str(dockerfile)], capture_output=True, text=True)

    assert done.returncode == 1
    assert "DL3007" in done.stdout


def test_the_image_copies_everything_the_package_is_built_from():
    packages = ["plutus", "exporter", "reconciler", "alerts"]
    copied = [
        line.split()[1]
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.startswith("COPY ")
    ]
    assert copied == ["pyproject.toml", *packages]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    assert include == [f"{package}*" for package in packages]


def test_grafana_loads_the_dashboards_folder_the_compose_stack_mounts(tmp_path):
    grafana = mounts(normalized(tmp_path)["services"]["grafana"])
    [provider] = yaml.safe_load((PROVISIONING / "dashboards" / "plutus.yml").read_text())[
        "providers"
    ]

    assert grafana["/etc/grafana/provisioning"]["source"] == str(PROVISIONING)
    assert grafana[provider["options"]["path"]]["source"] == str(ROOT / "grafana" / "dashboards")
    assert (provider["type"], provider["folder"]) == ("file", "Plutus")


def test_grafanas_datasource_is_the_compose_prometheus(tmp_path):
    services = normalized(tmp_path)["services"]
    [source] = yaml.safe_load((PROVISIONING / "datasources" / "prometheus.yml").read_text())[
        "datasources"
    ]
    listen = flags(services["prometheus"]["command"])["--web.listen-address"]

    assert (source["type"], source["access"]) == ("prometheus", "proxy")
    assert source["url"] == f"http://prometheus:{listen.rsplit(':', 1)[1]}"
    assert source["jsonData"]["timeInterval"] == "15s"
