"""Preview an output as it will be exported, draw the network map; export opens the export dialog
(``dialogs/export.py``, importable from here as before)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Markdown, Static, TabbedContent, TabPane

from bouwsteen_tui import commands
from bouwsteen_tui.dialogs.export import ExportDialog, default_export_dir, sheet_outputs
from bouwsteen_tui.widgets.base import TranslatedScreen, app_state, default_css, literal, network_place, printable, tr
from bouwsteen_tui.widgets.header import AppHeader
from bouwsteen_tui.widgets.keys import typed_key_acts
from bouwsteen_tui.widgets.network_map import NetworkMap

if TYPE_CHECKING:
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.export import Output

__all__ = ["ExportDialog", "PreviewScreen", "default_export_dir", "sheet_outputs"]


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
        self._documents: dict[str, Output] = {}  # a case's documents by their tab's id

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
        yield AppHeader()
        if not outputs:
            yield Static(literal(t("preview.empty")), id="empty")
            yield Footer()
            return
        output = outputs[0]
        self.title = output.title
        self.sub_title = output.filename
        kind, _, ident = self.target.partition(":")
        if len(outputs) > 1:
            self._documents = {f"doc-{number}": shown for number, shown in enumerate(outputs)}
            with TabbedContent(id="tabs"):
                for pane_id, shown in self._documents.items():
                    with TabPane(printable(self._tab_label(shown)), id=pane_id), VerticalScroll():
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

    def _tab_label(self, output: Output) -> str:
        """A case document's tab: what it is and the case ("Gezinsblad C-7K4Q"), whatever its own title says."""
        from bouwsteen_tui.export.strings import output_language
        from bouwsteen_tui.export.strings import t as output_text

        if not output.case_code or not output.reader:
            return output.title
        lang = output_language(self.session.pack.language, tr(self).language)
        return f"{output_text(lang, f'reader.{output.reader}')} {output.case_code}"

    @on(TabbedContent.TabActivated)
    def _show_document(self, event: TabbedContent.TabActivated) -> None:
        """The header names the document on show and its file."""
        shown = self._documents.get(event.pane.id or "")
        if shown is not None:
            self.title, self.sub_title = shown.title, shown.filename

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
        place = network_place(session.pack)  # the pack's own network step, not the built-in pack's number
        if place is None:
            empty = t("map.empty_here")
        elif place[1] is None:
            empty = t("map.empty_step", number=place[0])
        else:
            empty = t("map.empty", number=place[0], part=place[1])
        return NetworkMap(root, groups, t("map.legend"), gaps, t("map.gap"), empty)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return True if typed_key_acts(self, action) else None  # "x" never from a button or a field (none yet)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        kind, _, ident = self.target.partition(":")
        if kind == "case":
            self.app.push_screen(ExportDialog(case_code=ident))
        else:
            self.app.push_screen(ExportDialog(step_id=ident, title=self.title or ident))
