"""The rules file: validated on load into frozen records, errors naming file, entry and need."""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from plutus import yaml_errors
from plutus.hermes_home import NOT_A_VARIABLE, is_variable_name
from plutus.providers import CATALOGUE
from reconciler.validation import Reader, RulesError, parse_duration
from reconciler.yaml_text import YamlRefused, refuse_duplicate_keys

ROLES = ("primary", "delegation", "fallback")
LOOPBACK = ("localhost", "127.0.0.1", "::1")
KINDS = ("flagship", "fast")
_CONDITION = re.compile(
    r"^\s*([a-z_][a-z0-9_]*)\s*(<=|>=|<|>|==|!=)\s*([-+]?[0-9.eE+-]+|[-+]?inf)\s*$"
)
_OPS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True)
class ProviderRule:
    name: str
    hermes_slug: str
    flagship: str
    fast: str
    api_base: str
    api_key_env: str
    hermes_base_url: str | None
    alternates: Mapping[str, tuple[str, ...]]

    def models(self, kind: str) -> tuple[str, ...]:
        """The model for `kind` (flagship or fast), then its alternates, in preference order."""
        return (getattr(self, kind), *self.alternates.get(kind, ()))


@dataclass(frozen=True)
class Signal:
    name: str
    query: str
    fallback_query: str | None
    metric: str
    divide_by: float
    max_age: float | None


@dataclass(frozen=True)
class Exclusion:
    condition: str
    signal: str
    op: str
    threshold: float
    roles: frozenset[str]
    passes: int

    def holds(self, value: float | None) -> bool | None:
        """Whether the condition holds for `value`; None when the value is unknown."""
        if value is None:
            return None
        return _OPS[self.op](value, self.threshold)


@dataclass(frozen=True)
class Rules:
    path: str
    enabled: bool
    providers: tuple[ProviderRule, ...]
    signals: Mapping[str, Signal]
    ranking_signal: str
    exclusions: tuple[Exclusion, ...]
    hysteresis_ratio: float
    backups: int

    def provider(self, name: str) -> ProviderRule | None:
        return next((p for p in self.providers if p.name == name), None)

    def by_slug(self, slug: str) -> ProviderRule | None:
        """The managed provider Hermes knows as `slug` (Google's `gemini` or `google`)."""
        slug = slug.strip().lower()
        return next((p for p in self.providers if slug in (p.hermes_slug, p.name)), None)


DEFAULT_SIGNALS = {
    "runway_days": Signal(
        "runway_days",
        "plutus:runway_days",
        "min by (provider) (plutus_runway_seconds) / 86400",
        "plutus_runway_seconds",
        86400.0,
        None,
    ),
    "balance_usd": Signal(
        "balance_usd",
        "plutus:balance_usd",
        "min by (provider) (plutus_balance_usd)",
        "plutus_balance_usd",
        1.0,
        None,
    ),
    "burn_rate_usd_per_day": Signal(
        "burn_rate_usd_per_day",
        "plutus:burn_rate_usd_per_day",
        "sum by (provider) (plutus_burn_rate_usd_per_day)",
        "plutus_burn_rate_usd_per_day",
        1.0,
        None,
    ),
}


def load_rules(path: Path | str) -> Rules:
    """Read and validate a rules file; raise RulesError naming the faulty entry."""
    path = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        # PyYAML keeps the last of two equal keys: a second `google:` would silently win.
        refuse_duplicate_keys(text, path)
        raw = yaml.safe_load(text)
    except OSError as exc:
        raise RulesError(f"{path}: cannot read: {exc.strerror}") from exc
    except YamlRefused as exc:
        raise RulesError(str(exc)) from exc
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML: {yaml_errors.describe(exc)}") from exc
    return parse_rules(raw, path)


def parse_rules(raw: Any, path: str) -> Rules:
    read = Reader(path)
    top = read.mapping(
        raw,
        "(top level)",
        ("enabled", "providers", "signals", "ranking", "exclusions", "hysteresis", "backups"),
    )
    enabled = top.get("enabled", True)
    if not isinstance(enabled, bool):
        raise read.fail("enabled", "true or false", enabled)
    providers = _providers(read, top.get("providers"))
    signals = _signals(read, top.get("signals") or {})
    ranking = read.mapping(top.get("ranking") or {}, "ranking", ("signal",))
    ranking_signal = ranking.get("signal", "runway_days")
    if ranking_signal not in signals:
        raise read.fail(
            "ranking.signal", f"one of the signals {', '.join(signals)}", ranking_signal
        )
    hysteresis = read.mapping(top.get("hysteresis") or {}, "hysteresis", ("ratio",))
    ratio = read.number(hysteresis.get("ratio", 1.0), "hysteresis.ratio", minimum=1.0)
    backups = top.get("backups", 10)
    if isinstance(backups, bool) or not isinstance(backups, int) or backups < 1:
        raise read.fail("backups", "a whole number of at least 1", backups)
    exclusions = _exclusions(read, top.get("exclusions") or [], signals)
    return Rules(path, enabled, providers, signals, ranking_signal, exclusions, ratio, backups)


def _variable(read: Reader, raw: Any, entry: str) -> str:
    # Never echoed: a value that is not a variable name is most often the key pasted in.
    if not isinstance(raw, str) or not is_variable_name(raw.strip()):
        raise read.fail(f"{entry}.api_key_env", NOT_A_VARIABLE)
    return raw.strip()


def _api_base(read: Reader, raw: Any, entry: str) -> str:
    # The provider's key goes there: in clear only to this machine (the tests' fake servers).
    url = read.text(raw, f"{entry}.api_base")
    parts = urlsplit(url)
    local = parts.scheme == "http" and parts.hostname in LOOPBACK
    if parts.hostname and (parts.scheme == "https" or local):
        return url
    raise read.fail(
        f"{entry}.api_base",
        "an https URL (http only to localhost, 127.0.0.1 or ::1)",
        f"{parts.scheme}://{parts.hostname}" if parts.hostname else None,
    )


def _providers(read: Reader, raw: Any) -> tuple[ProviderRule, ...]:
    if not isinstance(raw, dict) or not raw:
        raise read.fail("providers", "a mapping of provider name to its models", raw)
    keys = ("flagship", "fast", "api_base", "api_key_env", "hermes_base_url", "hermes_slug")
    found = []
    for name, body in raw.items():
        entry = f"providers.{name}"
        body = read.mapping(body, entry, (*keys, "alternates"))
        known = CATALOGUE.get(str(name))
        if known is None and not (body.get("hermes_slug") and body.get("api_base")):
            raise read.fail(entry, f"a known provider ({', '.join(CATALOGUE)}) or hermes_slug")
        default_env = known.key_envs[0] if known else None
        alternates = read.mapping(body.get("alternates") or {}, f"{entry}.alternates", KINDS)
        found.append(
            ProviderRule(
                name=str(name),
                hermes_slug=read.text(body.get("hermes_slug", known and known.hermes_slug), entry),
                flagship=read.text(body.get("flagship"), f"{entry}.flagship"),
                fast=read.text(body.get("fast"), f"{entry}.fast"),
                api_base=_api_base(read, body.get("api_base", known and known.api_base), entry),
                api_key_env=_variable(read, body.get("api_key_env", default_env), entry),
                hermes_base_url=read.text(
                    body.get("hermes_base_url"), f"{entry}.hermes_base_url", optional=True
                ),
                alternates={
                    kind: read.models(models, f"{entry}.alternates.{kind}")
                    for kind, models in alternates.items()
                },
            )
        )
    return tuple(found)


def _signals(read: Reader, raw: Any) -> dict[str, Signal]:
    signals = dict(DEFAULT_SIGNALS)
    if not isinstance(raw, dict):
        raise read.fail("signals", "a mapping of signal name to its query", raw)
    for name, body in raw.items():
        entry = f"signals.{name}"
        keys = ("query", "fallback_query", "metric", "divide_by", "max_age")
        body = read.mapping(body, entry, keys)
        base = signals.get(name)
        query = read.text(body.get("query", base and base.query), f"{entry}.query")
        try:
            max_age = parse_duration(body["max_age"]) if "max_age" in body else None
        except ValueError as exc:
            raise read.fail(f"{entry}.max_age", "a duration such as 15m", body["max_age"]) from exc
        signals[name] = Signal(
            name=str(name),
            query=query,
            fallback_query=read.text(
                body.get("fallback_query", base and base.fallback_query),
                f"{entry}.fallback_query",
                optional=True,
            ),
            metric=read.text(
                body.get("metric", (base and base.metric) or query), f"{entry}.metric"
            ),
            divide_by=read.number(
                body.get("divide_by", base.divide_by if base else 1.0),
                f"{entry}.divide_by",
                minimum=1e-12,
            ),
            max_age=max_age if max_age is not None else (base and base.max_age),
        )
    return signals


def _exclusions(read: Reader, raw: Any, signals: Mapping[str, Signal]) -> tuple[Exclusion, ...]:
    if not isinstance(raw, list):
        raise read.fail("exclusions", "a list", raw)
    found = []
    for i, body in enumerate(raw):
        entry = f"exclusions[{i}]"
        body = read.mapping(body, entry, ("condition", "roles", "passes"))
        condition = read.text(body.get("condition"), f"{entry}.condition")
        match = _CONDITION.match(condition)
        if not match or match.group(1) not in signals:
            raise read.fail(
                f"{entry}.condition", "'<signal> <op> <number>' with a known signal", condition
            )
        roles = body.get("roles", list(ROLES))
        if not isinstance(roles, list) or not roles or not set(roles) <= set(ROLES):
            raise read.fail(f"{entry}.roles", f"a list of roles from {', '.join(ROLES)}", roles)
        passes = body.get("passes", 1)
        if isinstance(passes, bool) or not isinstance(passes, int) or passes < 1:
            raise read.fail(f"{entry}.passes", "a whole number of at least 1", passes)
        threshold = float(match.group(3))
        if math.isnan(threshold):
            raise read.fail(f"{entry}.condition", "a number, not NaN", condition)
        found.append(
            Exclusion(
                condition, match.group(1), match.group(2), threshold, frozenset(roles), passes
            )
        )
    return tuple(found)
