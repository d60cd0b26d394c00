"""The reconciler under stress: two at once on one config, and a disk that fills up mid-write."""

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reconciler import backups, hermes_config
from reconciler.cli import main
from reconciler.passes import Reconciler
from reconciler.signals import PrometheusSource
from tests.reconciler.builders import rules_from, rules_text

ROOT = Path(__file__).resolve().parents[2]
CONFIG = """# routing below is Plutus's to change
model:
  default: deepseek-reasoner
  provider: deepseek
delegation:
  provider: anthropic
  model: claude-haiku-4-5-20251001
fallback_providers:
  - provider: anthropic
    model: claude-opus-4-8
terminal: {backend: local}
"""
WRITTEN = """# routing below is Plutus's to change
model:
  default: gemini-3.1-pro-preview
  provider: gemini
delegation:
  provider: anthropic
  model: claude-haiku-4-5-20251001
fallback_providers:
  - provider: anthropic
    model: claude-opus-4-8
  - provider: deepseek
    model: deepseek-reasoner
  - provider: anthropic
    model: claude-haiku-4-5-20251001
  - provider: deepseek
    model: deepseek-chat
terminal: {backend: local}
"""
RUNWAYS = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}


@pytest.fixture
def setup(tmp_path, prometheus, providers, monkeypatch):
    for name in ("DEEPSEEK_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY"):
        monkeypatch.setenv(name, "test-key")
    prometheus.series = RUNWAYS
    config = tmp_path / "hermes" / "config.yaml"
    config.parent.mkdir()
    config.write_text(CONFIG)
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        rules_text({n: providers.base(n) for n in ("deepseek", "anthropic", "google")})
    )
    args = ["--rules", str(rules), "--hermes-config", str(config)]
    args += ["--prometheus-url", prometheus.url, "--state-dir", str(tmp_path / "state"), "--once"]
    return config, rules, args


def test_two_reconciler_processes_started_at_once_write_the_file_once(setup, tmp_path):
    config, _, args = setup
    command = [sys.executable, "-m", "reconciler.cli", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(5):
        config.write_text(CONFIG)
        runs = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]  # fmt: skip
        logs = [run.communicate(timeout=60)[1] for run in runs]

        assert [run.returncode for run in runs] == [0, 0]
        assert config.read_text() == WRITTEN
        assert sum("config written" in log for log in logs) == 1
    assert len(backups.listed(tmp_path / "state", config)) == 5


def test_when_both_read_before_either_writes_one_writes_and_the_other_finds_it_done(
    setup, prometheus, caplog, monkeypatch
):
    config, rules_file, _ = setup
    rules = rules_from(rules_file.read_text())
    both_read = threading.Barrier(2, timeout=30)
    real_plan = hermes_config.plan

    calls = []

    def plan_after_both_read(*args):
        calls.append(args)
        if len(calls) <= 2:  # each pass's own plan; a re-check after the lock goes straight on
            both_read.wait()
        return real_plan(*args)

    monkeypatch.setattr(hermes_config, "plan", plan_after_both_read)
    state = config.parent.parent / "state"
    results = []

    def one_pass():
        source = PrometheusSource(prometheus.url)
        results.append(Reconciler(rules, [config], source, state).run_pass())

    with caplog.at_level("INFO"):
        threads = [threading.Thread(target=one_pass) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    assert sorted(r.writes for r in results) == [0, 1]
    assert [r.success for r in results] == [True, True]
    assert config.read_text() == WRITTEN
    assert caplog.text.count("config already as decided by another writer") == 1
    assert len(backups.listed(state, config)) == 1


def fail_fsync_under(folder: Path, monkeypatch) -> None:
    """From now on, fsync of a file below `folder` fails as on a full disk."""
    real = os.fsync

    def fsync(fd):
        target = os.readlink(f"/proc/self/fd/{fd}")
        if target.startswith(str(folder)) and os.path.isfile(target):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_a_full_disk_under_the_config_leaves_the_old_file_and_says_so(setup, monkeypatch, caplog):
    config, _, args = setup
    fail_fsync_under(config.parent, monkeypatch)
    with caplog.at_level("ERROR"):
        assert main(args) == 1

    assert config.read_text() == CONFIG
    assert sorted(p.name for p in config.parent.iterdir()) == [
        ".config.yaml.plutus.lock",
        "config.yaml",
    ]
    assert (
        f"config not written config={config} error={config}: not written: "
        "No space left on device; the old file is intact"
    ) in caplog.text
    monkeypatch.undo()
    assert main(args) == 0
    assert config.read_text() == WRITTEN


def test_a_full_disk_under_the_state_folder_writes_nothing_and_says_so(
    setup, monkeypatch, caplog, tmp_path
):
    config, _, args = setup
    fail_fsync_under(tmp_path / "state", monkeypatch)
    with caplog.at_level("ERROR"):
        assert main(args) == 1

    assert config.read_text() == CONFIG
    assert (
        f"error=pass history not saved in {tmp_path / 'state'} (No space left on device); "
        "nothing written, the old file is intact"
    ) in caplog.text
    assert not (tmp_path / "state" / "backups").exists()


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs, filled to the last byte by `fill()`; skips where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 512)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_really_full_filesystem_leaves_the_old_file_and_the_next_pass_writes(
    setup, tiny_disk, caplog
):
    config, _, args = setup
    on_disk = tiny_disk / "config.yaml"
    on_disk.write_text(CONFIG)
    args[args.index(str(config))] = str(on_disk)
    filler = fill(tiny_disk)

    with caplog.at_level("ERROR"):
        assert main(args) == 1
    assert on_disk.read_text() == CONFIG
    assert "not written: No space left on device; the old file is intact" in caplog.text
    assert sorted(p.name for p in tiny_disk.iterdir()) == [
        ".config.yaml.plutus.lock",
        "config.yaml",
        "filler",
    ]

    filler.unlink()
    assert main(args) == 0
    assert on_disk.read_text() == WRITTEN
