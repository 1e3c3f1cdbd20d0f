"""Hand edits survive regeneration: a patch to a vendored package is merged into the new output
(three-way, by git merge-file), a clash leaves conflict markers and fails, `check` names edited
files, and `--discard-edits` restores pure output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from test_regenerate import project, specbind, up_to_date  # noqa: F401  (project is a fixture)

PATCH = '        extra_headers = {**(extra_headers or {}), "X-Patched": "1"}  # our workaround\n'
RETRIEVE = """\
  /runs/{run_id}:
    get:
      operationId: retrieveRun
      parameters:
        - {name: run_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Run"}
"""


def resources(project: Path) -> Path:
    return project / "out" / "events" / "resources.py"


def patch_create(project: Path) -> None:
    """Our fix in the sync `create` method, before the request goes out."""
    path = resources(project)
    text = path.read_text()
    anchor = "        return self._client.request(\n"
    assert text.count(anchor) == 1  # the sync method; the async one awaits
    path.write_text(text.replace(anchor, PATCH + anchor, 1))


def update_spec(project: Path, *, summary: str | None = None) -> None:
    """An upstream update: a new operation (new code further down resources.py), and maybe a
    summary for `createRun` (which rewrites the line its docstring starts with)."""
    spec = project / "spec.yaml"
    text = spec.read_text().replace("components:\n", RETRIEVE + "components:\n", 1)
    if summary:
        text = text.replace("      operationId: createRun\n", f"      operationId: createRun\n      summary: {summary}\n", 1)
    spec.write_text(text)


def load(project: Path):
    sys.path.insert(0, str(project / "out"))
    try:
        for name in [m for m in sys.modules if m == "events" or m.startswith("events.")]:
            del sys.modules[name]
        import events

        return events
    finally:
        sys.path.remove(str(project / "out"))


def test_a_patch_survives_a_spec_update_to_the_same_file(project):
    assert specbind(project, "generate").returncode == 0
    patch_create(project)
    check = specbind(project, "check")
    assert check.returncode == 0 and "resources.py is edited by hand; regenerating keeps the edit" in check.stdout, check.stdout
    update_spec(project)
    result = specbind(project, "generate")
    assert result.returncode == 0, result.stderr
    assert f"merged your edit of {resources(project)} into the new output" in result.stdout
    text = resources(project).read_text()
    assert PATCH in text and "def retrieve(" in text and "<<<<<<<" not in text
    # The merged package works: the patch is in the request, and the new method exists.
    events = load(project)
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={"id": "r", "output": "o"}))
    client = events.Client(api_key="k", base_url="http://test", http_client=httpx.Client(transport=transport))
    assert client.runs.create(input="hi").id == "r" and client.runs.retrieve("r1").output == "o"
    assert sent[0].headers["X-Patched"] == "1" and "X-Patched" not in sent[1].headers
    # Nothing changed since: the no-op path holds, with the edit in place.
    again = specbind(project, "generate")
    assert up_to_date(again) and PATCH in resources(project).read_text()
    assert specbind(project, "check").returncode == 0


def test_a_clash_leaves_markers_and_fails_naming_the_file(project):
    assert specbind(project, "generate").returncode == 0
    path = resources(project)
    path.write_text(path.read_text().replace('        """createRun\n', '        """Create a run (our wording).\n', 1))
    update_spec(project, summary="Start a run.")
    result = specbind(project, "generate")
    assert result.returncode == 1
    assert f"{project / 'out' / 'events'}/resources.py: conflict markers left" in result.stderr, result.stderr
    text = path.read_text()
    assert "<<<<<<< resources.py (your edit)" in text and ">>>>>>> resources.py (generated now)" in text
    assert "Create a run (our wording)." in text and "Start a run." in text
    assert "def retrieve(" in text  # the rest of the update merged cleanly
    # Unresolved, it keeps failing, in check and in generate.
    assert specbind(project, "check").returncode == 1
    assert specbind(project, "generate").returncode == 1
    # Resolved by hand: the run passes and keeps the resolution.
    resolved = text.split("<<<<<<< ")[0] + '        """Start a run, our way.\n' + text.split(">>>>>>> resources.py (generated now)\n")[1]
    path.write_text(resolved)
    assert specbind(project, "generate").returncode == 0
    assert "Start a run, our way." in path.read_text()


def test_discard_edits_restores_pure_output(project):
    assert specbind(project, "generate").returncode == 0
    pure = resources(project).read_bytes()
    patch_create(project)
    result = specbind(project, "generate", "--discard-edits")
    assert result.returncode == 0 and "discarded the hand edits of resources.py" in result.stdout
    assert resources(project).read_bytes() == pure
    assert "edited by hand" not in specbind(project, "check").stdout


def test_without_the_cache_the_pristine_copy_comes_from_git(project):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git = lambda *a: subprocess.run(["git", *a], cwd=project, check=True, capture_output=True)  # noqa: E731
    assert specbind(project, "generate").returncode == 0
    (project / ".gitignore").write_text(".cache/\n")
    git("init", "-q")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", "-A")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "vendored")
    patch_create(project)
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qam", "our fix")  # the edit is committed too
    shutil.rmtree(project / ".cache")  # another machine
    update_spec(project)
    result = specbind(project, "generate")
    assert result.returncode == 0, result.stderr
    text = resources(project).read_text()
    assert PATCH in text and "def retrieve(" in text


def test_without_any_pristine_copy_the_whole_file_is_a_conflict(project):
    assert specbind(project, "generate").returncode == 0
    patch_create(project)
    shutil.rmtree(project / ".cache")  # and no git history
    update_spec(project)
    result = specbind(project, "generate")
    assert result.returncode == 1 and "neither in the cache nor in git history" in result.stderr
    assert PATCH in resources(project).read_text()  # nothing of the edit is lost


def test_an_edited_file_the_output_no_longer_has_is_kept(project):
    assert specbind(project, "generate").returncode == 0
    api_md = project / "out" / "events" / "api.md"
    api_md.write_text(api_md.read_text() + "\nOur notes.\n")
    manifest = project / "my-templates" / "manifest.toml"
    manifest.write_text(manifest.read_text().replace('[[files]]\ntemplate = "api.md.jinja"\noutput = "api.md"\n', ""))
    for _ in range(2):  # and again: the lock still knows the file is edited
        result = specbind(project, "generate")
        assert result.returncode == 1 and "api.md: edited by hand, and no longer generated" in result.stderr, result.stderr
        assert api_md.read_text().endswith("Our notes.\n")
    api_md.unlink()
    assert specbind(project, "generate").returncode == 0
