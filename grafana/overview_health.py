"""The overview dashboard's lower rows: the reconciler's routing, and the health of every
source (README.md, "Run the whole stack" describes each panel)."""

from __future__ import annotations

from panels import bargauge, query, stat, state_timeline, table, table_query, value_map

YES_NO = value_map({"0": ("no", "red"), "1": ("yes", "green")})

ROUTE_COLUMNS = ["role", "position", "provider", "model", "config"]
ROUTES = "max by (config, role, position, provider, model) (plutus_route_info)"
ACTIVE = value_map({"1": ("active", "green")})
UP_DOWN = value_map({"0": ("down", "red"), "1": ("up", "green")})


def routing_panels(y: int) -> list[dict]:
    last_pass = stat(
        "Reconciler: last pass",
        "Time since the reconciler's last pass.",
        [query("time() - max(plutus_reconciler_last_run_timestamp_seconds)", "age", instant=True)],
        (0, y + 8, 6, 4),
        unit="s",
        decimals=0,
        base="blue",
    )
    age = "time() - max(plutus_reconciler_last_run_timestamp_seconds)"
    outcome = stat(
        "Reconciler: last pass result",
        "Whether the last pass read its signals and handled every Hermes config, and whether "
        "it ran within plutus:threshold:reconciler_max_age_seconds (PlutusReconcilerNotRunning).",
        [
            query("min(plutus_reconciler_last_run_success)", "succeeded", instant=True),
            query(
                f"{age} < bool on () plutus:threshold:reconciler_max_age_seconds",
                "on time",
                "B",
                instant=True,
            ),
        ],
        (6, y + 8, 6, 4),
        unit="none",
        text="value_and_name",
    )
    outcome["fieldConfig"]["defaults"]["mappings"] = YES_NO
    return [
        table(
            "Current routing",
            "The routes the reconciler last wrote or confirmed, per Hermes config: the primary "
            "model, the subagents' (delegation) and the fallbacks in order.",
            [table_query(ROUTES)],
            (0, y, 12, 8),
            columns=ROUTE_COLUMNS,
        ),
        state_timeline(
            "Routing over time",
            "Which provider and model held each role when: a bar ends where the routing "
            "changed. Routing changes are also marked on every time series.",
            [query(ROUTES, "{{role}} {{position}}: {{provider}} {{model}}")],
            (12, y, 12, 8),
            mappings=ACTIVE,
        ),
        last_pass,
        outcome,
        stat(
            "Reconciler: config writes",
            "Writes that changed a Hermes config.yaml since the reconciler started.",
            [query("sum(plutus_reconciler_config_writes_total)", "writes", instant=True)],
            (12, y + 8, 12, 4),
            unit="none",
            decimals=0,
            base="blue",
        ),
    ]


def health_panels(y: int) -> list[dict]:
    age = bargauge(
        "Age of each source's last success",
        "Seconds since each source (ledger per profile, balance and reported spend per "
        "provider) was last read. PlutusLedgerStale fires past "
        "plutus:threshold:ledger_max_age_seconds.",
        [
            query(
                "time() - plutus_source_last_success_timestamp_seconds",
                "{{source}} {{provider}}{{profile}} ({{instance}})",
                instant=True,
            )
        ],
        (8, y, 8, 8),
        unit="s",
        decimals=0,
    )
    return [
        state_timeline(
            "Sources up",
            "1 when the last read of a source worked: ledger per profile, balance and "
            "reported spend per provider.",
            [query("plutus_source_up", "{{source}} {{provider}}{{profile}} ({{instance}})")],
            (0, y, 8, 8),
            mappings=UP_DOWN,
        ),
        age,
        state_timeline(
            "Scrape targets up",
            "Whether Prometheus reaches each exporter and reconciler.",
            [query('up{job=~"plutus.*"}', "{{job}} {{instance}}")],
            (16, y, 8, 8),
            mappings=UP_DOWN,
        ),
    ]
