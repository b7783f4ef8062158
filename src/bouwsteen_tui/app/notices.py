"""What the app tells the user about the workspace: problems found on loading, keys left out, saves that failed;
and the brief notices about something just done (an export), which give way to a dialog opened after them."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bouwsteen_tui.i18n import os_error_text

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from bouwsteen_tui.app import BouwsteenApp

SAVE_NOTICE_SECONDS = 20.0  # as long as a save-failed notice stays on screen: the same one is not given again


class WorkspaceNotices:
    """Notices about ``app``'s workspace, in the interface language, with identifiers masked (``app.notify``)."""

    def __init__(self, app: BouwsteenApp) -> None:
        self.app = app
        self.event_loop: asyncio.AbstractEventLoop | None = None  # for the saver's thread to reach the interface
        self.thread_id = threading.get_ident()  # the interface's thread: where the app is made, then where it runs
        self.last_save_reason = ""  # why the last save failed, in the interface's language
        self._last_save_notice = ("", 0.0)  # the last save-failed notice and when it was given
        self._brief_until = 0.0  # until when a brief notice shows (time.monotonic)
        self._depth = 0  # screens on the stack when it last changed: more now means one was pushed

    def started(self) -> None:
        """The app runs: notices from other threads go through its event loop from now on; a dialog pushed from
        now on clears a brief notice (:meth:`screen_changed`)."""
        self.event_loop = asyncio.get_running_loop()
        self.thread_id = threading.get_ident()
        self.app.screen_change_signal.subscribe(self.app, self.screen_changed, immediate=True)

    def brief(self, message: str, *, severity: SeverityLevel = "information", timeout: float = 20.0) -> None:
        """A notice about something just done (the files an export wrote): it gives way to a dialog opened while
        it shows, instead of covering it."""
        self.app.notify(message, severity=severity, timeout=timeout, markup=False)
        self._brief_until = time.monotonic() + timeout

    def screen_changed(self, screen: Screen[object]) -> None:
        """A dialog pushed while a brief notice shows clears the notices, so that none covers the dialog.

        Textual clears notices only all at once: a notice about the workspace showing at the same moment goes too.
        A failed save is said again at its next try (autosave retries), a read-only window keeps its mark in the
        header.
        """
        from textual.screen import ModalScreen

        depth = len(self.app.screen_stack)
        pushed, self._depth = depth > self._depth, depth
        if pushed and isinstance(screen, ModalScreen) and time.monotonic() < self._brief_until:
            self._brief_until = 0.0
            self._last_save_notice = ("", 0.0)
            self.app.clear_notifications()

    def announce_problems(self) -> None:
        """A read-only window, files that could not be loaded, ``[keymap]`` entries left out: said once, on start."""
        app = self.app
        t = app.catalog
        workspace = app.workspace
        if workspace.read_only:
            if workspace.in_use:
                text = t("notice.read_only", root=workspace.root)
            else:  # the folder could not be created or locked: the cause in the user's language
                kind = workspace.read_only_kind
                reason = os_error_text(t, kind) if kind else workspace.read_only_reason
                text = t("notice.read_only_other", root=workspace.root, reason=reason)
            app.notify(text, title=t("notice.read_only_title"), severity="warning", timeout=30, markup=False)
        for problem in workspace.problems:
            reason = t(f"problem.{problem.kind}", file=problem.file, name=problem.detail)
            if problem.set_aside_to is not None:
                text = t("notice.set_aside", file=problem.file, reason=reason, target=problem.set_aside_to)
            else:
                text = t("notice.not_loaded", file=problem.file, reason=reason)
            app.notify(text, title=t("notice.problem_title"), severity="warning", timeout=30, markup=False)
        for entry in app.keymap_problems:
            text = t(f"keymap.{entry.kind}", file=workspace.settings_path, name=entry.name, keys=entry.keys)
            app.notify(text, title=t("keymap.title"), severity="warning", timeout=30, markup=False)

    def save_failed(self, path: Path, error: Exception) -> None:
        """Called by the saver (possibly on its thread): tell the user, keep the answers in memory."""
        from bouwsteen_tui.core.workspace import ReadOnlyWorkspace, WorkspaceError

        catalog = self.app.catalog
        if isinstance(error, WorkspaceError) and not isinstance(error, ReadOnlyWorkspace) and error.reason:
            code = getattr(error.__cause__, "errno", None)  # the reason in the user's language, not strerror
            reason_text = os_error_text(catalog, error.kind, code)
            message = catalog("notice.save_failed", file=error.path or path, reason=reason_text)
        elif isinstance(error, ReadOnlyWorkspace):  # a file left untouched (newer, a link …), or a read-only window
            reason_text = catalog("save.untouched")
            message = catalog("notice.save_failed_untouched", file=path)
        else:
            reason_text = str(error)
            message = catalog("notice.save_failed", file=path, reason=error)
        self.last_save_reason = reason_text
        now = time.monotonic()
        if message == self._last_save_notice[0] and now - self._last_save_notice[1] < SAVE_NOTICE_SECONDS:
            return  # the same failure again (every autosave retries): one notice on screen is enough
        self._last_save_notice = (message, now)
        notify = partial(self.app.notify, message, severity="error", timeout=SAVE_NOTICE_SECONDS, markup=False)
        if threading.get_ident() == self.thread_id:
            notify()
        elif self.event_loop is not None:
            # Never wait for the interface from the saver's thread: the interface may itself be waiting for the
            # saver (quitting flushes it), and call_from_thread would then block both until the flush times out.
            with contextlib.suppress(RuntimeError):  # the loop has closed: the app is gone
                self.event_loop.call_soon_threadsafe(notify)
