"""Plain mode (``bouwsteen --plain``, ``BOUWSTEEN_PLAIN=1``): the wizard as a line-by-line dialogue, for screen
readers and for terminals that cannot run a full-screen app.

The same content packs, workspace, checks and identifier guard as the app, through the same core
(:class:`~bouwsteen_tui.core.session.Session`). Output is plain text only: ``print`` of lines, never an escape
sequence, a cursor movement or a colour; it imports neither textual nor rich. Input may come from a pipe, so a
session can be scripted; when the input ends, everything is saved and the dialogue ends with exit code 0.

Every answer is saved as soon as it is given (through the session's saver thread); the end of the input, the
word for stop, Ctrl+C, SIGHUP and SIGTERM all write what is pending before the process ends. See
docs/plain-mode.md.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import TextIO

from bouwsteen_tui.plain.console import Console, EndOfInput, StopRequested

EXIT_OK = 0
EXIT_FAILED = 1
SIGNALS = tuple(getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name))


class Interrupted(BaseException):
    """A signal (SIGHUP, SIGTERM) or Ctrl+C ended the dialogue: save, then end with ``128 + number``."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@contextlib.contextmanager
def _signals_end_the_dialogue() -> Iterator[None]:
    """While the dialogue runs, SIGHUP and SIGTERM raise :class:`Interrupted` in it (so its saves are flushed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(number: int, _frame: FrameType | None) -> None:
        raise Interrupted(number)

    previous = {number: signal.signal(number, handler) for number in SIGNALS}
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


@contextlib.contextmanager
def _signals_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, signal.SIG_IGN) for number in SIGNALS}
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def run_plain(
    *,
    workspace: Path,
    content: Path | None,
    language: str,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Run the dialogue on ``workspace`` with the pack in ``content`` (else the built-in one of ``language``);
    returns the exit code."""
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.loader import ContentError, load_pack_or_raise
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.core.workspace import Workspace
    from bouwsteen_tui.i18n import Catalog
    from bouwsteen_tui.i18n.plain import PLAIN_MESSAGES
    from bouwsteen_tui.i18n.ui import MESSAGES
    from bouwsteen_tui.plain.context import Context
    from bouwsteen_tui.plain.menus import main_menu

    console = Console(stdin, stdout)
    t = Catalog(language, MESSAGES, PLAIN_MESSAGES)
    folder = content if content is not None else builtin_pack_dir(language)
    try:
        pack = load_pack_or_raise(folder)
    except ContentError as error:
        console.say(t("plain.pack_broken", folder=folder))
        for problem in error.problems:
            console.say(str(problem), indent=2)
        return EXIT_FAILED
    session = Session(pack, Workspace.open(workspace), background=True)
    ctx = Context(console, t, session)
    code = EXIT_OK
    try:
        with _signals_end_the_dialogue():
            try:
                _welcome(ctx)
                main_menu(ctx)
            except KeyboardInterrupt:
                raise Interrupted(signal.SIGINT) from None
    except (EndOfInput, StopRequested):
        pass
    except Interrupted as interrupted:
        code = 128 + interrupted.number
    finally:
        with _signals_ignored():  # a second signal must not cut the last writes short
            session.close()  # writes what is pending, refreshes the case index, releases the lock
    with contextlib.suppress(OSError, ValueError):  # the terminal may be gone (SIGHUP)
        unsaved = session.unsaved()
        if session.workspace.read_only:
            console.say(t("plain.bye_read_only"))
        elif unsaved:
            console.say(t("plain.bye_unsaved", count=len(unsaved), reason=session.last_error))
            code = code or EXIT_FAILED
        else:
            console.say(t("plain.bye"))
    return code


def _welcome(ctx: object) -> None:
    from bouwsteen_tui.plain.context import Context
    from bouwsteen_tui.plain.words import Word

    assert isinstance(ctx, Context)
    t = ctx.t
    session = ctx.session
    ctx.say(t("plain.welcome", title=session.pack.title))
    ctx.say(t("plain.welcome_words", help=ctx.w(Word.HELP), stop=ctx.w(Word.STOP)))
    workspace = session.workspace
    if workspace.read_only:
        key = "notice.read_only" if workspace.in_use else "notice.read_only_other"
        ctx.say(t(key, root=workspace.root, reason=workspace.read_only_reason))
    for problem in session.problems:  # each file not loaded, why, and where it was set aside (the CLI's words)
        key = f"problem.{problem.kind}"
        reason = t(key, file=problem.file, name=problem.detail) if t.has(key) else problem.reason
        if problem.set_aside_to is not None:
            ctx.say(t("plain.problem_set_aside", file=problem.file, reason=reason, target=problem.set_aside_to))
        else:
            ctx.say(t("plain.problem", file=problem.file, reason=reason))


__all__ = ["Console", "run_plain"]
