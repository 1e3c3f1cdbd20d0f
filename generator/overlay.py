"""Apply OpenAPI Overlay 1.0 documents: known spec defects are fixed as data, not code.

Each action selects nodes with an RFC 9535 JSONPath `target`, then either
removes them (`remove: true`) or merges `update` into them. An action whose
target matches nothing is an error: the defect it repaired has moved or gone,
and a maintainer should look.
"""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml

from .errors import Location, SpecError
from .locate import locate

YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
OVERLAY_ENGINE_VERSION = "1"


def load_overlay(path: Path) -> dict[str, Any]:
    try:
        overlay = yaml.load(path.read_bytes(), Loader=YamlLoader)
    except FileNotFoundError:
        raise SpecError(f"overlay not found: {path}", kind="overlay") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = Location("", str(path), mark.line + 1, mark.column + 1) if mark else Location("", str(path))
        raise SpecError(f"invalid overlay YAML: {getattr(exc, 'problem', exc)}", where, kind="overlay") from None
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError("not an Overlay 1.x document (missing `overlay: 1.0.0`)", locate(path, ""), kind="overlay")
    if not isinstance(overlay.get("actions"), list):
        raise SpecError("an overlay needs a list of `actions`", locate(path, ""), kind="overlay")
    return overlay


def overlay_digest(paths: list[Path]) -> str:
    h = hashlib.sha256(OVERLAY_ENGINE_VERSION.encode())
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def apply_overlays(root: dict[str, Any], paths: list[Path]) -> dict[str, Any]:
    """A copy of `root` with every overlay's actions applied in order."""
    if not paths:
        return root
    root = copy.deepcopy(root)
    for path in paths:
        for index, action in enumerate(load_overlay(path)["actions"]):
            _apply_action(root, action, path, index)
    return root


def _apply_action(root: dict[str, Any], action: Any, path: Path, index: int) -> None:
    where = f"/actions/{index}"
    if not isinstance(action, dict) or not isinstance(action.get("target"), str):
        raise SpecError("an overlay action needs a string `target`", locate(path, where), kind="overlay")
    try:
        nodes = jsonpath.find(action["target"], root)
    except jsonpath.JSONPathError as exc:
        raise SpecError(f"invalid JSONPath: {exc}", locate(path, where + "/target"), kind="overlay") from None
    if not nodes:
        raise SpecError(
            f"overlay target {action['target']!r} matches nothing in the spec",
            locate(path, where + "/target"),
            kind="overlay",
        )
    if action.get("remove") is True:
        # Remove from the end so that list indices stay valid.
        for node in sorted(nodes, key=lambda n: n.location, reverse=True):
            parent = node.parent.value if node.parent else None
            key = node.location[-1] if node.location else None
            if parent is None or key is None:
                raise SpecError("cannot remove the document root", locate(path, where), kind="overlay")
            del parent[key]
    elif "update" in action:
        for node in nodes:
            _merge(node.value, action["update"], path, where)
    else:
        raise SpecError("an overlay action needs `update` or `remove: true`", locate(path, where), kind="overlay")


def _merge(target: Any, update: Any, path: Path, where: str) -> None:
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
    elif isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if isinstance(target.get(key), dict) and isinstance(value, dict):
                _merge(target[key], value, path, where)
            else:
                target[key] = copy.deepcopy(value)
    else:
        raise SpecError("`update` must be an object merged into an object", locate(path, where), kind="overlay")
