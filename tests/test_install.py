"""specbind installed as users install it, and used outside any checkout.

- The wheel, built from this tree and installed into a fresh venv, generates, inits, pins and
  checks in a scratch folder, from a file and from a URL served on 127.0.0.1, with no checkout on
  the path; the packages it makes import and call over a mock transport.
- The repository, installed from a `git+file://` URL as pre-commit installs a `language: python`
  hook, runs the hook's entry in a scratch repository: it passes in sync and fails when stale.
- A target with `distribution = true` is a distribution `pip install` takes, and its package
  works at the dependency floors its pyproject.toml declares.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import venv
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

PETSTORE = """\
openapi: 3.1.0
info: {title: Petstore, version: 1.2.0}
servers: [{url: "https://petstore.example/v1"}]
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
  /pets/{petId}:
    get:
      operationId: showPetById
      parameters:
        - {name: petId, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: one pet
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        tag: {type: string}
"""

# In the package's own environment: a call over a mock transport, checked on the wire and parsed.
CALL = """
import json, sys, httpx
import {package} as pkg
seen = []
def answer(request):
    seen.append((request.method, request.url.path, dict(request.url.params)))
    return httpx.Response(200, json={{"id": 7, "name": "rex", "extra": True}})
with pkg.Client(base_url="https://mock.test/v1", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
    pet = client.pets.retrieve(7)
print(json.dumps({{"seen": seen, "name": pet.name, "extra": pet.model_extra, "module": pkg.__file__}}))
"""


def _venv(folder: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    return folder / "bin"


def _run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900, env={**clean, **env})


def _pip(bin_dir: Path, *args: str, cwd: Path) -> None:
    result = _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", *args], cwd)
    assert result.returncode == 0, result.stderr[-3000:]


def _call(bin_dir: Path, package: str, folder: Path) -> dict:
    result = _run([str(bin_dir / "python"), "-c", CALL.format(package=package)], folder)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@contextmanager
def _served(folder: Path):
    """An HTTP server on 127.0.0.1 serving `folder`, stopped on exit."""
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(folder))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _tree_copy(dest: Path) -> Path:
    """This working tree (tracked and new files, not ignored ones) as a git repository of one commit."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split("\0")
    for rel in filter(None, files):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run(git + cmd, cwd=dest, check=True, capture_output=True)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv with the wheel built from this tree installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check", "-w", str(tmp / "dist"), str(ROOT)], tmp)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp / "dist").glob("specbind-*.whl"))
    bin_dir = _venv(tmp / "venv")
    _pip(bin_dir, str(wheel), cwd=tmp)
    return bin_dir


def test_the_wheel_carries_the_package_under_the_tool_name_with_its_templates_and_overlays(installed, tmp_path):
    python = str(installed / "python")
    found = _run([python, "-c", "import specbind, specbind.shipped as s; print(specbind.__file__); print(s.TEMPLATES); print(s.OVERLAYS)"], tmp_path)
    module, templates, overlays = found.stdout.split()
    assert "site-packages" in module and str(ROOT) not in module
    assert Path(templates, "python", "manifest.toml").is_file() and list(Path(templates, "python", "_compiled").glob("*.py"))
    assert Path(templates, "typescript", "manifest.toml").is_file() and Path(overlays, "openai.overlay.yaml").is_file()
    assert _run([python, "-c", "import generator"], tmp_path).returncode != 0  # no generic top-level name
    version = _run([str(installed / "specbind"), "--version"], tmp_path).stdout.strip()
    from generator import __version__

    assert version == f"specbind {__version__}"


def test_the_installed_tool_generates_from_a_file_and_a_url_and_the_package_calls(installed, tmp_path):
    specbind = str(installed / "specbind")
    (tmp_path / "petstore.yaml").write_text(PETSTORE)
    cache = {"SPEC_CACHE": str(tmp_path / "documents"), "SPECBIND_CACHE": str(tmp_path / "cache")}
    made = _run([specbind, "generate", "petstore.yaml", "--package", "petstore", "--out", "out/petstore"], tmp_path, **cache)
    assert made.returncode == 0, made.stderr
    lock = json.loads((tmp_path / "out" / "petstore" / "specbind.lock.json").read_text())
    assert lock["generator"] == _run([specbind, "--version"], tmp_path).stdout.strip()
    called = _call(installed, "petstore", tmp_path / "out")
    assert called["seen"] == [["GET", "/v1/pets/7", {}]] and called["name"] == "rex" and called["extra"] == {"extra": True}
    assert called["module"].startswith(str(tmp_path))
    with _served(tmp_path) as url:
        fetched = _run([specbind, "generate", f"{url}/petstore.yaml", "--package", "remote", "--out", "out/remote"], tmp_path, **cache)
    assert fetched.returncode == 0, fetched.stderr
    import hashlib

    assert f"sha256 {hashlib.sha256(PETSTORE.encode()).hexdigest()}" in fetched.stderr
    assert _call(installed, "remote", tmp_path / "out")["name"] == "rex"
    ts = _run([specbind, "generate", "petstore.yaml", "--package", "petstore_ts", "--out", "out/ts", "--templates", "typescript"], tmp_path, **cache)
    assert ts.returncode == 0 and (tmp_path / "out" / "ts" / "client.ts").is_file(), ts.stderr


def test_init_pin_and_check_in_a_scratch_repository(installed, tmp_path):
    specbind = str(installed / "specbind")
    served, repo = tmp_path / "served", tmp_path / "repo"
    served.mkdir()
    (repo / "src").mkdir(parents=True)
    (served / "petstore.yaml").write_text(PETSTORE)
    env = {"SPEC_CACHE": str(tmp_path / "documents"), "SPECBIND_CACHE": str(tmp_path / "cache")}
    with _served(served) as url:
        init = _run([specbind, "init", f"{url}/petstore.yaml", "--package", "pets"], repo, **env)
        assert init.returncode == 0, init.stderr
        config = (repo / "specbind.toml").read_text()
        assert f'url = "{url}/petstore.yaml"' in config and 'source = "pets"' in config
        assert (repo / "pets" / "client.py").is_file()
        # From a subfolder, the configuration is found upward.
        assert _run([specbind, "check"], repo / "src", **env).returncode == 0
        (served / "petstore.yaml").write_text(PETSTORE.replace("tag: {type: string}", "tag: {type: string}\n        age: {type: integer}"))
        pinned = _run([specbind, "pin", "pets"], repo, **env)
        assert pinned.returncode == 0, pinned.stderr
    assert "sha256" in (repo / "specbind.toml").read_text() and config != (repo / "specbind.toml").read_text()
    stale = _run([specbind, "check"], repo, **env)
    assert stale.returncode == 1 and "models.py" in stale.stdout, stale.stdout + stale.stderr
    assert _run([specbind, "generate", "--quiet"], repo, **env).returncode == 0
    assert _run([specbind, "check"], repo, **env).returncode == 0
    assert "age" in (repo / "pets" / "models.py").read_text()


def test_the_repository_installs_as_a_pre_commit_hook_and_checks_a_scratch_repository(tmp_path):
    source = _tree_copy(tmp_path / "specbind-repo")
    bin_dir = _venv(tmp_path / "hook-venv")
    _pip(bin_dir, f"git+file://{source}", cwd=tmp_path)  # what pre-commit does for a `language: python` hook
    hook = next(h for h in yaml.safe_load((source / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "specbind-check")
    assert hook["language"] == "python"
    entry = [str(bin_dir / hook["entry"].split()[0]), *hook["entry"].split()[1:]]
    repo = tmp_path / "project"
    repo.mkdir()
    (repo / "api.yaml").write_text(PETSTORE)
    (repo / "pyproject.toml").write_text('[project]\nname = "mine"\n\n[tool.specbind.targets.pets]\nspec = "api.yaml"\npackage = "pets"\nout = "vendor/pets"\n')
    env = {"SPECBIND_CACHE": str(tmp_path / "cache")}
    assert _run(entry, repo, **env).returncode == 1  # nothing generated yet
    assert _run([str(bin_dir / "specbind"), "generate", "--quiet"], repo, **env).returncode == 0
    in_sync = _run(entry, repo, **env)
    assert in_sync.returncode == 0, in_sync.stdout + in_sync.stderr
    (repo / "api.yaml").write_text(PETSTORE.replace("Petstore", "Pet shop"))
    stale = _run(entry, repo, **env)
    assert stale.returncode == 1 and "differ from what the inputs produce" in stale.stdout, stale.stdout


def test_a_distribution_target_installs_and_works_at_its_dependency_floors(installed, tmp_path):
    (tmp_path / "petstore.yaml").write_text(PETSTORE)
    (tmp_path / "specbind.toml").write_text('[targets.pets]\nspec = "petstore.yaml"\npackage = "pets"\nout = "dist"\ndistribution = true\n')
    made = _run([str(installed / "specbind"), "generate"], tmp_path, SPECBIND_CACHE=str(tmp_path / "cache"))
    assert made.returncode == 0, made.stderr
    project = (tmp_path / "dist" / "pyproject.toml").read_text()
    import tomllib

    meta = tomllib.loads(project)["project"]
    assert meta["name"] == "pets" and meta["version"] == "1.2.0"
    assert "result = client.pets.list()" in (tmp_path / "dist" / "README.md").read_text()
    floors = [d.replace(">=", "==") for d in meta["dependencies"]]
    (tmp_path / "floors.txt").write_text("\n".join(floors) + "\n")
    bin_dir = _venv(tmp_path / "floor-venv")
    _pip(bin_dir, str(tmp_path / "dist"), "-c", str(tmp_path / "floors.txt"), cwd=tmp_path)
    versions = _run([str(bin_dir / "python"), "-c", "import httpx, pydantic, importlib.metadata as m; print(httpx.__version__, pydantic.VERSION, m.version('typing-extensions'))"], tmp_path).stdout.split()
    assert versions == [f.split("==")[1] for f in floors]
    called = _call(bin_dir, "pets", tmp_path)
    assert called["name"] == "rex" and "site-packages" in called["module"]
