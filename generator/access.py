"""Where the API lives (`servers`) and how a request proves who sends it (`security`), as IR.

Tolerant like the rest of the front half: a server without a usable URL, a variable without
a default, a scheme specbind cannot apply (mutual TLS) or a requirement naming no scheme is
left out with a located warning; the code for the rest is still right.
"""

from __future__ import annotations

from typing import Any

from . import ir, pointers
from .diagnostics import Diagnostic, SpecError
from .loader import Spec


def servers(spec: Spec, node: Any, at: str, findings: list[Diagnostic]) -> tuple[ir.Server, ...]:
    """The `servers` list of a document, path item or operation at `at`."""
    if not isinstance(node, list):
        return ()
    out = []
    for i, server in enumerate(node):
        here = pointers.join(at, str(i))
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            findings.append(Diagnostic("rule", "a server without a `url` string is left out", here, spec.main.file))
            continue
        variables = []
        declared = server.get("variables") if isinstance(server.get("variables"), dict) else {}
        for name, v in declared.items():
            v = v if isinstance(v, dict) else {}
            values = tuple(str(x) for x in v.get("enum", ()) if isinstance(x, (str, int, float))) if isinstance(v.get("enum"), list) else ()
            default = v.get("default")
            if not isinstance(default, (str, int, float)):
                default = values[0] if values else ""
                findings.append(Diagnostic("rule", f"server variable {name!r} has no default; {default!r} is used",
                                           pointers.join(here, "variables", name), spec.main.file))
            variables.append(ir.ServerVariable(str(name), str(default), values, _text(v.get("description"))))
        out.append(ir.Server(server["url"], _text(server.get("description")), tuple(variables)))
    return tuple(out)


def security_schemes(spec: Spec, findings: list[Diagnostic]) -> dict[str, ir.SecurityScheme]:
    """Every scheme in components.securitySchemes specbind can apply, by name."""
    components = spec.root.get("components") if isinstance(spec.root.get("components"), dict) else {}
    declared = components.get("securitySchemes") if isinstance(components.get("securitySchemes"), dict) else {}
    out = {}
    for name, node in declared.items():
        at = pointers.pointer("components", "securitySchemes", name)
        try:
            _, at, node = spec.deref(node, "", at)
        except SpecError as exc:
            findings += exc.diagnostics
            continue
        scheme = _scheme(str(name), node, at)
        if scheme is None:
            kind = node.get("type") if isinstance(node, dict) else None
            findings.append(Diagnostic("security-unsupported", f"security scheme {name!r} ({kind or 'no type'}) is not applied to requests; "
                                       "pass what it needs in default_headers", at, spec.main.file))
        else:
            out[str(name)] = scheme
    return out


def _scheme(name: str, node: Any, at: str) -> ir.SecurityScheme | None:
    if not isinstance(node, dict):
        return None
    kind, description = node.get("type"), _text(node.get("description"))
    if kind == "http":
        scheme = str(node.get("scheme", "")).lower()
        if scheme in ("bearer", "basic"):
            return ir.SecurityScheme(name, scheme, "", description, at)
        return None
    if kind == "apiKey" and node.get("in") in ("header", "query", "cookie") and isinstance(node.get("name"), str) and node["name"]:
        return ir.SecurityScheme(name, node["in"], node["name"], description, at)
    if kind in ("oauth2", "openIdConnect"):  # the client holds an access token; getting one is the user's flow
        return ir.SecurityScheme(name, "bearer", "", description, at)
    return None


def requirement(spec: Spec, node: Any, at: str, schemes: dict[str, ir.SecurityScheme], findings: list[Diagnostic]) -> ir.Security | None:
    """A `security` requirement list: None when absent (the operation inherits), () when empty (none needed).

    An alternative naming a scheme that is not declared, or not applied, is left out; an empty
    alternative (`{}`) means the credentials are optional and is kept.
    """
    if node is None:
        return None
    if not isinstance(node, list):
        findings.append(Diagnostic("rule", "`security` is not a list: it is ignored", at, spec.main.file))
        return None
    components = spec.root.get("components") if isinstance(spec.root.get("components"), dict) else {}
    declared = components.get("securitySchemes") if isinstance(components.get("securitySchemes"), dict) else {}
    out: list[tuple[str, ...]] = []
    for i, alternative in enumerate(node):
        if not isinstance(alternative, dict):
            continue
        unknown = [n for n in alternative if n not in schemes]
        for name in unknown:
            if name not in declared:  # one declared but not applied was reported with its scheme
                findings.append(Diagnostic("rule", f"security requirement names {name!r}, which securitySchemes does not declare",
                                           pointers.join(at, str(i), name), spec.main.file))
        if not unknown:
            out.append(tuple(sorted(alternative)))
    if node and not out:
        return None  # nothing here can be applied: better the API's requirement than none
    return tuple(dict.fromkeys(out))


def used_schemes(schemes: dict[str, ir.SecurityScheme], requirements: list[ir.Security]) -> tuple[ir.SecurityScheme, ...]:
    """The schemes some requirement names, in declaration order."""
    names = {n for r in requirements if r for alternative in r for n in alternative}
    return tuple(s for n, s in schemes.items() if n in names)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
