"""The export dialog: write all outputs, one case's documents, or only the previewed sheet, in the formats ticked,
to a folder the user chooses; a progress bar when the export takes more than about a second.

The folder and the formats of the last export that succeeded are kept in the workspace's settings
(``Settings.export_folder``, ``export_formats``) and offered the next time.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, ProgressBar, Static

from bouwsteen_tui import commands
from bouwsteen_tui.core import dates
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.widgets.base import TranslatedModalScreen, app_state, default_css, in_thread, literal, tr

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.timer import Timer

    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.export import Output


PROGRESS_DELAY = 1.0  # seconds an export runs before its progress bar appears
PROGRESS_INTERVAL = 0.05  # the export's thread reports at most twenty times a second
NOTICE_SECONDS = 20.0  # how long the closing notice stays (a dialog opened meanwhile clears it: app/notices.py)
NOTICE_FILES = 8  # file names the closing notice lists; the rest are counted


def default_export_dir() -> Path:
    """Where exports go unless the user picks another folder: Documents/Bouwsteen."""
    from platformdirs import user_documents_path

    return user_documents_path() / "Bouwsteen"


def pack_export_dir(pack_id: str) -> Path:
    """Where the pack's exports go unless the user picks another folder: :func:`default_export_dir`, for a trainer's
    pack with its id in front (Documents/opwarmer-Bouwsteen), as in the names of its files (``core.packs``)."""
    from bouwsteen_tui.core.packs import output_name

    folder = default_export_dir()
    return folder.with_name(output_name(pack_id, folder.name))


def output_formats() -> list[str]:
    """Every output format, in the order the exports write them (``export.OutputKind``)."""
    from bouwsteen_tui.export import OutputKind

    return [kind.value for kind in OutputKind]


def default_formats() -> set[str]:
    """The formats ticked when no export was made yet: Markdown documents and the calendar."""
    from bouwsteen_tui.export import OutputKind

    return {OutputKind.MARKDOWN.value, OutputKind.CALENDAR.value}


def sheet_outputs(session: Session, *, case_code: str | None = None, language: str | None = None,
                  formats: Collection[str] = ("md",)) -> list[Output]:
    """The documents of the session's answers (from memory, so what was just typed is in them), in ``formats``.

    With ``case_code`` that case's documents; without, the role card, network map and other non-case sheets, which
    need no case: no case file is read, however many the workspace holds. ``language`` is the interface's, for a
    pack in a language Bouwsteen does not speak (:mod:`bouwsteen_tui.core.languages`).
    """
    from bouwsteen_tui.core.content import Scope
    from bouwsteen_tui.export import list_outputs

    pack = session.pack
    sheets = {s.id: session.sheet(s.id) for s in pack.steps if s.scope is not Scope.CASE and session.has_sheet(s.id)}
    cases = [session.case(case_code)] if case_code else []
    return list_outputs(pack, sheets, cases, formats=formats, case_code=case_code, skip_empty=True,
                        today=dates.today(), workspace_language=language)


def closing_notice(t: Catalog, written: list[Path], folder: Path) -> str:
    """What the export says when done: how many files where, the first few names, how many more."""
    names = [path.name for path in written[:NOTICE_FILES]]
    if len(written) > NOTICE_FILES:
        names.append(t("export.more", count=len(written) - NOTICE_FILES))
    return "\n".join([t("export.done", count=len(written), folder=folder), *names])


class ExportDialog(TranslatedModalScreen[None]):
    """Export all outputs, one case's documents, or only the previewed sheet, in the formats ticked, to a folder."""

    DEFAULT_CSS = default_css(__file__, "ExportDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CANCEL.binding()]

    def __init__(self, case_code: str | None = None, step_id: str | None = None, title: str = "") -> None:
        super().__init__()
        self.case_code = case_code
        self.step_id = step_id
        self.output_title = title
        self.busy = False  # an export is running: the dialog stays until it ends
        self._progress_timer: Timer | None = None
        self._unrecorded: list[Path] = []  # files written that the ledger could not record (wipe will not know them)

    def compose(self) -> ComposeResult:
        t = tr(self)
        settings = app_state(self).session.settings
        chosen = set(settings.export_formats) & set(output_formats()) or default_formats()
        with Vertical():
            title = t("export.title_case", code=self.case_code) if self.case_code else t("export.title_all")
            yield Label(literal(title), classes="title")
            yield Static(literal(t("export.body")), classes="body")
            yield Label(t("export.folder"))
            pack_id = app_state(self).session.pack.id
            yield Input(settings.export_folder or str(pack_export_dir(pack_id)), id="folder")
            if self.step_id:
                yield Checkbox(literal(t("export.only", title=self.output_title)), value=True, id="only",
                               compact=True)
            yield Label(t("export.formats"), classes="formats-label")
            with Grid(id="formats"):
                for fmt in output_formats():
                    yield Checkbox(t(f"export.format.{fmt}"), value=fmt in chosen, id=fmt, compact=True)
            with Horizontal(classes="buttons"):
                with Horizontal(id="busy"):  # shown once an export has run for PROGRESS_DELAY
                    yield Label(t("export.busy"))
                    yield ProgressBar(id="progress", show_eta=False)
                yield Button(t("button.cancel"), id="cancel", compact=True)
                yield Button(t("export.go"), id="go", variant="primary", compact=True)

    def chosen_formats(self) -> list[str]:
        """The formats ticked, in the order the exports write them."""
        return [fmt for fmt in output_formats() if self.query_one(f"#{fmt}", Checkbox).value]

    def action_cancel(self) -> None:
        if not self.busy:  # a running export finishes (its files are being written); the dialog closes then
            self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    @on(Input.Submitted, "#folder")
    @on(Button.Pressed, "#go")
    @work(exclusive=True, group="export")
    async def _go(self) -> None:
        from bouwsteen_tui.dialogs.confirm import ConfirmDialog

        if self.busy:
            return
        t = tr(self)
        session = app_state(self).session
        folder = Path(self.query_one("#folder", Input).value).expanduser()
        formats = self.chosen_formats()
        if not formats:
            self.notify(t("export.no_format"), severity="warning")
            return
        if self.step_id and self.query_one("#only", Checkbox).value:
            await self._write_one(folder, formats)
            return
        from bouwsteen_tui.core.guard import describe_findings
        from bouwsteen_tui.export.guard import scan_before_export

        # save first, then check and export what is on disk, on a thread: a large workspace never stalls typing
        self.app.save_open_screens()  # type: ignore[attr-defined]
        session.flush()
        found = await in_thread(  # the pack's cases only
            self, lambda: scan_before_export(session.workspace, self.case_code, session.pack.id),
        )
        allowed: set[str] = set()
        if found:
            where = "\n".join(f"• {line}" for line in describe_findings(session.pack, found, t.language))
            body = t("export.identifiers_body", where=where)
            if await self.app.push_screen_wait(
                ConfirmDialog(t("export.identifiers_title"), body, t("export.identifiers_yes"), danger=True)
            ):
                allowed = set(found)
        skip = set(found) - allowed
        try:
            written = await self._write(folder, frozenset(formats), skip)
        except OSError as error:
            self._failed(folder, error)
            return
        message = closing_notice(t, written, folder)
        if skip:
            message += "\n" + t("export.skipped", codes=", ".join(sorted(skip)))
        unclear = await self._family_words(written, skip)
        for code, number, words in unclear:
            message += "\n" + t("export.family_words", code=code, number=number, words=", ".join(words))
        self._done(folder, formats, message, "warning" if skip or unclear else "information")

    async def _family_words(self, written: list[Path], skip: set[str]) -> list[tuple[str, int, list[str]]]:
        """The unexplained abbreviations in the words for the family of the family sheets just written."""
        from bouwsteen_tui.export import family_sheet_warnings

        if all(path.suffix == ".ics" for path in written):
            return []
        session = app_state(self).session
        return await in_thread(self, lambda: family_sheet_warnings(
            session.workspace, session.pack, case_code=self.case_code, skip_cases=skip,
        ))

    async def _write_one(self, folder: Path, formats: list[str]) -> None:
        """Only the previewed sheet, in each document format ticked (a role card or network map holds no case
        content: no guard needed)."""
        from bouwsteen_tui.core import ledger
        from bouwsteen_tui.core.files import atomic_write, make_dir

        t = tr(self)
        session = app_state(self).session
        self.app.save_open_screens()  # type: ignore[attr-defined]
        outputs = [o for o in sheet_outputs(session, language=t.language, formats=formats) if o.step_id == self.step_id]
        if not outputs:
            self.notify(t("preview.empty"), severity="warning")
            return
        written: list[Path] = []
        created = ledger.new_folders(folder)
        try:
            make_dir(folder)
            for output in outputs:
                atomic_write(folder / output.filename, output.data())
                written.append(folder / output.filename)
        except OSError as error:
            self._failed(folder, error)
            return
        finally:
            if not ledger.record(session.workspace.root, written, "export", created):  # so that wipe clears them
                self._unrecorded = written
        self._done(folder, formats, closing_notice(t, written, folder), "information")

    def _failed(self, folder: Path, error: OSError) -> None:
        t = tr(self)
        self.notify(t("export.failed", folder=folder, error=error.strerror or error), severity="error",
                    timeout=NOTICE_SECONDS, markup=False)

    def _done(self, folder: Path, formats: list[str], message: str, severity: SeverityLevel) -> None:
        """Remember the folder and formats, say what was written, close. The notice goes through the app's notices
        when it has them (``app/notices.py``: it gives way to a dialog opened while it shows)."""
        session = app_state(self).session
        session.remember_export(folder, formats)
        if self._unrecorded:
            from bouwsteen_tui.core.ledger import LEDGER_DIR

            t = tr(self)
            self.notify(t("ledger.unrecorded", folder=folder, ledger=session.workspace.root / LEDGER_DIR),
                        title=t("ledger.unrecorded_title"), severity="warning", timeout=60, markup=False)
        brief = getattr(getattr(self.app, "notices", None), "brief", None)
        if brief is not None:
            brief(message, severity=severity, timeout=NOTICE_SECONDS)
        else:
            self.notify(message, severity=severity, timeout=NOTICE_SECONDS, markup=False)
        self.dismiss(None)

    async def _write(self, folder: Path, formats: frozenset[str], skip: set[str]) -> list[Path]:
        """Render and write the files on a thread; the progress bar appears if it takes more than a second."""
        from bouwsteen_tui.export import export_outputs

        session = app_state(self).session
        language = tr(self).language
        reported = [0.0]  # when the thread last reported
        self._unrecorded = []

        def progress(done: int, total: int) -> None:  # on the export's thread
            now = time.monotonic()
            if done == total or now - reported[0] >= PROGRESS_INTERVAL:
                reported[0] = now
                with contextlib.suppress(RuntimeError):  # the app has stopped: no one to tell
                    self.app.call_from_thread(self._progress, done, total)

        self._started()
        try:
            return await in_thread(self, lambda: export_outputs(
                session.workspace, session.pack, folder, formats=formats, case_code=self.case_code, skip_cases=skip,
                today=dates.today(), workspace_language=language, progress=progress, unrecorded=self._unrecorded,
            ))
        finally:
            self._ended()

    def _started(self) -> None:
        self.busy = True
        self.query_one("#go", Button).disabled = True
        self.query_one("#cancel", Button).disabled = True
        self._progress_timer = self.set_timer(PROGRESS_DELAY, self._show_progress)

    def _show_progress(self) -> None:
        self.query_one("#busy").display = True

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#progress", ProgressBar).update(total=total, progress=done)

    def _ended(self) -> None:
        self.busy = False
        if self._progress_timer is not None:
            self._progress_timer.stop()
        self.query_one("#busy").display = False
        self.query_one("#go", Button).disabled = False
        self.query_one("#cancel", Button).disabled = False
