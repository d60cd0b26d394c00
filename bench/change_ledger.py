"""Runs INSIDE the Hermes environment: changes a benchmark ledger through Hermes's SessionDB.

    .venv-hermes/bin/python bench/change_ledger.py STATE_DB COUNT SEED [--on-cue]
Half the changes are new sessions, half are further API calls on existing ones: the writes a
live Hermes makes, committed through its own code, so the WAL is involved. With --on-cue it
loads Hermes, says "ready", and writes when a line arrives on stdin: the cost of starting
Hermes then falls outside what the benchmark times.
"""

import os
import random
import sqlite3
import sys
import time
from pathlib import Path


def main(db: Path, count: int, seed: int) -> None:
    os.environ.setdefault("HERMES_HOME", str(db.parent))
    from hermes_state import SessionDB

    rng = random.Random(seed)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
        existing = [r[0] for r in reader.execute("SELECT id FROM sessions WHERE rowid % 97 = 0")]
    ledger = SessionDB(db)
    if "--on-cue" in sys.argv:
        print("ready", flush=True)
        sys.stdin.readline()
    for n in range(count):
        if n % 2 == 0:
            sid = f"bench-{seed}-{n}"
            ledger.create_session(sid, "cli", model="deepseek-chat")
        else:
            sid = rng.choice(existing)
        ledger.update_token_counts(
            sid, input_tokens=rng.randrange(1000, 9000), output_tokens=rng.randrange(10, 900),
            model="deepseek-chat", billing_provider="deepseek", estimated_cost_usd=0.0125,
            cost_status="estimated", api_call_count=1,
        )  # fmt: skip
    ledger.close()
    print(time.time())


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
