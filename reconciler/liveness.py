"""Which models each provider lists right now: its models endpoint, every page of it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import requests

from plutus.hermes_home import read_key
from reconciler.decision import Liveness
from reconciler.rules import ProviderRule, Rules

log = logging.getLogger(__name__)

MAX_PAGES = 100


class ListingError(RuntimeError):
    """A models endpoint that could not be read; the message never holds the key."""


Get = Callable[[str, dict, dict], dict]


def _deepseek(get: Get, base: str) -> Iterator[str]:
    # https://api-docs.deepseek.com/api/list-models: {"object": "list", "data": [{"id": ...}]}
    yield from (item["id"] for item in get(f"{base}/models", {}, {}).get("data", []))


def _openai_style(get: Get, base: str) -> Iterator[str]:
    # OpenRouter https://openrouter.ai/docs/api-reference/list-available-models and Moonshot
    # https://platform.moonshot.ai/docs/api/chat#list-models: {"data": [{"id": ...}]}, one page.
    yield from (item["id"] for item in get(f"{base}/v1/models", {}, {}).get("data", []))


def _anthropic(get: Get, base: str) -> Iterator[str]:
    # https://docs.anthropic.com/en/api/models-list: {"data": [...], "has_more", "last_id"}
    params: dict = {"limit": 1000}
    headers = {"anthropic-version": "2023-06-01"}
    for _ in range(MAX_PAGES):
        page = get(f"{base}/v1/models", params, headers)
        yield from (item["id"] for item in page.get("data", []))
        if not page.get("has_more") or not page.get("last_id"):
            return
        params = {"limit": 1000, "after_id": page["last_id"]}
    raise ListingError("more pages than allowed")


def _gemini(get: Get, base: str) -> Iterator[str]:
    # https://ai.google.dev/api/models#method:-models.list: {"models": [{"name": "models/..."}],
    # "nextPageToken": ...}
    params: dict = {"pageSize": 1000}
    for _ in range(MAX_PAGES):
        page = get(f"{base}/v1beta/models", params, {})
        for item in page.get("models", []):
            yield item["name"].removeprefix("models/")
        if not page.get("nextPageToken"):
            return
        params = {"pageSize": 1000, "pageToken": page["nextPageToken"]}
    raise ListingError("more pages than allowed")


_LISTERS = {"deepseek": _deepseek, "anthropic": _anthropic, "google": _gemini}
_AUTH = {
    "anthropic": lambda key: {"x-api-key": key},
    "google": lambda key: {"x-goog-api-key": key},
}


def _getter(session: requests.Session, provider: ProviderRule, key: str | None, timeout: float):
    auth = _AUTH.get(provider.name, lambda k: {"Authorization": f"Bearer {k}"})(key) if key else {}

    def get(url: str, params: dict, headers: dict) -> dict:
        try:
            # A keyed request never follows a redirect: the key would go to another host.
            response = session.get(
                url,
                params=params,
                headers={**headers, **auth},
                timeout=timeout,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise ListingError(f"unreachable: {type(exc).__name__}") from exc
        if 300 <= response.status_code < 400:
            raise ListingError(f"redirect refused: status={response.status_code}")
        if response.status_code != 200:
            raise ListingError(f"status={response.status_code}")
        try:
            return response.json()
        except ValueError as exc:
            raise ListingError("answer is not JSON") from exc

    return get


def list_models(
    provider: ProviderRule,
    key: str | None,
    *,
    session: requests.Session | None = None,
    timeout: float = 10.0,
) -> frozenset[str]:
    """Every model id the provider lists, following every page."""
    lister = _LISTERS.get(provider.name, _openai_style)
    get = _getter(session or requests.Session(), provider, key, timeout)
    try:
        return frozenset(lister(get, provider.api_base.rstrip("/")))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ListingError(f"unexpected answer shape: {type(exc).__name__}") from exc


class LivenessChecker:
    """Lists each provider's models once per pass and Hermes home (keys differ per profile)."""

    def __init__(self, rules: Rules, *, session: requests.Session | None = None, timeout=10.0):
        self.rules = rules
        self.session = session or requests.Session()
        self.timeout = timeout
        self._cache: dict[tuple[str, str | None], Liveness] = {}

    def check(self, home: Path) -> dict[str, Liveness]:
        return {p.name: self._one(p, home) for p in self.rules.providers}

    def _one(self, provider: ProviderRule, home: Path) -> Liveness:
        key = read_key(home, (provider.api_key_env,))
        cached = self._cache.get((provider.name, key))
        if cached is not None:
            return cached
        try:
            models = list_models(provider, key, session=self.session, timeout=self.timeout)
            result = Liveness(True, models)
            log.debug("models listed provider=%s count=%d", provider.name, len(models))
        except ListingError as exc:
            log.warning("models endpoint failed provider=%s error=%s", provider.name, exc)
            result = Liveness(False)
        self._cache[(provider.name, key)] = result
        return result
