from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
BAD_SPECS = Path(__file__).resolve().parent / "bad_specs"
# The same default as the Makefile: pinned spec files are looked up here by sha256.
os.environ.setdefault("SPEC_CACHE", str(ROOT / "spec" / ".cache"))
os.environ.setdefault("SPECBIND_CACHE", str(ROOT / ".specbind-cache"))
# Every statement split without black (generator/blacksplit.py) is checked against black, in
# this process and in every generator process the tests start.
os.environ["SPECBIND_VERIFY_SPLIT"] = "1"


@lru_cache(maxsize=None)
def target_ir(name: str):
    """(IR, overlaid spec document) of a configured target, built in process."""
    from generator.config import load_targets
    from generator.operations import Selection
    from generator.pipeline import build, prepare
    from generator.sources import load_sources, resolve

    target = load_targets(ROOT)[name]
    source = load_sources(ROOT / "spec" / "sources.toml")[target.source]
    prepared = prepare(resolve(source), tuple(ROOT / o for o in source.overlays), url=source.url)
    built = build(prepared, Selection(target.select, target.tags), source=target.source, operation_names=target.operations)
    built.decision()
    return built.api, prepared.spec.root


def _project():
    from generator.project import load_project

    return load_project(ROOT / "pyproject.toml")


PROJECT = _project()


def pinned_file(source: str) -> Path:
    """The document a source of spec/sources.toml pins, from SPEC_CACHE or downloaded."""
    from generator.sources import load_sources, resolve

    return resolve(load_sources(ROOT / "spec" / "sources.toml")[source])


def main_stream(api):
    """The event union of the streams outside a constant-query namespace (`beta` has its own), the
    one `dispatch` names generically."""
    plain = {op.stream for op in api.operations if op.stream and not op.path_query}
    (union,) = [u for u in api.unions if u.is_stream and u.name in plain]
    return union


def openai_ir():
    return target_ir("openai_responses")


TOOLS = ROOT / ".tools"  # npm packages the tests install (git-ignored)


def npm_tool(package: str, version: str, binary: str) -> Path:
    """The path of an npm package's binary, installed into .tools/ on first use."""
    import fcntl
    import shutil

    path = TOOLS / "node_modules" / ".bin" / binary
    installed = TOOLS / "node_modules" / package / "package.json"
    TOOLS.mkdir(exist_ok=True)
    with open(TOOLS / ".lock", "w") as lock:  # `make test` runs the tests in parallel workers: one installs, the others wait
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists() or f'"version": "{version}"' not in installed.read_text():
            npm = shutil.which("npm")
            if npm is None:
                pytest.fail(f"npm is needed to install {package}")
            subprocess.run([npm, "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", "--silent", f"{package}@{version}"], check=True, timeout=600)
    return path


def pyright(paths: list[Path], mode: str = "strict", config_dir: Path | None = None, rules: dict[str, str] | None = None) -> tuple[dict, list[str]]:
    """pyright's report over `paths` (checked against this interpreter's packages), and its errors as `file:line: message`;
    `rules` sets single checks, e.g. {"reportDeprecated": "warning"}."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        config = Path(config_dir or tmp) / "pyrightconfig.json"
        config.write_text(json.dumps({"typeCheckingMode": mode, "pythonVersion": "3.11", **(rules or {})}))
        binary = Path(sys.executable).with_name("pyright")
        result = subprocess.run([str(binary), "--outputjson", "--pythonpath", sys.executable, "-p", str(config), *map(str, paths)],
                                capture_output=True, text=True, timeout=1800)
    report = json.loads(result.stdout)
    errors = [f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"] if d["severity"] == "error"]
    return report, errors


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run `specbind` as a user would, in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
    )


@pytest.fixture(scope="session")
def inspect_json():
    """`specbind inspect --json` of a source's Responses + Conversations selection."""
    cache: dict[str, dict] = {}

    def get(source: str) -> dict:
        if source not in cache:
            result = run_cli("inspect", source, "--select", "/responses", "--select", "/conversations", "--json")
            assert result.returncode == 0, result.stderr
            cache[source] = json.loads(result.stdout)
        return cache[source]

    return get


@pytest.fixture(scope="session")
def generated_package():
    """The committed generated package, importable."""
    sys.path.insert(0, str(GENERATED))
    import openai_responses

    return openai_responses
