"""Method names of the whole-API target beside openai-python's for the same operations.

    python bench/peer_names.py [--toml]

Reads openai-python's resource modules (installed by `make bench`) with `ast`: each method that
calls `self._get/_post/...` with a path names an operation `METHOD /path`; its dotted name comes
from the module's place under `openai/resources/`. Prints how many of the target's operations
already have openai-python's name, and with `--toml` the `operations` table entries (operationId
= "resource.method") for the rest, to paste into pyproject.toml: configuration, not code.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VERBS = {"_get": "GET", "_post": "POST", "_put": "PUT", "_patch": "PATCH", "_delete": "DELETE", "_get_api_list": "GET"}


def peer_names() -> dict[tuple[str, str], str]:
    """(METHOD, path with {} for parameters) -> openai-python's dotted method name."""
    import openai

    base = Path(openai.__file__).parent / "resources"
    out: dict[tuple[str, str], str] = {}
    for module in sorted(base.rglob("*.py")):
        parts = list(module.relative_to(base).with_suffix("").parts)
        if parts[-1] == "__init__":
            continue
        if len(parts) > 1 and parts[-1] == parts[-2]:
            parts.pop()  # chat/completions/completions.py is chat.completions
        tree = ast.parse(module.read_text())
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            if cls.name.startswith("Async") or "With" in cls.name:
                continue
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")):
                found = _first_call(fn)
                if found:
                    out.setdefault(found, ".".join(parts + [fn.name]))
    return out


def _first_call(fn: ast.FunctionDef) -> tuple[str, str] | None:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in VERBS and node.args:
            path = _path(node.args[0])
            verb = VERBS[node.func.attr]
            for kw in node.keywords:  # _get_api_list(..., method="post"): a paged POST
                if kw.arg == "method" and isinstance(kw.value, ast.Constant):
                    verb = str(kw.value.value).upper()
            if path:
                return verb, normal(path)
    return None


def _path(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):  # path_template("/a/{b}", b=...)
        return str(node.args[0].value)
    return None


def normal(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def main() -> None:
    from generator.config import load_targets
    from tests.conftest import target_ir

    target = "openai_api" if "openai_api" in load_targets(ROOT) else "openai_responses"
    api, _ = target_ir(target)
    peers = peer_names()
    same, differ, unknown = [], [], []
    for op in api.operations:
        ours = ".".join(op.resource + (op.name,))
        theirs = peers.get((op.method, normal(op.path)))
        (unknown if theirs is None else same if theirs == ours else differ).append((op, ours, theirs))
    print(f"{target}: {len(api.operations)} operations; {len(same)} named as openai-python names them, "
          f"{len(differ)} otherwise, {len(unknown)} not in openai-python {_version()}")
    if "--toml" in sys.argv:
        for op, ours, theirs in sorted(differ, key=lambda x: x[2]):
            print(f'{op.id} = "{theirs}"  # {op.method} {op.path}; by its URL: {ours}')
    else:
        for op, ours, theirs in differ:
            print(f"  {op.method} {op.path}: {ours} (openai-python: {theirs})")


def _version() -> str:
    import openai

    return openai.__version__


if __name__ == "__main__":
    main()
