"""The `specbind` command line."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from . import __version__, fastpath, progress
from .diagnostics import EXIT_INTERNAL, EXIT_REFUSED, Decision, SpecError, decide, internal_error
from .project import Project, load_project
from .report import RunFindings, print_findings
from .sources import Source, fetch_document, is_url, resolve, sha256_file

if TYPE_CHECKING:
    from . import ir
    from .config import Target
    from .operations import Selection
    from .pipeline import Prepared

# The pipeline's modules (YAML, JSONPath, Jinja, black, pydantic) load only in the commands that
# need them: a `generate` whose targets are all up to date imports none of them.

SHOWN_PER_CODE = 10  # located findings printed per code by generate; validate prints all


def _project(args: argparse.Namespace) -> Project:
    """The project the command works in: --config, else the configuration found from here upward."""
    if getattr(args, "_project", None) is None:
        args._project = load_project(Path(args.config) if args.config else None)
    return args._project


def _source_of(path: Path, project: Project, named: str | None) -> Source | None:
    """The source whose overlays apply to a spec file: the one named with --source, else the one that pins its bytes."""
    sources = project.sources
    if named:
        if named not in sources:
            raise SpecError(f"unknown source {named!r}; known: {', '.join(sources) or 'none'} (in {project.config or 'no configuration'})", code="usage")
        return sources[named]
    digest = sha256_file(path)
    return next((s for s in sources.values() if s.sha256 == digest), None)


def _local(spec: str, project: Project) -> tuple[Path, Source | None]:
    """A spec argument as a local file: a file path, a source name (its pinned document), or a URL
    (downloaded into the document cache, its sha256 printed to pin it)."""
    path = Path(spec)
    if spec in project.sources and not path.exists():
        source = project.sources[spec]
        return resolve(source, project.document_cache()), source
    if is_url(spec):
        found, digest = fetch_document(spec, project.document_cache())
        print(f"specbind: fetched {spec}: sha256 {digest} (to pin it: specbind init {spec})", file=sys.stderr)
        return found, None
    if not path.is_file():
        raise SpecError(f"spec file not found: {spec}", code="file")
    return path, None


def _spec_input(project: Project, spec: str, *, overlays: bool, extra: list[str], allow_remote: bool, source: str | None = None) -> tuple[Prepared, str]:
    """A spec argument is a source name, a file path or a URL.

    A file gets the overlays of the source named with --source, or of the source that pins its bytes.
    """
    from .pipeline import prepare

    path, chosen = _local(spec, project)
    if chosen is None:
        chosen = _source_of(path, project, source)
    url = chosen.url if chosen and chosen.sha256 == sha256_file(path) else None
    paths = tuple(chosen.overlays if chosen and overlays else ()) + tuple(Path(e) for e in extra)
    return prepare(path, paths, url=url, allow_remote=allow_remote), chosen.name if chosen else _stem(spec)


def _stem(spec: str) -> str:
    """A short name of a spec file or URL: its file name without the extension."""
    return Path(spec.split("?")[0].rstrip("/")).stem or "spec"


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate

    prepared, _ = _spec_input(_project(args), args.spec, overlays=not args.no_overlays, extra=args.overlay, allow_remote=args.allow_remote, source=args.source)
    decision = decide(prepared.findings + validate(prepared.spec, cache_key=prepared.content_key), strict=args.strict)
    print_findings(decision, limit=None, file=sys.stdout)
    print(f"{len(decision.errors)} error(s), {len(decision.warnings)} warning(s)")
    return EXIT_REFUSED if decision.errors else 0


def _selection(args: argparse.Namespace) -> Selection:
    from .operations import Selection

    return Selection(tuple(args.select or ()), tuple(args.tag or ()))


def cmd_inspect(args: argparse.Namespace) -> int:
    from .locate import locate
    from .pipeline import build

    prepared, name = _spec_input(_project(args), args.spec, overlays=not args.no_overlays, extra=args.overlay, allow_remote=args.allow_remote, source=args.source)
    built = build(prepared, _selection(args), source=name, strict=args.strict)
    decision = built.decision()
    api = built.api
    report = summarize(api)
    report["notes"] = [str(locate(n)) for n in decision.warnings]
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
        return 0
    print(f"{api.title} {api.version} ({name}): {len(api.operations)} operations, {len(api.models)} models, "
          f"{len(api.enums)} enums, {len(api.unions)} unions, {len(api.aliases)} aliases")
    for op in report["operations"]:
        stream = f"  [stream: {op['stream']}]" if op["stream"] else ""
        print(f"  {op['method']:6} {op['path']:45} {op['call']}{stream}")
    for u in report["unions"]:
        disc = f"by {u['discriminator']!r}" if u["discriminator"] else "UNDISCRIMINATED"
        print(f"  union {u['name']} ({u['variant_count']} variants, {disc})")
        for tag, variants in u["tags"].items():
            print(f"      {tag}: {', '.join(variants)}")
        if u["untagged"]:
            print(f"      (no tag): {u['default_tag'] or 'best match of ' + ', '.join(u['untagged'])}")
    for path in api.skipped_paths:
        print(f"  skipped {path} (query string in path)")
    print_findings(Decision(warnings=[n for n in decision.warnings if n.code != "path-query"]), limit=SHOWN_PER_CODE, file=sys.stdout)
    return 0


def summarize(api: ir.Api) -> dict:
    return {
        "title": api.title,
        "version": api.version,
        "source": api.source,
        "operations": [
            {
                "id": op.id,
                "method": op.method,
                "path": op.path,
                "call": ".".join(op.resource + (op.name,)),
                "stream": op.stream,
                "paginated": op.pagination is not None,
            }
            for op in api.operations
        ],
        "models": [m.name for m in api.models],
        "enums": [e.name for e in api.enums],
        "aliases": [a.name for a in api.aliases],
        "unions": [
            {
                "name": u.name,
                "discriminator": u.discriminator,
                "variant_count": len(u.variants) if u.discriminator else len(u.options),
                "variants": [v.name for v in u.variants],
                "tags": {g.tag: list(g.variants) for g in u.tags},
                "default_tag": u.default_tag,
                "untagged": list(u.untagged),
                "stream": u.is_stream,
                "unresolved": u.discriminator is None,
            }
            for u in api.unions
        ],
        "skipped_paths": list(api.skipped_paths),
    }


def _targets(args: argparse.Namespace) -> list:
    from .config import Target, check_package

    overlays = tuple(Path(o) for o in args.overlay)
    project = _project(args)
    if args.spec:
        if not args.package or not args.out:
            raise SpecError("generating from a spec file needs --package and --out", code="usage")
        check_package(args.package, "--package")
        path, pinned = _local(args.spec, project)
        if pinned is not None:
            return [Target(name=args.package, package=args.package, out=Path(args.out), source=args.spec, overlays=overlays,
                           select=tuple(args.select or ()), tags=tuple(args.tag or ()), templates=args.templates or "python",
                           allow_remote=args.allow_remote)]
        source = _source_of(path, project, args.source)
        return [Target(
            name=args.package, package=args.package, out=Path(args.out), spec=path,
            overlay_source=source.name if source else None, overlays=overlays,
            select=tuple(args.select or ()), tags=tuple(args.tag or ()),
            templates=args.templates or "python", allow_remote=args.allow_remote,
        )]
    if project.config is None:
        raise SpecError("no configuration here or above (specbind.toml, or pyproject.toml with [tool.specbind]): "
                        "pass a spec file with --package and --out, or run `specbind init SPEC`", code="config")
    targets = project.targets
    if args.target:
        unknown = set(args.target) - targets.keys()
        if unknown:
            raise SpecError(f"unknown target(s): {', '.join(sorted(unknown))}; known: {', '.join(targets)}", code="usage")
        targets = {t: targets[t] for t in args.target}
    return [dataclasses.replace(t, overlays=t.overlays + overlays, allow_remote=t.allow_remote or args.allow_remote) for t in targets.values()]


def cmd_generate(args: argparse.Namespace) -> int:
    found = RunFindings()
    try:
        return _generate_targets(args, found)
    finally:  # what earlier targets found is shown even when a later one is refused
        found.show(limit=SHOWN_PER_CODE)


def _generate_targets(args: argparse.Namespace, found: RunFindings) -> int:
    overlay = Path(args.templates) if args.templates and not args.spec else None
    conflicted = 0
    project = _project(args)
    for target in _targets(args):
        start = time.perf_counter()
        if not args.discard_edits and fastpath.up_to_date(target, project.sources, overlay, strict=args.strict):
            if not args.quiet:
                print(f"{target.name}: up to date (no input changed) -> {target.out} in {time.perf_counter() - start:.2f}s")
            continue
        _start_validator(target, project)  # before the heavy imports below, which its own imports overlap
        from .generate import LOCK, generate

        with progress.Status(target.name, quiet=args.quiet):
            result = generate(target, project, overlay, strict=args.strict, discard_edits=args.discard_edits)
        found.add(target.name, result.document, result.decision)
        edits = result.edits
        if not args.quiet:
            print(result.summary())
            for rel in edits.merged:
                print(f"  merged your edit of {target.out / rel} into the new output")
            if args.discard_edits and edits.edited:
                print(f"  discarded the hand edits of {', '.join(edits.edited)}")
        for problem in edits.problems():
            print(f"specbind: error: {target.out}/{problem}", file=sys.stderr)
        if edits.problems():
            conflicted += 1
            continue  # run again once resolved: nothing is remembered as up to date
        kept = {rel: result.files[rel] for rel in edits.edited if rel in result.files}
        fastpath.remember(target, project.sources, overlay, result.files[LOCK], len(result.decision.warnings), edited=kept)
    if conflicted:
        print("specbind: resolve the conflicts (or pass --discard-edits to drop the edits), then run again", file=sys.stderr)
    return EXIT_REFUSED if conflicted else 0


def _start_validator(target: Target, project: Project) -> None:
    from .sources import spec_for
    from .validate import prestart_for

    try:
        given = spec_for(target, project.sources, project.document_cache())
    except SpecError:
        return  # generate reports it
    prestart_for(given.path, given.overlays)


def cmd_check(args: argparse.Namespace) -> int:
    stale = 0
    overlay = Path(args.templates) if args.templates and not args.spec else None
    project = _project(args)
    for target in _targets(args):
        if not args.discard_edits and fastpath.up_to_date(target, project.sources, overlay, strict=args.strict):
            if not args.quiet:
                print(f"{target.name}: {target.out} is up to date (no input changed)")
            continue
        from .generate import LOCK, drift

        with progress.Status(target.name, quiet=args.quiet):
            diffs, edits, decision = drift(target, project, overlay, strict=args.strict, discard_edits=args.discard_edits)
        for rel in edits.edited:
            print(f"{target.name}: {target.out / rel} is edited by hand" + (
                "; regenerating keeps the edit" if rel not in edits.conflicts and rel not in edits.orphans else ""))
        for problem in edits.problems():
            print(f"specbind: error: {target.out}/{problem}", file=sys.stderr)
        if diffs or edits.problems():
            stale += 1
            sys.stdout.write("".join(diffs[:20]))
            if diffs:
                print(f"{target.name}: {len(diffs)} file(s) in {target.out} differ from what the inputs produce; run `specbind generate`")
        else:
            if not args.quiet:
                print(f"{target.name}: {target.out} is up to date")
            kept = {rel: edits.files[rel] for rel in edits.edited if rel in edits.files}
            fastpath.remember(target, project.sources, overlay, edits.files[LOCK], len(decision.warnings), edited=kept)
    return 1 if stale else 0


def cmd_diff(args: argparse.Namespace) -> int:
    """The API changelog between two specs, for the operations a target selects."""
    if args.select or args.tag:
        selection, names = _selection(args), {}
    else:
        selection, names = _target_selection(_project(args), lambda t: not args.target or t.name == args.target, required=args.target)
    inputs = [_spec_input(_project(args), spec, overlays=True, extra=[], allow_remote=False, source=args.source) for spec in (args.old, args.new)]
    text = _changelog(inputs, selection, names)
    if args.prepend:
        _prepend(Path(args.prepend), text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    """Pin a source to another upstream commit; with --changelog, record what changed.

    The new document must validate with its overlays before sources.toml changes.
    """
    from .pipeline import prepare
    from .sources import fetch_pin, overlay_path, write_pin

    project = _project(args)
    sources, cache = project.sources, project.document_cache()
    overlays = tuple(overlay_path(project.overlays_folder, o) for o in args.overlays.split(",")) if args.overlays else None
    new = fetch_pin(sources, args.source, args.commit, Path(args.file) if args.file else None, overlays, cache, url=args.url)
    old = sources[args.source]
    entry = None
    if args.changelog:
        selection, names = _target_selection(project, lambda t: t.source == args.source)
        inputs = [(prepare(resolve(s, cache), s.overlays, url=s.url), s.name) for s in (old, new)]
        entry = _changelog(inputs, selection, names)
    write_pin(new)
    print(f"{args.source}: {old.sha256[:12]} -> {new.sha256[:12]} ({new.url})")
    if entry is not None:
        _prepend(Path(args.changelog), entry)
        print(f"changelog entry added to {args.changelog}")
    return 0


def _target_selection(project: Project, wanted, required: str | None = None) -> tuple[Selection, dict[str, str]]:
    """The selection and method names of the first configured target `wanted` accepts (else everything)."""
    from .operations import Selection

    targets = project.targets
    target = next((t for t in targets.values() if wanted(t)), None)
    if target is None:
        if required:
            raise SpecError(f"no configured target {required!r}; known: {', '.join(targets) or 'none'}", code="usage")
        return Selection(), {}
    return Selection(target.select, target.tags), target.operations


def _changelog(inputs: list[tuple[Prepared, str]], selection: Selection, names: dict[str, str]) -> str:
    from .diff import diff_apis, markdown
    from .pipeline import build

    (old, old_label), (new, new_label) = [
        (api, f"{name} {api.version} ({prepared.spec.main.sha256[:12]})")
        for prepared, name in inputs
        for api in [build(prepared, selection, source=name, operation_names=names).api]
    ]
    return markdown(diff_apis(old, new), old_label, new_label)


def _prepend(path: Path, entry: str) -> None:
    """Put a changelog entry under the file's title, newest first."""
    title = "# Changelog\n\n"
    old = path.read_text(encoding="utf-8") if path.exists() else title
    body = old[len(title):] if old.startswith(title) else old
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(title + entry + "\n" + body, encoding="utf-8")
    tmp.replace(path)


def cmd_init(args: argparse.Namespace) -> int:
    """Add a target for a document (a file, a URL pinned by its sha256, or a source) to the
    configuration, then generate it once."""
    from .init import add_target

    added = add_target(_project(args), args.spec, package=args.package, out=args.out, name=args.name, select=tuple(args.select or ()))
    pinned = f" and pinned {args.spec} (sha256 {added.sha256})" if added.sha256 else ""
    print(f"added target {added.target!r} to {added.config}{pinned}")
    run = argparse.Namespace(
        config=str(added.config), spec=None, target=[added.target], templates=None, discard_edits=False, quiet=args.quiet,
        overlay=[], strict=False, allow_remote=False, select=None, tag=None, package=None, out=None,
    )
    return cmd_generate(run)


def cmd_templates_init(args: argparse.Namespace) -> int:
    """Copy a built-in template set into DIR as the start of a custom one."""
    import shutil

    from .render import BUILTIN_TEMPLATES, COMPILED

    source = BUILTIN_TEMPLATES / args.source
    if not (source / "manifest.toml").is_file():
        known = ", ".join(sorted(p.name for p in BUILTIN_TEMPLATES.iterdir() if (p / "manifest.toml").is_file()))
        raise SpecError(f"no built-in template set {args.source!r}; known: {known}", code="usage")
    dest = Path(args.dir)
    if dest.exists() and any(dest.iterdir()):
        raise SpecError(f"{dest} exists and is not empty; pick a new folder", code="usage")
    shutil.copytree(source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(COMPILED, "__pycache__"))  # a copy compiles from its own sources
    print(f"copied the {args.source} template set to {dest}: edit any file, then `specbind generate --templates {dest}`")
    return 0


def _add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line and no summary; findings are still printed")
    p.add_argument("--overlay", action="append", default=[], metavar="FILE", help="apply this overlay too (repeatable)")
    p.add_argument("--source", metavar="NAME", help="a configured source whose overlays apply to this file (another version of it)")
    p.add_argument("--strict", action="store_true", help="warnings are errors")
    p.add_argument("--allow-remote", action="store_true", help="follow http(s) $refs")


def _add_spec_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("spec", help="a spec file, an http(s) URL, or a configured source name")
    p.add_argument("--no-overlays", action="store_true", help="do not apply the source's overlays")
    _add_input_args(p)


CONFIG_HELP = "the configuration (specbind.toml, or pyproject.toml with [tool.specbind]); default: the nearest one from here upward"


def _with_config(add_parser: Callable[..., argparse.ArgumentParser]) -> Callable[..., argparse.ArgumentParser]:
    """Every command takes --config after its name too (its default leaves the root's value alone)."""
    def add(*args, **kwargs) -> argparse.ArgumentParser:
        p = add_parser(*args, **kwargs)
        p.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help=CONFIG_HELP)
        return p
    return add


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="specbind", description=__doc__)
    root.add_argument("--version", action="version", version=f"specbind {__version__}")
    root.add_argument("--config", metavar="FILE", help=CONFIG_HELP)
    sub = root.add_subparsers(dest="command", required=True)
    sub.add_parser = _with_config(sub.add_parser)  # type: ignore[method-assign]

    p = sub.add_parser("validate", help="validate a spec and list every error with its location")
    _add_spec_args(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("inspect", help="show the operations, models and unions of a selection")
    _add_spec_args(p)
    p.add_argument("--select", action="append", metavar="PREFIX", help="path prefix to include (repeatable)")
    p.add_argument("--tag", action="append", help="operation tag to include (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_inspect)
    p = sub.add_parser("diff", help="the API changelog (Markdown) from one spec to another")
    p.add_argument("old", help="the older spec: a file or source name")
    p.add_argument("new", help="the newer spec: a file or source name")
    p.add_argument("--select", action="append", metavar="PREFIX", help="path prefix to include (default: the target's)")
    p.add_argument("--tag", action="append", help="operation tag to include (repeatable)")
    p.add_argument("--target", help="take the selection of this configured target (default: the first)")
    p.add_argument("--source", metavar="NAME", help="a configured source whose overlays apply to both files")
    p.add_argument("--prepend", metavar="FILE", help="add the entry at the top of this changelog instead of printing it")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("init", help="add a target for a spec file or URL to the configuration (a URL pinned by sha256), and generate it")
    p.add_argument("spec", help="a spec file, an http(s) URL, or a configured source name")
    p.add_argument("--package", help="the package name (default: from the document's title)")
    p.add_argument("--out", help="the output folder (default: the package name, beside the configuration)")
    p.add_argument("--name", help="the target's name (default: the package name)")
    p.add_argument("--select", action="append", metavar="PREFIX", help="path prefix to include (repeatable)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line and no summary")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("templates", help="work with template sets")
    tsub = p.add_subparsers(dest="templates_command", required=True)
    t = tsub.add_parser("init", help="copy a built-in template set into DIR to start a custom one")
    t.add_argument("dir")
    t.add_argument("--from", dest="source", default="python", help="the built-in set to copy (default: python)")
    t.set_defaults(func=cmd_templates_init)

    p = sub.add_parser("pin", help="pin a source to another upstream commit or URL, or to what its URL serves now")
    p.add_argument("source", help="a configured source name")
    p.add_argument("commit", nargs="?", help="the upstream commit to put in the source's url")
    p.add_argument("--file", help="take the document's bytes from this file instead of downloading")
    p.add_argument("--url", help="move the source to this URL (default: its URL, with the commit replaced when one is given)")
    p.add_argument("--overlays", metavar="A,B", help="the overlays of the new pin, comma-separated (default: keep)")
    p.add_argument("--changelog", metavar="FILE", help="prepend the API changes to this changelog")
    p.set_defaults(func=cmd_pin)
    for name, func, text in (
        ("generate", cmd_generate, "generate the targets in pyproject.toml, or one from a spec file"),
        ("check", cmd_check, "fail if generated output differs from what the inputs produce"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("spec", nargs="?", help="a spec file or source name (default: the configured targets)")
        p.add_argument("--select", action="append", metavar="PREFIX", help="path prefix to include (repeatable)")
        p.add_argument("--tag", action="append", help="operation tag to include (repeatable)")
        p.add_argument("--package", help="package name (with a spec file)")
        p.add_argument("--out", help="output folder (with a spec file)")
        p.add_argument("--templates", metavar="DIR", help="template folder overlaying the built-in set")
        p.add_argument("--target", action="append", help="only this configured target (repeatable)")
        p.add_argument("--discard-edits", action="store_true", help=(
            "overwrite files edited by hand with pure output (else edits are merged in)" if name == "generate"
            else "compare with pure output: a hand edit is a difference"))
        _add_input_args(p)
        p.set_defaults(func=func)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return _on_a_deep_stack(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args) or 0)
    except SpecError as exc:
        from .locate import locate

        for d in exc.diagnostics:
            print(f"specbind: {locate(d).render('error')}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback: a bug becomes a diagnostic naming the stage and the place
        from .locate import locate

        d = internal_error(exc)
        print(f"specbind: {locate(d) if d.pointer is not None else d}", file=sys.stderr)
        return EXIT_INTERNAL if d.code == "internal" else EXIT_REFUSED


STACK_BYTES = 512 * 2**20  # reserved, not used: schemas nest as deep as documents do
RECURSION_LIMIT = 50_000


def _on_a_deep_stack(run: Callable[[], int]) -> int:
    """Run the command in a thread with a large stack, so that deep documents do not meet
    Python's recursion limit on the way (the loader still caps nesting at MAX_DEPTH)."""
    result: list[int] = []
    threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(RECURSION_LIMIT)
    worker = threading.Thread(target=lambda: result.append(run()), name="specbind", daemon=True)
    worker.start()
    try:
        worker.join()
    except KeyboardInterrupt:
        return 130
    return result[0] if result else EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
