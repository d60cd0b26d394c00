"""A Prometheus for tests: copies of the project's files with shorter durations, and queries.

The end-to-end tests run the project's own rule files; only `for:` (in the rules) and the
scrape and evaluation intervals (in prometheus.yml) are shortened, and each helper asserts
that nothing else changed.
"""

import difflib
import json
import re
import time
import urllib.parse
import urllib.request
from pathlib import Path

from stack import processes


def fast_rules(rules_dir: Path, tmp_path: Path) -> Path:
    """Copies of the rule files with every `for:` at 0s."""
    copies = tmp_path / "rules"
    copies.mkdir()
    for original in sorted(rules_dir.glob("*.rules.yml")):
        text = original.read_text()
        fast = re.sub(r"^(\s+for: )\S+$", r"\g<1>0s", text, flags=re.M)
        assert changed_lines(text, fast) <= {r"for: \S+"}, original.name
        (copies / original.name).write_text(fast)
    return copies


def fast_intervals(config_dir: Path) -> None:
    """Scrape and evaluate every second in the copy of prometheus.yml."""
    path = config_dir / "prometheus.yml"
    text = path.read_text()
    fast = re.sub(r"^(  (scrape|evaluation)_interval: )15s$", r"\g<1>1s", text, flags=re.M)
    assert changed_lines(text, fast) == {r"(scrape|evaluation)_interval: \S+"}
    path.write_text(fast)


def changed_lines(before: str, after: str) -> set[str]:
    """Which of the known patterns the changed lines match; any other change fails."""
    patterns = (r"for: \S+", r"(scrape|evaluation)_interval: \S+")
    found = set()
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith(("- ", "+ ")):
            matching = [p for p in patterns if re.fullmatch(rf"[-+]\s+{p}", line)]
            assert matching, f"the copy changed more than durations: {line!r}"
            found.update(matching)
    return found


def query(prometheus: processes.Service, promql: str) -> dict[str, float]:
    url = f"{prometheus.url}/api/v1/query?" + urllib.parse.urlencode({"query": promql})
    with urllib.request.urlopen(url, timeout=10) as answer:
        return {
            sample["metric"].get("provider", ""): float(sample["value"][1])
            for sample in json.load(answer)["data"]["result"]
        }


def eventually(prometheus: processes.Service, promql: str, expected: dict, timeout: float = 30):
    """Poll until `promql` gives `expected` (both hosts scraped, rules evaluated) or time is up."""
    deadline = time.monotonic() + timeout
    while (result := query(prometheus, promql)) != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    return result
