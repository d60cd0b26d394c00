"""plutus-reconciler end to end in-process: fake Prometheus, fake models endpoints, real files."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from reconciler import backups
from reconciler.cli import main
from reconciler.metrics import ReconcilerCollector
from reconciler.passes import Reconciler
from reconciler.signals import PrometheusSource
from tests.reconciler.builders import rules_from, rules_text

CONFIG = """model:
  default: deepseek-reasoner
  provider: deepseek
delegation:
  provider: anthropic
  model: claude-haiku-4-5-20251001
fallback_providers:
  - provider: anthropic
    model: claude-opus-4-8
  - provider: gemini
    model: gemini-3.1-pro-preview
  - provider: anthropic
    model: claude-haiku-4-5-20251001
  - provider: gemini
    model: gemini-2.5-flash
"""


@pytest.fixture
def setup(tmp_path, prometheus, providers, monkeypatch):
    for name in ("DEEPSEEK_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY"):
        monkeypatch.setenv(name, "test-key")
    config = tmp_path / "hermes" / "config.yaml"
    config.parent.mkdir()
    config.write_text(CONFIG)
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        rules_text({n: providers.base(n) for n in ("deepseek", "anthropic", "google")})
    )
    args = ["--rules", str(rules), "--hermes-config", str(config)]
    args += ["--prometheus-url", prometheus.url, "--state-dir", str(tmp_path / "state")]
    return config, rules, args


def test_a_second_once_right_after_a_write_writes_nothing_and_backs_up_nothing(setup, prometheus):
    config, _, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    assert main([*args, "--once"]) == 0
    written = config.read_bytes()
    assert b"default: gemini-3.1-pro-preview\n  provider: gemini\n" in written
    state = config.parent.parent / "state"
    assert len(backups.listed(state, config)) == 1
    assert main([*args, "--once"]) == 0
    assert config.read_bytes() == written
    assert len(backups.listed(state, config)) == 1


def test_dry_run_prints_the_diff_and_writes_nothing(setup, prometheus, capsys):
    config, _, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "-  default: deepseek-reasoner\n-  provider: deepseek\n" in out
    assert "+  default: gemini-3.1-pro-preview\n+  provider: gemini\n" in out
    assert config.read_text() == CONFIG
    # Only the dry passes' own history is kept: no backup, no real history.
    state = config.parent.parent / "state"
    assert [p.relative_to(state).parts[:2] for p in state.rglob("*.json")] == [
        ("history", "dry-run")
    ]
    assert not (state / "backups").exists()


def test_a_nan_runway_for_the_incumbent_rewrites_nothing(setup, prometheus):
    config, _, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "NaN", "anthropic": "3", "google": "9"}}
    assert main([*args, "--once"]) == 0
    assert config.read_text() == CONFIG


def test_deepseek_down_while_google_has_most_runway_makes_google_primary(
    setup, prometheus, providers
):
    config, _, args = setup
    providers.down.add("deepseek")
    prometheus.series = {"plutus:runway_days": {"deepseek": "2", "anthropic": "3", "google": "9"}}
    assert main([*args, "--once"]) == 0
    text = config.read_text()
    assert "model:\n  default: gemini-3.1-pro-preview\n  provider: gemini\n" in text
    assert "deepseek" not in text


def test_a_model_the_provider_does_not_list_is_not_written(setup, prometheus, providers):
    config, _, args = setup
    providers.models["google"] = ["gemini-2.5-flash"]
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    assert main([*args, "--once"]) == 0
    text = config.read_text()
    assert "gemini-3.1-pro-preview" not in text
    assert "model:\n  default: claude-opus-4-8\n  provider: anthropic\n" in text


def test_enabled_false_explains_and_exports_as_usual_and_leaves_the_file(setup, prometheus, capsys):
    config, rules_file, args = setup
    rules_file.write_text(rules_file.read_text().replace("enabled: true", "enabled: false"))
    prometheus.series = {
        "plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "+Inf"}
    }
    assert main(["explain", *args]) == 0
    out = capsys.readouterr().out
    assert "  1. google: runway_days=+Inf" in out
    assert "  primary: google gemini-3.1-pro-preview" in out
    assert "rules say enabled: false: the file is never written" in out
    rules = rules_from(rules_file.read_text())
    collector = ReconcilerCollector()
    reconciler = Reconciler(
        rules, [config], PrometheusSource(prometheus.url), config.parent.parent / "s"
    )
    collector.record(reconciler.run_pass())
    registry = CollectorRegistry()
    registry.register(collector)
    labels = {"config": str(config), "role": "primary", "position": "0"}
    assert (
        registry.get_sample_value(
            "plutus_route_info", {**labels, "provider": "deepseek", "model": "deepseek-reasoner"}
        )
        == 1
    )
    assert registry.get_sample_value("plutus_reconciler_last_run_success") == 1
    assert registry.get_sample_value("plutus_reconciler_config_writes_total") == 0
    assert config.read_text() == CONFIG


def test_rollback_restores_the_file_from_before_the_write(setup, prometheus, capsys):
    config, _, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    assert main([*args, "--once"]) == 0
    assert config.read_text() != CONFIG
    state = ["--state-dir", args[args.index("--state-dir") + 1]]
    assert main(["rollback", "--hermes-config", str(config), *state]) == 0
    assert config.read_text() == CONFIG


def test_check_accepts_the_example_rules_and_says_metrics_url_means_metric_names(capsys):
    assert (
        main(["--check", "--rules", "examples/rules.yaml", "--metrics-url", "http://x/metrics"])
        == 0
    )
    out = capsys.readouterr().out
    assert "rules ok: examples/rules.yaml providers=deepseek, anthropic, google enabled=true" in out
    assert "  runway_days: plutus_runway_seconds / 86400\n" in out


def test_check_rejects_a_bad_rules_file_naming_the_entry(tmp_path, capsys):
    bad = tmp_path / "rules.yaml"
    bad.write_text(rules_text() + "exclusions:\n  - condition: runway_days lower than 3\n")
    assert main(["--check", "--rules", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"plutus-reconciler: {bad}: exclusions[0].condition: expected "
        "'<signal> <op> <number>' with a known signal, got 'runway_days lower than 3'\n"
    )


def test_each_profile_config_is_handled_on_its_own(setup, prometheus, tmp_path):
    config, _, args = setup
    broken = tmp_path / "profiles" / "work" / "config.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("model:\n  default: a\nmodel:\n  default: b\n")
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    assert main([*args, "--hermes-config", str(broken), "--once"]) == 1
    assert "provider: gemini" in config.read_text()
    assert broken.read_text() == "model:\n  default: a\nmodel:\n  default: b\n"


def test_no_log_line_carries_a_key(setup, prometheus, providers, monkeypatch, caplog):
    _, _, args = setup
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-secret-0123456789")
    providers.down.add("anthropic")
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    with caplog.at_level("DEBUG"):
        assert main([*args, "--once"]) == 0
    assert "models endpoint failed provider=anthropic error=status=503" in caplog.text
    assert "sk-ant-secret" not in caplog.text


TWO = """model:
  default: deepseek-reasoner
  provider: deepseek
delegation:
  provider: gemini
  model: gemini-2.5-flash
fallback_providers:
  - provider: gemini
    model: gemini-3.1-pro-preview
  - provider: gemini
    model: gemini-2.5-flash
"""


def test_the_hysteresis_sequence_over_real_passes_never_rewrites_the_file(
    tmp_path, prometheus, providers
):
    config = tmp_path / "hermes" / "config.yaml"
    config.parent.mkdir()
    config.write_text(TWO)
    tail = (
        "exclusions:\n  - condition: runway_days < 3.0\n    roles: [primary]\n    passes: 2\n"
        "hysteresis:\n  ratio: 1.5\n"
    )
    bases = {n: providers.base(n) for n in ("deepseek", "google")}
    rules = tmp_path / "rules.yaml"
    rules.write_text(rules_text(bases, names=("deepseek", "google"), tail=tail))
    args = ["--rules", str(rules), "--hermes-config", str(config), "--once"]
    args += ["--prometheus-url", prometheus.url, "--state-dir", str(tmp_path / "state")]
    for incumbent in ("2.9", "3.1", "2.95", "3.05", "2.98", None, "4.2", "4.3"):
        # The pass with no data has no DeepSeek series at all; Google's is still there.
        runway = {"google": "4.0", **({"deepseek": incumbent} if incumbent else {})}
        prometheus.series = {"plutus:runway_days": runway}
        assert main(args) == 0
        assert config.read_text() == TWO
    assert backups.listed(tmp_path / "state", config) == []


def test_dry_run_with_an_interval_keeps_making_dry_passes_until_sigterm(setup, prometheus):
    config, _, args = setup
    prometheus.series = {"plutus:runway_days": {"deepseek": "1", "anthropic": "3", "google": "9"}}
    out = config.parent.parent / "reconciler.out"
    command = [str(Path(sys.executable).parent / "plutus-reconciler"), *args]
    with out.open("w") as sink:
        dry_loop = ["--dry-run", "--interval", "1s", "--listen", "127.0.0.1:0"]
        process = subprocess.Popen([*command, *dry_loop], stdout=sink)
    try:
        deadline = time.monotonic() + 30
        while out.read_text().count("# dry run:") < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        running = process.poll() is None
    finally:
        process.terminate()
        code = process.wait(timeout=30)

    assert out.read_text().count(f"# dry run: {config} would change\n") >= 2
    assert running
    assert code == 0
    assert config.read_text() == CONFIG
