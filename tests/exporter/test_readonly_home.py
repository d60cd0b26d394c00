"""An exporter that cannot write to the Hermes home (another user, a read-only mount).

CI runs as root, which can write anywhere: these tests run the exporter as `nobody`.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from stack import processes
from tests.exporter.support import session
from tests.hermes import HermesWriter, write_ledger

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shared_dir():
    """A folder outside pytest's private tmp, which `nobody` can traverse but not write."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the exporter as nobody")
    path = Path(tempfile.mkdtemp(prefix="plutus-ro-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def readable_by_nobody(path: Path) -> bool:
    return subprocess.run([*AS_NOBODY, "test", "-r", str(path)], check=False).returncode == 0


@pytest.fixture(scope="module")
def nobody_python():
    """An interpreter and import path `nobody` can use, wherever this checkout lives.

    A clone in a private folder (mktemp -d, /root) is out of `nobody`'s reach: then the code
    and the packages it imports are copied to a folder `nobody` can read.
    """
    python = Path(sys.executable)
    site = Path(sysconfig.get_paths()["purelib"])
    if readable_by_nobody(ROOT / "exporter" / "__init__.py") and readable_by_nobody(python):
        yield str(python), str(ROOT)
        return
    copy = Path(tempfile.mkdtemp(prefix="plutus-code-"))
    copy.chmod(0o755)
    for package in ("exporter", "plutus"):
        shutil.copytree(ROOT / package, copy / package)
    shutil.copytree(site, copy / "site", symlinks=True)
    yield str(python.resolve()), f"{copy}:{copy / 'site'}"
    shutil.rmtree(copy)


def status_as_nobody(home: Path, state: Path, nobody_python) -> dict:
    python, path = nobody_python
    state.mkdir(mode=0o700)
    os.chown(state, 65534, 65534)
    done = subprocess.run(
        [*AS_NOBODY, python, "-m", "exporter", "status", "--json",
         "--hermes-home", str(home), "--state-dir", str(state)],
        env={"PATH": os.environ["PATH"], "PYTHONPATH": path, "HOME": str(state)},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def charge(sid, cost):
    # status reads the real clock: these sessions happened ten minutes ago.
    return session(sid, time.time() - 600, "deepseek", "deepseek-chat", input_tokens=100,
                   estimated_cost_usd=cost, cost_status="estimated")  # fmt: skip


def deepseek_total(body: dict) -> float:
    (row,) = [r for r in body["providers"] if r["provider"] == "deepseek"]
    return row["spend_30d_usd"]


def test_a_closed_ledger_in_a_folder_the_exporter_cannot_write_is_still_read(
    shared_dir, hermes_env, nobody_python
):
    home = shared_dir / "hermes"
    write_ledger(home, charge("a", 0.30) + charge("b", 0.45))
    assert not (home / "state.db-wal").exists()
    home.chmod(0o755)

    body = status_as_nobody(home, shared_dir / "state", nobody_python)

    assert body["ledger_ready"] is True
    assert deepseek_total(body) == pytest.approx(0.75, abs=1e-9)


def test_a_ledger_hermes_holds_open_is_read_by_another_user(shared_dir, hermes_env, nobody_python):
    home = shared_dir / "hermes"
    with HermesWriter(home) as writer:
        writer.apply(*charge("a", 0.30), *charge("b", 0.45))
        home.chmod(0o755)
        for name in ("state.db", "state.db-wal", "state.db-shm"):
            (home / name).chmod(0o644)

        body = status_as_nobody(home, shared_dir / "state", nobody_python)

        assert body["ledger_ready"] is True
        assert deepseek_total(body) == pytest.approx(0.75, abs=1e-9)
        writer.close()


def deepseek_spend_served(url: str, expected: float, timeout: float = 30) -> float | None:
    """Poll the served page until deepseek's all-time spend reads `expected`."""
    deadline = time.monotonic() + timeout
    found = None
    while time.monotonic() < deadline:
        try:
            page = urllib.request.urlopen(url, timeout=5).read().decode()
        except OSError:
            page = ""
        lines = [line for line in page.splitlines() if line.startswith("plutus_spend_usd_total{")]
        found = sum(float(line.split()[-1]) for line in lines if 'provider="deepseek"' in line)
        if lines and abs(found - expected) < 1e-9:
            return found
        time.sleep(0.2)
    return found


def serve_as_nobody(shared_dir: Path) -> processes.Service:
    """The exporter serving /metrics as nobody, reading the ledger every second."""
    state, config = shared_dir / "state", shared_dir / "plutus.yml"
    state.mkdir(mode=0o700)
    os.chown(state, 65534, 65534)
    config.write_text("refresh: {ledger: 1s}\n")
    config.chmod(0o644)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        address = f"127.0.0.1:{probe.getsockname()[1]}"
    command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
               "-m", "exporter", "--hermes-home", str(shared_dir / "hermes"), "--config",
               str(config), "--state-dir", str(state), "--listen", address]  # fmt: skip
    log = shared_dir / "exporter.log"
    return processes.start("exporter", command, log, address=address, ready_path="/metrics")


def test_the_served_page_follows_a_ledger_hermes_writes_while_another_user_reads_it(
    shared_dir, hermes_env
):
    home = shared_dir / "hermes"
    with HermesWriter(home) as writer:
        writer.apply(*charge("a", 0.30))
        home.chmod(0o755)
        for name in ("state.db", "state.db-wal", "state.db-shm"):
            (home / name).chmod(0o644)
        exporter = serve_as_nobody(shared_dir)
        try:
            first = deepseek_spend_served(f"{exporter.url}/metrics", 0.30)
            writer.apply(*charge("b", 0.45))
            second = deepseek_spend_served(f"{exporter.url}/metrics", 0.75)
        finally:
            processes.stop(exporter)
        writer.close()

    assert (first, second) == (pytest.approx(0.30, abs=1e-9), pytest.approx(0.75, abs=1e-9))


def test_the_served_page_reads_a_closed_ledger_in_a_folder_the_exporter_cannot_write(
    shared_dir, hermes_env
):
    home = shared_dir / "hermes"
    write_ledger(home, charge("a", 0.30) + charge("b", 0.45))
    home.chmod(0o755)
    assert sorted(path.name for path in home.iterdir()) == ["state.db"]

    exporter = serve_as_nobody(shared_dir)
    try:
        spend = deepseek_spend_served(f"{exporter.url}/metrics", 0.75)
    finally:
        processes.stop(exporter)

    assert spend == pytest.approx(0.75, abs=1e-9)
