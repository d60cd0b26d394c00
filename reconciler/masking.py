"""Hiding the values of key-like fields in text Plutus prints (the dry-run diff).

Only what is shown is masked, never the file. A field is key-like when one of the words of
its name says so (`api_key`, `access_token`, `client_secret`, `password`, `apiKey`); a
`*_env` field naming a variable (`key_env: GATEWAY_KEY`) stays readable, a key pasted there
does not.
"""

from __future__ import annotations

import re

from plutus.hermes_home import is_variable_name

MASK = "****"
# Words of a field's name that make it key-like. Not `tokens`: `max_tokens` is a count.
SECRET_WORDS = frozenset(
    {"key", "keys", "apikey", "token", "secret", "secrets", "password", "passwords"}
    | {"passwd", "pwd", "credential", "credentials", "passphrase"}
)
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# A block mapping entry: indentation and dashes, the key, the colon, the value, a comment.
_BLOCK = re.compile(
    r"^(?P<lead> *(?:- +)*)(?P<name>\"[^\"]*\"|'[^']*'|[^\s:#{\[\"'][^:#]*?)(?P<colon>[ \t]*:)"
    r"(?:[ \t]+(?P<value>.*?))?(?P<rest>[ \t]+#.*|[ \t]*)$"
)
# An entry of a flow mapping, `{provider: x, api_key: y}`.
_FLOW = re.compile(
    r"(?P<name>\"[^\"]*\"|'[^']*'|[\w.-]+)(?P<colon>[ \t]*:[ \t]+)"
    r"(?P<value>\"[^\"]*\"|'[^']*'|[^,}\]\s#][^,}\]#]*?)(?=[ \t]*(?:[,}\]]|#|$))"
)


def is_secret_field(name: str) -> bool:
    words = [w.lower() for w in _WORD.findall(name.strip("\"'"))]
    return any(w in SECRET_WORDS for w in words)


def _shown(name: str, value: str) -> bool:
    """Whether a key-like field's value may be shown: a variable's name, not a key."""
    words = [w.lower() for w in _WORD.findall(name.strip("\"'"))]
    return bool(words) and words[-1] == "env" and is_variable_name(value.strip().strip("\"'"))


def _mask_flow(line: str) -> str:
    def one(match: re.Match) -> str:
        name, value = match["name"], match["value"]
        if not is_secret_field(name) or _shown(name, value):
            return match.group()
        return f"{name}{match['colon']}{MASK}"

    return _FLOW.sub(one, line)


def mask_secrets(text: str) -> str:
    """`text` (YAML) with the value of every key-like field replaced by ****."""
    lines = text.splitlines(keepends=True)
    hidden_below: int | None = None
    for i, line in enumerate(lines):
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        indent = len(body) - len(body.lstrip(" "))
        # The lines of a value that continues below its key (`api_key: |`, or on the next line).
        if hidden_below is not None and (not body.strip() or indent > hidden_below):
            lines[i] = (body[:indent] + MASK if body.strip() else body) + end
            continue
        hidden_below = None
        match = _BLOCK.match(body)
        if match is None or not is_secret_field(match["name"]):
            lines[i] = _mask_flow(body) + end if "{" in body else line
            continue
        value = (match["value"] or "").strip()
        if not value or value[:1] in ("|", ">"):
            hidden_below = len(match["lead"])
        if value and not _shown(match["name"], value):
            lines[i] = f"{match['lead']}{match['name']}{match['colon']} {MASK}{match['rest']}{end}"
    return "".join(lines)
