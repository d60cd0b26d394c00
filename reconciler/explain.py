"""`plutus-reconciler explain`: the ranking, each rule's verdict, and the routing, with reasons."""

from __future__ import annotations

from reconciler.passes import Outcome, PassResult
from reconciler.rules import Rules
from reconciler.signals import describe


def _provider_lines(result: PassResult, rules: Rules, outcome: Outcome) -> list[str]:
    lines = []
    decision = outcome.decision
    for rank, (provider, _) in enumerate(decision.ranking, start=1):
        values = result.signals.get(provider, {})
        figures = " ".join(f"{name}={describe(values.get(name))}" for name in rules.signals)
        status = outcome.liveness.get(provider)
        listed = "not checked" if status is None else "unreachable"
        if status is not None and status.reachable:
            listed = f"{len(status.models)} models listed"
        lines.append(f"  {rank}. {provider}: {figures}; {listed}")
        counts = decision.history.get(provider, {})
        for exclusion in rules.exclusions:
            held = counts.get(exclusion.condition, 0)
            verdict = "excludes" if held >= exclusion.passes else "does not exclude"
            lines.append(
                f"       rule '{exclusion.condition}' held {held}/{exclusion.passes} passes: "
                f"{verdict} from {', '.join(sorted(exclusion.roles))}"
            )
    return lines


def _routing_lines(outcome: Outcome) -> list[str]:
    routing = outcome.decision.routing
    lines = []
    if routing.primary:
        lines.append(f"  primary: {routing.primary.provider} {routing.primary.model}")
    if routing.delegation:
        lines.append(f"  delegation: {routing.delegation.provider} {routing.delegation.model}")
    for position, route in enumerate(routing.fallbacks):
        lines.append(f"  fallback {position}: {route.provider} {route.model}")
    return lines


def explain(result: PassResult, rules: Rules) -> str:
    lines = []
    if result.signal_error:
        lines.append(f"signals unavailable: {result.signal_error}")
    for outcome in result.outcomes:
        lines.append(f"config {outcome.config}")
        if outcome.decision is None:
            lines.append(f"  error: {outcome.error}")
            continue
        lines.append(f"ranking by {rules.ranking_signal}, best first:")
        lines += _provider_lines(result, rules, outcome)
        changed = outcome.plan is not None and outcome.plan.changed
        lines.append("routing it would write:" if changed else "routing (file already holds it):")
        lines += _routing_lines(outcome)
        lines.append("reasons:")
        lines += [f"  - {reason}" for reason in outcome.decision.reasons]
        if not rules.enabled:
            lines.append("rules say enabled: false: the file is never written")
    return "\n".join(lines) + "\n"
