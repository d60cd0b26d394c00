"""Finding a Hermes home, its profiles' ledgers, and the keys in its `.env`."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values


@dataclass(frozen=True)
class Ledger:
    """One profile's `state.db`: `default` for the home itself."""

    profile: str
    path: Path


def default_home() -> Path:
    return Path.home() / ".hermes"


def home_key(home: Path) -> str:
    """A short stable name for a Hermes home, for state kept per home."""
    resolved = str(Path(home).resolve())
    return f"{Path(resolved).name or 'root'}-{hashlib.sha256(resolved.encode()).hexdigest()[:12]}"


def ledgers(home: Path) -> list[Ledger]:
    """Every profile's ledger under `home`, the default profile first."""
    found = []
    if (home / "state.db").exists():
        found.append(Ledger("default", home / "state.db"))
    profiles = home / "profiles"
    if profiles.is_dir():
        for db in sorted(profiles.glob("*/state.db")):
            found.append(Ledger(db.parent.name, db))
    return found


def read_key(home: Path | None, names: tuple[str, ...] | list[str]) -> str | None:
    """The first of `names` set in the process environment, else in the home's `.env`."""
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    if home is None or not (home / ".env").is_file():
        return None
    values = dotenv_values(home / ".env")
    for name in names:
        if values.get(name):
            return values[name]
    return None
