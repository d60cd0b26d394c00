"""A writer killed at random points leaves the whole old file or the whole new one."""

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from reconciler import hermes_config
from tests.reconciler.builders import rules_text

CONFIG = """# kill test
model:
  default: claude-opus-4-8
  provider: anthropic
terminal: {backend: local}
"""

# Flip the primary between two providers as fast as possible, forever.
WRITER = """
import sys
from pathlib import Path
from reconciler import hermes_config
from reconciler.decision import Route, Routing
from tests.reconciler.builders import rules_from

rules = rules_from(Path(sys.argv[2]).read_text())
path, state = Path(sys.argv[1]), Path(sys.argv[3])
flip = {
    "anthropic": Routing(Route("google", "gemini-3.1-pro-preview"), None),
    "google": Routing(Route("anthropic", "claude-opus-4-8"), None),
}
print("ready", flush=True)
while True:
    raw, current = hermes_config.read(path, rules)
    plan = hermes_config.plan(path, raw, flip[current.primary.provider], rules)
    hermes_config.write(plan, rules, state)
"""


def possible_files(tmp_path, rules_file):
    """Every complete file the writer can leave, found by flipping twice in this process."""
    from reconciler.decision import Route, Routing
    from tests.reconciler.builders import rules_from

    rules = rules_from(rules_file.read_text())
    path = tmp_path / "sim" / "config.yaml"
    path.parent.mkdir()
    path.write_text(CONFIG)
    seen = {path.read_bytes()}
    for provider, model in [
        ("google", "gemini-3.1-pro-preview"),
        ("anthropic", "claude-opus-4-8"),
    ] * 2:
        raw, _ = hermes_config.read(path, rules)
        hermes_config.write(
            hermes_config.plan(path, raw, Routing(Route(provider, model), None), rules),
            rules,
            tmp_path / "s",
        )
        seen.add(path.read_bytes())
    return seen


def test_a_killed_writer_leaves_the_old_or_the_new_file_never_a_mix(tmp_path):
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(rules_text())
    allowed = possible_files(tmp_path, rules_file)
    assert len(allowed) == 2
    rng = random.Random(20261203)
    writes = 0
    root = Path(__file__).resolve().parents[2]
    for round_ in range(12):
        home = tmp_path / f"home{round_}"
        home.mkdir()
        config = home / "config.yaml"
        config.write_text(CONFIG)
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(WRITER),
                str(config),
                str(rules_file),
                str(tmp_path / "state"),
            ],
            cwd=root,
            stdout=subprocess.PIPE,
        )
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert config.exists()
        assert config.read_bytes() in allowed
        writes += len(list((tmp_path / "state" / "backups").glob(f"home{round_}-*/*")))
    # The kills landed while writes were going on, not before the first one.
    assert writes > 12
