"""The installed ``bouwsteen`` command in a real terminal (tmux): type, quit, start again, find the answer."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a real terminal (tmux) and a real process

TMUX = shutil.which("tmux")


def _bouwsteen() -> str:
    script = Path(sys.executable).parent / "bouwsteen"
    found = str(script) if script.exists() else shutil.which("bouwsteen")
    if found is None:
        pytest.fail("the bouwsteen command is not installed in this environment (pip install -e .)")
    return found


class Terminal:
    """A tmux server of our own with one 100×30 window."""

    def __init__(self) -> None:
        self.socket = f"bouwsteen-test-{uuid.uuid4().hex[:8]}"

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=20)
        return done.stdout

    def start(self, command: str) -> None:
        self.tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", "main", command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "main")

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear within {timeout}s; the screen was:\n{screen}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "main", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "main", "-l", text)

    def kill(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    if TMUX is None:
        if os.environ.get("CI") == "true":
            pytest.fail("tmux is missing in CI: .ci/run must install it")
        pytest.skip("tmux is not installed")
    term = Terminal()
    yield term
    term.kill()


def test_answer_survives_quit_and_restart_in_a_real_terminal(terminal: Terminal, tmp_path: Path) -> None:
    """Type an answer in step 1, quit with Ctrl+Q, start again: it reopens there with the answer on screen."""
    workspace = tmp_path / "ws"
    command = f"{shlex.quote(_bouwsteen())} --workspace {shlex.quote(str(workspace))}"
    env = "env -u NO_COLOR TERM=xterm-256color "
    terminal.start(f"{env}{command}; echo BOUWSTEEN-EXITED; sleep 60")
    terminal.wait_for("vragen beantwoord")  # the home screen has loaded the workspace
    terminal.keys("Enter")  # open step 1
    terminal.wait_for("Wie ben ik?")
    terminal.type("Zorgcoördinator")
    terminal.wait_for("Zorgcoördinator")
    terminal.keys("C-q")
    after = terminal.wait_for("BOUWSTEEN-EXITED")
    assert "Zorgcoördinator" not in after, "case content was left in the terminal after quitting"
    terminal.kill()

    again = Terminal()
    try:
        again.start(f"{env}{command}; sleep 60")
        screen = again.wait_for("Zorgcoördinator")
        assert "Wie ben ik?" in screen
    finally:
        again.kill()
