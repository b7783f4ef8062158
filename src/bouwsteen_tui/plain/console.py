"""Plain text in and out: lines read from standard input, lines printed on standard output.

Nothing else reaches the terminal: no escape sequence, no cursor movement, no colour. Every line printed is cleaned
of control characters (a partner's name could hold one) and wrapped at 80 columns where it has spaces. When the
input is not a terminal (a pipe, a script), each line read is printed after ``> `` so that the transcript reads as
the dialogue it was; a terminal shows what is typed itself.
"""

from __future__ import annotations

import contextlib
import os
import sys
import textwrap
from typing import TextIO

from bouwsteen_tui.core.text import strip_control

WIDTH = 80
PROMPT = "> "


class EndOfInput(Exception):
    """The input has ended (a pipe ran dry, Ctrl+D): everything is saved and the dialogue ends."""


class StopRequested(Exception):
    """The user typed the word for stop: everything is saved and the dialogue ends."""


def clean(text: str) -> str:
    """``text`` without control characters (an escape character never reaches the terminal) and tabs."""
    return strip_control(text).replace("\t", " ")


class Console:
    """Reads lines and prints lines."""

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        try:
            self.echo = not self.stdin.isatty()
        except (AttributeError, ValueError):
            self.echo = True
        self.gone = False  # the reader of the output has gone: nothing more is printed

    def say(self, text: str = "", *, indent: int = 0) -> None:
        """Print ``text``: each of its lines cleaned and wrapped at :data:`WIDTH`, indented by ``indent`` spaces."""
        pad = " " * indent
        for line in clean(text).split("\n"):
            if not line.strip():
                self._print("")
                continue
            lead = len(line) - len(line.lstrip(" "))
            wrapped = textwrap.wrap(
                line.strip(), width=WIDTH, initial_indent=pad + " " * lead, subsequent_indent=pad + " " * (lead + 2),
                break_long_words=False, break_on_hyphens=False,
            )
            for part in wrapped:
                self._print(part)

    def say_lines(self, lines: list[str], *, indent: int = 0) -> None:
        for line in lines:
            self.say(line, indent=indent)

    def _print(self, line: str) -> None:
        if self.gone:
            return
        try:
            print(line, file=self.stdout, flush=True)
        except BrokenPipeError:  # whoever read the output has gone (``bouwsteen --plain | head``): end, saving
            self.gone = True
            self._silence()
            raise EndOfInput from None

    def _silence(self) -> None:
        """Point a closed standard output at the null device, so that Python's flush at exit finds no broken pipe
        (it would print "Exception ignored … BrokenPipeError" after the last answer was saved)."""
        if self.stdout is not sys.stdout:
            return
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)

    def read(self) -> str:
        """One line of input, without its line end; :class:`EndOfInput` when there is none."""
        if not self.echo:
            print(PROMPT, end="", file=self.stdout, flush=True)
        line = self.stdin.readline()
        if not line:
            if not self.echo:
                self._print("")
            raise EndOfInput
        line = line.rstrip("\r\n")
        if self.echo:
            self._print((PROMPT + clean(line)).rstrip())  # an empty line reads as ">"
        return line
