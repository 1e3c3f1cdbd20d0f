"""Render the IR through a Jinja2 template set into file contents (nothing is written here).

A template set is a folder with a `manifest.toml` naming its files and the
template context version it expects. A user folder given with `--templates`
overlays the built-in set file by file: same relative path overrides, new
files add (declare them in an overriding manifest.toml).
"""

from __future__ import annotations

import hashlib
import importlib.util
import keyword
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterator

import jinja2

from . import cache, ir, progress, shipped, template_sets
from .diagnostics import Diagnostic, SpecError
from .fastpath import tree_digest
from .layout import layout
from .names import field_name, method_name, pascal, snake
from .targets import python as python_target, typescript as typescript_target

BUILTIN_TEMPLATES = shipped.TEMPLATES
TEMPLATE_CONTEXT_VERSION = 1

TARGET_FILTERS: dict[str, tuple[dict[str, Callable[..., Any]], Callable[[ir.Api], dict[str, Any]]]] = {
    "python": (python_target.FILTERS, python_target.globals_for),
    "typescript": (typescript_target.FILTERS, typescript_target.globals_for),
}


# Names the Python package exports from its client modules.
CLIENT_EXPORTS = {
    "_errors": [
        "APIError", "APIConnectionError", "APITimeoutError", "APIResponseValidationError", "APIStreamError",
        "APIStatusError", "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
        "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
    ],
    "_http": ["APIResponse", "OMIT", "Omit"],
    "_pages": ["AsyncPage", "SyncPage"],
    "_streams": ["AsyncStream", "Stream"],
    "client": ["AsyncClient", "Client"],
    "_accumulate": ["Accumulator", "accumulate"],
    "_content": ["AsyncBinaryResponse", "BinaryResponse", "FileTypes"],
}


def _client_exports(api: ir.Api) -> dict[str, list[str]]:
    """The names the package exports from its client modules, by module: only the modules it has."""
    exports = {module: list(names) for module, names in CLIENT_EXPORTS.items() if WHEN.get(MODULE_WHEN.get(module, ""), _always)(api)}
    if api.servers and api.servers[0].variables:
        exports["client"].append("server_url")
    if WHEN["webhooks"](api):
        exports["_errors"].append("InvalidWebhookSignatureError")
        exports["_webhooks"] = ["Webhooks"]
    return exports


@dataclass(frozen=True)
class TemplateSet:
    name: str  # the target's set (a built-in name, or a folder's name)
    folders: tuple[Path, ...]  # highest priority first: a user's overrides, the set, the sets it extends
    names: tuple[str, ...]  # each folder's name: its templates are reached as `<name>/<file>` too
    manifest: dict[str, Any]  # merged along the chain

    def digest(self) -> str:
        """The sha256 of the files that render: each relative path from the first folder that has it."""
        return tree_digest(self.folders)


def load_template_set(base: str, overlay: Path | None = None) -> TemplateSet:
    """A built-in set by name (or a folder), the sets it extends, and a user folder overlaying it."""
    found = template_sets.chain(base, overlay)
    for folder in found.folders:
        manifest = template_sets.read_manifest(folder) or {}
        version = manifest.get("context_version", TEMPLATE_CONTEXT_VERSION if "extends" in manifest else None)
        if manifest and version != TEMPLATE_CONTEXT_VERSION:
            raise SpecError(
                f"template set {folder} was written for template context version {version!r}; "
                f"this specbind provides version {TEMPLATE_CONTEXT_VERSION} (see docs/templates.md)",
                code="templates",
            )
    top = 1 if overlay is not None and len(found.folders) > 1 else 0
    return TemplateSet(found.names[top], found.folders, found.names, found.manifest)


def _upper_snake(text: str) -> str:
    return snake(text).upper()


def _not_identifier(text: str) -> bool:
    return not text.isidentifier() or keyword.iskeyword(text)


def _md(text: str) -> str:
    return str(text).replace("`", "'").replace("\n", " ").replace("|", "\\|")


def _md_line(text: str) -> str:
    return " ".join(str(text).split()).replace("<", "&lt;")


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, keyed by their source: compiling them is a third of a warm run."""
    folder = cache.cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


COMPILED = "_compiled"  # a built-in set's templates compiled ahead (`make precompile`)


class PrecompiledLoader(jinja2.BaseLoader):
    """A built-in template from the Python module it was compiled to ahead of time.

    Compiling the templates is a third of a cold run. Each compiled module names the
    sha256 of the template it came from and the Jinja version that compiled it; when
    either differs (a template edited and not compiled again), the template is not
    found here and the next loader compiles it from its source.
    """

    def __init__(self, folder: Path):
        self.folder = folder

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        source = self.folder / name
        compiled = self.folder / COMPILED / (name.replace("/", "__") + ".py")
        try:
            with open(compiled, encoding="utf-8") as f:
                head = f.readline()
            if head != compiled_header(name, source.read_bytes()):
                raise jinja2.TemplateNotFound(name)
        except OSError:
            raise jinja2.TemplateNotFound(name) from None
        spec = importlib.util.spec_from_file_location(f"_specbind_template_{hashlib.sha1(name.encode()).hexdigest()}", compiled)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # Python keeps its bytecode beside it, like any module
        module.__dict__["__file__"] = str(source)  # an error names the template's own file and line
        return environment.template_class.from_module_dict(environment, module.__dict__, globals or {})


def compiled_header(name: str, source: bytes) -> str:
    return f"# compiled by jinja2 {jinja2.__version__} from {name} (sha256 {hashlib.sha256(source).hexdigest()}); make precompile\n"


def precompile(folder: Path) -> dict[Path, str]:
    """The compiled module of every template of a built-in set, by its path (`make precompile`)."""
    env = environment(load_template_set(folder.name))
    out = {}
    for path in sorted(folder.glob("*.jinja")):
        source = path.read_bytes()
        code = env._generate(env._parse(source.decode("utf-8"), path.name, str(path)), path.name, str(path), defer_init=True)
        out[folder / COMPILED / (path.name + ".py")] = compiled_header(path.name, source) + code + "\n"
    return out


def _loader(templates: TemplateSet) -> jinja2.BaseLoader:
    """User folders first, then a built-in set from its precompiled modules, then from source;
    each set's templates are also reached as `<its name>/<file>` (for `{% extends %}`)."""
    each: list[jinja2.BaseLoader] = []
    by_name: dict[str, jinja2.BaseLoader] = {}
    for folder, name in zip(templates.folders, templates.names):
        choices: list[jinja2.BaseLoader] = []
        if folder.resolve().parent == BUILTIN_TEMPLATES.resolve():
            choices.append(PrecompiledLoader(folder))
        choices.append(jinja2.FileSystemLoader(str(folder)))
        each.append(jinja2.ChoiceLoader(choices))
        by_name.setdefault(name, each[-1])
    return jinja2.ChoiceLoader([*each, jinja2.PrefixLoader(by_name)])


def environment(templates: TemplateSet) -> jinja2.Environment:
    env = jinja2.Environment(
        bytecode_cache=_bytecode_cache(),
        loader=_loader(templates),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(pascal=pascal, snake=snake, upper_snake=_upper_snake, pyname=field_name, accessor=method_name, md=_md, md_line=_md_line)
    env.tests["not_identifier"] = _not_identifier
    env.tests["contains"] = lambda seq, item: item in seq
    env.tests["documented"] = lambda item: bool(described(item))
    filters, _ = TARGET_FILTERS.get(templates.manifest.get("filters", ""), ({}, None))
    env.filters.update(filters)
    return env


def context(api: ir.Api, templates: TemplateSet, options: dict[str, Any]) -> dict[str, Any]:
    """Everything a template sees: the IR, target options, and helpers."""
    dispatch_unions = _dispatch_unions(api)
    main_stream = _main_stream(api, [u for u in dispatch_unions if u.is_stream])
    exports = []
    for u in dispatch_unions:
        exports += [snake(u.name).upper() + "_TYPES", "parse_" + snake(u.name)] + ([u.name + "Handler"] if u.is_stream or u.is_webhook else [])
    if main_stream:
        exports += ["EVENT_TYPES", "parse_event", "EventHandler"]
    ctx: dict[str, Any] = {
        "api": api,
        "ir": ir,
        "options": options,
        "package": options.get("package", ""),
        # No hash, date or version: a spec update rewrites only the files whose code changes
        # (specbind.lock.json records the exact inputs).
        "header": python_target.comment(f"generated by specbind from {api.source}, do not edit"),
        "dispatch_unions": dispatch_unions,
        "dispatch_exports": exports,
        "client_exports": _client_exports(api),
        # Names a set's own modules add to the package's (manifest `exports`: module -> names).
        "set_exports": {str(m): list(names) for m, names in (templates.manifest.get("exports") or {}).items()},
        "main_stream": main_stream,
        "ir_union": lambda u: ir.UnionType(u.options),
        "choices": _choices,
        "deprecation": deprecation,
        "described": described,
        "base_url": lambda options: base_url(api, options),
        "layout": layout(api),
    }
    _, make_globals = TARGET_FILTERS.get(templates.manifest.get("filters", ""), ({}, None))
    if make_globals:
        ctx.update(make_globals(api))
    if "types" in ctx:
        types = ctx["types"]
        ctx["params_field"] = lambda model, f, quote=False: (
            f"Optional[{types.annotation(f.type, 'request', quote=quote)}]" if f.nullable else types.annotation(f.type, "request", quote=quote)
        )
    return ctx


def _main_stream(api: ir.Api, streams: list[ir.Union]) -> ir.Union | None:
    """The event union `dispatch` names generically (`parse_event`, `EventHandler`): the one
    stream, or the one stream of the operations outside a constant-query namespace (`?beta=true`)."""
    if len(streams) > 1:
        plain = {op.stream for op in api.operations if op.stream and not op.path_query}
        streams = [u for u in streams if u.name in plain]
    return streams[0] if len(streams) == 1 else None


def _choices(union: ir.Union) -> list[tuple[str, tuple[str, ...]]]:
    """(label, variants) per choice of a union with a callable discriminator."""
    seen: dict[tuple[str, ...], str] = {}
    for g in union.tags:
        seen.setdefault(g.variants, g.tag)
    out = [(label, variants) for variants, label in seen.items()]
    if union.untagged and not union.default_tag:
        out.append(("<untagged>", union.untagged))
    return out


def base_url(api: ir.Api, options: dict[str, Any]) -> str:
    """The client's default base URL: the target's `base_url` option, else the document's first
    server at its variables' defaults (a relative one on localhost), else localhost."""
    configured = options.get("base_url")
    if isinstance(configured, str) and configured:
        return configured
    url = api.servers[0].default_url if api.servers else ""
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        return url
    return "http://localhost" + ("/" + url.lstrip("/") if url.strip("/") else "")


# A sentence that says what replaces a deprecated thing, or that it is deprecated.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # HTML in descriptions (<p>, <a href=...>)
_REPLACEMENT = re.compile(r"\b(instead|in favou?r of|replaced by|superseded|deprecated)\b", re.IGNORECASE)


def deprecation(item: Any, name: str) -> str:
    """The warning for using deprecated `name` (an operation or parameter): the sentence of its
    description that names what to use instead, when there is one."""
    text = " ".join(_TAG.sub("", str(getattr(item, "description", ""))).split())
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _REPLACEMENT.search(sentence) and len(sentence) <= 300:
            return f"{name}: {sentence}" if "deprecat" in sentence.lower() else f"{name} is deprecated: {sentence}"
    return f"{name} is deprecated"


def described(item: Any) -> str:
    """An item's description, which says first that the item is deprecated when it is."""
    text = str(getattr(item, "description", "")).strip()
    if not getattr(item, "deprecated", False) or text.lower().startswith("deprecated"):
        return text
    return "Deprecated." + (" " + text if text else "")


def _always(api: ir.Api) -> bool:
    return True


def _dispatch_unions(api: ir.Api) -> list[ir.Union]:
    """The discriminated unions a reader gets tag tables and parse functions for."""
    return [u for u in api.unions if u.discriminator and "response" in u.usage]


# What a manifest entry with `when = "..."` needs of the API to be rendered at all: a small API
# gets a small package, without an SSE decoder or dispatch tables it cannot use.
WHEN: dict[str, Callable[[ir.Api], bool]] = {
    "webhooks": lambda api: bool(api.webhooks and api.webhook_event),
    "streams": lambda api: any(op.stream for op in api.operations),
    "pages": lambda api: any(op.pagination for op in api.operations),
    "unions": lambda api: bool(_dispatch_unions(api)),
    "single": lambda api: not layout(api).split,
    "split": lambda api: layout(api).split,
    "content": lambda api: ir.takes_files(api) or any(op.binary or (op.body and not op.body.is_json) for op in api.operations),
}
MODULE_WHEN = {"_streams": "streams", "_accumulate": "streams", "_pages": "pages", "_content": "content"}  # client modules not every package has

# What a manifest entry with `each = "..."` renders once per item of.
EACH: dict[str, Callable[[ir.Api], list[tuple[Any, str]]]] = {
    "model": lambda api: [(d, d.name) for d in api.models],
    "enum": lambda api: [(d, d.name) for d in api.enums],
    "union": lambda api: [(d, d.name) for d in api.unions],
    "alias": lambda api: [(d, d.name) for d in api.aliases],
    "resource": lambda api: [(r, ".".join(r.path)) for r in api.resources],
    "operation": lambda api: [(op, op.id) for op in api.operations],
    "model_module": lambda api: [(m, m.name) for m in layout(api).models],
    "param_module": lambda api: [(m, m.name) for m in layout(api).params],
    "resource_module": lambda api: [(m, m.name) for m in layout(api).resources],
}


def render(api: ir.Api, templates: TemplateSet, options: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(relative output path, file text) for every file the manifest lists, as each is rendered.

    An entry renders once with the whole API, or, with `each`, once per model,
    enum, union, alias, resource or operation, its output path formatted with
    `{name}` and `{snake}` of the item and the item in the context as `item`.
    A target with the `distribution` option gets an installable distribution: the entries
    marked `distribution = true` (pyproject.toml, README.md) at the root of its output, and the
    package in a folder of its name; without it, those entries are not rendered.
    """
    env = environment(templates)
    ctx = context(api, templates, options)
    seen: set[str] = set()
    entries = templates.manifest.get("files", [])
    distribution = bool(options.get("distribution"))
    progress.stage("rendering templates", total=len(entries))
    for entry in entries:
        name, output, each, when = entry["template"], entry["output"], entry.get("each"), entry.get("when")
        at_root = bool(entry.get("distribution"))
        if at_root and not distribution:
            progress.advance()
            continue
        if distribution and not at_root:
            output = f"{options['package']}/{output}"
        if each is not None and each not in EACH:
            raise SpecError(f"manifest entry {name!r}: `each` must be one of {', '.join(EACH)}, not {each!r}", code="templates")
        if when is not None and when not in WHEN:
            raise SpecError(f"manifest entry {name!r}: `when` must be one of {', '.join(WHEN)}, not {when!r}", code="templates")
        if when is not None and not WHEN[when](api):
            progress.advance()
            continue
        jobs = [(output, ctx)] if each is None else [
            (output.format(name=item_name, snake=snake(item_name)), {**ctx, "item": item}) for item, item_name in EACH[each](api)
        ]
        for path, job_ctx in jobs:
            rel = safe_relative(path)
            if rel in seen:
                raise SpecError(f"two templates (or items) render to the same output {rel!r}", code="templates")
            seen.add(rel)
            yield rel, _render_one(env, name, job_ctx)
        progress.advance()


def _render_one(env: jinja2.Environment, name: str, ctx: dict[str, Any]) -> str:
    try:
        return env.get_template(name).render(ctx)
    except jinja2.TemplateSyntaxError as exc:
        raise SpecError(_template_problem(f"template syntax error: {exc.message}", exc.filename or name, exc.lineno)) from None
    except jinja2.TemplateNotFound:
        raise SpecError(f"template {name!r} listed in manifest.toml not found", code="templates") from None
    except SpecError:
        raise
    except Exception as exc:  # an error raised while a template runs: name its file and line
        filename, line = _traceback_location(exc)
        raise SpecError(_template_problem(f"template error: {type(exc).__name__}: {exc}", filename, line)) from None


def _template_problem(message: str, filename: str | None, line: int | None) -> Diagnostic:
    return Diagnostic("templates", message, None, filename, line, 1 if line else None)


def _traceback_location(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template frame of a traceback (Jinja maps compiled lines back to the template)."""
    tb = exc.__traceback__
    found: tuple[str | None, int | None] | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".jinja") or filename.endswith(".j2") or filename.endswith(".jinja2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found if found else (None, None)


def safe_relative(path: str) -> str:
    """An output path that stays inside the output folder."""
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts or any(part.startswith("\\") or ":" in part for part in p.parts):
        raise SpecError(f"output path {path!r} would leave the output folder", code="templates")
    return str(p)
