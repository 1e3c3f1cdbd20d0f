"""A long run shows what it is doing on a terminal, and nothing when output is not a terminal or with --quiet."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import time

from conftest import ROOT

from generator import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_status_line_shows_target_stage_count_and_elapsed_then_clears(monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0.05)
    monkeypatch.setattr(progress, "EVERY", 0.02)
    screen = Terminal()
    with progress.Status("openai_responses", stream=screen):
        progress.stage("formatting with black", total=14)
        progress.advance(3)
        time.sleep(0.3)
    shown = screen.getvalue()
    assert "\r\x1b[Kopenai_responses: formatting with black 3/14 (0." in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared at the end


def test_a_short_run_a_quiet_run_and_a_pipe_show_nothing(monkeypatch):
    screen = Terminal()
    with progress.Status("t", stream=screen):
        progress.stage("rendering templates", total=2)
    assert screen.getvalue() == ""  # under a second
    monkeypatch.setattr(progress, "DELAY", 0.0)
    for stream, quiet in ((Terminal(), True), (io.StringIO(), False)):
        with progress.Status("t", stream=stream, quiet=quiet):
            time.sleep(0.1)
        assert stream.getvalue() == ""


def test_a_cold_run_on_a_terminal_shows_its_stages(tmp_path):
    controller, terminal = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPECBIND_CACHE": str(tmp_path / "cache")}
    child = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "generate", "openai", "--select", "/responses", "--package", "r", "--out", str(tmp_path / "r")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    assert child.wait(timeout=300) == 0, shown.decode(errors="replace")[-2000:]
    text = shown.decode(errors="replace")
    assert "r: " in text and " s)" in text, text[-2000:]
    assert any(stage in text for stage in ("building the IR", "rendering templates", "formatting with black"))
