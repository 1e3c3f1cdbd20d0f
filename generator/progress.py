"""What a run is doing: the stage it is in, and on a terminal a status line for long runs.

Stages say `stage(name, total)` as they start and `advance()` as they go. A run longer than
a second shows one line on stderr (target, stage, count, elapsed), rewritten in place and
cleared when the run ends, only when stderr is a terminal and the run is not --quiet. The
stage is also what an internal error names.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

DELAY = 1.0  # seconds before a status line appears: a short run shows none
EVERY = 0.2

_lock = threading.Lock()
_now = {"target": "", "stage": "starting", "done": 0, "total": 0}


def stage(name: str, total: int = 0) -> None:
    with _lock:
        _now.update(stage=name, done=0, total=total)


def advance(count: int = 1) -> None:
    with _lock:
        _now["done"] += count


def current() -> str:
    return str(_now["stage"])


def line(elapsed: float) -> str:
    with _lock:
        now = dict(_now)
    count = f" {now['done']}/{now['total']}" if now["total"] else ""
    target = f"{now['target']}: " if now["target"] else ""
    return f"{target}{now['stage']}{count} ({elapsed:.1f} s)"


class Status:
    """The status line of one target's run; a no-op unless `stream` is a terminal."""

    def __init__(self, target: str, *, quiet: bool = False, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.enabled = not quiet and self.stream.isatty()
        self.done = threading.Event()
        self.thread: threading.Thread | None = None
        with _lock:
            _now.update(target=target, stage="starting", done=0, total=0)

    def __enter__(self) -> Status:
        if self.enabled:
            self.thread = threading.Thread(target=self._show, name="specbind-status", daemon=True)
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()

    def _show(self) -> None:
        start = time.monotonic()
        if self.done.wait(DELAY):
            return
        while not self.done.wait(EVERY):
            self.stream.write("\r\x1b[K" + line(time.monotonic() - start))
            self.stream.flush()
        self.stream.write("\r\x1b[K")
        self.stream.flush()
