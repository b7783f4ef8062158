"""Repeatable records: a list you can add to, edit, reorder and delete from."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from bouwsteen_tui import commands
from bouwsteen_tui.core.answers import (
    Case,
    Record,
    RecordsAnswer,
    Sheet,
)
from bouwsteen_tui.core.content import FieldKind, RecordsQuestion
from bouwsteen_tui.dialogs.confirm import ConfirmDialog
from bouwsteen_tui.dialogs.drafts import local_time
from bouwsteen_tui.dialogs.record import DraftStore, edit_record
from bouwsteen_tui.widgets.base import Lookups, app_state, default_css, literal, tr
from bouwsteen_tui.widgets.keys import highlight_a_row, typed_key_acts
from bouwsteen_tui.widgets.questions import QuestionWidget
from bouwsteen_tui.widgets.summary import field_text


class RecordsQuestionWidget(QuestionWidget):
    """A list of records with add, edit, move and delete."""

    DEFAULT_CSS = default_css(__file__, "RecordsQuestionWidget")

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.ADD_RECORD.binding(),
        commands.DELETE_RECORD.binding(),  # named in the hint under the list
        commands.MOVE_UP.binding(),
        commands.MOVE_DOWN.binding(),
    ]

    question: RecordsQuestion

    def _answer(self) -> RecordsAnswer:
        assert isinstance(self.answer, RecordsAnswer)
        return self.answer

    def compose_input(self) -> ComposeResult:
        t = tr(self)
        yield OptionList(*self._options(), id="records")
        yield Static(t("hint.records"), classes="q-hint")
        yield Static("", classes="q-draft", id="draft-note", markup=False)
        with Horizontal(classes="buttons"):
            item = self.question.item_label or t("record.item")
            yield Button(literal(t("record.add", item=item)), id="add", compact=True)
            yield Button(t("record.edit"), id="edit", compact=True)
            yield Button("↑", id="up", compact=True, tooltip=t("key.move_up"))
            yield Button("↓", id="down", compact=True, tooltip=t("key.move_down"))
            yield Button(t("record.delete"), id="delete", compact=True, variant="error")

    def record_title(self, record: Record) -> str:
        title_field = next(f for f in self.question.fields if f.id == self.question.title_field_id)
        return field_text(title_field, record.values.get(title_field.id), self.lookups,
                          (record.labels or {}).get(title_field.id))

    def _summary(self, record: Record) -> str:
        parts = []
        for field in self.question.fields:
            if field.id == self.question.title_field_id or field.kind is FieldKind.TEXT:
                continue
            text = field_text(field, record.values.get(field.id), self.lookups,
                              (record.labels or {}).get(field.id))
            if text:
                parts.append(f"{field.label.rstrip('?.:')}: {text}" if field.kind is FieldKind.YESNO else text)
        return " · ".join(parts)

    def _options(self) -> list[Option]:
        t = tr(self)
        items = self._answer().items
        if not items:
            return [Option(t("record.empty"), id="-empty", disabled=True)]
        options = []
        for number, record in enumerate(items, 1):
            title = self.record_title(record) or t("record.untitled")
            summary = self._summary(record)
            text = f"{number}. {title}" + (f"\n   {summary}" if summary else "")
            options.append(Option(literal(text), id=record.id))  # user text, never markup
        return options

    def _refresh(self, highlight: str | None = None) -> None:
        """Redraw the list with ``highlight`` (a record's id) highlighted, else the record that was; a list with the
        focus always has a highlighted row, so Enter, Delete and the arrows act on a record."""
        option_list = self.query_one("#records", OptionList)
        before = option_list.highlighted
        if highlight is None and before is not None and before < option_list.option_count:
            highlight = option_list.get_option_at_index(before).id
        option_list.clear_options()
        option_list.add_options(self._options())
        if highlight is not None:
            index = next((i for i, r in enumerate(self._answer().items) if r.id == highlight), None)
            option_list.highlighted = index
        if option_list.has_focus:
            highlight_a_row(option_list, near=before)
        self._show_drafts()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "a" adds only while the list has the focus: typed on a button under it, it is typing, not a command
        if not typed_key_acts(self, action, self.query_one("#records", OptionList)):
            return None
        return super().check_action(action, parameters)

    def on_mount(self) -> None:
        self._show_drafts()

    # ----------------------------------------------------------------------------------- drafts

    def _document(self) -> Sheet | Case | None:
        """The document this question's answer lives in (the step screen's), for drafts."""
        document = getattr(self.screen, "document", None)
        return document if isinstance(document, Sheet | Case) else None

    def _draft_store(self, record_id: str = "") -> DraftStore | None:
        document = self._document()
        if document is None:
            return None
        return DraftStore(app_state(self).session, document, self.question.id, record_id)

    def _show_drafts(self) -> None:
        """Point at unfinished records (a dialog was open when the app stopped), so the user can go on."""
        document = self._document()
        drafts = [d for d in document.drafts.values() if d.question_id == self.question.id] if document else []
        note = self.query_one("#draft-note", Static)
        if not drafts:
            note.update("")
            note.display = False
            return
        t = tr(self)
        draft = max(drafts, key=lambda d: d.saved)
        record = self._answer().get(draft.record_id) if draft.record_id else None
        how = (t("draft.notice_edit", title=self.record_title(record) or t("record.untitled")) if record
               else t("draft.notice_new"))
        note.update(literal(t("draft.notice", time=local_time(draft.saved), how=how)))
        note.display = True

    def set_lookups(self, lookups: Lookups) -> None:
        super().set_lookups(lookups)
        self._refresh()

    def _current(self) -> int | None:
        option_list = self.query_one("#records", OptionList)
        index = option_list.highlighted
        if index is None or not self._answer().items or index >= len(self._answer().items):
            return None
        return index

    def _keep(self, items: list[Record], highlight: str | None = None) -> None:
        self.changed(RecordsAnswer(items=items))
        self._refresh(highlight)

    # ----------------------------------------------------------------------------------- actions

    @work(exclusive=True, group="record-dialog")
    async def action_add(self) -> None:
        record = await edit_record(self.app, self.question, None, self.lookups, self._draft_store())
        self._show_drafts()
        if record is not None:
            self._keep([*self._answer().items, record], highlight=record.id)
            self.query_one("#records", OptionList).focus()

    @work(exclusive=True, group="record-dialog")
    async def action_edit(self) -> None:
        index = self._current()
        if index is None:
            self.action_add()
            return
        items = list(self._answer().items)
        record = await edit_record(self.app, self.question, items[index], self.lookups,
                                   self._draft_store(items[index].id))
        self._show_drafts()
        if record is not None:
            items[index] = record
            self._keep(items, highlight=record.id)
        self.query_one("#records", OptionList).focus()

    @work(exclusive=True, group="record-dialog")
    async def action_delete(self) -> None:
        index = self._current()
        if index is None:
            return
        t = tr(self)
        items = list(self._answer().items)
        title = self.record_title(items[index]) or t("record.untitled")
        sure = await self.app.push_screen_wait(
            ConfirmDialog(t("record.delete_title"), t("record.delete_body", title=title), t("record.delete"),
                          danger=True)
        )
        if sure:
            store = self._draft_store(items[index].id)
            if store is not None:
                store.drop()
            del items[index]
            next_id = items[min(index, len(items) - 1)].id if items else None
            self._keep(items, highlight=next_id)
        self.query_one("#records", OptionList).focus()

    def action_move(self, delta: int) -> None:
        index = self._current()
        if index is None:
            return
        items = list(self._answer().items)
        target = index + delta
        if not 0 <= target < len(items):
            return
        items[index], items[target] = items[target], items[index]
        self._keep(items, highlight=items[target].id)

    @on(OptionList.OptionSelected, "#records")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        event.stop()
        match event.button.id:
            case "add":
                self.action_add()
            case "edit":
                self.action_edit()
            case "up":
                self.action_move(-1)
            case "down":
                self.action_move(1)
            case "delete":
                self.action_delete()
