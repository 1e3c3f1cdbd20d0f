"""Compile the built-in template sets ahead of time: `make precompile` (tests check they are current)."""

from __future__ import annotations

import sys

from .render import BUILTIN_TEMPLATES, COMPILED, precompile


def main() -> int:
    for folder in sorted(p for p in BUILTIN_TEMPLATES.iterdir() if (p / "manifest.toml").is_file()):
        compiled = precompile(folder)
        (folder / COMPILED).mkdir(exist_ok=True)
        for stale in (folder / COMPILED).glob("*.py"):
            if stale not in compiled:
                stale.unlink()
        for path, text in compiled.items():
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        print(f"{folder.name}: {len(compiled)} templates compiled into {folder / COMPILED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
