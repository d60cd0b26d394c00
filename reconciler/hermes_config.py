"""Writing Hermes's config.yaml: plan the edit, then lock, check, back up, replace, verify.

Nothing here decides anything: it puts a given routing into the file and proves, with the
parser Hermes uses, that nothing else changed.
"""

from __future__ import annotations

import difflib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from filelock import FileLock, Timeout
from ruamel.yaml.comments import CommentedMap

from plutus import yaml_errors
from plutus.statefile import write_atomic
from reconciler import backups
from reconciler.decision import Routing
from reconciler.hermes_routing import apply_routing, current_routing, unexpected_changes
from reconciler.masking import mask_secrets
from reconciler.rules import Rules
from reconciler.yaml_text import Text, YamlRefused, dump, load, merge_edit, round_trip_yaml

log = logging.getLogger(__name__)

LOCK_TIMEOUT = 30.0


class WriteError(RuntimeError):
    """The config was not written (or was restored); the message says why."""


def hermes_read(raw: bytes, name: str) -> Any:
    """The file as Hermes reads it: PyYAML's safe loader, after refusing duplicate keys."""
    text = Text.decode(raw, name)
    load(text.body, name)
    return yaml.safe_load(text.body) or {}


@dataclass(frozen=True)
class Plan:
    path: Path
    original: bytes
    new: bytes
    routing: Routing

    @property
    def changed(self) -> bool:
        return self.new != self.original

    def diff(self) -> str:
        """The unified diff of the edit, key-like values masked: it is printed, and logged."""
        name = str(self.path)
        old = mask_secrets(Text.decode(self.original, name).body).splitlines(keepends=True)
        new = mask_secrets(Text.decode(self.new, name).body).splitlines(keepends=True)
        return "".join(difflib.unified_diff(old, new, f"{name} (now)", f"{name} (planned)"))


def read(path: Path, rules: Rules) -> tuple[bytes, Routing]:
    """The file's bytes and the routing it holds."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise WriteError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        return raw, current_routing(hermes_read(raw, str(path)), rules)
    except YamlRefused as exc:
        raise WriteError(str(exc)) from exc
    except yaml.YAMLError as exc:
        raise WriteError(f"{path}: not valid YAML: {yaml_errors.describe(exc)}") from exc


def plan(path: Path, original: bytes, routing: Routing, rules: Rules) -> Plan:
    """The bytes the file would hold with `routing`: only the routing lines differ.

    A plan that would not read back, with the parser Hermes uses, as the old file with just
    this routing is refused here, before anything is backed up, replaced or printed.
    """
    name = str(path)
    try:
        text = Text.decode(original, name)
        document = load(text.body, name)
        emitter = round_trip_yaml(text.body)
        if document is None:
            # An empty file (or only comments): Hermes runs on its defaults. Append a mapping.
            document = CommentedMap()
            apply_routing(document, routing, rules)
            body = text.body + ("\n" if text.body and not text.body.endswith("\n") else "")
            return _checked(
                Plan(path, original, text.encode(body + dump(emitter, document)), routing), rules
            )
        before = dump(emitter, document)
        apply_routing(document, routing, rules)
        after = dump(emitter, document)
    except (YamlRefused, ValueError) as exc:
        raise WriteError(str(exc)) from exc
    if after == before:
        return Plan(path, original, original, routing)
    new = text.encode(merge_edit(text.body, before, after))
    return _checked(Plan(path, original, new, routing), rules)


def _problems(plan: Plan, new: bytes, rules: Rules, when: str) -> list[str]:
    """What, read as Hermes reads it, `new` holds beyond the plan's routing; empty when none."""
    name = str(plan.path)
    try:
        return unexpected_changes(
            hermes_read(plan.original, name), hermes_read(new, name), plan.routing, rules
        )
    except YamlRefused as exc:
        return [f"unreadable {when}: {exc}"]
    except yaml.YAMLError as exc:
        return [f"unreadable {when}: {yaml_errors.describe(exc)}"]


def _checked(plan: Plan, rules: Rules) -> Plan:
    problems = _problems(plan, plan.new, rules, "as planned")
    if problems:
        log.error("planned edit refused config=%s problems=%s", plan.path, "; ".join(problems))
        raise WriteError(
            f"{plan.path}: planned edit refused, nothing written: {'; '.join(problems)}"
        )
    return plan


def _lock(path: Path) -> FileLock:
    # Beside the config, so two reconcilers with different state folders still meet.
    return FileLock(str(path.parent / f".{path.name}.plutus.lock"), timeout=LOCK_TIMEOUT)


def _replace(path: Path, data: bytes) -> None:
    """Atomic replace keeping the file's mode and owner."""
    stat = path.stat()
    write_atomic(path, data, mode=stat.st_mode & 0o7777, owner=(stat.st_uid, stat.st_gid))


def write(plan: Plan, rules: Rules, state_dir: Path) -> Path | None:
    """Write a changed plan; return the backup, or None when another writer already wrote the
    same routing. Raise WriteError, leaving the old file, if not written."""
    path = plan.path
    try:
        with _lock(path):
            if path.read_bytes() != plan.original:
                return _changed_meanwhile(plan, rules)
            backup = _backup(plan, rules, state_dir)
            _replace_backed_up(plan, backup)
            _verify(plan, rules, backup)
            backups.rotate(state_dir, path, keep=rules.backups)
    except Timeout as exc:
        raise WriteError(f"{path}: another reconciler holds the lock; nothing written") from exc
    except OSError as exc:
        raise WriteError(f"{path}: not written: {exc.strerror}; {_left(plan)}") from exc
    log.info("config written config=%s backup=%s", path, backup.name)
    return backup


def _backup(plan: Plan, rules: Rules, state_dir: Path) -> Path:
    try:
        return backups.save(state_dir, plan.path, plan.original)
    except OSError as exc:
        raise WriteError(
            f"{plan.path}: no backup could be saved in {state_dir} ({exc.strerror}); "
            "nothing written, the old file is intact"
        ) from exc


def _replace_backed_up(plan: Plan, backup: Path) -> None:
    """The replace; if it fails leaving the old file, the backup of it goes too."""
    try:
        _replace(plan.path, plan.new)
    except OSError:
        if _left(plan) == "the old file is intact":
            backup.unlink(missing_ok=True)
        raise


def _left(plan: Plan) -> str:
    """What the file holds after a failed replace, said plainly."""
    try:
        now = plan.path.read_bytes()
    except OSError:
        return "the file could not be read back"
    if now == plan.original:
        return "the old file is intact"
    return "the new file is in place" if now == plan.new else "the file holds something else"


def _changed_meanwhile(intended: Plan, rules: Rules) -> None:
    """Another writer got there first: fine if it wrote this routing, else the next pass
    decides again on what is there now."""
    path = intended.path
    raw, _ = read(path, rules)
    if not plan(path, raw, intended.routing, rules).changed:
        log.info("config already as decided by another writer config=%s", path)
        return None
    raise WriteError(f"{path}: changed since it was read; nothing written")


def _verify(plan: Plan, rules: Rules, backup: Path) -> None:
    """Re-read with Hermes's parser; on any unintended difference put the old bytes back, and
    drop the backup of a write that did not happen so it pushes no real one out."""
    problems = _problems(plan, plan.path.read_bytes(), rules, "after write")
    if problems:
        _replace(plan.path, plan.original)
        backup.unlink(missing_ok=True)
        log.error("write undone config=%s problems=%s", plan.path, "; ".join(problems))
        raise WriteError(f"{plan.path}: write undone, old file restored: {'; '.join(problems)}")


def rollback(path: Path, state_dir: Path) -> Path:
    """Put the newest backup back byte for byte, and retire it so a second rollback goes further."""
    found = backups.listed(state_dir, path)
    if not found:
        raise WriteError(f"{path}: no backup to roll back to")
    newest = found[0]
    with _lock(path):
        if path.exists():
            _replace(path, newest.read_bytes())
        else:
            write_atomic(path, newest.read_bytes())
    os.unlink(newest)
    log.info("config rolled back config=%s backup=%s", path, newest.name)
    return newest
