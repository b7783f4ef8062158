"""Preview an output as it will be exported, draw the network map, and export to a folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Markdown, Static, TabbedContent, TabPane

from bouwsteen_tui import commands
from bouwsteen_tui.core import dates
from bouwsteen_tui.widgets.base import (
    TranslatedModalScreen,
    TranslatedScreen,
    app_state,
    default_css,
    literal,
    printable,
    tr,
)
from bouwsteen_tui.widgets.network_map import NetworkMap

if TYPE_CHECKING:
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.export import Output

T = TypeVar("T")


def default_export_dir() -> Path:
    """Where exports go unless the user picks another folder: Documents/Bouwsteen."""
    from platformdirs import user_documents_path

    return user_documents_path() / "Bouwsteen"


def sheet_outputs(session: Session, *, case_code: str | None = None, language: str | None = None) -> list[Output]:
    """The Markdown sheets of the session's answers (from memory, so what was just typed is in them).

    With ``case_code`` that case's agreement sheet; without, the role card, network map and other non-case
    sheets, which need no case: no case file is read, however many the workspace holds. ``language`` is the
    interface's, for a pack in a language Bouwsteen does not speak (:mod:`bouwsteen_tui.core.languages`).
    """
    from bouwsteen_tui.core.content import Scope
    from bouwsteen_tui.export import list_outputs

    pack = session.pack
    sheets = {s.id: session.sheet(s.id) for s in pack.steps if s.scope is not Scope.CASE and session.has_sheet(s.id)}
    cases = [session.case(case_code)] if case_code else []
    return list_outputs(pack, sheets, cases, formats={"md"}, case_code=case_code, skip_empty=True,
                        today=dates.today(), workspace_language=language)


def _markdown(output: Output) -> str:
    """What the preview shows of an output: its document as Markdown, without the front matter."""
    from bouwsteen_tui.export.writers.markdown import write_markdown

    document = output.document()
    return write_markdown(document, front_matter=False) if document is not None else output.render()


class PreviewScreen(TranslatedScreen[None]):
    """One output as the partner will read it; the network map is also drawn."""

    DEFAULT_CSS = default_css(__file__, "PreviewScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        commands.BACK.binding(),
        commands.EXPORT.binding(),
        commands.HELP.binding(),
    ]

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target  # "step:<id>" or "case:<code>"

    @property
    def session(self) -> Session:
        return app_state(self).session

    def _outputs(self) -> list[Output]:
        """The documents to show: a case's three (record, agreement sheet, family sheet), else the one sheet."""
        kind, _, ident = self.target.partition(":")
        if kind == "case":
            outputs = sheet_outputs(self.session, case_code=ident, language=tr(self).language)
            return [o for o in outputs if o.case_code == ident]
        outputs = sheet_outputs(self.session, language=tr(self).language)
        return [o for o in outputs if o.step_id == ident][:1]

    def compose(self) -> ComposeResult:
        t = tr(self)
        outputs = self._outputs()
        yield Header()
        if not outputs:
            yield Static(literal(t("preview.empty")), id="empty")
            yield Footer()
            return
        output = outputs[0]
        self.title = output.title
        self.sub_title = output.filename
        kind, _, ident = self.target.partition(":")
        if len(outputs) > 1:
            with TabbedContent(id="tabs"):
                for number, shown in enumerate(outputs):
                    with TabPane(printable(shown.title), id=f"doc-{number}"), VerticalScroll():
                        yield Markdown(_markdown(shown))
            yield Footer()
            return
        markdown = _markdown(output)
        partner_step = self.session.pack.step_for_role("partners")
        network = kind == "step" and partner_step is not None and partner_step.id == ident
        if network:
            with TabbedContent(id="tabs"):
                with TabPane(t("preview.map_tab"), id="map-tab"), VerticalScroll():
                    yield self._network_map()
                with TabPane(t("preview.text_tab"), id="text-tab"), VerticalScroll():
                    yield Markdown(markdown)
        else:
            with VerticalScroll():
                yield Markdown(markdown)
        yield Footer()

    def _network_map(self) -> NetworkMap:
        from bouwsteen_tui.core.answers import TextAnswer
        from bouwsteen_tui.export.checks import uncovered_expertise
        from bouwsteen_tui.export.network_map import group_partners
        from bouwsteen_tui.export.strings import output_language

        t = tr(self)
        session = self.session
        network = session.network_sheet()
        groups = group_partners(session.pack, network, output_language(session.pack.language, t.language))
        gaps = []
        if network is not None:
            whole = session.pack.question_for_role("network_gaps")
            text = network.answers.get(whole.id) if whole is not None else None
            if isinstance(text, TextAnswer) and text.text.strip():
                gaps.append(" ".join(text.text.split()))
            missing = uncovered_expertise(session.pack, network)
            if missing:
                gaps.append(t("map.uncovered", domains=", ".join(label for _id, label in missing)))
        root = session.own_organisation() or t("partner.self")
        return NetworkMap(root, groups, t("map.legend"), gaps, t("map.gap"), t("map.empty"))

    def action_back(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        kind, _, ident = self.target.partition(":")
        if kind == "case":
            self.app.push_screen(ExportDialog(case_code=ident))
        else:
            self.app.push_screen(ExportDialog(step_id=ident, title=self.title or ident))


class ExportDialog(TranslatedModalScreen[None]):
    """Export all outputs, one case's, or only the previewed sheet, to a folder the user chooses (default shown)."""

    DEFAULT_CSS = default_css(__file__, "ExportDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CANCEL.binding()]

    def __init__(self, case_code: str | None = None, step_id: str | None = None, title: str = "") -> None:
        super().__init__()
        self.case_code = case_code
        self.step_id = step_id
        self.output_title = title

    def compose(self) -> ComposeResult:
        t = tr(self)
        with Vertical():
            title = t("export.title_case", code=self.case_code) if self.case_code else t("export.title_all")
            yield Label(literal(title), classes="title")
            yield Static(literal(t("export.body")), classes="body")
            yield Label(t("export.folder"))
            yield Input(str(default_export_dir()), id="folder")
            if self.step_id:
                yield Checkbox(literal(t("export.only", title=self.output_title)), value=True, id="only")
            with Horizontal(id="formats"):
                yield Checkbox(t("export.markdown"), value=True, id="md")
                yield Checkbox(t("export.calendar"), value=True, id="ics")
            with Horizontal(classes="buttons"):
                yield Button(t("button.cancel"), id="cancel", compact=True)
                yield Button(t("export.go"), id="go", variant="primary", compact=True)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#folder")
    @on(Button.Pressed, "#go")
    @work(exclusive=True, group="export")
    async def _go(self) -> None:
        from bouwsteen_tui.dialogs.confirm import ConfirmDialog

        t = tr(self)
        session = app_state(self).session
        folder = Path(self.query_one("#folder", Input).value).expanduser()
        formats = {f for f in ("md", "ics") if self.query_one(f"#{f}", Checkbox).value}
        if not formats:
            self.notify(t("export.no_format"), severity="warning")
            return
        if self.step_id and self.query_one("#only", Checkbox).value:
            await self._write_one(folder)
            return
        from bouwsteen_tui.core.guard import describe_findings
        from bouwsteen_tui.export.guard import scan_before_export

        # save first, then check and export what is on disk, on a thread: a large workspace never stalls typing
        self.app.save_open_screens()  # type: ignore[attr-defined]
        session.flush()
        found = await self._in_thread(lambda: scan_before_export(session.workspace, self.case_code))
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
            self.notify(t("export.failed", folder=folder, error=error.strerror or error), severity="error",
                        timeout=20, markup=False)
            return
        message = t("export.done", count=len(written), folder=folder) + "\n" + "\n".join(p.name for p in written)
        if skip:
            message += "\n" + t("export.skipped", codes=", ".join(sorted(skip)))
        self.notify(message, timeout=20, severity="warning" if skip else "information", markup=False)
        self.dismiss(None)

    async def _write_one(self, folder: Path) -> None:
        """Only the previewed sheet (a role card or network map holds no case content: no guard needed)."""
        from bouwsteen_tui.core.files import atomic_write, make_dir

        t = tr(self)
        session = app_state(self).session
        self.app.save_open_screens()  # type: ignore[attr-defined]
        output = next((o for o in sheet_outputs(session, language=t.language) if o.step_id == self.step_id), None)
        if output is None:
            self.notify(t("preview.empty"), severity="warning")
            return
        path = folder / output.filename
        try:
            make_dir(folder)
            atomic_write(path, output.data())
        except OSError as error:
            self.notify(t("export.failed", folder=folder, error=error.strerror or error), severity="error",
                        timeout=20, markup=False)
            return
        self.notify(t("export.done", count=1, folder=folder) + "\n" + path.name, timeout=20, markup=False)
        self.dismiss(None)

    async def _write(self, folder: Path, formats: frozenset[str], skip: set[str]) -> list[Path]:
        """Render and write the files on a thread."""
        from bouwsteen_tui.export import export_outputs

        session = app_state(self).session
        language = tr(self).language
        return await self._in_thread(
            lambda: export_outputs(session.workspace, session.pack, folder, formats=formats,
                                   case_code=self.case_code, skip_cases=skip, today=dates.today(),
                                   workspace_language=language)
        )

    async def _in_thread(self, work: Callable[[], T]) -> T:
        """Run ``work`` on a thread and wait for it; its exception is raised here."""
        from textual.worker import WorkerFailed

        worker = self.run_worker(work, thread=True, exit_on_error=False)
        try:
            await worker.wait()
        except WorkerFailed as failed:
            raise failed.error from None
        return cast(T, worker.result)
