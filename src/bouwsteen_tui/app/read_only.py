"""A read-only window (another window writes the workspace): say so, refuse changes, offer to take over."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.timer import Timer

    from bouwsteen_tui.app import BouwsteenApp
    from bouwsteen_tui.widgets.read_only import ReadOnlyMark

WRITER_POLL_SECONDS = 2.0  # how often a read-only window checks whether the writing window has closed


class ReadOnlyWindow:
    """The read-only state of ``app``'s window: the mark in every header and the watch on the writing window."""

    def __init__(self, app: BouwsteenApp) -> None:
        self.app = app
        self._mark: ReadOnlyMark | None = None
        self._writer_watch: Timer | None = None

    def watch(self) -> None:
        """A read-only window says so in every header; one that waits for another window offers to take over."""
        app = self.app
        if not app.workspace.read_only:
            return
        from bouwsteen_tui.widgets.read_only import ReadOnlyMark

        if self._mark is None:
            self._mark = ReadOnlyMark(app, app.catalog("read_only.tag"))
            self._mark.start()
        if app.workspace.in_use and self._writer_watch is None:
            self._poll()

    def _poll(self) -> None:
        self._writer_watch = self.app.set_interval(WRITER_POLL_SECONDS, self._check_writer, name="writer watch")

    def refuse(self) -> bool:
        """``True`` (and the user is told why) when this window may not change anything."""
        app = self.app
        if not app.ready or not app.workspace.read_only:
            return False
        if app.workspace.in_use:
            text = app.catalog("read_only.refused")
        else:
            text = app.catalog("read_only.refused_other", reason=app.workspace.read_only_reason)
        app.notify(text, title=app.catalog("notice.read_only_title"), severity="warning", timeout=8)
        return True

    def _check_writer(self) -> None:
        from bouwsteen_tui.dialogs.confirm import ConfirmDialog

        app = self.app
        if not app.ready or not app.workspace.writer_gone():
            return
        if self._writer_watch is not None:
            self._writer_watch.stop()
            self._writer_watch = None
        t = app.catalog
        app.push_screen(ConfirmDialog(t("takeover.title"), t("takeover.body", root=app.workspace.root),
                                      t("takeover.yes")), self._after_takeover_question)

    async def _after_takeover_question(self, yes: bool | None) -> None:
        app = self.app
        if not yes:  # the user keeps this window read-only: asked once, not every two seconds
            return
        if not app.workspace.take_over():
            app.notify(app.catalog("takeover.failed"), severity="warning")
            self._poll()
            return
        await app.reload()
        if self._mark is not None:
            self._mark.stop()
            self._mark = None
        app.notify(app.catalog("takeover.done"))
