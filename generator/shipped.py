"""Where the data specbind ships with its code lives: the built-in template sets and overlays.

An installed wheel holds them inside the package (`specbind/templates`, `specbind/overlays`); a
checkout holds them beside it (`templates/`, `spec/overlays/`). Only the standard library is
imported here: the no-op fast path reads these paths.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _first(*candidates: Path) -> Path:
    return next((c for c in candidates if c.is_dir()), candidates[-1])


TEMPLATES = _first(PACKAGE / "templates", PACKAGE.parent / "templates")
OVERLAYS = _first(PACKAGE / "overlays", PACKAGE.parent / "spec" / "overlays")
