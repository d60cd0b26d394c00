"""Finding a Hermes home, its profiles' ledgers, and the keys in its `.env`."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

log = logging.getLogger(__name__)


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


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
NOT_A_VARIABLE = (
    "expected the name of an environment variable (letters, digits, _), not a key itself: "
    "put the key in the environment, the Hermes .env, or a file named by NAME_FILE"
)


def is_variable_name(text: str) -> bool:
    """Whether `text` can name a key's variable; a pasted key (`sk-...`) cannot."""
    return bool(_VARIABLE.fullmatch(text))


def read_key(home: Path | None, names: tuple[str, ...] | list[str]) -> str | None:
    """The first of `names` set in the process environment, else in the home's `.env`.

    `NAME_FILE` (in either place) names a file holding the key instead, as with Docker or
    systemd secrets: the key then never sits in an environment a `ps e` can show.
    """
    places = [os.environ]
    if home is not None and (home / ".env").is_file():
        places.append(dotenv_values(home / ".env"))
    for values in places:
        for name in names:
            if values.get(name):
                return values[name]
            if values.get(f"{name}_FILE"):
                return _key_file(Path(values[f"{name}_FILE"]), f"{name}_FILE")
    return None


def _key_file(path: Path, variable: str) -> str | None:
    try:
        key = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("key file unreadable variable=%s path=%s error=%s", variable, path,
                    getattr(exc, "strerror", None) or type(exc).__name__)  # fmt: skip
        return None
    if path.stat().st_mode & 0o077:
        log.warning("key file readable by other users variable=%s path=%s", variable, path)
    return key or None
