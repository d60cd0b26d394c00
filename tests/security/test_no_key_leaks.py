"""No key leaks: recognisable fake keys go through a whole suite's worth of failures (bad
keys, provider answers that echo the request with its Authorization header, keys in the
fields Plutus reads, redirects, config errors with a key pasted in, reconciler failures, a
trace), and none of them shows up anywhere Plutus writes or answers.

As root (CI) the code runs as `nobody`, so the file modes it leaves are its own doing."""

import os
import re
import shutil
import stat

import pytest

from tests.security.leak_scenarios import KEYS, run_everything
from tests.security.nobody import as_root, world

CANARY = "leakcanary"


@pytest.fixture(scope="module")
def transcript():
    folder = world()
    try:
        yield run_everything(folder)
    finally:
        shutil.rmtree(folder)


def stored(state_dirs) -> list[tuple[str, bytes]]:
    """(path below the state folder, content) of every file and folder there."""
    found = []
    for state in state_dirs:
        for folder, dirs, files in os.walk(state):
            found += [(os.path.join(folder, d), b"") for d in dirs]
            for name in files:
                path = os.path.join(folder, name)
                with open(path, "rb") as f:
                    found.append((path, f.read()))
    return found


def test_every_fake_key_was_really_sent_to_a_provider(transcript):
    sent = "\n".join(transcript.sent)
    assert {name for name, key in KEYS.items() if key in sent} == set(KEYS)


def test_the_failures_really_happened(transcript):
    said = "\n".join(transcript.said)
    for failure in [
        "error=deepseek: HTTP 401 from /user/balance",
        "error=deepseek: /user/balance redirected to login.example; not followed with a key",
        "error=deepseek: /user/balance did not answer JSON",
        "deepseek: balance_infos[0].currency: expected a currency code, got str of",
        "api_key_env: expected the name of an environment variable",
        "cannot read configuration: not valid YAML: line 3, column",
        "models endpoint failed provider=anthropic error=status=401",
        "config written config=",
        "not valid YAML: line 3, column",
        "error=pass history not saved in /proc/plutus",
    ] + ["state Permission denied"] * as_root():
        assert failure in said


def test_no_key_appears_in_logs_errors_traces_status_or_metrics(transcript):
    for text in transcript.said + transcript.pages:
        assert CANARY not in text.lower()
    assert len(transcript.pages) > 50


def test_no_key_appears_in_the_state_folders_or_backup_names(transcript):
    files = stored(transcript.state_dirs)
    assert any("/backups/" in path for path, _ in files)
    for path, content in files:
        assert CANARY not in path.lower()
        assert CANARY.encode() not in content.lower()


def test_state_files_are_private_and_folders_owner_only(transcript):
    modes = {
        path: stat.S_IMODE(os.stat(path).st_mode)
        for state in transcript.state_dirs
        for path in [str(state)] + [p for p, _ in stored([state])]
    }
    assert {
        path: mode
        for path, mode in modes.items()
        if mode != (0o700 if os.path.isdir(path) else 0o600)
    } == {}
    names = sorted(os.path.relpath(p, os.path.dirname(transcript.state_dirs[0])) for p in modes)
    shapes = [re.sub(r"[0-9a-f]{12}|[0-9a-f]{10}|\d{8}T\d{6}\.\d{6}Z", "*", n) for n in names]
    assert shapes == [
        "state-exporter",
        "state-exporter/.calibrations.json.lock",
        "state-exporter/calibrations.json",
        "state-exporter/homes",
        "state-exporter/homes/hermes-*",
        "state-exporter/homes/hermes-*/ledger-index",
        "state-exporter/homes/hermes-*/ledger-index/default.sqlite",
        "state-exporter/homes/hermes-*/ledger-index/work.sqlite",
        "state-exporter/homes/hermes-*/spend_counters.json",
        "state-reconciler",
        "state-reconciler/backups",
        "state-reconciler/backups/hermes-*",
        "state-reconciler/backups/hermes-*/*-config.yaml",
        "state-reconciler/history",
        "state-reconciler/history/dry-run",
        "state-reconciler/history/dry-run/hermes-*.json",
        "state-reconciler/history/hermes-*.json",
    ]
