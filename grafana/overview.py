"""The panels of the Plutus overview dashboard, row by row (the README describes each)."""

from __future__ import annotations

from panels import (
    SELECTED,
    bargauge,
    level,
    query,
    stat,
    timeseries,
    value_map,
)

LEVELS = value_map({"0": ("ok", "green"), "1": ("warning", "orange"), "2": ("critical", "red")})


def money_stats(y: int) -> list[dict]:
    balance = stat(
        "Balance",
        "Credit left in each account (plutus:balance_usd): live, calibrated or budget.",
        [query(f"plutus:balance_usd{{{SELECTED}}}", "{{provider}}", instant=True)],
        (0, y, 4, 6),
        unit="currencyUSD",
        decimals=2,
        base="blue",
    )
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
        (4, y, 4, 6),
        unit="none",
        base="text",
        text="name",
    )
    runway = stat(
        "Runway",
        "Days until the account is empty at the ledger burn rate (plutus:runway_days).",
        [query(f"plutus:runway_days{{{SELECTED}}}", "{{provider}}", instant=True)],
        (8, y, 4, 6),
        unit="d",
        decimals=1,
        base="blue",
    )
    burn = stat(
        "Burn per day",
        "Dollars a day over the exporter's burn window, all hosts added up "
        "(plutus:burn_rate_usd_per_day): what the runway divides by.",
        [query(f"plutus:burn_rate_usd_per_day{{{SELECTED}}}", "{{provider}}", instant=True)],
        (12, y, 4, 6),
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
        (16, y, 4, 6),
        unit="currencyUSD",
        decimals=2,
        base="blue",
    )
    return [balance, source, runway, burn, today, against_thresholds(y)]


def against_thresholds(y: int) -> dict:
    runway = f"plutus:runway_days{{{SELECTED}}}"
    balance = f"plutus:balance_usd{{{SELECTED}}}"
    result = stat(
        "Against the alert thresholds",
        "Each runway and balance compared with the plutus:threshold:* recording rules the "
        "PlutusRunwayLow and PlutusBalanceLow alerts use: ok, warning (below the warning "
        "threshold) or critical. A figure that is unknown shows nothing.",
        [
            query(
                level(runway, "plutus:threshold:runway_days"),
                "{{provider}} runway",
                "A",
                instant=True,
            ),
            query(
                level(balance, "plutus:threshold:balance_usd"),
                "{{provider}} balance",
                "B",
                instant=True,
            ),
        ],
        (20, y, 4, 6),
        unit="none",
        text="value_and_name",
    )
    result["fieldConfig"]["defaults"]["mappings"] = LEVELS
    return result


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
