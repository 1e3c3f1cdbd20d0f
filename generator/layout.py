"""How a package is laid out in modules: one module each for models, params and resources, or,
for a large API, a module per top-level resource and model modules of a readable size.

Target-neutral: it groups IR declarations and resources; templates decide what a module looks
like. A declaration used by the operations of one top-level resource lives with that resource,
one used by several in `shared`; everything a declaration depends on is then in its own group
or in `shared`, so modules import one another in one direction only. A group too large for one
module is cut into parts where no declaration before the cut depends on one after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import ir
from .build import dependencies, referenced
from .names import snake

SPLIT_OPERATIONS = 40  # an API with this many operations is laid out by resource
MODULE_LINES = 4000  # a model module holds about this many lines at most
MODULE_OPERATIONS = 30  # a resource module holds about this many operations at most


@dataclass(frozen=True)
class Module:
    """One generated module and the declarations (or resources) it holds."""

    name: str  # a Python module name, e.g. "responses", "shared_2"
    declarations: tuple[ir.Declaration, ...] = ()
    resources: tuple[ir.Resource, ...] = ()
    imports: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (module, names) it takes from its siblings

    @property
    def operations(self) -> tuple[ir.Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)


@dataclass(frozen=True)
class Layout:
    split: bool
    models: tuple[Module, ...]  # response-side declarations
    params: tuple[Module, ...]  # request-side declarations
    resources: tuple[Module, ...]  # resources by top-level resource

    def foreign_children(self, module: Module) -> list[tuple[str, ...]]:
        """Paths of the sub-resources of a module's resources that live in other modules."""
        return [
            r.path + (child,) for r in module.resources for child in r.children
            if self.resource_home(r.path + (child,)) != module.name
        ]

    def resource_home(self, path: tuple[str, ...]) -> str:
        """The module a resource's classes are in."""
        return next(m.name for m in self.resources if any(r.path == tuple(path) for r in m.resources))

    def model_module(self, name: str) -> str:
        """Where a response-side declaration (and what is written beside it, such as a union's
        `Unknown...` model) is imported from, relative to the package: `models` or `models.<module>`."""
        if not self.split:
            return "models"
        return "models." + next(m.name for m in self.models if any(d.name == name for d in m.declarations))


_last: list[tuple[ir.Api, Layout]] = []  # the layout of the API being rendered (an IR is large to hash)


def layout(api: ir.Api) -> Layout:
    if not _last or _last[0][0] is not api:
        _last[:] = [(api, _layout(api))]
    return _last[0][1]


def _layout(api: ir.Api) -> Layout:
    split = len(api.operations) >= SPLIT_OPERATIONS
    response = tuple(d for d in api.declarations if "response" in d.usage)
    request = tuple(d for d in api.declarations if "request" in d.usage)
    if not split:
        return Layout(False, (Module("models", response),), (Module("params", request),), (Module("resources", resources=api.resources),))
    owners = _owners(api)
    return Layout(
        True,
        _modules(response, owners),
        _modules(request, owners),
        _resource_modules(api.resources),
    )


def _resource_modules(resources: tuple[ir.Resource, ...]) -> tuple[Module, ...]:
    """A module per top-level resource; one with too many operations keeps its root and the
    child subtrees that fit, and the other children get modules of their own, and so on down."""
    by_path = {r.path: r for r in resources}
    out: list[Module] = []

    def subtree(path: tuple[str, ...]) -> tuple[ir.Resource, ...]:
        return tuple(r for r in resources if r.path[: len(path)] == path)

    def count(rs: tuple[ir.Resource, ...]) -> int:
        return sum(len(r.operations) for r in rs)

    def place(path: tuple[str, ...]) -> None:
        name, root = "_".join(snake(p) for p in path), by_path[path]
        if count(subtree(path)) <= MODULE_OPERATIONS or not root.children:
            out.append(Module(name, resources=subtree(path)))
            return
        held, rest = [root], []
        for child in root.children:
            below = subtree(path + (child,))
            if count(tuple(held)) + count(below) <= MODULE_OPERATIONS:
                held += below
            else:
                rest.append(child)
        out.append(Module(name, resources=tuple(sorted(held, key=lambda r: r.path))))
        for child in rest:
            place(path + (child,))

    for r in resources:
        if len(r.path) == 1:
            place(r.path)
    return tuple(out)


def _owners(api: ir.Api) -> dict[str, str]:
    """Each declaration's group: the top-level resource whose operations alone reach it, else `shared`."""
    by_name = {d.name: d for d in api.declarations}
    reached: dict[str, set[str]] = {}
    for op in api.operations:
        roots = [op.result, op.body.type if op.body else None] + [p.type for p in op.params] + [r.type for r in op.responses]
        names = [n for t in roots for n in referenced(t)] + ([op.stream] if op.stream else [])
        seen: set[str] = set()
        while names:
            name = names.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            names.extend(dependencies(by_name[name]))
        for name in seen:
            reached.setdefault(name, set()).add(op.resource[0] if op.resource else "root")
    return {name: (next(iter(tops)) if len(tops) == 1 else "shared") for name, tops in reached.items()}


def _modules(declarations: tuple[ir.Declaration, ...], owners: dict[str, str]) -> tuple[Module, ...]:
    """The declarations in groups, `shared` first, each cut into parts of about MODULE_LINES."""
    groups: dict[str, list[ir.Declaration]] = {"shared": []}
    for d in declarations:
        groups.setdefault(snake(owners.get(d.name, "shared")), []).append(d)
    parts: list[tuple[str, list[ir.Declaration]]] = []
    for group, members in groups.items():
        for i, chunk in enumerate(_cut(members)):
            parts.append((group if i == 0 else f"{group}_{i + 1}", chunk))
    home = {d.name: name for name, chunk in parts for d in chunk}
    modules = []
    for name, chunk in parts:
        wanted: dict[str, list[str]] = {}
        for d in chunk:
            for dep in dependencies(d):
                if dep in home and home[dep] != name and dep not in wanted.get(home[dep], []):
                    wanted.setdefault(home[dep], []).append(dep)
        imports = tuple((m, tuple(sorted(names))) for m, names in sorted(wanted.items()))
        modules.append(Module(name, tuple(chunk), imports=imports))
    return tuple(m for m in modules if m.declarations)


def _cut(members: list[ir.Declaration]) -> list[list[ir.Declaration]]:
    """Consecutive parts of about MODULE_LINES lines, cut only where nothing before the cut
    depends on what comes after it (so parts import earlier parts only)."""
    position = {d.name: i for i, d in enumerate(members)}
    parts, start, lines, reach = [], 0, 0, -1
    for i, d in enumerate(members):
        lines += _lines(d)
        reach = max([reach] + [position[n] for n in dependencies(d) if n in position])
        if lines >= MODULE_LINES and reach <= i and i + 1 < len(members):
            parts.append(members[start : i + 1])
            start, lines = i + 1, 0
    parts.append(members[start:])
    return [p for p in parts if p]


def _lines(d: ir.Declaration) -> int:
    """About how many lines a declaration takes in a module (its docstrings count)."""
    text = d.description.count("\n") + 2 if d.description else 0
    if isinstance(d, ir.Model):
        return 4 + text + sum(3 + (f.description.count("\n") + 1 if f.description else 0) for f in d.fields)
    if isinstance(d, ir.Union):
        return 12 + text + 3 * len(d.variants)
    if isinstance(d, ir.Enum):
        return 4 + text + len(d.values)
    return 2 + text
