"""The exporter's configuration file, validated on load into typed, immutable records."""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from plutus import yaml_errors
from plutus.durations import parse_duration
from plutus.hermes_home import NOT_A_VARIABLE, is_variable_name
from plutus.providers import CATALOGUE, DEFAULT_PROVIDERS


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names file, entry and expectation."""


@dataclass(frozen=True)
class Calibration:
    balance_usd: float
    at: float


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    api_base: str | None = None
    api_key_env: tuple[str, ...] = ()
    budget_usd: float | None = None
    calibration: Calibration | None = None
    management_key_env: tuple[str, ...] = ()
    admin_key_env: tuple[str, ...] = ()
    currency: str | None = None
    refresh: float | None = None


@dataclass(frozen=True)
class ExporterConfig:
    providers: dict[str, ProviderConfig]
    timezone: str | None = None
    burn_window: float = 7 * 86400
    fx_usd: dict[str, float] = field(default_factory=dict)
    refresh_ledger: float = 30.0
    refresh_balances: float = 300.0
    unpriced_share: float = 0.10
    balance_timeout: float = 10.0
    source: Path | None = None

    def tz(self) -> dt.tzinfo | None:
        """The zone behind "today"; None means the system's local time."""
        return zoneinfo.ZoneInfo(self.timezone) if self.timezone else None


_TOP_KEYS = {
    "timezone",
    "burn_window",
    "fx_usd",
    "refresh",
    "providers",
    "unpriced_share",
    "balance_timeout",
}
_PROVIDER_KEYS = {
    "api_base",
    "api_key_env",
    "management_key_env",
    "admin_key_env",
    "currency",
    "refresh",
    "budget_usd",
    "calibration",
}


def load_config(path: Path | None) -> ExporterConfig:
    """Read and validate `path`; no path means the defaults."""
    if path is None:
        return from_mapping({}, "<defaults>")
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(
            f"{path}: cannot read configuration: not valid YAML: {yaml_errors.describe(exc)}"
        ) from exc
    config = from_mapping(raw, str(path))
    return ExporterConfig(**{**config.__dict__, "source": Path(path)})


def from_mapping(raw: Any, where: str) -> ExporterConfig:
    mapping = _expect(raw, dict, where, "", "a mapping")
    _no_unknown(mapping, _TOP_KEYS, where, "")
    refresh = _expect(mapping.get("refresh", {}), dict, where, "refresh", "a mapping")
    _no_unknown(refresh, {"ledger", "balances"}, where, "refresh.")
    return ExporterConfig(
        providers=_providers(mapping.get("providers"), where),
        timezone=_timezone(mapping.get("timezone"), where),
        burn_window=_duration(mapping.get("burn_window", "7d"), where, "burn_window"),
        fx_usd=_fx(mapping.get("fx_usd", {}), where),
        refresh_ledger=_duration(refresh.get("ledger", "30s"), where, "refresh.ledger"),
        refresh_balances=_duration(refresh.get("balances", "5m"), where, "refresh.balances"),
        unpriced_share=_share(mapping.get("unpriced_share", 0.10), where),
        balance_timeout=_duration(mapping.get("balance_timeout", "10s"), where, "balance_timeout"),
    )


def _providers(raw: Any, where: str) -> dict[str, ProviderConfig]:
    if raw is None:
        return {name: _provider(name, {}, where) for name in DEFAULT_PROVIDERS}
    entries = _expect(raw, dict, where, "providers", "a mapping of provider names")
    return {
        str(name).lower(): _provider(str(name).lower(), body, where)
        for name, body in entries.items()
    }


def _provider(name: str, raw: Any, where: str) -> ProviderConfig:
    path = f"providers.{name}"
    body = _expect(raw if raw is not None else {}, dict, where, path, "a mapping")
    _no_unknown(body, _PROVIDER_KEYS, where, path + ".")
    known = CATALOGUE.get(name)
    budget = body.get("budget_usd")
    refresh = body.get("refresh")
    currency = body.get("currency")
    if currency is not None and not (isinstance(currency, str) and len(currency) == 3):
        raise ConfigError(f"{where}: {path}.currency: expected a currency code such as USD")
    api_base = body.get("api_base", known.api_base if known else None)
    if api_base is not None and not isinstance(api_base, str):
        raise ConfigError(f"{where}: {path}.api_base: expected a URL, got {api_base!r}")
    return ProviderConfig(
        name=name,
        api_base=api_base,
        api_key_env=_names(body, "api_key_env", known.key_envs if known else (), where, path),
        management_key_env=_names(body, "management_key_env", (), where, path),
        admin_key_env=_names(body, "admin_key_env", (), where, path),
        currency=currency.upper() if currency else None,
        refresh=None if refresh is None else _duration(refresh, where, f"{path}.refresh"),
        budget_usd=None if budget is None else _amount(budget, where, f"{path}.budget_usd"),
        calibration=_calibration(body.get("calibration"), where, f"{path}.calibration"),
    )


def _names(body: dict, key: str, default: tuple, where: str, path: str) -> tuple[str, ...]:
    """One environment variable name, or a list of them tried in order."""
    raw = body.get(key, default)
    names = (raw,) if isinstance(raw, str) else raw
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        raise ConfigError(f"{where}: {path}.{key}: expected a variable name or a list of them")
    # The value is not echoed: a name that is not a name is most often the key pasted in.
    if not all(is_variable_name(n) for n in names):
        raise ConfigError(f"{where}: {path}.{key}: {NOT_A_VARIABLE}")
    return tuple(names)


def _calibration(raw: Any, where: str, path: str) -> Calibration | None:
    if raw is None:
        return None
    body = _expect(raw, dict, where, path, "a mapping with balance_usd and at")
    _no_unknown(body, {"balance_usd", "at"}, where, path + ".")
    at = body.get("at")
    if isinstance(at, str):
        try:
            at = dt.datetime.fromisoformat(at)
        except ValueError:
            at = None
    if not isinstance(at, dt.datetime) or at.tzinfo is None:
        raise ConfigError(f"{where}: {path}.at: expected an ISO time with a UTC offset")
    balance = _amount(body.get("balance_usd"), where, f"{path}.balance_usd", signed=True)
    return Calibration(balance_usd=balance, at=at.timestamp())


def _timezone(raw: Any, where: str) -> str | None:
    if raw is None:
        return None
    try:
        zoneinfo.ZoneInfo(str(raw))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{where}: timezone: expected an IANA zone name, got {raw!r}") from exc
    return str(raw)


def _fx(raw: Any, where: str) -> dict[str, float]:
    rates = _expect(raw, dict, where, "fx_usd", "a mapping of currency to USD rate")
    return {str(k).upper(): _amount(v, where, f"fx_usd.{k}") for k, v in rates.items()}


def _duration(raw: Any, where: str, path: str) -> float:
    try:
        seconds = parse_duration(raw)
    except ValueError as exc:
        raise ConfigError(f"{where}: {path}: {exc}") from exc
    if seconds <= 0:
        raise ConfigError(f"{where}: {path}: expected a duration above zero")
    return seconds


def _share(raw: Any, where: str) -> float:
    share = _amount(raw, where, "unpriced_share")
    if share > 1:
        raise ConfigError(f"{where}: unpriced_share: expected a fraction between 0 and 1")
    return share


def _amount(raw: Any, where: str, path: str, signed: bool = False) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise ConfigError(f"{where}: {path}: expected a finite number, got {raw!r}")
    if raw < 0 and not signed:
        raise ConfigError(f"{where}: {path}: expected a number of zero or more, got {raw!r}")
    return float(raw)


def _expect(raw: Any, kind: type | tuple, where: str, path: str, what: str) -> Any:
    if not isinstance(raw, kind):
        raise ConfigError(f"{where}: {path or '<top level>'}: expected {what}, got {raw!r}")
    return raw


def _no_unknown(mapping: dict, allowed: set[str], where: str, prefix: str) -> None:
    unknown = sorted(str(k) for k in mapping if k not in allowed)
    if unknown:
        raise ConfigError(
            f"{where}: {prefix}{unknown[0]}: unknown key (expected one of {sorted(allowed)})"
        )
