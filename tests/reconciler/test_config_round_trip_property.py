"""Property: on random Hermes-like files, in any consistent indentation, a write changes only
the routing keys."""

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconciler import hermes_config
from reconciler.decision import Route, Routing
from reconciler.yaml_text import refuse_duplicate_keys
from tests.reconciler.builders import MODELS, rules_from, rules_text

RULES = rules_from(rules_text())
WORDS = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
SAFE = st.text("abcdefghijklmnopqrstuvwxyz0123456789-._/ ", min_size=1, max_size=20).filter(
    # ruamel.yaml itself cannot read `._` (a float to it); such a file is refused, not edited.
    lambda s: s.strip() == s and not re.fullmatch(r"[-+]?\.[._]*", s)
)
SCALARS = st.one_of(
    SAFE, st.integers(-1000, 10**6), st.booleans(), st.none(), st.sampled_from(["off", "0077"])
)


class Writer:
    """Renders plain data as YAML text, drawing its style (quotes, flow, comments) at random."""

    def __init__(self, draw, offset, step=2, gap=1):
        # step: a nested key's indent; offset: a list dash's past its key; gap: after the dash.
        self.draw, self.offset, self.step, self.gap = draw, offset, step, gap

    def scalar(self, value):
        if not isinstance(value, str):
            return {True: "true", False: "false", None: "null"}.get(value, str(value))
        style = self.draw(st.sampled_from(["plain", "single", "double"]))
        if style == "plain" and yaml.safe_load(value) == value and ": " not in value:
            return value
        if style == "double":
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return "'" + value.replace("'", "''") + "'"

    def comment(self):
        return self.draw(st.sampled_from(["", "", "  # note", "   # why: because"]))

    def mapping(self, data, indent):
        out = []
        for key, value in data.items():
            if self.draw(st.integers(0, 5)) == 0:
                out.append(" " * indent + "# a comment line\n")
            out.append(self.entry(key, value, indent))
        return "".join(out)

    def entry(self, key, value, indent):
        pad = " " * indent
        if (
            isinstance(value, dict)
            and value
            and all(not isinstance(v, dict | list) for v in value.values())
        ) and self.draw(st.booleans()):
            inner = ", ".join(f"{k}: {self.scalar(v)}" for k, v in value.items())
            return f"{pad}{key}: {{{inner}}}{self.comment()}\n"
        if isinstance(value, dict) and value:
            return f"{pad}{key}:{self.comment()}\n" + self.mapping(value, indent + self.step)
        if isinstance(value, list) and value:
            return f"{pad}{key}:\n" + self.sequence(value, indent + self.offset)
        if isinstance(value, dict | list):
            return f"{pad}{key}: {'{}' if isinstance(value, dict) else '[]'}\n"
        return f"{pad}{key}: {self.scalar(value)}{self.comment()}\n"

    def sequence(self, items, indent):
        out = []
        width = 1 + self.gap
        for item in items:
            body = self.mapping(item, indent + width)
            out.append(" " * indent + "-" + " " * self.gap + body[indent + width :])
        return "".join(out)


def entry_strategy(providers):
    return st.fixed_dictionaries(
        {"provider": st.sampled_from(providers), "model": SAFE},
        optional={
            "key_env": st.sampled_from(["MY_KEY", "OTHER_KEY"]),
            "api_key": st.just("sk-inline"),
        },
    )


@st.composite
def configs(draw):
    slugs = ["deepseek", "anthropic", "gemini", "google", "custom", "openrouter"]
    data = {
        "model": draw(
            st.fixed_dictionaries(
                {"default": SAFE, "provider": st.sampled_from(slugs)},
                optional={
                    "base_url": SAFE,
                    "api_mode": SAFE,
                    "context_length": st.integers(1, 10**6),
                },
            )
        ),
        "providers": {"openrouter": {"api_key": "sk-or-secret", "note": draw(SCALARS)}},
        "fallback_providers": draw(st.lists(entry_strategy(slugs), max_size=4)),
    }
    if draw(st.booleans()):
        data["delegation"] = draw(
            st.fixed_dictionaries(
                {"provider": st.sampled_from(slugs), "model": SAFE},
                optional={"base_url": SAFE, "max_iterations": st.integers(1, 99)},
            )
        )
    if draw(st.booleans()):
        data["fallback_model"] = draw(entry_strategy(slugs))
    extra = draw(
        st.dictionaries(
            WORDS.map(lambda w: "x_" + w),
            st.one_of(SCALARS, st.dictionaries(WORDS, SCALARS, max_size=3)),
            max_size=4,
        )
    )
    data.update(extra)
    order = draw(st.permutations(list(data)))
    data = {key: data[key] for key in order}
    step = draw(st.sampled_from([2, 3, 4]))
    writer = Writer(draw, draw(st.sampled_from([0, step])), step, draw(st.sampled_from([1, 3])))
    return writer.mapping(data, 0)


@st.composite
def routings(draw):
    names = draw(st.permutations(["deepseek", "anthropic", "google"]))
    primary, delegate = names[0], names[1]
    fallbacks = [Route(n, MODELS[n][0]) for n in names[1:]] + [
        Route(n, MODELS[n][1]) for n in names[1:]
    ]
    return Routing(
        Route(primary, MODELS[primary][0]), Route(delegate, MODELS[delegate][1]), tuple(fallbacks)
    )


ROUTING_KEYS = {"model", "delegation", "fallback_providers", "fallback_model"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=configs(), routing=routings(), bom=st.booleans(), crlf=st.booleans())
def test_a_write_changes_nothing_but_the_routing_keys(text, routing, bom, crlf):
    old = yaml.safe_load(text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.yaml"
        path.write_bytes(
            ("\ufeff" if bom else "").encode()
            + text.replace("\n", "\r\n" if crlf else "\n").encode()
        )
        raw, _ = hermes_config.read(path, RULES)
        plan = hermes_config.plan(path, raw, routing, RULES)
        if plan.changed:
            hermes_config.write(plan, RULES, Path(folder) / "state")
        raw_after = path.read_bytes()
    assert raw_after.startswith(b"\xef\xbb\xbf") == bom
    assert (b"\r\n" in raw_after) == crlf
    assert crlf or b"\r" not in raw_after
    assert not crlf or raw_after.count(b"\n") == raw_after.count(b"\r\n")
    after = raw_after.decode("utf-8-sig").replace("\r\n", "\n")
    refuse_duplicate_keys(after, "config.yaml")
    new = yaml.safe_load(after)
    assert {k: v for k, v in old.items() if k not in ROUTING_KEYS} == {
        k: v for k, v in new.items() if k not in ROUTING_KEYS
    }
    kept = {"default", "provider", "base_url", "api_mode"}
    assert {k: v for k, v in old["model"].items() if k not in kept} == {
        k: v for k, v in new["model"].items() if k not in kept
    }
    assert new["model"]["default"] == routing.primary.model
    assert new["delegation"]["model"] == routing.delegation.model
    assert "base_url" not in new["delegation"]
    assert "fallback_model" not in new
    entries = old["fallback_providers"] + (
        [old["fallback_model"]] if "fallback_model" in old else []
    )
    secrets = sorted((k, e[k]) for e in entries for k in ("key_env", "api_key") if k in e)
    assert (
        sorted(
            (k, e[k]) for e in new["fallback_providers"] for k in ("key_env", "api_key") if k in e
        )
        == secrets
    )
    managed = [(e["provider"], e["model"]) for e in new["fallback_providers"]][
        : len(routing.fallbacks)
    ]
    assert [m for _, m in managed] == [r.model for r in routing.fallbacks]
    unmanaged = [e for e in entries if e["provider"] in ("custom", "openrouter")]
    tail = new["fallback_providers"][len(routing.fallbacks) :]
    assert [e for e in tail if e["provider"] in ("custom", "openrouter")] == unmanaged
