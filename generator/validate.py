"""Validate a document with openapi-spec-validator, reporting every error with its place.

openapi-spec-validator's errors say what is wrong but not where in the document;
the keyword validators are wrapped so that each error is stamped with the schema
path being checked when it was raised. A report is cached by the hash of the
document it describes.

Most of a cold run is spent checking documents and schemas against their
meta-schemas. openapi-spec-validator does the document pass with jsonschema-rs
when it is installed (it is a dependency); the per-schema pass against the
OpenAPI 3.1 dialect is given the same Rust validator here, which turns seconds
into milliseconds (other dialects keep the library's own checker), and the
library's lists of schemas already seen become sets, as their use is quadratic.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
from collections import defaultdict
from typing import Any, Callable, Iterator

from . import cache
from .errors import Diagnostic, SpecError, pointer, split_pointer
from .loader import Spec

VALIDATOR_CACHE_VERSION = "2"  # bump when the checks or their messages change


def _stamping(cls: type) -> type:
    """A subclass of a keyword validator that records where its errors come from."""

    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        where = next((a for a in args if hasattr(a, "parts")), None)
        for err in cls.__call__(self, *args, **kwargs):
            if not isinstance(err, OpenAPIValidationError):
                # The library re-wraps foreign errors later, dropping attributes.
                err = OpenAPIValidationError.create_from(err)
            if where is not None and not hasattr(err, "specbind_parts"):
                err.specbind_parts = list(where.parts)
                if cls.__name__.endswith("ValueValidator"):
                    err.specbind_parts.append("default")
            yield err

    return type(cls.__name__, (cls,), {"__call__": __call__})


def _dialect_checker() -> Callable[[Any], None]:
    """Check one schema against the OpenAPI 3.1 base dialect with jsonschema-rs."""
    import jsonschema_rs
    from jsonschema.exceptions import SchemaError
    from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_METASCHEMA
    from openapi_schema_validator._specifications import REGISTRY

    registry = jsonschema_rs.Registry([(uri, REGISTRY.contents(uri)) for uri in REGISTRY])
    checker = jsonschema_rs.validator_for(OAS31_BASE_DIALECT_METASCHEMA, registry=registry, validate_formats=True)

    def check(schema: Any) -> None:
        for err in checker.iter_errors(schema):
            keyword = next((str(p) for p in reversed(err.schema_path) if not isinstance(p, int)), None)
            raise SchemaError(err.message, path=list(err.instance_path), validator=keyword, instance=err.instance)

    return check


class _IdList(list[int]):
    """The library keeps the ids of schemas it has seen in lists: membership in a set, not a scan."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def __contains__(self, item: object) -> bool:
        return item in self._members

    def append(self, item: int) -> None:
        self._members.add(item)
        super().append(item)


def _fast_schemas(cls: type) -> type:
    """The schema keyword validator with seen-sets, and for 3.1 the base dialect checked in Rust."""
    from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_ID

    rust_check = _dialect_checker() if hasattr(cls, "_get_schema_dialect_id") else None

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        cls.__init__(self, *args, **kwargs)
        self.visited_schema_ids = _IdList()
        self.meta_checked_schema_ids = _IdList()

    def _get_schema_checker(self: Any, schema: Any, schema_value: Any) -> Callable[[Any], None]:
        if rust_check and self._get_schema_dialect_id(schema, schema_value) == OAS31_BASE_DIALECT_ID:
            return rust_check
        return cls._get_schema_checker(self, schema, schema_value)

    return type(cls.__name__, (cls,), {"__init__": __init__, "_get_schema_checker": _get_schema_checker})


def _validator_class(version: str) -> type:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    keywords = dict(base.keyword_validators)
    keywords["schema"] = _fast_schemas(keywords["schema"])
    keywords = {name: _stamping(kw) for name, kw in keywords.items()}
    return type("Stamped" + base.__name__, (base,), {"keyword_validators": keywords})


def _error_pointer(err: Any, root: Any) -> str:
    parts = [p for p in getattr(err, "specbind_parts", []) if p != ""]
    rel = list(getattr(err, "relative_path", []) or [])
    if not hasattr(err, "specbind_parts"):
        # Errors from the meta-schema pass are relative to the whole document,
        # but some (unevaluatedProperties) only carry the offending node itself.
        rel = list(getattr(err, "absolute_path", []) or rel)
        if not rel and isinstance(getattr(err, "instance", None), (dict, list)) and err.instance is not root:
            rel = _path_to(root, err.instance) or []
    elif getattr(err, "validator", None) not in ("type", "enum", "oneOf") or rel:
        parts += rel
    return pointer(*parts)


def _path_to(root: Any, target: Any) -> list[Any] | None:
    """The path of the node that *is* `target` (by identity), depth first."""
    stack: list[tuple[Any, list[Any]]] = [(root, [])]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, dict):
            stack += [(v, path + [k]) for k, v in node.items() if isinstance(v, (dict, list))]
        elif isinstance(node, list):
            stack += [(v, path + [i]) for i, v in enumerate(node) if isinstance(v, (dict, list))]
    return None


def _kind(err: Any) -> str:
    validator = getattr(err, "validator", None)
    return str(validator) if validator else type(err).__name__


def check_version(spec: Spec) -> str:
    version = spec.root.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        found = f"openapi: {version!r}" if version is not None else "no `openapi` field"
        if "swagger" in spec.root:
            found = f"swagger: {spec.root['swagger']!r}"
        raise SpecError(
            f"unsupported OpenAPI version ({found}); specbind reads 3.0 and 3.1",
            spec.location("/openapi" if "openapi" in spec.root else ""),
            kind="version",
        )
    if not isinstance(spec.root.get("paths"), dict):
        raise SpecError("the document has no `paths` object", spec.location(""), kind="structure")
    return version


def validate(spec: Spec, *, cache_key: str | None = None) -> list[Diagnostic]:
    """Every validation error of the document, each located; [] when it is valid."""
    return validate_in_background(spec, cache_key=cache_key, background=False)()


def validate_in_background(spec: Spec, *, cache_key: str | None = None, background: bool = True) -> Callable[[], list[Diagnostic]]:
    """Start validating; the returned function waits for the report.

    A report not in the cache is computed in a forked process, so that the
    caller can build and render meanwhile: validation is the slowest stage of
    a cold run and needs only one core.
    """
    version = check_version(spec)
    if cache_key is None:
        blob = json.dumps(spec.root, sort_keys=True, separators=(",", ":")).encode()
        cache_key = hashlib.sha256(blob).hexdigest()
    key = hashlib.sha256(f"{cache_key}:{VALIDATOR_CACHE_VERSION}".encode()).hexdigest()
    cached = cache.read_json("validation", key)

    def located(found: list[list[str]]) -> list[Diagnostic]:
        return [Diagnostic(message, spec.location(canonical_pointer(spec.root, ptr)), "error", kind) for kind, ptr, message in found]

    if cached is not None:
        return lambda: located(cached)
    spec.check_refs()  # the validator itself would recurse or stop at the first bad ref
    if not background or "fork" not in multiprocessing.get_all_start_methods():
        found = _run_validator(spec, version)
        cache.write_json("validation", key, found)
        return lambda: located(found)
    context = multiprocessing.get_context("fork")  # the child shares the parsed document, nothing is pickled
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_validate_child, args=(spec, version, sender), daemon=True)
    child.start()
    sender.close()

    def wait() -> list[Diagnostic]:
        try:
            found = receiver.recv()
        except EOFError:  # the child died: validate here instead
            found = _run_validator(spec, version)
        finally:
            child.join()
            receiver.close()
        cache.write_json("validation", key, found)
        return located(found)

    return wait


def _validate_child(spec: Spec, version: str, sender: Any) -> None:
    sender.send(_run_validator(spec, version))
    sender.close()


def canonical_pointer(root: Any, ptr: str) -> str:
    """Where a pointer that runs through local `$ref`s really lands in the document.

    The validator reports the path it walked, through references; a reader wants
    the schema that holds the defect.
    """
    real: list[str] = []
    node = root
    for token in split_pointer(ptr):
        while isinstance(node, dict) and token not in node and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return ptr
            real = split_pointer(ref[1:])
            node = root
            for t in real:
                node = node.get(t) if isinstance(node, dict) else None
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return ptr
        real.append(token)
    return pointer(*real)


def _run_validator(spec: Spec, version: str) -> list[list[str]]:
    base_uri = spec.main.path.resolve().as_uri() if spec.main.path else ""
    validator = _validator_class(version)(spec.root, base_uri=base_uri)
    found: list[list[str]] = []
    try:
        for err in validator.iter_errors():
            message = str(getattr(err, "message", err)).splitlines()[0][:300]
            found.append([_kind(err), _error_pointer(err, spec.root), message])
    except Exception as exc:  # the validator itself failed, e.g. on a $ref it cannot resolve
        found.append([type(exc).__name__, "", str(exc).splitlines()[0][:300]])
    return found


def group_by_kind(diagnostics: list[Diagnostic]) -> dict[str, list[Diagnostic]]:
    groups: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in diagnostics:
        groups[d.kind].append(d)
    return dict(sorted(groups.items()))
