"""The documents the tests read (tests/documents.toml), pinned by URL and sha256 like the spec
sources, and resolved the same way: found by hash in a cache ($TEST_DOCUMENTS, default
tests/.documents/), else downloaded and checked. A fresh clone with internet needs nothing else.

    python tests/documents.py seed FOLDER

copies every file under FOLDER whose sha256 is pinned (by tests/documents.toml, or by the
project's spec sources) into the cache that pins it: `make test SEED=FOLDER` (CI names its folder of copies).
"""

from __future__ import annotations

import os
import shutil
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = Path(__file__).with_name("documents.toml")
sys.path.insert(0, str(ROOT))

from generator.sources import Source, load_sources, resolve, sha256_file  # noqa: E402


@dataclass(frozen=True)
class Document:
    name: str
    group: str  # "corpus" (real-world documents of other APIs) or "openai"
    size: int | None  # bytes, where the manifest says
    source: Source

    @property
    def path(self) -> Path:
        """The document's file, from the cache or downloaded."""
        return resolve(self.source, documents_cache())


def documents_cache() -> Path:
    return Path(os.environ.get("TEST_DOCUMENTS") or ROOT / "tests" / ".documents")


@cache
def manifest() -> dict[str, Document]:
    sources = load_sources(MANIFEST)
    table = tomllib.loads(MANIFEST.read_text(encoding="utf-8"))
    return {name: Document(name, table[name].get("group", ""), table[name].get("bytes"), source) for name, source in sources.items()}


def document(name: str) -> Path:
    return manifest()[name].path


def corpus(max_bytes: int | None = None, names: list[str] | None = None) -> list[Document]:
    """The real-world documents, in name order: those of `names`, up to `max_bytes` each."""
    found = sorted((d for d in manifest().values() if d.group == "corpus"), key=lambda d: d.name)
    if names:
        found = [d for d in found if d.name in names]
    return [d for d in found if max_bytes is None or (d.size or 0) <= max_bytes]


def seed(folder: Path) -> dict[Path, int]:
    """Copy each file under `folder` whose sha256 a manifest pins into that manifest's cache;
    how many went into each cache."""
    spec_sources = ROOT / "spec" / "sources.toml"
    caches = {Path(os.environ.get("SPEC_CACHE") or ROOT / "spec" / ".cache"): load_sources(spec_sources).values(),
              documents_cache(): [d.source for d in manifest().values()]}
    wanted = {s.sha256: (cache_dir, s) for cache_dir, sources in caches.items() for s in sources}
    counts = {cache_dir: 0 for cache_dir in caches}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix not in (".json", ".yaml", ".yml"):
            continue
        digest = sha256_file(path)
        if digest not in wanted:
            continue
        cache_dir, source = wanted.pop(digest)
        target = cache_dir / f"{digest}{source.suffix}"
        if not target.is_file():
            cache_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        counts[cache_dir] += 1
    return counts


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "seed":
        sys.exit(__doc__)
    for cache_dir, count in seed(Path(sys.argv[2])).items():
        print(f"seeded {cache_dir} with {count} pinned document(s) from {sys.argv[2]}")
