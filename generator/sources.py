"""Pinned spec sources: find a file by its sha256 in the local cache, or download it."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import shipped
from .config import Target
from .diagnostics import SpecError, label_file

DOWNLOAD_TIMEOUT = 60


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    sha256: str
    overlays: tuple[Path, ...]
    defined_in: Path | None = None  # the TOML file that pins it, which `pin` rewrites
    section: str = ""  # its table's header there, e.g. "[openai]" or "[tool.specbind.sources.openai]"

    @property
    def suffix(self) -> str:
        suffix = Path(self.url.split("?")[0]).suffix.lower()
        return suffix if suffix in (".json", ".yaml", ".yml") else ".yaml"


def load_sources(path: Path) -> dict[str, Source]:
    """A sources file: a table per source; overlays are named relative to its `overlays/` folder."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"sources file not found: {path}", code="config") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"invalid TOML in {path}: {exc}", code="config") from None
    return sources_of(data, str(path), overlays=path.parent / "overlays", header="[", defined_in=path)


def sources_of(table: dict, label: str, *, overlays: Path, header: str, defined_in: Path) -> dict[str, Source]:
    """The sources of a TOML table (a sources file, or `[tool.specbind.sources]`), each
    `url` and `sha256`, with `overlays` named relative to the folder `overlays`."""
    sources = {}
    for name, entry in table.items():
        if not isinstance(entry, dict) or not {"url", "sha256"} <= entry.keys() or not all(isinstance(entry[k], str) for k in ("url", "sha256")):
            raise SpecError(f"source {name!r} in {label} needs `url` and `sha256` strings", code="config")
        named = entry.get("overlays", [])
        if not isinstance(named, list) or not all(isinstance(o, str) for o in named):
            raise SpecError(f"`overlays` of source {name!r} in {label} must be a list of file names", code="config")
        sources[name] = Source(name, entry["url"], entry["sha256"].lower(), tuple(overlay_path(overlays, o) for o in named),
                               defined_in, f"{header}{name}]")
    return sources


def overlay_path(folder: Path, name: str) -> Path:
    """An overlay a source names: the project's own file, else the one of that name specbind ships."""
    own = folder / name
    if own.is_file() or not (shipped.OVERLAYS / name).is_file():
        return own
    return shipped.OVERLAYS / name


def default_cache() -> Path:
    """Where pinned documents are looked up by sha256 when no project says: $SPEC_CACHE, else the user's cache."""
    configured = os.environ.get("SPEC_CACHE")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "specbind" / "documents"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def resolve(source: Source, cache: Path | None = None) -> Path:
    """The path of a local file whose bytes have the pinned sha256 (findings in it name the source)."""
    found = _resolve(source, cache)
    label_file(found, source.name)
    return found


def _resolve(source: Source, cache: Path | None) -> Path:
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


MAX_DOWNLOAD = 32 * 1024 * 1024  # the largest document the loader reads


def is_url(text: str) -> bool:
    return text.startswith(("https://", "http://"))


class DownloadError(Exception):
    pass


def read_url(url: str, limit: int = MAX_DOWNLOAD, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
    """The bytes at an http(s) URL, at most `limit` of them, each read waiting at most `timeout` seconds."""
    import urllib.error
    import urllib.request

    if not is_url(url):
        raise DownloadError("not an http(s) URL")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, TimeoutError, ValueError) as exc:
        raise DownloadError(str(getattr(exc, "reason", exc))) from None
    if len(data) > limit:
        raise DownloadError(f"larger than {limit // (1024 * 1024)} MB")
    return data


def fetch_document(url: str, cache: Path) -> tuple[Path, str]:
    """Download a document into the cache under its sha256: (its path, its sha256)."""
    try:
        data = read_url(url)
    except DownloadError as exc:
        raise SpecError(f"cannot download {url} ({exc})", code="source", file=url) from None
    suffix = Path(url.split("?")[0]).suffix.lower()
    if suffix not in (".json", ".yaml", ".yml"):
        suffix = ".json" if data.lstrip()[:1] in (b"{", b"[") else ".yaml"
    found, digest = store(data, cache, suffix)
    label_file(found, url)
    return found, digest


def download(source: Source, cache: Path) -> Path:
    target = cache / f"{source.sha256}{source.suffix}"
    hint = f"download it by hand and save it as {target} (any name in {cache} works), or point the cache at a folder that has it"
    try:
        data = read_url(source.url)
    except DownloadError as exc:
        raise SpecError(
            f"cannot download source {source.name!r} from {source.url} ({exc}); "
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
              overlays: tuple[Path, ...] | None = None, cache: Path | None = None, *, url: str | None = None) -> Source:
    """Source `name` moved to another commit, another `url`, or what its URL serves now (or a local
    file's bytes), its document stored in the cache. Nothing is written to the configuration here.
    """
    if name not in sources:
        raise SpecError(f"unknown source {name!r}; known: {', '.join(sources) or 'none'}", code="usage")
    old = sources[name]
    if url and commit:
        raise SpecError("give a commit or --url, not both", code="usage")
    if url and not is_url(url):
        raise SpecError(f"--url {url!r} is not an http(s) URL", code="usage")
    url = url or old.url
    if commit:
        if not re.fullmatch(r"[0-9a-f]{7,40}", commit):
            raise SpecError(f"{commit!r} is not a git commit hash", code="usage")
        url, count = re.subn(r"/[0-9a-f]{7,40}/", f"/{commit}/", old.url, count=1)
        if not count:
            raise SpecError(f"the url of source {name!r} names no commit to replace: {old.url}", code="usage")
    if file is not None:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise SpecError(f"cannot read {file}: {exc.strerror}", code="usage") from None
    else:
        try:
            data = read_url(url)
        except DownloadError as exc:
            raise SpecError(f"cannot download {url} ({exc}); pass --file with the document", code="source") from None
    _, digest = store(data, cache or default_cache(), old.suffix)
    return dataclasses.replace(old, url=url, sha256=digest, overlays=old.overlays if overlays is None else overlays)


def write_pin(source: Source) -> None:
    """Rewrite the url, sha256 and overlays lines of one source in the file that pins it, in place,
    so that comments and order survive."""
    file = source.defined_in
    if file is None:
        raise SpecError(f"source {source.name!r} is not pinned in a file specbind can rewrite", code="config")
    text = file.read_text(encoding="utf-8")
    section = re.search(rf"^{re.escape(source.section)}[ \t]*(?:#.*)?\n(?:(?!^\[).*\n?)*", text, re.M)
    if section is None:
        raise SpecError(f"no {source.section} table in {file}: write the source as a table of its own to pin it", code="config")
    body = section.group(0)
    overlays = "[" + ", ".join(f'"{o.name}"' for o in source.overlays) + "]"
    for key, value in (("url", f'"{source.url}"'), ("sha256", f'"{source.sha256}"'), ("overlays", overlays)):
        body, found = re.subn(rf"^{key}[ \t]*=.*$", lambda m: f"{key} = {value}", body, count=1, flags=re.M)
        if not found and (key != "overlays" or source.overlays):
            body = body.rstrip("\n") + f"\n{key} = {value}\n" + ("\n" if body.endswith("\n\n") else "")
    tmp = file.with_name(file.name + ".tmp")
    tmp.write_text(text[: section.start()] + body + text[section.end() :], encoding="utf-8")
    tmp.replace(file)


@dataclass(frozen=True)
class SpecInput:
    """Where a target's document comes from, and the overlays that repair it."""

    path: Path
    overlays: tuple[Path, ...]
    name: str  # a short name of the input, e.g. "openai"
    url: str | None  # the pinned source's URL, when the document is that source's pinned one



def spec_for(target: Target, sources: dict[str, Source], cache: Path | None = None) -> SpecInput:
    """The document a target generates from, with its overlays; `cache` holds pinned documents."""
    extra = tuple(target.overlays)
    if target.source:
        if target.source not in sources:
            known = ", ".join(sources) or "none"
            raise SpecError(f"target {target.name!r} names unknown source {target.source!r}; known: {known}", code="config")
        source: Source = sources[target.source]
        return SpecInput(resolve(source, cache), source.overlays + extra, source.name, source.url)
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
