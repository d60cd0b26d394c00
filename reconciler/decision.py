"""The routing the rules call for: a pure function of signals, rules, routing and pass history."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from reconciler.rules import Rules
from reconciler.signals import Signals, describe

# Pass history: provider -> exclusion condition -> consecutive passes it has held.
History = dict[str, dict[str, int]]


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


@dataclass(frozen=True)
class Routing:
    primary: Route | None
    delegation: Route | None
    fallbacks: tuple[Route, ...] = ()

    def holds(self, role: str, route: Route) -> bool:
        """Whether `route` already fills `role` here (an unverifiable provider may keep it)."""
        if role == "fallback":
            return route in self.fallbacks
        return getattr(self, role) == route


@dataclass(frozen=True)
class Liveness:
    """What a provider's models endpoint said this pass: reachable, and the models it lists."""

    reachable: bool
    models: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decision:
    routing: Routing
    changed: bool
    reasons: tuple[str, ...]
    history: History
    ranking: tuple[tuple[str, float | None], ...]
    excluded: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # False when the pass made no choice at all (unknown signals): nothing may be written.
    settled: bool = True


def beats(challenger: float | None, incumbent: float | None, ratio: float) -> bool:
    """Whether a challenger's runway displaces an incumbent's under the hysteresis ratio."""
    if challenger is None:
        return False
    if incumbent is None:
        return True
    if math.isinf(incumbent):
        return False
    if math.isinf(challenger):
        return True
    return challenger > ratio * incumbent


def plain_rank(rules: Rules, values: Mapping[str, float | None]) -> list[str]:
    """Providers best first: known above unknown, +Inf above finite, ties in rules order."""
    order = {p.name: i for i, p in enumerate(rules.providers)}

    def key(name: str) -> tuple:
        value = values.get(name)
        return (value is None, -(value if value is not None else 0.0), order[name])

    return sorted(order, key=key)


def sticky_order(
    candidates: list[str], incumbents: list[str], values: Mapping[str, float | None], ratio: float
) -> list[str]:
    """Rank order in which an incumbent moves down only when a challenger beats it by the ratio.

    Start from the incumbents' current order, then adjacent swaps: each swap removes an
    inversion of the true runway order, so this ends.
    """
    order = [p for p in incumbents if p in candidates]
    order += [p for p in candidates if p not in order]
    swapped = True
    while swapped:
        swapped = False
        for i in range(len(order) - 1):
            if beats(values.get(order[i + 1]), values.get(order[i]), ratio):
                order[i], order[i + 1] = order[i + 1], order[i]
                swapped = True
    return order


def update_history(rules: Rules, signals: Signals, history: History) -> History:
    """Count consecutive passes each exclusion held; an unknown value leaves the count as it was."""
    updated: History = {}
    for provider in rules.providers:
        counts = dict(history.get(provider.name, {}))
        for exclusion in rules.exclusions:
            value = signals.get(provider.name, {}).get(exclusion.signal)
            held = exclusion.holds(value)
            if held is not None:
                counts[exclusion.condition] = counts.get(exclusion.condition, 0) + 1 if held else 0
        updated[provider.name] = counts
    return updated


def excluded_roles(rules: Rules, history: History) -> dict[str, frozenset[str]]:
    """The roles each provider is excluded from, by the exclusions that held long enough."""
    found: dict[str, frozenset[str]] = {}
    for provider in rules.providers:
        roles: set[str] = set()
        for exclusion in rules.exclusions:
            if history.get(provider.name, {}).get(exclusion.condition, 0) >= exclusion.passes:
                roles |= exclusion.roles
        found[provider.name] = frozenset(roles)
    return found


def pick_model(
    rules: Rules,
    provider: str,
    kind: str,
    role: str,
    current: Routing,
    liveness: Mapping[str, Liveness],
) -> str | None:
    """The first of the rules' models for `kind` the provider lists; None if none can be used.

    A provider whose endpoint cannot be reached keeps a route it already holds, nothing new.
    """
    candidates = rules.provider(provider).models(kind)
    status = liveness.get(provider)
    if status is None or not status.reachable:
        return next((m for m in candidates if current.holds(role, Route(provider, m))), None)
    return next((m for m in candidates if m in status.models), None)


def decide(
    signals: Signals,
    rules: Rules,
    current: Routing,
    history: History,
    liveness: Mapping[str, Liveness],
) -> Decision:
    """The routing for this pass, with one reason per choice; `current` holds managed routes."""
    values = {p.name: signals.get(p.name, {}).get(rules.ranking_signal) for p in rules.providers}
    history = update_history(rules, signals, history)
    excluded = excluded_roles(rules, history)
    ranking = tuple((p, values[p]) for p in plain_rank(rules, values))

    def unchanged(reason: str) -> Decision:
        return Decision(current, False, (reason,), history, ranking, excluded, settled=False)

    if all(value is None for value in values.values()):
        return unchanged("no change: every provider's signals are unknown")
    managed = current.primary and rules.provider(current.primary.provider)
    incumbent = current.primary.provider if managed else None
    if incumbent and values[incumbent] is None:
        return unchanged(f"no change: incumbent primary {incumbent} has unknown signals")

    choice = _Choice(rules, values, excluded, current, liveness, [p for p, _ in ranking])
    primary = choice.primary(incumbent)
    if primary is None:
        return unchanged("no change: no provider with known runway can be verified for primary")
    delegation = choice.delegation(primary.provider)
    fallbacks = choice.fallbacks(primary.provider)
    routing = Routing(primary, delegation or current.delegation, fallbacks)
    return Decision(routing, routing != current, tuple(choice.reasons), history, ranking, excluded)


class _Choice:
    """The three role choices of one pass, collecting a reason for each."""

    def __init__(
        self,
        rules: Rules,
        values: Mapping[str, float | None],
        excluded: Mapping[str, frozenset[str]],
        current: Routing,
        liveness: Mapping[str, Liveness],
        ranked: list[str],
    ):
        self.rules, self.values, self.excluded = rules, values, excluded
        self.current, self.liveness, self.ranked = current, liveness, ranked
        self.reasons: list[str] = []

    def _runway(self, provider: str) -> str:
        return f"{provider} runway={describe(self.values.get(provider))}"

    def _usable(self, provider: str, kind: str, role: str) -> str | None:
        if role in self.excluded.get(provider, ()):
            return None
        return pick_model(self.rules, provider, kind, role, self.current, self.liveness)

    def _why_not(self, provider: str, role: str) -> str:
        if role in self.excluded.get(provider, ()):
            return "excluded by rule"
        status = self.liveness.get(provider)
        if status is None or not status.reachable:
            return "models endpoint unreachable"
        return "no rules model listed by the provider"

    def primary(self, incumbent: str | None) -> Route | None:
        eligible = [
            p
            for p in self.ranked
            if self.values[p] is not None and self._usable(p, "flagship", "primary")
        ]
        if not eligible:
            return None
        ratio = self.rules.hysteresis_ratio
        if incumbent in eligible:
            winner = sticky_order(eligible, [incumbent], self.values, ratio)[0]
            if winner == incumbent:
                challenger = next((p for p in eligible if p != incumbent), None)
                against = f"; best challenger {self._runway(challenger)}" if challenger else ""
                why = f"kept {self._runway(incumbent)}{against} (ratio {ratio:g})"
            else:
                why = f"{self._runway(winner)} beats {self._runway(incumbent)} by ratio {ratio:g}"
        else:
            winner = eligible[0]
            gone = f"incumbent {incumbent} {self._why_not(incumbent, 'primary')}"
            why = f"most runway {self._runway(winner)}; " + (gone if incumbent else "no incumbent")
        route = Route(winner, self._usable(winner, "flagship", "primary"))
        self.reasons.append(f"primary={route.provider}/{route.model}: {why}")
        return route

    def delegation(self, primary: str) -> Route | None:
        others = [p for p in self.ranked if p != primary and self._usable(p, "fast", "delegation")]
        current = self.current.delegation
        incumbents = [current.provider] if current else []
        order = sticky_order(others, incumbents, self.values, self.rules.hysteresis_ratio)
        if not order:
            self.reasons.append("delegation unchanged: no other provider can be verified")
            return None
        route = Route(order[0], self._usable(order[0], "fast", "delegation"))
        kept = "kept" if current == route else "best other provider"
        self.reasons.append(
            f"delegation={route.provider}/{route.model}: {kept} {self._runway(order[0])}"
        )
        return route

    def fallbacks(self, primary: str) -> tuple[Route, ...]:
        others = [p for p in self.ranked if p != primary and "fallback" not in self.excluded[p]]
        incumbents = list(dict.fromkeys(route.provider for route in self.current.fallbacks))
        order = sticky_order(others, incumbents, self.values, self.rules.hysteresis_ratio)
        routes = []
        for kind in ("flagship", "fast"):
            for provider in order:
                model = self._usable(provider, kind, "fallback")
                if model:
                    routes.append(Route(provider, model))
                else:
                    self.reasons.append(
                        f"fallback skips {provider} {kind}: {self._why_not(provider, 'fallback')}"
                    )
        chain = ", ".join(f"{r.provider}/{r.model}" for r in routes) or "none"
        self.reasons.append(f"fallbacks={chain}: flagships then fast models, in rank order")
        return tuple(routes)
