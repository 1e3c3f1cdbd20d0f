"""Pinned spec sources: find a file by its sha256 in the local cache, or download it."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .config import Target
from .diagnostics import SpecError

DOWNLOAD_TIMEOUT = 60


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    sha256: str
    overlays: tuple[Path, ...]

    @property
    def suffix(self) -> str:
        suffix = Path(self.url.split("?")[0]).suffix.lower()
        return suffix if suffix in (".json", ".yaml", ".yml") else ".yaml"


def load_sources(path: Path) -> dict[str, Source]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"sources file not found: {path}", code="config") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"invalid TOML in {path}: {exc}", code="config") from None
    sources = {}
    for name, entry in data.items():
        if not isinstance(entry, dict) or not {"url", "sha256"} <= entry.keys():
            raise SpecError(f"source {name!r} in {path} needs `url` and `sha256`", code="config")
        overlays = tuple(path.parent / "overlays" / o for o in entry.get("overlays", []))
        sources[name] = Source(name, entry["url"], entry["sha256"].lower(), overlays)
    return sources


def default_cache() -> Path:
    return Path(os.environ.get("SPEC_CACHE", "spec/.cache"))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def resolve(source: Source, cache: Path | None = None) -> Path:
    """The path of a local file whose bytes have the pinned sha256."""
    cache = cache or default_cache()
    named = cache / f"{source.sha256}{source.suffix}"
    if named.is_file():
        digest = sha256_file(named)
        if digest != source.sha256:
            raise SpecError(
                f"sha256 mismatch for source {source.name!r}: {named} hashes to {digest}, "
                f"pinned {source.sha256}; delete the file to download it again",
                code="source",
            )
        return named
    if cache.is_dir():
        for candidate in sorted(cache.iterdir()):
            if candidate.is_file() and candidate.suffix in (".json", ".yaml", ".yml") and sha256_file(candidate) == source.sha256:
                _remember(candidate, named)
                return candidate
    return download(source, cache)


def _remember(found: Path, named: Path) -> None:
    """Link a file found by hashing under its hash name, so the next lookup hashes only it."""
    try:
        os.link(found, named)
    except OSError:
        pass  # a read-only or foreign cache folder: hash again next time


def download(source: Source, cache: Path) -> Path:
    import urllib.error
    import urllib.request

    target = cache / f"{source.sha256}{source.suffix}"
    hint = f"download it by hand and save it as {target} (any name in {cache} works), or set SPEC_CACHE to a folder that has it"
    try:
        with urllib.request.urlopen(source.url, timeout=DOWNLOAD_TIMEOUT) as response:
            data = response.read()
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SpecError(
            f"cannot download source {source.name!r} from {source.url} ({reason}); "
            f"expected sha256 {source.sha256}: {hint}",
            code="source",
        ) from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        raise SpecError(
            f"sha256 mismatch for source {source.name!r} from {source.url}: "
            f"got {digest}, pinned {source.sha256}",
            code="source",
            file=source.url,
        )
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache, prefix=".download-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, target)
    return target


def store(data: bytes, cache: Path, suffix: str) -> tuple[Path, str]:
    """Put spec bytes in the cache under their sha256; (path, sha256)."""
    digest = hashlib.sha256(data).hexdigest()
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{digest}{suffix}"
    fd, tmp = tempfile.mkstemp(dir=cache, prefix=".download-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, target)
    return target, digest


def fetch_pin(sources: dict[str, Source], name: str, commit: str | None, file: Path | None = None,
              overlays: tuple[Path, ...] | None = None, cache: Path | None = None) -> Source:
    """Source `name` moved to another commit (or a local file's bytes), its document stored in the cache.

    The upstream commit in the URL is replaced; nothing is written to sources.toml here.
    """
    if name not in sources:
        raise SpecError(f"unknown source {name!r}; known: {', '.join(sources)}", code="usage")
    old = sources[name]
    url = old.url
    if commit:
        if not re.fullmatch(r"[0-9a-f]{7,40}", commit):
            raise SpecError(f"{commit!r} is not a git commit hash", code="usage")
        url, count = re.subn(r"/[0-9a-f]{7,40}/", f"/{commit}/", old.url, count=1)
        if not count:
            raise SpecError(f"the url of source {name!r} names no commit to replace: {old.url}", code="usage")
    import urllib.error
    import urllib.request

    if file is not None:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise SpecError(f"cannot read {file}: {exc.strerror}", code="usage") from None
    else:
        try:
            with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT) as response:
                data = response.read()
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            raise SpecError(f"cannot download {url} ({getattr(exc, 'reason', exc)}); pass --file with the document", code="source") from None
    _, digest = store(data, cache or default_cache(), old.suffix)
    return Source(name, url, digest, old.overlays if overlays is None else overlays)


def write_pin(sources_file: Path, source: Source) -> None:
    """Rewrite the url, sha256 and overlays lines of one source in place, so comments and order survive."""
    text = sources_file.read_text(encoding="utf-8")
    section = re.search(rf"^\[{re.escape(source.name)}\]\n(?:(?!^\[).*\n?)*", text, re.M)
    if section is None:
        raise SpecError(f"no [{source.name}] section in {sources_file}", code="config")
    overlays = "[" + ", ".join(f'"{o.name}"' for o in source.overlays) + "]"
    body = section.group(0)
    for key, value in (("url", f'"{source.url}"'), ("sha256", f'"{source.sha256}"'), ("overlays", overlays)):
        body = re.sub(rf"^{key} = .*$", lambda m: f"{key} = {value}", body, count=1, flags=re.M)
    tmp = sources_file.with_name(sources_file.name + ".tmp")
    tmp.write_text(text[: section.start()] + body + text[section.end() :], encoding="utf-8")
    tmp.replace(sources_file)


@dataclass(frozen=True)
class SpecInput:
    """Where a target's document comes from, and the overlays that repair it."""

    path: Path
    overlays: tuple[Path, ...]
    name: str  # a short name of the input, e.g. "openai"
    url: str | None  # the pinned source's URL, when the document is that source's pinned one



def spec_for(target: Target, sources_file: Path) -> SpecInput:
    sources = load_sources(sources_file) if target.source or target.overlay_source else {}
    extra = tuple(target.overlays)
    if target.source:
        if target.source not in sources:
            raise SpecError(f"target {target.name!r} names unknown source {target.source!r} (see {sources_file})", code="config")
        source: Source = sources[target.source]
        return SpecInput(resolve(source), source.overlays + extra, source.name, source.url)
    assert target.spec is not None
    if target.overlay_source:  # another version of a configured source: its overlays apply
        if target.overlay_source not in sources:
            raise SpecError(f"unknown source {target.overlay_source!r}; known: {', '.join(sources) or 'none'}", code="usage")
        source = sources[target.overlay_source]
        pinned = source.sha256 == sha256_file(target.spec) if target.spec.is_file() else False
        return SpecInput(target.spec, source.overlays + extra, source.name, source.url if pinned else None)
    return SpecInput(target.spec, extra, target.spec.stem, None)


def content_key(sha256: str, overlays: tuple[Path, ...]) -> str:
    """The key of a document as the pipeline sees it: its bytes' sha256, and the overlays applied."""
    if not overlays:
        return sha256
    from .overlay import overlay_digest

    return hashlib.sha256(f"{sha256}:{overlay_digest(list(overlays))}".encode()).hexdigest()
