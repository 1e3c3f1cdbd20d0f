"""Apply OpenAPI Overlay 1.0 documents: known spec defects are fixed as data, not code.

Each action selects nodes with an RFC 9535 JSONPath `target`, then either
removes them (`remove: true`) or merges `update` into them. An action whose
target matches nothing is reported: on the document the overlay `extends`
(the one it was written for) the defect it repaired has gone upstream and the
action should be deleted, which is an error; on another version of that
document (a newer commit, a file given with --source) it is a warning.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any


from .diagnostics import Diagnostic, SpecError
from .jsonpath import Index, JSONPathError
from .locate import position

OVERLAY_ENGINE_VERSION = "4"


def _problem(message: str, path: Path, where: str = "") -> SpecError:
    line, column = position(path, where)
    return SpecError(Diagnostic("overlay", message, where, str(path), line, column))


def load_overlay(path: Path) -> dict[str, Any]:
    import yaml

    try:
        overlay = yaml.load(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError:
        raise SpecError(f"overlay not found: {path}", code="overlay") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise SpecError(Diagnostic("overlay", f"invalid overlay YAML: {getattr(exc, 'problem', exc)}", "", str(path), line, column)) from None
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise _problem("not an Overlay 1.x document (missing `overlay: 1.0.0`)", path)
    if not isinstance(overlay.get("actions"), list):
        raise _problem("an overlay needs a list of `actions`", path)
    return overlay


def overlay_digest(paths: list[Path]) -> str:
    h = hashlib.sha256(OVERLAY_ENGINE_VERSION.encode())
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def apply_overlays(root: dict[str, Any], paths: list[Path]) -> tuple[dict[str, Any], list[list[Any]]]:
    """A copy of `root` with every overlay's actions applied in order, and the actions that
    matched nothing as [index of the overlay in `paths`, action index, target]."""
    if not paths:
        return root, []
    root = json.loads(json.dumps(root))  # a deep copy, in C
    index = Index(root)
    unmatched: list[list[Any]] = []
    for number, path in enumerate(paths):
        for position, action in enumerate(load_overlay(path)["actions"]):
            if not _apply_action(index, action, path, position):
                unmatched.append([number, position, action["target"]])
    return root, unmatched


def unmatched_findings(paths: list[Path], unmatched: list[list[Any]], document_url: str | None) -> list[Diagnostic]:
    """The actions that matched nothing: errors on the document their overlay extends, else warnings."""
    findings = []
    for number, index, target in unmatched:
        path = paths[number]
        file = str(path)
        extends = load_overlay(path).get("extends")
        written_for_this = bool(document_url) and extends == document_url
        where = f"/actions/{index}/target"
        line, column = position(path, where)
        if written_for_this:
            message = f"target {target!r} matches nothing in the document this overlay extends: upstream fixed it, delete the action"
        else:
            message = f"target {target!r} matches nothing in this version of the document (the overlay extends {extends or 'no document'})"
        findings.append(Diagnostic("overlay-stale" if written_for_this else "overlay-unmatched", message, where, file, line, column))
    return findings


def _apply_action(index: Index, action: Any, path: Path, position: int) -> bool:
    """Apply one action; False when its target matches nothing."""
    where = f"/actions/{position}"
    if not isinstance(action, dict) or not isinstance(action.get("target"), str):
        raise _problem("an overlay action needs a string `target`", path, where)
    try:
        nodes = index.find(action["target"])
    except JSONPathError as exc:
        raise _problem(f"invalid JSONPath: {exc}", path, where + "/target") from None
    if not nodes:
        return False
    if action.get("remove") is True:
        if any(node.parent is None for node in nodes):
            raise _problem("cannot remove the document root", path, where)
        # Remove from the end of each list, so that the indices still to use stay valid.
        for node in sorted(nodes, key=lambda n: n.key if isinstance(n.parent, list) else 0, reverse=True):
            index.forget(node.value)
            del node.parent[node.key]
    elif "update" in action:
        for node in nodes:
            _merge(index, node.value, action["update"], path, where)
    else:
        raise _problem("an overlay action needs `update` or `remove: true`", path, where)
    return True


def _merge(index: Index, target: Any, update: Any, path: Path, where: str) -> None:
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
        index.add_child(target, len(target) - 1)
    elif isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if isinstance(target.get(key), dict) and isinstance(value, dict):
                _merge(index, target[key], value, path, where)
            else:
                index.forget(target.get(key))
                target[key] = copy.deepcopy(value)
                index.add_child(target, key)
    else:
        raise _problem("`update` must be an object merged into an object", path, where)
