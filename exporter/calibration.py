"""Calibrations: the real console balance a user read off, with when they read it."""

from __future__ import annotations

import math
from pathlib import Path

from filelock import FileLock

from exporter.config import Calibration, ExporterConfig
from plutus.statefile import private_state_dir, read_json, write_json

FILE = "calibrations.json"


class CalibrationError(ValueError):
    pass


def load(state_dir: Path) -> dict[str, Calibration]:
    raw = read_json(state_dir / FILE, {})
    return {name: Calibration(float(c["balance_usd"]), float(c["at"])) for name, c in raw.items()}


def effective(config: ExporterConfig, stored: dict[str, Calibration]) -> dict[str, Calibration]:
    """Per configured provider, the newer of the configuration's and the state's calibration."""
    chosen = {}
    for name, provider in config.providers.items():
        candidates = [c for c in (provider.calibration, stored.get(name)) if c is not None]
        if candidates:
            chosen[name] = max(candidates, key=lambda c: c.at)
    return chosen


def parse_assignment(text: str) -> tuple[str, float | None]:
    """`anthropic=52.10` → ("anthropic", 52.1); `anthropic=clear` → ("anthropic", None)."""
    name, sep, value = text.partition("=")
    name = name.strip().lower()
    if not sep or not name:
        raise CalibrationError(f"{text!r}: expected PROVIDER=USD or PROVIDER=clear")
    if value.strip().lower() == "clear":
        return name, None
    try:
        amount = float(value)
    except ValueError:
        raise CalibrationError(f"{text!r}: {value!r} is not an amount in USD") from None
    if not math.isfinite(amount):
        raise CalibrationError(f"{text!r}: {value!r} is not a finite amount in USD")
    return name, amount


def record(
    state_dir: Path, config: ExporterConfig, live: set[str], assignments: list[str], now: float
) -> list[str]:
    """Apply `assignments` to the state directory; returns one message per change."""
    parsed = [parse_assignment(a) for a in assignments]
    for name, _ in parsed:
        if name not in config.providers:
            raise CalibrationError(f"{name}: not a configured provider")
        if name in live:
            raise CalibrationError(
                f"{name}: has a live balance from its API; calibration would be ignored"
            )
    private_state_dir(state_dir)
    # Two calibrate commands at once must not lose one of their changes.
    with FileLock(state_dir / f".{FILE}.lock", mode=0o600):
        stored = read_json(state_dir / FILE, {})
        messages = [_apply(stored, config, name, value, now) for name, value in parsed]
        write_json(state_dir / FILE, stored)
    return messages


def _apply(stored: dict, config: ExporterConfig, name: str, value: float | None, now: float) -> str:
    if value is not None:
        stored[name] = {"balance_usd": value, "at": now}
        shown = f"{value:.2f}" if round(value, 2) == value else repr(value)
        return f"{name}: calibrated to {shown} USD"
    removed = stored.pop(name, None) is not None
    message = f"{name}: calibration cleared" if removed else f"{name}: had no stored calibration"
    if config.providers[name].calibration is not None:
        message += "; the calibration in the configuration file still applies"
    return message
