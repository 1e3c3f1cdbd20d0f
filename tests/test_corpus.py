"""Real documents nobody here wrote (tests/documents.toml, group corpus): each one under 300 KB generates, imports in a
fresh interpreter, builds every model and union, and passes pyright (basic), with no traceback.
`make corpus` runs all of them beside the peers (bench/corpus.py, table in docs/corpus.md)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

import golden_cases
from conftest import ROOT, npm_tool, pyright
from generator.config import Target
from generator.generate import produce
from test_typescript import TSC_FLAGS, TYPESCRIPT

spec = importlib.util.spec_from_file_location("corpus", ROOT / "bench" / "corpus.py")
corpus = importlib.util.module_from_spec(spec)
sys.modules["corpus"] = corpus
spec.loader.exec_module(corpus)

SMALL = corpus.corpus(max_bytes=300_000)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("corpus")


def test_the_corpus_is_pinned():
    assert len(SMALL) >= 40, "expected the corpus in tests/documents.toml"


@pytest.mark.parametrize("document", SMALL, ids=[d.name for d in SMALL])
def test_a_real_document_generates_imports_and_builds_every_model(document, out):
    row = corpus.check_document(document.name, document.path, out)
    assert row.outcome == "ok", f"{row.outcome}: {row.detail}"
    assert row.covered == row.operations


def test_every_generated_corpus_package_passes_pyright(out):
    packages = [p for p in out.iterdir() if (p / "__init__.py").is_file()]
    assert len(packages) >= 40
    _, errors = pyright(packages, mode="basic")
    assert not errors, "\n".join(errors[:20])


def test_every_generated_corpus_module_is_in_black_style(out):
    """black saw only what the style checker flagged (generator/blackstyle.py): black must find nothing more."""
    import os

    packages = [str(p) for p in out.iterdir() if (p / "__init__.py").is_file()]
    assert len(packages) >= 40
    black = [sys.executable, "-m", "black", "--check", "-q", "-l", "100", "-t", "py311", "--workers", str(os.cpu_count() or 1)]
    result = subprocess.run(black + packages, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]


def test_every_small_corpus_document_generates_tsc_strict_clean_typescript(tmp_path):
    """The TypeScript target on the same documents, one tsc run over them all (`make corpus` runs
    every document, one at a time, for its TypeScript column)."""
    for document in SMALL:  # in this process: the documents' IR is cached by the tests above
        target = Target(name=document.name, package="x", out=tmp_path / document.name, spec=document.path, templates="typescript")
        for rel, data in produce(target, golden_cases.PROJECT).files.items():
            (target.out / rel).parent.mkdir(parents=True, exist_ok=True)
            (target.out / rel).write_bytes(data)
    files = sorted(map(str, tmp_path.rglob("*.ts")))
    assert len(files) >= 6 * len(SMALL)
    checked = subprocess.run([str(npm_tool("typescript", TYPESCRIPT, "tsc")), *TSC_FLAGS, "--noEmit", *files],
                             capture_output=True, text=True, timeout=900)
    assert checked.returncode == 0, checked.stdout[-4000:]
