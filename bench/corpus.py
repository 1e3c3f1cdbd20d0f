"""specbind on real documents it was not tuned for (the corpus of tests/documents.toml), beside its peers.

For each document: generate every operation; in a fresh interpreter, import the
package and each of its modules, build every model (`model_rebuild()` and
`model_json_schema()`) and every union, and validate the document's own
`example`/`examples` of schemas and media types with their generated types;
count the operations covered; run pyright (basic) over all packages at once.
openapi-python-client and datamodel-code-generator run on the same documents.

    make corpus                      # the table, printed and written to docs/corpus.md
    python bench/corpus.py --no-peers --max-bytes 300000 ai_jina

The per-document check (`check_document`) is also what tests/test_corpus.py runs in CI.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from documents import Document, corpus  # noqa: E402  (the pinned documents, resolved through their cache)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Row:
    document: str
    bytes: int
    outcome: str = ""  # ok / refused / traceback / timeout / import fails / models fail / pyright errors
    detail: str = ""
    warnings: int = 0
    operations: int = 0  # in the document
    covered: int = 0  # methods generated for them
    models: int = 0
    examples: int = 0
    examples_parsed: int = 0
    lists: int = 0  # operations answering JSON that take a page-like query parameter
    paged: int = 0  # of which return pages
    sse: int = 0  # operations streaming server-sent events
    lines: int = 0  # operations streaming line-delimited JSON
    typescript: str = ""  # the TypeScript package: ok (tsc clean with the tests' flags: --strict, no unused names), refused, or its tsc errors
    seconds: float = 0.0
    peers: dict[str, dict[str, Any]] = field(default_factory=dict)


def count_operations(root: Any) -> int:
    paths = root.get("paths") if isinstance(root, dict) and isinstance(root.get("paths"), dict) else {}
    return sum(1 for item in paths.values() if isinstance(item, dict) for m, op in item.items() if m in HTTP_METHODS and isinstance(op, dict))


def package_name(name: str) -> str:
    return "c_" + re.sub(r"\W", "_", name)


# ---- specbind ------------------------------------------------------------------------


def check_document(name: str, document: Path, out: Path, env: dict[str, str] | None = None) -> Row:
    """Generate, import, build and check one document; the row says how far it got."""
    from generator.loader import load_document

    row = Row(name, document.stat().st_size)
    package = out / package_name(name)
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "generator.cli", "generate", str(document), "--package", package.name, "--out", str(package)],
            cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )
    except subprocess.TimeoutExpired:
        row.outcome, row.seconds = "timeout", TIMEOUT
        return row
    row.seconds = time.perf_counter() - start
    row.operations = count_operations(load_document(document).root)
    if "Traceback" in result.stderr or result.returncode not in (0, 1):
        row.outcome, row.detail = "traceback", _last_line(result.stderr)
        return row
    if result.returncode == 1:
        row.outcome, row.detail = "refused", _first_error(result.stderr)
        return row
    summary = re.search(r": (\d+) operations, (\d+) models.*?(?:, (\d+) warning\(s\))?\) in", result.stdout)
    row.covered, row.models = (int(summary.group(1)), int(summary.group(2))) if summary else (0, 0)
    row.warnings = int(summary.group(3) or 0) if summary else 0
    examples = list(_examples(name, document, row))
    check = subprocess.run(
        [sys.executable, "-c", CHECK, package.name], input=json.dumps(examples), cwd=out,
        capture_output=True, text=True, timeout=TIMEOUT, env={**os.environ, "PYTHONPATH": str(out)},
    )
    if check.returncode != 0:
        row.outcome, row.detail = "import fails", _last_line(check.stderr)
        return row
    report = json.loads(check.stdout)
    row.examples, row.examples_parsed = report["examples"], report["examples_parsed"]
    if report["failures"]:
        row.outcome, row.detail = "models fail", report["failures"][0]
        return row
    row.outcome = "ok"
    return row


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:160] if lines else ""


def _first_error(stderr: str) -> str:
    line = next((line for line in stderr.splitlines() if "error[" in line), stderr.strip().splitlines()[0] if stderr.strip() else "")
    return line.removeprefix("specbind: ")[:200]


# In a fresh interpreter: import the package and every module, build every model and union,
# validate the document's examples with their generated types.
CHECK = r'''
import importlib, json, pkgutil, sys, typing
import pydantic
name = sys.argv[1]
package = importlib.import_module(name)
modules = [importlib.import_module(f"{name}.{m.name}") for m in pkgutil.iter_modules(package.__path__)]
failures, models = [], 0
from pydantic import TypeAdapter
for module in modules:
    for key, value in vars(module).items():
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel) and value.__module__ == module.__name__:
            models += 1
            try:
                value.model_rebuild(force=True)
                value.model_json_schema()
            except Exception as exc:
                failures.append(f"{value.__name__}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}")
        elif module.__name__.endswith(".models") and typing.get_origin(value) in (typing.Annotated, typing.Union) and not key.startswith("_"):
            try:
                TypeAdapter(value).json_schema()
            except Exception as exc:
                failures.append(f"{key}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}")
namespace = {"models": importlib.import_module(f"{name}.models"), "params": importlib.import_module(f"{name}.params"), **vars(typing)}
examples = json.loads(sys.stdin.read())
parsed = 0
for annotation, value, where in examples:
    try:
        TypeAdapter(eval(annotation, namespace)).validate_python(value)
        parsed += 1
    except Exception:
        pass
print(json.dumps({"models": models, "failures": failures, "examples": len(examples), "examples_parsed": parsed}))
'''


def _examples(name: str, document: Path, row: Row) -> Iterator[tuple[str, Any, str]]:
    """(annotation in the package, example value, where) for each schema and media type example
    the IR reaches; fills in the row's counts of pages and streams on the way."""
    from generator import ir, pointers
    from generator.diagnostics import SpecError
    from generator.operations import Selection
    from generator.pagination import page_parameters
    from generator.pipeline import build, prepare
    from generator.targets.python import PythonTypes

    try:
        prepared = prepare(document)
        api, root = build(prepared, Selection(), source=name).api, prepared.spec.root
    except SpecError:
        return
    lists = list(page_parameters(api))
    row.lists, row.paged = len(lists), sum(1 for op in lists if op.pagination)
    row.sse = sum(1 for op in api.operations if op.stream and op.stream_format == "sse")
    row.lines = sum(1 for op in api.operations if op.stream and op.stream_format == "lines")
    types = PythonTypes(api)

    def annotation(t: ir.TypeRef, side: str) -> str:
        if isinstance(t, ir.NamedType):
            d = types.kinds.get(t.name)
            side = "response" if d is not None and "response" in d.usage else side
            return ("models." if side == "response" else "params.") + t.name
        return types.annotation(t, side, prefix="models." if side == "response" else "params.")

    def values(node: Any) -> Iterator[Any]:
        if not isinstance(node, dict):
            return
        if "example" in node:
            yield node["example"]
        listed = node.get("examples")
        if isinstance(listed, list):
            yield from listed
        elif isinstance(listed, dict):
            for example in listed.values():
                if isinstance(example, dict) and isinstance(example.get("$ref"), str):
                    found, example = pointers.lookup(root, example["$ref"].lstrip("#"))
                if isinstance(example, dict) and "value" in example:
                    yield example["value"]

    for d in api.declarations:
        found, node = pointers.lookup(root, d.pointer)
        if found and d.pointer.startswith("/components/") and d.usage:
            for value in values(node):
                yield annotation(ir.NamedType(d.name), "request"), value, d.pointer
    for op in api.operations:
        found, node = pointers.lookup(root, op.pointer)
        for response in op.responses:
            if response.type is None or not response.status.startswith("2") or not response.content_type:
                continue
            found, raw = pointers.lookup(root, pointers.join(op.pointer, "responses", response.status))
            if found and isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
                found, raw = pointers.lookup(root, raw["$ref"].lstrip("#"))
            media = ((raw or {}).get("content") or {}).get(response.content_type) if isinstance(raw, dict) else None
            for value in values(media):
                yield annotation(response.type, "response"), value, f"{op.pointer}/responses/{response.status}"


# ---- the TypeScript target ------------------------------------------------------------------


def check_typescript(name: str, document: Path, out: Path, env: dict[str, str] | None = None) -> str:
    """Generate the TypeScript package and run tsc over it with the tests' flags (`--strict`, no unused names): "ok", or how it failed."""
    from conftest import npm_tool
    from test_typescript import TSC_FLAGS, TYPESCRIPT

    package = out / "ts" / package_name(name)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "generator.cli", "generate", str(document), "--package", package.name, "--out", str(package),
             "--templates", "typescript", "--quiet"],
            cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    if result.returncode != 0:
        return "traceback" if "Traceback" in result.stderr else "refused"
    tsc = npm_tool("typescript", TYPESCRIPT, "tsc")
    files = sorted(map(str, package.rglob("*.ts")))
    checked = subprocess.run([str(tsc), *TSC_FLAGS, "--noEmit", *files], capture_output=True, text=True, timeout=TIMEOUT * 5)
    errors = [line for line in checked.stdout.splitlines() if "error TS" in line]
    return "ok" if checked.returncode == 0 else f"{len(errors)} tsc errors: {(errors or [checked.stdout])[0][-100:]}"


# ---- pyright, over every package at once ----------------------------------------------------


def pyright_errors(out: Path, rows: list[Row]) -> None:
    ok = [r for r in rows if r.outcome == "ok"]
    if not ok:
        return
    config = out / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "basic", "pythonVersion": "3.11", "include": [package_name(r.document) for r in ok]}))
    result = subprocess.run([str(BIN / "pyright"), "--outputjson", "--pythonpath", sys.executable, "-p", str(config)], cwd=out, capture_output=True, text=True, timeout=1800)
    report = json.loads(result.stdout)
    by_package: dict[str, list[str]] = {}
    for d in report["generalDiagnostics"]:
        if d["severity"] == "error":
            name = Path(d["file"]).relative_to(out).parts[0]
            by_package.setdefault(name, []).append(f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message'].splitlines()[0][:120]}")
    for r in ok:
        errors = by_package.get(package_name(r.document), [])
        if errors:
            r.outcome, r.detail = "pyright errors", f"{len(errors)}: {errors[0]}"


# ---- peers -------------------------------------------------------------------------------------


def run_peers(name: str, document: Path, out: Path) -> dict[str, dict[str, Any]]:
    peers = {}
    target = out / "opc" / package_name(name)
    shutil.rmtree(target, ignore_errors=True)
    outcome, seconds = _peer([str(BIN / "openapi-python-client"), "generate", "--path", str(document), "--meta", "none", "--output-path", str(target), "--overwrite"], out)
    endpoints = len([p for p in (target / "api").rglob("*.py") if p.name != "__init__.py"]) if (target / "api").is_dir() else 0
    peers["openapi-python-client"] = {"outcome": outcome if outcome != "ok" or target.is_dir() else "no output", "covered": endpoints, "seconds": seconds}
    models = out / "dcg" / f"{package_name(name)}.py"
    models.parent.mkdir(parents=True, exist_ok=True)
    outcome, seconds = _peer([str(BIN / "datamodel-codegen"), "--input", str(document), "--input-file-type", "openapi", "--output", str(models)], out)
    peers["datamodel-code-generator"] = {"outcome": outcome if outcome != "ok" or models.is_file() else "no output", "covered": 0, "seconds": seconds}
    return peers


def _peer(cmd: list[str], cwd: Path) -> tuple[str, float]:
    start = time.perf_counter()
    try:
        result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", TIMEOUT
    seconds = time.perf_counter() - start
    if result.returncode == 0:
        return "ok", seconds
    return ("traceback" if "Traceback" in result.stderr else "refused"), seconds


# ---- the table ---------------------------------------------------------------------------------


def table(rows: list[Row], peers: bool) -> str:
    ok = sum(r.outcome == "ok" for r in rows)
    tracebacks = sum(r.outcome == "traceback" for r in rows)
    examples = sum(r.examples for r in rows)
    parsed = sum(r.examples_parsed for r in rows)
    ops = sum(r.operations for r in rows)
    covered = sum(r.covered for r in rows if r.outcome == "ok")
    lists, paged = sum(r.lists for r in rows), sum(r.paged for r in rows)
    lines = [
        f"specbind: **{ok} of {len(rows)} ok ({100 * ok / len(rows):.0f} %)**, "
        f"{sum(r.outcome == 'refused' for r in rows)} refused, {tracebacks} tracebacks; "
        f"operations covered {covered} of {ops}; examples parsed {parsed} of {examples}"
        + (f" ({100 * parsed / examples:.0f} %)" if examples else "") + ".",
        f"List operations that take a page parameter: {paged} of {lists} return pages"
        + (f" ({100 * paged / lists:.0f} %)" if lists else "")
        + f"; streams: {sum(r.sse for r in rows)} of server-sent events, {sum(r.lines for r in rows)} of JSON lines.",
    ]
    checked = [r for r in rows if r.typescript]
    if checked:
        clean = sum(r.typescript == "ok" for r in checked)
        lines.append(f"TypeScript (`--templates typescript`): **{clean} of {len(checked)} generated and `tsc --strict --noUnusedLocals --noUnusedParameters` clean** "
                     f"(of the {sum(r.outcome == 'ok' for r in checked)} the Python target accepts: "
                     f"{sum(r.typescript == 'ok' for r in checked if r.outcome == 'ok')}).")
    if peers:
        for name in ("openapi-python-client", "datamodel-code-generator"):
            peer_ok = sum(r.peers.get(name, {}).get("outcome") == "ok" for r in rows)
            peer_covered = sum(r.peers.get(name, {}).get("covered", 0) for r in rows)
            lines.append(f"{name}: {peer_ok} of {len(rows)} ok" + (f"; operations covered {peer_covered} of {ops}" if name.startswith("openapi") else " (models only)") + ".")
    header = "| document | KB | specbind | warnings | ops covered | models | examples parsed | pages | streams (SSE/lines) | s | TypeScript |"
    rule = "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
    if peers:
        header += " openapi-python-client | datamodel-code-generator |"
        rule += "---|---|"
    lines += ["", header, rule]
    for r in rows:
        outcome = r.outcome + (f": {r.detail}" if r.detail else "")
        cells = [r.document, f"{r.bytes / 1000:.0f}", outcome.replace("|", "\\|"), str(r.warnings), f"{r.covered}/{r.operations}",
                 str(r.models), f"{r.examples_parsed}/{r.examples}", f"{r.paged}/{r.lists}", f"{r.sse}/{r.lines}", f"{r.seconds:.1f}",
                 r.typescript.replace("|", "\\|")]
        if peers:
            opc = r.peers.get("openapi-python-client", {})
            dcg = r.peers.get("datamodel-code-generator", {})
            cells += [f"{opc.get('outcome', '')} {opc.get('covered', 0)}/{r.operations}", dcg.get("outcome", "")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these documents (file stems)")
    parser.add_argument("--max-bytes", type=int, help="only documents up to this size")
    parser.add_argument("--no-peers", action="store_true", help="specbind only")
    parser.add_argument("--no-typescript", action="store_true", help="skip the TypeScript column")
    parser.add_argument("--write", metavar="FILE", help="write the table to this Markdown file")
    args = parser.parse_args()
    docs: list[Document] = corpus(args.max_bytes, args.names)
    with tempfile.TemporaryDirectory(prefix="specbind-corpus-") as tmp:
        out = Path(tmp)
        env = {"SPECBIND_CACHE": str(out / "cache")}  # cold: nothing from an earlier run
        rows = []
        for document in docs:
            row = check_document(document.name, document.path, out, env)
            if not args.no_typescript:
                row.typescript = check_typescript(document.name, document.path, out, env)
            if not args.no_peers:
                row.peers = run_peers(document.name, document.path, out)
            print(f"{row.document:50} {row.outcome:15} {row.seconds:5.1f}s {row.typescript[:20]:20} {row.detail[:60]}", flush=True)
            rows.append(row)
        pyright_errors(out, rows)
    text = table(rows, not args.no_peers)
    print()
    print(text)
    if args.write:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        Path(args.write).write_text(
            f"# specbind on real-world documents\n\nMeasured {stamp} by `make corpus` (bench/corpus.py) on the {len(rows)} "
            "real-world documents of `tests/documents.toml` (group `corpus`), each generated cold with all of its operations. "
            "*ok* means: generated, every module imports in a fresh interpreter, every model and union builds "
            "(`model_rebuild()`, `model_json_schema()`), and pyright (basic) reports no error. *examples parsed* counts "
            "the document's own schema and media-type examples that validate with their generated types. Peers ran on "
            "the same documents in the same run; openapi-python-client's *ops covered* counts its endpoint modules. "
            "*TypeScript* is the package of `--templates typescript`: ok means `tsc --strict --noUnusedLocals --noUnusedParameters` reports no error.\n\n"
            + text
        )
    return 0 if all(r.outcome != "traceback" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
