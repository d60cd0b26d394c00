"""Hermes's routing keys: read them as Hermes does, edit only them, and prove that is all.

Touched keys: model.default/provider/base_url/api_mode, delegation.provider/model/base_url,
fallback_providers and the legacy fallback_model (folded into fallback_providers).
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from reconciler.decision import Route, Routing
from reconciler.rules import Rules
from reconciler.yaml_comments import attach_tail, detach_tail, pop_keeping_tail
from reconciler.yaml_text import hermes_scalar

log = logging.getLogger(__name__)

KEY_FIELDS = ("api_key", "key_env", "api_key_env")


def _entries(raw: Any) -> list:
    if isinstance(raw, dict):
        return [raw]
    return [entry for entry in raw if isinstance(entry, dict)] if isinstance(raw, list) else []


def _slug(entry: Any) -> str:
    return str(entry.get("provider") or "").strip().lower() if isinstance(entry, dict) else ""


def _route(rules: Rules, slug: str, model: Any) -> Route:
    managed = rules.by_slug(slug) if slug else None
    return Route(managed.name if managed else (slug or "unknown"), str(model or ""))


def is_managed(rules: Rules, entry: Any) -> bool:
    return bool(_slug(entry)) and rules.by_slug(_slug(entry)) is not None


def current_routing(data: Any, rules: Rules) -> Routing:
    """The routing a config (as PyYAML reads it) holds; fallbacks are the managed entries only."""
    data = data if isinstance(data, dict) else {}
    model = data.get("model")
    if isinstance(model, dict):
        primary = _route(rules, _slug(model), model.get("default"))
    else:
        primary = Route("unknown", str(model or "")) if model else None
    delegation = data.get("delegation")
    current_delegation = None
    if isinstance(delegation, dict) and delegation.get("provider"):
        # A delegation base URL makes Hermes treat the provider as custom, whatever it is named.
        slug = "custom" if delegation.get("base_url") else _slug(delegation)
        current_delegation = _route(rules, slug, delegation.get("model"))
    fallbacks = tuple(
        _route(rules, _slug(entry), entry.get("model"))
        for entry in _entries(data.get("fallback_providers"))
        if is_managed(rules, entry)
    )
    return Routing(primary, current_delegation, fallbacks)


def _set(mapping: CommentedMap, key: str, value: str) -> None:
    """Assign only when the value differs, so an unchanged value keeps its quoting."""
    if mapping.get(key) != value:
        mapping[key] = hermes_scalar(value)


def _edit_primary(doc: CommentedMap, route: Route, rules: Rules) -> None:
    rule = rules.provider(route.provider)
    model = doc.get("model")
    if not isinstance(model, CommentedMap):
        model = doc["model"] = CommentedMap()
    was = rules.by_slug(_slug(model))
    _set(model, "default", route.model)
    if was is None or was.name != rule.name:
        _set(model, "provider", rule.hermes_slug)
        # The old provider's endpoint and wire protocol must not follow the switch.
        pop_keeping_tail(model, "api_mode")
        if rule.hermes_base_url:
            _set(model, "base_url", rule.hermes_base_url)
        else:
            pop_keeping_tail(model, "base_url")


def _edit_delegation(doc: CommentedMap, route: Route, rules: Rules) -> None:
    delegation = doc.get("delegation")
    if not isinstance(delegation, CommentedMap):
        delegation = doc["delegation"] = CommentedMap()
    rule = rules.provider(route.provider)
    if rules.by_slug(_slug(delegation)) is not rule:
        _set(delegation, "provider", rule.hermes_slug)
    _set(delegation, "model", route.model)
    # With a base URL Hermes treats the subagent provider as custom and hands it the parent's key.
    pop_keeping_tail(delegation, "base_url")


def _holds_key(entry: Any) -> bool:
    return any(field in entry for field in KEY_FIELDS)


def _reuse(managed: list, routes: tuple[Route, ...], rules: Rules) -> list:
    """For each route, the existing entry to carry it (None: a new one), each used once.

    An entry already naming the route's model goes first, then one of the same provider,
    one holding a key before others, so a key is never dropped.
    """
    picked: list = [None] * len(routes)
    free = list(managed)
    for exact in (True, False):
        for i, route in enumerate(routes):
            if picked[i] is not None:
                continue
            same = [e for e in free if rules.by_slug(_slug(e)).name == route.provider]
            same = [e for e in same if e.get("model") == route.model] if exact else same
            same.sort(key=lambda e: not _holds_key(e))
            if same:
                picked[i] = same[0]
                free = [e for e in free if e is not same[0]]
    return picked


def _fallback_list(doc: CommentedMap, routes: tuple[Route, ...], rules: Rules) -> list:
    existing = _entries(doc.get("fallback_providers")) + _entries(doc.get("fallback_model"))
    managed = [entry for entry in existing if is_managed(rules, entry)]
    chosen: list = []
    for route, entry in zip(routes, _reuse(managed, routes, rules), strict=True):
        if entry is None:
            entry = CommentedMap()
            entry["provider"] = rules.provider(route.provider).hermes_slug
        _set(entry, "model", route.model)
        chosen.append(entry)
    # Entries of providers the rules do not manage stay, after the managed ones.
    chosen += [entry for entry in existing if not is_managed(rules, entry)]
    for entry in managed:
        if _holds_key(entry) and not any(entry is c for c in chosen):
            log.warning("kept fallback entry holding a key provider=%s", _slug(entry))
            chosen.append(entry)
    return chosen


def _tail(doc: CommentedMap, key: str) -> str:
    value = doc.get(key)
    return detach_tail(doc, key) if isinstance(value, CommentedMap | CommentedSeq) else ""


def _edit_fallbacks(doc: CommentedMap, routes: tuple[Route, ...], rules: Rules) -> None:
    chosen = _fallback_list(doc, routes, rules)
    current = doc.get("fallback_providers")
    same = isinstance(current, CommentedSeq) and len(current) == len(chosen)
    if same and all(a is b for a, b in zip(current, chosen, strict=True)):
        pop_keeping_tail(doc, "fallback_model")
        return
    # Entries move between the two keys: take what follows each block before moving any.
    tails = {key: _tail(doc, key) for key in ("fallback_providers", "fallback_model")}
    if isinstance(current, CommentedSeq):
        del current[:]
        current.extend(chosen)
    elif chosen or current is not None:
        doc["fallback_providers"] = CommentedSeq(chosen)
    if len(doc.get("fallback_providers") or ()):
        attach_tail(doc, "fallback_providers", tails["fallback_providers"])
    if "fallback_model" in doc:
        keys = list(doc)
        del doc["fallback_model"]
        position = keys.index("fallback_model")
        if position > 0:
            attach_tail(doc, keys[position - 1], tails["fallback_model"])


def apply_routing(doc: Any, routing: Routing, rules: Rules) -> None:
    """Edit a ruamel round-trip document in place to hold `routing` (managed routes only)."""
    if not isinstance(doc, CommentedMap):
        raise ValueError("config is not a mapping at the top level")
    if routing.primary is not None and rules.provider(routing.primary.provider):
        _edit_primary(doc, routing.primary, rules)
    if routing.delegation is not None and rules.provider(routing.delegation.provider):
        _edit_delegation(doc, routing.delegation, rules)
    _edit_fallbacks(doc, routing.fallbacks, rules)


def _strip(data: dict) -> dict:
    data = copy.deepcopy(data)
    if isinstance(data.get("model"), dict):
        for key in ("default", "provider", "base_url", "api_mode"):
            data["model"].pop(key, None)
    else:
        data.pop("model", None)
    if isinstance(data.get("delegation"), dict):
        for key in ("provider", "model", "base_url"):
            data["delegation"].pop(key, None)
    data.pop("fallback_providers", None)
    data.pop("fallback_model", None)
    return {k: v for k, v in data.items() if v != {} or k not in ("model", "delegation")}


def _keys_held(data: dict) -> list:
    entries = _entries(data.get("fallback_providers")) + _entries(data.get("fallback_model"))
    return sorted(
        (field, str(entry[field])) for entry in entries for field in KEY_FIELDS if field in entry
    )


def unexpected_changes(old: Any, new: Any, routing: Routing, rules: Rules) -> list[str]:
    """Differences between two PyYAML readings beyond the intended routing; empty when none."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ["config is not a mapping"]
    problems = []
    if _strip(old) != _strip(new):
        problems.append("keys outside the routing changed")
    if _keys_held(old) != _keys_held(new):
        problems.append("key fields of fallback entries changed")
    if "fallback_model" in new:
        problems.append("legacy fallback_model left in place")
    got = current_routing(new, rules)
    if (
        routing.primary
        and rules.provider(routing.primary.provider)
        and got.primary != routing.primary
    ):
        problems.append(f"primary reads {got.primary}, intended {routing.primary}")
    if routing.delegation and got.delegation != routing.delegation:
        problems.append(f"delegation reads {got.delegation}, intended {routing.delegation}")
    if got.fallbacks[: len(routing.fallbacks)] != routing.fallbacks:
        problems.append(f"fallbacks read {got.fallbacks}, intended {routing.fallbacks}")
    unmanaged = [e for e in _entries(new.get("fallback_providers")) if not is_managed(rules, e)]
    was = _entries(old.get("fallback_providers")) + _entries(old.get("fallback_model"))
    if unmanaged != [e for e in was if not is_managed(rules, e)]:
        problems.append("fallback entries of unmanaged providers changed")
    problems += _primary_endpoint_problems(old, new, rules)
    return problems


def _primary_endpoint_problems(old: dict, new: dict, rules: Rules) -> list[str]:
    before = old.get("model") if isinstance(old.get("model"), dict) else {}
    after = new.get("model") if isinstance(new.get("model"), dict) else {}
    was, now = rules.by_slug(_slug(before)), rules.by_slug(_slug(after))
    if was is not None and was is now:
        same = all(before.get(k) == after.get(k) for k in ("base_url", "api_mode"))
        return [] if same else ["primary endpoint changed without a provider switch"]
    if now is None:
        return []
    problems = []
    if after.get("base_url") != now.hermes_base_url:
        problems.append(f"model.base_url reads {after.get('base_url')!r} after the switch")
    if "api_mode" in after:
        problems.append("model.api_mode left after the switch")
    return problems
