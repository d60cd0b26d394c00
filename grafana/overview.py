"""The panels of the Plutus overview dashboard, row by row (docs/stack.md describes each)."""

from __future__ import annotations

from panels import (
    SELECTED,
    bargauge,
    query,
    stat,
    state_timeline,
    table,
    table_query,
    threshold_queries,
    thresholds_from,
    timeseries,
    value_map,
)

SEVERITIES = ("critical", "warning")
# Below critical: red; from critical: orange; from warning: green.
LOW_IS_BAD = ("orange", "green")


def money_stats(y: int) -> list[dict]:
    balance_limits = threshold_queries("plutus:threshold:balance_usd", SEVERITIES)
    runway_limits = threshold_queries("plutus:threshold:runway_days", SEVERITIES)
    balance = stat(
        "Balance",
        "Credit left in each account (plutus:balance_usd): live, calibrated or budget. "
        "Red below the critical, orange below the warning balance threshold.",
        [query(f"plutus:balance_usd{{{SELECTED}}}", "{{provider}}", instant=True)] + balance_limits,
        (0, y, 5, 6),
        unit="currencyUSD",
        decimals=2,
        base="red",
    )
    balance["transformations"] = thresholds_from(balance_limits, LOW_IS_BAD)
    source = stat(
        "Balance source",
        "Where each balance comes from: live (the provider's API), calibrated (a console "
        "balance minus spend since), budget (prepaid budget minus spend) or none (unknown).",
        [
            query(
                f"max by (provider, balance_source) (plutus_provider_info{{{SELECTED}}})",
                "{{provider}}: {{balance_source}}",
                instant=True,
            )
        ],
        (5, y, 5, 6),
        unit="none",
        base="text",
        text="name",
    )
    runway = stat(
        "Runway",
        "Days until the account is empty at the 7-day ledger burn rate (plutus:runway_days). "
        "Red below the critical, orange below the warning runway threshold.",
        [query(f"plutus:runway_days{{{SELECTED}}}", "{{provider}}", instant=True)] + runway_limits,
        (10, y, 5, 6),
        unit="d",
        decimals=1,
        base="red",
    )
    runway["transformations"] = thresholds_from(runway_limits, LOW_IS_BAD)
    burn = stat(
        "Burn per day",
        "Dollars a day over the exporter's burn window, all hosts added up "
        "(plutus:burn_rate_usd_per_day): what the runway divides by.",
        [query(f"plutus:burn_rate_usd_per_day{{{SELECTED}}}", "{{provider}}", instant=True)],
        (15, y, 5, 6),
        unit="currencyUSD",
        decimals=2,
        base="blue",
    )
    today = stat(
        "Spend today",
        "Spent since midnight in the exporter's time zone, all hosts added up.",
        [
            query(
                f'sum by (provider) (plutus_spend_usd{{window="today", {SELECTED}}})',
                "{{provider}}",
                instant=True,
            )
        ],
        (20, y, 4, 6),
        unit="currencyUSD",
        decimals=2,
        base="blue",
    )
    return [balance, source, runway, burn, today]


def trend_panels(y: int) -> list[dict]:
    def limit_lines(rule: str) -> list[dict]:
        return [query(rule, "{{severity}} threshold", "B")]

    return [
        timeseries(
            "Balance over time",
            "Each account's balance, with the alert thresholds as dashed lines.",
            [query(f"plutus:balance_usd{{{SELECTED}}}", "{{provider}}")]
            + limit_lines("plutus:threshold:balance_usd"),
            (0, y, 12, 8),
            unit="currencyUSD",
            decimals=2,
        ),
        timeseries(
            "Runway over time",
            "Days of runway left, with the alert thresholds as dashed lines.",
            [query(f"plutus:runway_days{{{SELECTED}}}", "{{provider}}")]
            + limit_lines("plutus:threshold:runway_days"),
            (12, y, 12, 8),
            unit="d",
            decimals=1,
        ),
        timeseries(
            "Burn rate",
            "Dollars a day: the spend counter's rate() now, beside the 7-day ledger figure "
            "the runway uses. A rate far above the 7-day line is a spend spike.",
            [
                query(
                    "sum by (provider) "
                    f"(rate(plutus_spend_usd_total{{{SELECTED}}}[$__rate_interval])) * 86400",
                    "{{provider}} now",
                ),
                query(f"plutus:burn_rate_usd_per_day{{{SELECTED}}}", "{{provider}} 7-day", "B"),
            ],
            (0, y + 8, 12, 8),
            unit="currencyUSD",
            decimals=2,
        ),
        bargauge(
            "Spend by model",
            "Dollars spent per provider and model over the dashboard's time range.",
            [
                query(
                    "sum by (provider, model) "
                    f"(increase(plutus_spend_usd_total{{{SELECTED}}}[$__range]))",
                    "{{provider}} {{model}}",
                    instant=True,
                )
            ],
            (12, y + 8, 12, 8),
            unit="currencyUSD",
            decimals=2,
        ),
    ]


def token_panels(y: int) -> list[dict]:
    unpriced_limit = query(
        "plutus:threshold:unpriced_tokens_per_hour", "unpriced alert threshold", "B"
    )
    return [
        timeseries(
            "Tokens by kind",
            "Tokens an hour by kind (input, output, cache_read, cache_write, reasoning).",
            [
                query(
                    "sum by (kind) "
                    f"(rate(plutus_tokens_total{{{SELECTED}}}[$__rate_interval])) * 3600",
                    "{{kind}}",
                )
            ],
            (0, y, 8, 8),
            unit="short",
            stacked=True,
        ),
        timeseries(
            "Unpriced tokens per hour",
            "Tokens neither Hermes nor Plutus could price, per hour and model: spend the "
            "figures do not include. Any at all raises PlutusUnpricedSpend.",
            [
                query(
                    "sum by (provider, model) "
                    f"(increase(plutus_unpriced_tokens_total{{{SELECTED}}}[1h]))",
                    "{{provider}} {{model}}",
                ),
                unpriced_limit,
            ],
            (8, y, 8, 8),
            unit="short",
        ),
        bargauge(
            "Unpriced tokens by model",
            "All unpriced tokens the ledgers hold, per provider and model (models with none "
            "are left out).",
            [
                query(
                    f"sum by (provider, model) (plutus_unpriced_tokens_total{{{SELECTED}}}) > 0",
                    "{{provider}} {{model}}",
                    instant=True,
                )
            ],
            (16, y, 8, 8),
            unit="short",
            base="orange",
        ),
    ]


ROUTE_COLUMNS = ["role", "position", "provider", "model", "config"]
ROUTES = "max by (config, role, position, provider, model) (plutus_route_info)"
ACTIVE = value_map({"1": ("active", "green")})
UP_DOWN = value_map({"0": ("down", "red"), "1": ("up", "green")})


def routing_panels(y: int) -> list[dict]:
    age_limit = query("plutus:threshold:reconciler_max_age_seconds", "limit", "B", instant=True)
    last_pass = stat(
        "Reconciler: last pass",
        "Time since the reconciler's last pass; red past the reconciler_max_age threshold.",
        [query("time() - max(plutus_reconciler_last_run_timestamp_seconds)", "age", instant=True)]
        + [age_limit],
        (0, y + 8, 6, 4),
        unit="s",
        decimals=0,
    )
    last_pass["transformations"] = thresholds_from([age_limit], ("red",))
    outcome = stat(
        "Reconciler: last pass result",
        "Whether the last pass read its signals and handled every Hermes config.",
        [query("min(plutus_reconciler_last_run_success)", "result", instant=True)],
        (6, y + 8, 6, 4),
        unit="none",
    )
    outcome["fieldConfig"]["defaults"]["mappings"] = value_map(
        {"0": ("failed", "red"), "1": ("ok", "green")}
    )
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
    ledger_limit = query("plutus:threshold:ledger_max_age_seconds", "limit", "B", instant=True)
    age = bargauge(
        "Age of each source's last success",
        "Seconds since each source (ledger per profile, balance and reported spend per "
        "provider) was last read; red past the ledger_max_age threshold.",
        [
            query(
                "time() - plutus_source_last_success_timestamp_seconds",
                "{{source}} {{provider}}{{profile}} ({{instance}})",
                instant=True,
            ),
            ledger_limit,
        ],
        (8, y, 8, 8),
        unit="s",
        decimals=0,
        base="green",
    )
    age["transformations"] = thresholds_from([ledger_limit], ("red",))
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
