"""``bouwsteen --plain`` as a real process: stdin from a pipe, no Textual loaded, SIGHUP keeps the answers given."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import TextAnswer
from bouwsteen_tui.core.workspace import Workspace
from tests.plain.helpers import EVERY_KIND, sheet
from tests.unit.test_core_imports import _walk, loaded_after

PLAIN_MODULES = _walk("bouwsteen_tui.plain")


def _bouwsteen(args: list[str], workspace: Path, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.update(kwargs.pop("env", {}))  # type: ignore[call-overload]
    code = "import sys\nfrom bouwsteen_tui.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args, "--workspace", str(workspace), "--content", str(EVERY_KIND)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("module", PLAIN_MODULES)
def test_plain_modules_import_no_ui(module: str) -> None:
    assert loaded_after(f"import {module}") == set()


def test_bouwsteen_plain_never_imports_textual(workspace_dir: Path) -> None:
    """A whole session through the command line, in a fresh interpreter: neither textual nor rich is loaded."""
    code = (
        "import io, sys\n"
        f"sys.stdin = io.StringIO('1\\n\\nTekst\\n.\\nstoppen\\n')\n"
        "from bouwsteen_tui.cli import main\n"
        f"main(['--plain', '--workspace', {str(workspace_dir)!r}, '--content', {str(EVERY_KIND)!r}])"
    )
    assert loaded_after(code) == set()


def test_piped_session_through_the_command_line(workspace_dir: Path) -> None:
    process = _bouwsteen(["--plain"], workspace_dir)
    out, err = process.communicate(b"1\n\nLange tekst\n.\nKort\n", timeout=60)
    assert process.returncode == 0, err
    assert out.decode().splitlines()[-1] == "Alles is bewaard. Tot ziens."
    assert b"\x1b" not in out + err
    assert sheet(workspace_dir, "profile").answers["short_text"] == TextAnswer(text="Kort")


def test_the_environment_variable_turns_plain_mode_on(workspace_dir: Path) -> None:
    process = _bouwsteen(["--lang", "en"], workspace_dir, env={"BOUWSTEEN_PLAIN": "1"})
    out, err = process.communicate(b"", timeout=60)  # no input at all: it ends cleanly
    assert process.returncode == 0, err
    assert out.decode().splitlines()[0] == "Bouwsteen in plain text: Elke soort vraag."
    assert out.decode().splitlines()[-1] == "Everything is saved. Goodbye."


def test_help_names_the_option() -> None:
    result = subprocess.run([sys.executable, "-m", "bouwsteen_tui", "--help"], capture_output=True, text=True,
                            timeout=60, check=False)
    assert "--plain" in result.stdout


def _wait_for(process: subprocess.Popen[bytes], text: bytes, timeout: float = 30.0) -> bytes:
    """Read the process's output until ``text`` appears."""
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + timeout
    while text not in seen:
        assert time.monotonic() < deadline, seen.decode()
        chunk = os.read(process.stdout.fileno(), 4096)
        assert chunk, seen.decode()
        seen += chunk
    return seen


@pytest.mark.parametrize("number", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_mid_session_keeps_the_answers_already_given(workspace_dir: Path, number: int) -> None:
    process = _bouwsteen(["--plain"], workspace_dir)
    assert process.stdin is not None
    process.stdin.write(b"1\n\nEerste antwoord\n.\nTweede\n")
    process.stdin.flush()  # the pipe stays open: the dialogue waits for the next answer
    _wait_for(process, b"Vraag 3 van 7")
    process.send_signal(number)
    process.wait(timeout=30)
    assert process.returncode == 128 + number
    saved = sheet(workspace_dir, "profile")
    assert saved.answers["long_text"] == TextAnswer(text="Eerste antwoord")
    assert saved.answers["short_text"] == TextAnswer(text="Tweede")
    process.stdin.close()
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    process.stderr.close()
    again = Workspace.open(workspace_dir)  # the lock went with the process
    try:
        assert not again.read_only
    finally:
        again.close()


def test_a_reader_that_goes_away_ends_the_dialogue_quietly(workspace_dir: Path) -> None:
    """``bouwsteen --plain | head -3``: the reader closes the pipe; the dialogue ends saving, with no traceback and
    no "Exception ignored … BrokenPipeError" at exit."""
    process = _bouwsteen(["--plain"], workspace_dir)
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # the first line is there: then the reader goes
    process.stdout.close()
    process.stdin.write(b"1\n\nEen antwoord\n.\n")
    process.stdin.close()
    process.wait(timeout=30)
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.returncode == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors
