"""What every provider source shares: its reading, its errors, its one kind of HTTP call."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from exporter.config import ExporterConfig, ProviderConfig
from plutus.hermes_home import read_key

MAX_BODY = 1 << 20  # no balance answer is near a megabyte; a bigger one is an error


class SourceError(RuntimeError):
    """An answer that could not be used; the message never holds a key.

    `retry_after` is the delay in seconds the provider asked for (429, 503), if any.
    """

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class RawBalance:
    currency: str
    kind: str
    amount: float


@dataclass(frozen=True)
class Reading:
    """One successful read of a source."""

    raw: tuple[RawBalance, ...] = ()
    usd: float | None = None  # the balance in USD; None when unknown or not a balance
    available: bool | None = None
    reported: dict[str, float] = field(default_factory=dict)  # window → USD the provider says
    notes: tuple[str, ...] = ()


class Source:
    """A provider API read on its own schedule; `read` returns a Reading or raises SourceError.

    `kind` is the health label: "balance" for sources that report money left,
    "reported_spend" for those that only report what was spent.
    """

    provider = ""
    kind = "balance"

    def __init__(self, api_base: str, key: str | None, timeout: float, fx_usd: dict[str, float]):
        self.api_base = api_base.rstrip("/")
        self.key = key
        self.timeout = timeout
        self.fx_usd = fx_usd
        self.clock = time.time

    @classmethod
    def build(cls, provider: ProviderConfig, home: Path | None, config: ExporterConfig):
        """The source for this provider's configuration, or None when it does not apply.

        Without a key there is nothing to read: the provider then has no live balance, and a
        budget or a calibration can stand in for it.
        """
        key = read_key(home, provider.api_key_env)
        if not key or not provider.api_base:
            return None
        return cls(provider.api_base, key, config.balance_timeout, config.fx_usd)

    def read(self) -> Reading:
        raise NotImplementedError

    def bearer(self, key: str | None, what: str = "API key") -> dict[str, str]:
        if not key:
            raise SourceError(f"{self.provider}: no {what} configured")
        return {"Authorization": f"Bearer {key}", "Accept": "application/json"}

    def url(self, path: str) -> str:
        """`api_base` + `path`, whether or not the base already ends with the path's `/v1`."""
        version = "/" + path.lstrip("/").split("/", 1)[0]
        base = self.api_base[: -len(version)] if self.api_base.endswith(version) else self.api_base
        return base + path

    def get_json(self, path: str, headers: dict[str, str], params: dict | None = None) -> Any:
        """GET a JSON document. Requests carrying a key never follow a redirect."""
        try:
            with requests.get(self.url(path), headers=headers, params=params, stream=True,
                              timeout=self.timeout, allow_redirects=False) as answer:  # fmt: skip
                _check_status(self.provider, path, answer)
                deadline = time.monotonic() + self.timeout
                body = _read_capped(self.provider, path, answer, deadline)
        except requests.RequestException as exc:
            raise SourceError(f"{self.provider}: {path}: {_failure(exc)}") from None
        try:
            return json.loads(body)
        except ValueError:
            raise SourceError(f"{self.provider}: {path} did not answer JSON") from None

    def to_usd(self, raw: list[RawBalance], kind: str = "total") -> tuple[float | None, tuple]:
        if len({(r.currency, r.kind) for r in raw}) != len(raw):
            raise SourceError(f"{self.provider}: the answer names a currency twice")
        """Sum of the `kind` entries in USD; None when a currency holding money has no rate."""
        usd, missing = 0.0, []
        for entry in raw:
            if entry.kind != kind or entry.amount == 0:
                continue
            rate = 1.0 if entry.currency == "USD" else self.fx_usd.get(entry.currency)
            if rate is None:
                missing.append(entry.currency)
                continue
            usd += entry.amount * rate
        if missing:
            note = f"no fx_usd rate for {', '.join(sorted(set(missing)))}: USD balance unknown"
            return None, (note,)
        if not math.isfinite(usd):
            raise SourceError(f"{self.provider}: the balance adds up to more than a float holds")
        return usd, ()


def _check_status(provider: str, path: str, answer: requests.Response) -> None:
    if answer.is_redirect or 300 <= answer.status_code < 400:
        host = urlsplit(answer.headers.get("Location", "")).hostname or "elsewhere"
        raise SourceError(f"{provider}: {path} redirected to {host}; not followed with a key")
    if answer.status_code != 200:
        retry = _retry_after(answer.headers.get("Retry-After"))
        raise SourceError(f"{provider}: HTTP {answer.status_code} from {path}", retry)


def _read_capped(provider: str, path: str, answer: requests.Response, deadline: float) -> bytes:
    """The body, refused when it is too large or still trickling in past the deadline."""
    body = b""
    for chunk in answer.iter_content(65536):
        body += chunk
        if len(body) > MAX_BODY:
            raise SourceError(f"{provider}: {path} answered more than {MAX_BODY} bytes")
        if time.monotonic() > deadline:
            raise SourceError(f"{provider}: {path} still answering after the timeout")
    return body


def _retry_after(value: str | None) -> float | None:
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the ordinary backoff applies
    return seconds if seconds is not None and 0 <= seconds < 86400 else None


def _failure(exc: requests.RequestException) -> str:
    """The kind of failure, never the URL (a query string may hold a key)."""
    if isinstance(exc, requests.ConnectTimeout):
        return "connect timeout"
    if isinstance(exc, requests.ReadTimeout):
        return "no answer before the timeout"
    if isinstance(exc, requests.ConnectionError):
        return "connection failed"
    return type(exc).__name__


def amount(value: Any, where: str) -> float:
    """A money amount given as a number or a decimal string; SourceError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise SourceError(f"{where}: expected an amount, got {type(value).__name__}")
    try:
        number = float(Decimal(str(value).strip()))
    except (InvalidOperation, OverflowError):
        raise SourceError(f"{where}: expected an amount, got {shown(value)}") from None
    if not math.isfinite(number):
        raise SourceError(f"{where}: expected a finite amount, got {shown(value)}")
    return number


def shown(value: Any) -> str:
    """A value from an answer, fit for a log line: numbers as they are, text only by its
    length, since a provider may echo the request's key back in any field."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{type(value).__name__} of {len(str(value))} characters"
    return repr(value)


def field_of(body: Any, path: str, where: str) -> Any:
    """`body["a"]["b"]` for path "a.b"; SourceError naming the path when it is not there."""
    node = body
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise SourceError(f"{where}: answer has no {path}")
        node = node[part]
    return node
