"""The rule files under alerts/: valid for Prometheus 2.42, unit-tested, and complete."""

import re
import subprocess
from pathlib import Path

import yaml

ALERTS = Path(__file__).resolve().parents[2] / "alerts"
RULE_FILES = sorted(ALERTS.glob("*.rules.yml"))
TEST_FILES = sorted((ALERTS / "tests").glob("*_test.yml"))

# DESIGN.md section 4, plus Prometheus's own `up`.
CONTRACT_METRICS = {
    "plutus_provider_info",
    "plutus_balance_usd",
    "plutus_budget_usd",
    "plutus_calibration_balance_usd",
    "plutus_spend_since_calibration_usd",
    "plutus_account_available",
    "plutus_spend_usd_total",
    "plutus_burn_rate_usd_per_day",
    "plutus_unpriced_tokens_total",
    "plutus_calibration_timestamp_seconds",
    "plutus_source_up",
    "plutus_source_last_success_timestamp_seconds",
    "plutus_capture_ledger_spend_usd",
    "plutus_capture_balance_fall_usd",
    "plutus_reconciler_last_run_timestamp_seconds",
    "plutus_reconciler_last_run_success",
}


def rules() -> list[dict]:
    return [
        rule
        for path in RULE_FILES
        for group in yaml.safe_load(path.read_text())["groups"]
        for rule in group["rules"]
    ]


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_rule_files_pass_promtool_check_rules(promtool):
    done = run(promtool, "check", "rules", *map(str, RULE_FILES))

    assert done.returncode == 0, done.stdout + done.stderr


def test_every_promtool_test_case_passes(promtool):
    done = run(promtool, "test", "rules", *map(str, TEST_FILES))

    assert done.returncode == 0, done.stdout + done.stderr


def test_every_alert_has_a_severity_summary_description_and_runbook_url():
    for rule in rules():
        if "alert" in rule:
            assert rule["labels"]["severity"] in {"warning", "critical"}, rule["alert"]
            assert {"summary", "description", "runbook_url"} <= rule["annotations"].keys()
            anchor = "#alert-" + rule["alert"].lower()
            assert rule["annotations"]["runbook_url"].endswith(anchor), rule["alert"]


def test_every_alert_and_recording_rule_has_a_promtool_case():
    tests = "\n".join(path.read_text() for path in TEST_FILES)
    tested_alerts = set(re.findall(r"alertname: (\w+)", tests))
    tested_records = set(re.findall(r"expr: ([\w:]+)", tests))

    alerts = {rule["alert"] for rule in rules() if "alert" in rule}
    records = {rule["record"] for rule in rules() if "record" in rule}
    assert alerts - tested_alerts == set()
    assert records - tested_records == set()


def test_rules_read_only_metrics_of_the_contract():
    expressions = " ".join(rule["expr"] for rule in rules())
    used = set(re.findall(r"\bplutus_\w+", expressions))

    assert used - CONTRACT_METRICS == set()


def test_every_threshold_is_read_by_an_alert():
    records = {rule["record"] for rule in rules() if "record" in rule}
    thresholds = {name for name in records if name.startswith("plutus:threshold:")}
    alert_text = yaml.safe_dump([rule for rule in rules() if "alert" in rule])

    assert {name for name in thresholds if name not in alert_text} == set()


def test_alert_expressions_compare_with_thresholds_not_numbers():
    # Zero is a state (down, failed, unavailable); every other number lives in a threshold.
    for rule in rules():
        if "alert" in rule:
            literals = re.findall(r"[<>]=?\s*(\d+(?:\.\d+)?)", rule["expr"])
            assert set(literals) <= {"0"}, rule["alert"]


def test_every_alert_has_a_runbook_section_in_the_docs():
    docs = (ALERTS.parent / "README.md").read_text()
    headings = set(re.findall(r"^#### Alert: (\w+)$", docs, flags=re.M))

    assert {rule["alert"] for rule in rules() if "alert" in rule} == headings
