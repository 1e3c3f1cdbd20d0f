"""Check a document against the OpenAPI rules, each finding with a code and its deepest place.

openapi-spec-validator finds the rule breaks; this module gives each one a
code (see `generator.diagnostics.CODES`) and the deepest JSON pointer that
applies. Its errors say what is wrong but not always where: the keyword
validators are wrapped so that each error is stamped with the schema being
checked, and a "not valid under any of the given schemas" from the document
pass is checked again against that one branch of the meta-schema to find the
keyword at fault. `pattern`s are ECMA-262, the JSON Schema dialect, so they
are checked with an ECMA-262 engine (regress), not Python's `re`.

A report is cached by the hash of the document it describes. Most of a cold
run is spent here; openapi-spec-validator checks documents with jsonschema-rs,
the per-schema pass against the OpenAPI 3.1 dialect is given the same Rust
validator, and the library's lists of schemas already seen become sets.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import re
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

from . import cache, pointers, progress
from .diagnostics import Diagnostic, SpecError, excerpt, shorten
from .loader import Spec
from .locate import canonical
from .refs import NAMES, check_references, patched, scan

VALIDATOR_CACHE_VERSION = "4"  # bump when the checks, their codes or their messages change
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


# ---- the library, wrapped -------------------------------------------------------


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


@functools.cache
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


class CleanSchemas:
    """Component schemas found clean before, by the sha256 of their text: after a spec update only
    the schemas whose text changed are checked again. A clean schema's own checks are skipped and
    the schemas it references are still visited (they may have changed). A schema whose checks
    read what it references (a `default` or an `allOf` beside a `$ref`) is always checked."""

    def __init__(self, version: str) -> None:
        self.store_key = hashlib.sha256(f"clean-schemas:{VALIDATOR_CACHE_VERSION}:{version}".encode()).hexdigest()
        known = cache.read_json("validation", self.store_key)
        self.known: set[str] = set(known) if isinstance(known, list) else set()
        self.used: set[str] = set()
        self.components: set[int] = set()  # ids of the component schemas the cache applies to
        self.dialect = ""  # the document's jsonSchemaDialect, which the dialect check depends on

    def watch(self, root: Any) -> None:
        self.dialect = str(root.get("jsonSchemaDialect", "")) if isinstance(root, dict) else ""
        schemas = root.get("components", {}).get("schemas") if isinstance(root, dict) and isinstance(root.get("components"), dict) else None
        if isinstance(schemas, dict):
            self.components = {id(v) for v in schemas.values() if isinstance(v, dict)}

    def save(self) -> None:
        if self.used - self.known:  # the previous version's keys stay, so that going back is fast too
            kept = self.used | set(list(self.known - self.used)[: max(0, MAX_CLEAN_SCHEMAS - len(self.used))])
            cache.write_json("validation", self.store_key, sorted(kept))


MAX_CLEAN_SCHEMAS = 50_000


def _ref_paths(node: Any) -> tuple[list[tuple[Any, ...]], bool]:
    """The paths inside a schema to each `$ref` it holds, and whether its checks read what a
    `$ref` points to (a `default` or an `allOf` in an object whose subtree holds a `$ref`)."""
    paths: list[tuple[Any, ...]] = []

    def walk(value: Any, at: tuple[Any, ...]) -> tuple[bool, bool]:  # (holds a $ref, reads one)
        if isinstance(value, dict):
            if isinstance(value.get("$ref"), str):
                paths.append(at)
                return True, False
            holds = reads = False
            for k, v in value.items():
                h, r = walk(v, at + (k,))
                holds, reads = holds or h, reads or r
            return holds, reads or (holds and ("default" in value or "allOf" in value))
        if isinstance(value, list):
            holds = reads = False
            for i, v in enumerate(value):
                h, r = walk(v, at + (i,))
                holds, reads = holds or h, reads or r
            return holds, reads
        return False, False

    _, reads = walk(node, ())
    return paths, reads


def _text_key(prefix: str, value: Any) -> str | None:
    """The sha256 of a schema's text, or None for one JSON cannot spell (a YAML date, a number
    as a key): such a schema is checked every time."""
    try:
        text = json.dumps(value, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(f"{prefix}:{text}".encode()).hexdigest()


def _fast_schemas(cls: type, clean: CleanSchemas | None = None) -> type:
    """The schema keyword validator with seen-sets, for 3.1 the base dialect checked in Rust, and
    component schemas found clean before (by their text) not checked again."""
    from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_ID

    rust = hasattr(cls, "_get_schema_dialect_id")  # built on first use: a run of clean schemas needs none

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        cls.__init__(self, *args, **kwargs)
        self.visited_schema_ids = _IdList()
        self.meta_checked_schema_ids = _IdList()

    def _get_schema_checker(self: Any, schema: Any, schema_value: Any) -> Callable[[Any], None]:
        if rust and self._get_schema_dialect_id(schema, schema_value) == OAS31_BASE_DIALECT_ID:
            return _dialect_checker()
        return cls._get_schema_checker(self, schema, schema_value)

    def __call__(self: Any, schema: Any, require_properties: bool = True, meta_checked: bool = False) -> Iterator[Any]:
        value = schema.read_value()
        if clean is None or id(value) not in clean.components or id(value) in self.visited_schema_ids:
            yield from cls.__call__(self, schema, require_properties, meta_checked)
            return
        refs, reads_refs = _ref_paths(value)
        key = _text_key(f"{require_properties}:{meta_checked}", value)
        if key is None:
            yield from cls.__call__(self, schema, require_properties, meta_checked)
            return
        if key in clean.known and not reads_refs:
            clean.used.add(key)
            self.visited_schema_ids.append(id(value))
            if not meta_checked:  # its dialect check passed too; else a later visit still makes it
                self.meta_checked_schema_ids.append(id(value))
            for path in refs:  # what it references may have changed
                yield from self(schema.joinpath(*path), require_properties=False, meta_checked=True)
            return
        errors = list(cls.__call__(self, schema, require_properties, meta_checked))
        if not errors and not reads_refs:
            clean.used.add(key)
        yield from errors

    def _validate_schema_meta(self: Any, schema: Any, schema_value: Any) -> Any:
        if clean is None or not isinstance(schema_value, dict):
            return cls._validate_schema_meta(self, schema, schema_value)
        key = _text_key(f"meta:{clean.dialect}", schema_value)
        if key is None:
            return cls._validate_schema_meta(self, schema, schema_value)
        if key in clean.known:  # the dialect check reads the schema alone, not what it references
            clean.used.add(key)
            return None
        err = cls._validate_schema_meta(self, schema, schema_value)
        if err is None:
            clean.used.add(key)
        return err

    members = {"__init__": __init__, "_get_schema_checker": _get_schema_checker, "__call__": __call__, "_validate_schema_meta": _validate_schema_meta}
    return type(cls.__name__, (cls,), members)


@functools.cache
def _import_library() -> None:
    """Import the validator, with its settings read without pydantic where they can be."""
    from . import validator_settings

    validator_settings.install()
    try:
        import openapi_schema_validator._caches  # noqa: F401
        import openapi_spec_validator  # noqa: F401
    except (ImportError, AttributeError):  # a version whose settings these do not fit
        validator_settings.uninstall()


def _validator_class(version: str, clean: CleanSchemas | None = None) -> type:
    _import_library()
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    keywords = dict(base.keyword_validators)
    keywords["schema"] = _fast_schemas(keywords["schema"], clean)
    keywords = {name: _stamping(kw) for name, kw in keywords.items()}
    return type("Stamped" + base.__name__, (base,), {"keyword_validators": keywords})


# ---- where an error is ----------------------------------------------------------


def _error_path(err: Any, version: str, root: Any) -> tuple[list[Any], Any]:
    """The path in the document of the node at fault, as deep as can be told, and the error
    that says best what is wrong there."""
    if hasattr(err, "specbind_parts"):  # from a keyword validator: the schema it checked, then inside it
        return [p for p in err.specbind_parts if p != ""] + list(getattr(err, "relative_path", None) or []), err
    path = list(getattr(err, "absolute_path", None) or [])
    schema_path = list(getattr(err, "schema_path", None) or [])
    if schema_path and schema_path[-1] in ("oneOf", "anyOf"):
        found, instance = pointers.lookup(root, pointers.pointer(*path))
        deeper = _deepest(schema_path, instance, version) if found else None
        if deeper is not None:
            return path + list(deeper.absolute_path) + _unexpected_key(deeper), deeper
    return path + _unexpected_key(err), err


_UNEXPECTED = re.compile(r"\('([^']*)' was unexpected\)|^'([^']*)' does not match any of the regexes")


def _unexpected_key(err: Any) -> list[str]:
    """The one key an additional/unevaluated-properties error is about, if there is one."""
    found = _UNEXPECTED.search(str(getattr(err, "message", "")))
    return [found.group(1) or found.group(2)] if found else []


@functools.cache
def _meta_schema(version: str) -> dict[str, Any]:
    from openapi_spec_validator.schemas import get_schema_content

    return get_schema_content("3.1" if version.startswith("3.1") else "3.0")


_APPLICATORS = frozenset({
    "type", "required", "properties", "patternProperties", "additionalProperties", "unevaluatedProperties",
    "allOf", "anyOf", "oneOf", "not", "$ref", "if", "then", "else", "dependentRequired", "dependentSchemas",
    "propertyNames", "minProperties", "maxProperties", "items", "enum", "const", "$dynamicRef",
})


def _deepest(schema_path: list[Any], instance: Any, version: str) -> Any:
    """The most specific error of `instance` against the meta-schema branch that failed, found by
    the Python validator, whose errors keep their context (the Rust one reports only the branch)."""
    from jsonschema import validators
    from jsonschema.exceptions import best_match

    meta = _meta_schema(version)
    found, branch = pointers.lookup(meta, pointers.pointer(*schema_path[:-1]))
    if not found or not isinstance(branch, dict):
        return None
    # The branch keeps the meta-schema's definitions and identity, so its `$ref`s still resolve.
    schema = {k: v for k, v in meta.items() if k not in _APPLICATORS}
    schema.update(branch)
    try:
        cls = validators.validator_for(meta)
        errors = list(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(instance))
    except Exception:  # the branch cannot be checked alone: keep the shallower place
        return None
    return _most_specific(errors[0]) if len(errors) == 1 else best_match(errors)


def _missing_at_root(errors: list[Any]) -> bool:
    """A branch that fails only for want of a property the instance lacks is not the one it meant."""
    return all(e.validator == "required" and not e.relative_path for e in errors)


def _most_specific(error: Any) -> Any:
    """Down through oneOf/anyOf: the branch the instance came closest to (fewest errors, then the
    deepest), and in it the deepest error. A Schema that breaks one rule fails the Reference branch
    too, on `$ref` being required; the Schema branch is the one with its own error."""
    while error.context:
        branches: dict[Any, list[Any]] = {}
        for e in error.context:
            branches.setdefault(e.schema_path[0] if e.schema_path else None, []).append(e)
        closest = min(branches.values(), key=lambda es: (_missing_at_root(es), len(es), -max(len(e.absolute_path) for e in es)))
        error = max(closest, key=lambda e: (len(e.absolute_path), e.validator not in ("oneOf", "anyOf")))
    return error


def _message(err: Any) -> str:
    text = str(getattr(err, "message", err)).split("\n\n")[0]
    key = _unexpected_key(err)
    if key:
        return shorten(f"{key[0]!r} is not allowed here (extensions start with `x-`); it is ignored")
    instance = getattr(err, "instance", None)
    if isinstance(instance, (dict, list)) and instance:
        for dump in (repr(instance), json.dumps(instance, separators=(",", ":"))):
            text = text.replace(dump, excerpt(instance))
    return shorten(text)


# ---- what an error means ----------------------------------------------------------


def _is_ecma_regex(pattern: str) -> bool:
    import regress

    for flags in ("u", ""):
        try:
            regress.Regex(pattern, flags)
            return True
        except Exception:
            continue
    return False


def _in_default(tokens: list[str]) -> bool:
    """Whether the path runs through a `default` value (not a property or response named so)."""
    return any(t == "default" and (i == 0 or tokens[i - 1] not in NAMES) for i, t in enumerate(tokens))


def classify(err: Any, tokens: list[str], message: str) -> tuple[str, str] | None:
    """(code, message) for a validator error at `tokens`; None when it is no defect at all."""
    last = tokens[-1] if tokens else ""
    if last == "pattern" and isinstance(getattr(err, "instance", None), str) and "regex" in message:
        if _is_ecma_regex(err.instance):
            return None  # ECMA-262, which Python's `re` does not speak: not a defect
        return "pattern-invalid", f"{excerpt(err.instance)} is not an ECMA-262 regular expression; the pattern is ignored"
    if _in_default(tokens):
        return "default-mismatch", message
    if "is not unique" in message and last in HTTP_METHODS:
        return "operation-id-duplicate", message
    if message.startswith("Duplicate parameter"):
        return "parameter-duplicate", message
    if "was not resolved" in message:
        return "path-parameter-undeclared", message
    if last == "type" and isinstance(getattr(err, "instance", None), str):
        return "type-unknown", message
    return "rule", message


# ---- running it -------------------------------------------------------------------


def check_version(spec: Spec) -> str:
    version = spec.root.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        found = f"openapi: {version!r}" if version is not None else "no `openapi` field"
        if "swagger" in spec.root:
            found = f"swagger: {spec.root['swagger']!r}"
        at = "/openapi" if "openapi" in spec.root else "/swagger" if "swagger" in spec.root else ""
        raise spec.problem("not-openapi", f"unsupported OpenAPI version ({found}); specbind reads 3.0 and 3.1", at)
    if not isinstance(spec.root.get("paths"), dict) and not isinstance(spec.root.get("webhooks"), dict) and not (
        isinstance(spec.root.get("components"), dict)
    ):
        raise spec.problem("not-openapi", "the document has no `paths`, `webhooks` or `components`: nothing to generate", "")
    return version


def validate(spec: Spec, *, cache_key: str | None = None) -> list[Diagnostic]:
    """Every finding of the document, each with a code and a place; [] when it is valid."""
    return validate_in_background(spec, cache_key=cache_key, background=False)()


def validate_in_background(spec: Spec, *, cache_key: str | None = None, background: bool = True) -> Callable[[], list[Diagnostic]]:
    """Start checking; the returned function waits for the report.

    A report not in the cache is computed in a forked process, so that the
    caller can build and render meanwhile: validation is the slowest stage of
    a cold run and needs only one core.
    """
    version = check_version(spec)
    if cache_key is None:
        blob = json.dumps(spec.root, sort_keys=True, separators=(",", ":")).encode()
        cache_key = hashlib.sha256(blob).hexdigest()
    key = _report_key(cache_key)
    file = spec.main.file
    ahead = _take_prestarted()

    def report(found: list[list[Any]]) -> list[Diagnostic]:
        return [Diagnostic(code, message, ptr, file) for code, ptr, message in found]

    cached = cache.read_json("validation", key)
    if cached is not None:
        if ahead is not None:
            ahead[1].close()  # its process, waiting for a document, ends
        return lambda: report(cached)
    progress.stage("checking references")
    refs, data = scan(spec.root)
    broken = check_references(spec, refs)
    found = [[d.code, d.pointer, d.message] for d in broken if d.file == file]
    # The validator stops at the first reference it cannot follow, and follows `$ref` inside
    # values too: it checks a copy without either.
    changes = {ptr: _as_data for ptr in data}
    changes.update({str(d.pointer).removesuffix("/$ref"): _emptied for d in broken if d.file == file and d.pointer})
    root = patched(spec.root, changes)
    if ahead is not None and not _hand_over(ahead[1], (root, spec.root, _base_uri(spec), version)):
        ahead = None
    if ahead is not None:  # started before the document was loaded, it has the document now
        child, receiver = ahead
    elif not background or "fork" not in multiprocessing.get_all_start_methods():
        found += _run_validator(root, spec, version)
        cache.write_json("validation", key, found)
        return lambda: report(found)
    else:
        context = multiprocessing.get_context("fork")  # the child shares the parsed document, nothing is pickled
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_validate_child, args=(root, spec, version, sender), daemon=True)
        child.start()
        sender.close()

    def wait() -> list[Diagnostic]:
        try:
            result = receiver.recv()
        except EOFError:  # the child died: validate here instead
            result = _run_validator(root, spec, version)
        finally:
            child.join()
            receiver.close()
        found.extend(result)
        cache.write_json("validation", key, found)
        return report(found)

    return wait


def _as_data(node: dict[str, Any]) -> dict[str, Any]:
    return {("$ref (data)" if k == "$ref" else k): v for k, v in node.items()}


def _emptied(node: Any) -> dict[str, Any]:
    return {}


def _validate_child(root: Any, spec: Spec, version: str, sender: Any) -> None:
    sender.send(_run_validator(root, spec, version))
    sender.close()


# A validator's process forked ahead (prestart), and the parent's end of its pipe.
_prestarted: list[Any] = []


def prestart() -> None:
    """Fork the validator's process before the document is loaded. Importing the validator
    takes a sixth of a second, which then overlaps loading the document and building the IR;
    the document arrives on a pipe (a copy takes milliseconds). A run that finds the report
    cached closes the pipe, and the process ends."""
    if _prestarted or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child, parent), daemon=True)
    process.start()
    child.close()
    _prestarted[:] = [process, parent]


def _take_prestarted() -> tuple[Any, Any] | None:
    if not _prestarted:
        return None
    process, connection = _prestarted
    _prestarted.clear()
    return process, connection


def _serve(connection: Any, parents_end: Any) -> None:
    parents_end.close()  # so that the parent closing its end is the end of the pipe here
    _validator_class("3.1")  # the imports: what this process was started early for
    try:
        root, original, base_uri, version = connection.recv()
    except (EOFError, OSError):
        return
    connection.send(_check(root, original, base_uri, version))
    connection.close()


def _hand_over(connection: Any, job: tuple[Any, ...]) -> bool:
    """Send the document to the process started ahead, without waiting for it to finish its
    imports and read; False if the document cannot be copied."""
    from multiprocessing.reduction import ForkingPickler

    try:
        data = ForkingPickler.dumps(job)
    except (RecursionError, ValueError):  # too deep to copy: a process forked now shares it
        connection.close()
        return False
    threading.Thread(target=_send, args=(connection, data), name="specbind-validator-input", daemon=True).start()
    return True


def _send(connection: Any, data: bytes) -> None:
    try:
        connection.send_bytes(data)
    except OSError:
        pass  # the process died: waiting for its report finds out and validates here


def prestart_for(path: Path, overlays: tuple[Path, ...] = ()) -> None:
    """prestart, unless the report on this document (with these overlays) is cached."""
    from .sources import content_key, sha256_file

    try:
        key = content_key(sha256_file(path), overlays)
    except OSError:
        return  # not a file here: validation starts once the document is loaded
    if not cache.exists("validation", _report_key(key)):
        prestart()


def _report_key(content_key: str) -> str:
    return hashlib.sha256(f"{content_key}:{VALIDATOR_CACHE_VERSION}".encode()).hexdigest()


def _base_uri(spec: Spec) -> str:
    return spec.main.path.resolve().as_uri() if spec.main.path else ""


def _run_validator(root: Any, spec: Spec, version: str) -> list[list[Any]]:
    return _check(root, spec.root, _base_uri(spec), version)


def _check(root: Any, original: Any, base_uri: str, version: str) -> list[list[Any]]:
    """The validator's findings on `root` (the document patched for it), each placed in `original`."""
    clean = CleanSchemas(version)
    clean.watch(root)
    validator = _validator_class(version, clean)(root, base_uri=base_uri)
    found: list[list[Any]] = []
    try:
        for err in validator.iter_errors():
            path, err = _error_path(err, version, root)
            tokens = [str(t) for t in path]
            message = _message(err)
            meaning = classify(err, tokens, message)
            if meaning is not None:
                found.append([meaning[0], canonical(original, pointers.pointer(*tokens)), meaning[1]])
    except SpecError as exc:
        found += [[d.code, d.pointer, d.message] for d in exc.diagnostics]
    except Exception as exc:  # the library gave up part way: what it found stands, and the builder checks the rest
        found.append(["rule", "", shorten(f"the OpenAPI validator stopped early: {type(exc).__name__}: {exc}")])
    else:
        clean.save()
    return found
