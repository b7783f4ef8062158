"""The dialog that edits one record of a repeatable question (a partner, an agreement …).

It follows the rule of every input dialog (see :mod:`bouwsteen_tui.dialogs.drafts`): **Klaar** refuses while a
field holds input it would not keep or a required field is empty; **Esc**/**Annuleren** close at once when
nothing changed and ask otherwise; a draft is saved while the dialog is open. A record needs its required fields,
or, when the pack marks none, its title field.

A stored value that no longer fits its field (the pack changed the field's kind, removed an option …) is shown
literally and kept untouched unless the user edits that field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, RadioSet, Select, SelectionList, Static, TextArea

from bouwsteen_tui import commands
from bouwsteen_tui.core.answers import Case, DraftValue, FieldValue, Record, RecordDraft, Sheet, draft_key
from bouwsteen_tui.core.content import FieldKind, RecordField, RecordsQuestion
from bouwsteen_tui.core.dates import parse_date
from bouwsteen_tui.core.kinds.fields import contact_warning_key
from bouwsteen_tui.core.plain_language import unexplained_abbreviations
from bouwsteen_tui.dialogs.confirm import ChoiceDialog, LeavingDialog
from bouwsteen_tui.dialogs.drafts import local_time
from bouwsteen_tui.dialogs.record_fields import (
    draft_fits,
    empty_value,
    field_input,
    literal_value,
    shown_value,
    typed_value,
    value_fits,
)
from bouwsteen_tui.widgets.autosave import AutosaveTimer
from bouwsteen_tui.widgets.base import Lookups, default_css, literal, tr
from bouwsteen_tui.widgets.keys import highlight_a_row

if TYPE_CHECKING:
    from bouwsteen_tui.core.session import Session

@dataclass
class DraftStore:
    """Where a record dialog keeps its draft: the document owning the record, saved through the session."""

    session: Session
    document: Sheet | Case
    question_id: str
    record_id: str = ""

    def saved(self) -> RecordDraft | None:
        return self.document.drafts.get(draft_key(self.question_id, self.record_id))

    def keep(self, values: dict[str, DraftValue]) -> None:
        self.session.keep_draft(
            self.document, RecordDraft(question_id=self.question_id, record_id=self.record_id, values=values)
        )

    def drop(self) -> None:
        self.session.drop_draft(self.document, self.question_id, self.record_id)


async def edit_record(
    app: App[object],
    question: RecordsQuestion,
    record: Record | None,
    lookups: Lookups,
    store: DraftStore | None = None,
) -> Record | None:
    """Open the record dialog (offering back a saved draft first); the record to keep, or ``None``."""
    draft = store.saved() if store is not None else None
    if draft is not None and store is not None:
        t = tr(app)
        choice = await app.push_screen_wait(ChoiceDialog(
            t("draft.title"), t("draft.body", time=local_time(draft.saved)),
            [("discard", t("draft.discard")), ("continue", t("draft.continue"))], focus="continue",
        ))
        if not choice:
            return None
        if choice == "discard":
            store.drop()
            draft = None
    return await app.push_screen_wait(
        RecordDialog(question, record, lookups, new=record is None, draft=draft, on_draft=store)
    )


class RecordDialog(LeavingDialog[Record | None]):
    """Edit the fields of one record; Klaar keeps it when it is right, Esc and Annuleren ask after a change."""

    DEFAULT_CSS = default_css(__file__, "RecordDialog")

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.CLOSE.binding(),
        commands.DONE.binding(),
    ]

    def __init__(
        self,
        question: RecordsQuestion,
        record: Record | None,
        lookups: Lookups,
        *,
        new: bool,
        draft: RecordDraft | None = None,
        on_draft: DraftStore | Callable[[dict[str, DraftValue] | None], None] | None = None,
    ) -> None:
        super().__init__()
        self.question = question
        self.record = record or Record()
        self.lookups = lookups
        self.new = new
        self._on_draft = on_draft
        self._drafts = AutosaveTimer(self, self._save_draft)
        self._draft_kept = draft is not None
        # what each field showed when the dialog opened from the record: "touched" means different from this
        self._stale: dict[str, FieldValue] = {}
        self._baseline: dict[str, DraftValue] = {}
        for field in question.fields:
            value = self.record.values.get(field.id)
            if value is not None and not value_fits(field, value, lookups):
                self._stale[field.id] = value
                self._baseline[field.id] = empty_value(field.kind)
            else:
                self._baseline[field.id] = shown_value(field, value)
        self._initial = dict(self._baseline)
        if draft is not None:
            for field in question.fields:
                typed = draft.values.get(field.id)
                if typed is not None and draft_fits(field, typed):
                    self._initial[field.id] = typed

    # ----------------------------------------------------------------------------------- values

    def typed(self, field: RecordField) -> DraftValue:
        """What a field's input now holds, as typed."""
        return typed_value(self, field)

    def typed_values(self) -> dict[str, DraftValue]:
        return {field.id: self.typed(field) for field in self.question.fields}

    def touched(self) -> bool:
        """Whether anything differs from the record as it was opened."""
        return self.typed_values() != self._baseline

    # ----------------------------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        t = tr(self)
        item = self.question.item_label or t("record.item")
        title = t("record.add_title", item=item) if self.new else t("record.edit_title", item=item)
        with Vertical():
            yield Label(literal(title), id="title")
            with VerticalScroll():
                for field in self.question.fields:
                    with Vertical(classes="field", id=f"f-{field.id}"):
                        label = field.label + (" *" if field.id in self._required_ids() else "")
                        yield Label(literal(label), classes="f-label")
                        if field.help:
                            yield Static(literal(field.help), classes="f-help")
                        if field.id in self._stale:
                            yield Static(literal(t("form.stale", value=literal_value(self._stale[field.id], t))),
                                         classes="f-stale", id=f"stale-{field.id}")
                        yield from field_input(field, self._initial[field.id], self.lookups, t)
                        yield self._note("f-error", f"err-{field.id}")
                        if field.kind in (FieldKind.EMAIL, FieldKind.PHONE) or field.role == "family_wording":
                            yield self._note("f-warning", f"warn-{field.id}")
            with Horizontal(id="buttons"):
                yield Static(t("record.hint"), id="hint", markup=False)
                yield Button(t("button.cancel"), id="cancel", compact=True)
                yield Button(t("button.done"), id="done", variant="primary", compact=True)

    @staticmethod
    def _note(classes: str, note_id: str) -> Static:
        """A line under a field for an error or a warning, hidden while it is empty."""
        note = Static("", classes=classes, id=note_id, markup=False)
        note.display = False
        return note

    def _say(self, note_id: str, message: str) -> None:
        note = self.query_one(f"#{note_id}", Static)
        note.update(literal(message))
        note.display = bool(message)

    def on_mount(self) -> None:
        first = self.question.fields[0]
        self.query_one(f"#in-{first.id}").focus()
        for field in self.question.fields:
            self._check_field(field)

    @on(events.DescendantFocus)
    def _highlight_on_focus(self, event: events.DescendantFocus) -> None:
        highlight_a_row(event.widget)  # a list of choices with the focus has a highlighted row: space ticks it

    # ----------------------------------------------------------------------------------- checks

    def _required_ids(self) -> list[str]:
        """The fields that must be filled in: those the pack marks required, else the title field."""
        marked = [f.id for f in self.question.fields if f.required]
        return marked or [self.question.title_field_id]

    def _field(self, field_id: str) -> RecordField:
        return next(f for f in self.question.fields if f.id == field_id)

    def problems(self) -> list[tuple[RecordField, str]]:
        """The fields that keep Klaar from keeping the record, each with what is wrong, in field order."""
        t = tr(self)
        required = set(self._required_ids())
        found: list[tuple[RecordField, str]] = []
        for field in self.question.fields:
            typed = self.typed(field)
            if field.kind is FieldKind.DATE and isinstance(typed, str):
                try:
                    parse_date(typed)
                except ValueError:
                    found.append((field, t("date.invalid")))
                    continue
            if field.id in required and field.kind is not FieldKind.YESNO and self._blank(field, typed):
                found.append((field, t("form.required")))
        return found

    def _blank(self, field: RecordField, typed: DraftValue) -> bool:
        if field.id in self._stale and typed == self._baseline[field.id]:
            return False  # an old value that is kept
        return not (typed.strip() if isinstance(typed, str) else typed)

    def _check_field(self, field: RecordField) -> None:
        """Live checks while typing: an invalid date, a text that is clearly no e-mail address or phone number,
        an abbreviation left unexplained in the words for the family."""
        typed = self.typed(field)
        if field.kind is FieldKind.DATE and isinstance(typed, str):
            try:
                parse_date(typed)
            except ValueError:
                self._error(field, tr(self)("date.invalid"))
            else:
                self._error(field, "")
        elif field.kind in (FieldKind.EMAIL, FieldKind.PHONE) and isinstance(typed, str):
            key = contact_warning_key(field, typed)
            self._say(f"warn-{field.id}", tr(self)(key) if key else "")
        elif field.role == "family_wording" and isinstance(typed, str):  # words for the family sheet: plain
            found = ", ".join(f"‘{a}’" for a in unexplained_abbreviations(typed))
            self._say(f"warn-{field.id}", tr(self)("form.abbreviation_warning", abbreviations=found) if found else "")

    def _error(self, field: RecordField, message: str) -> None:
        self._say(f"err-{field.id}", message)

    # ----------------------------------------------------------------------------------- changes

    def _changed(self, widget: Widget | None) -> None:
        if widget is None or widget.id is None or not widget.id.startswith("in-") or not self.is_mounted:
            return
        field_id = widget.id.removeprefix("in-")
        if field_id not in self._baseline:
            return
        field = self._field(field_id)
        self._error(field, "")
        self._check_field(field)
        if self._on_draft is not None:
            self._drafts.changed()

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        self._changed(event.input)

    @on(TextArea.Changed)
    def _area_changed(self, event: TextArea.Changed) -> None:
        self._changed(event.text_area)

    @on(RadioSet.Changed)
    def _radio_changed(self, event: RadioSet.Changed) -> None:
        self._changed(event.radio_set)

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        self._changed(event.select)

    @on(SelectionList.SelectedChanged)
    def _selection_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        self._changed(event.selection_list)

    @on(Checkbox.Changed)
    def _checkbox_changed(self, event: Checkbox.Changed) -> None:
        self._changed(event.checkbox)

    def save_now(self) -> None:
        """Save a waiting draft at once (the app quits or its terminal closes)."""
        self._drafts.flush()

    def _save_draft(self) -> None:
        """Keep what is typed as a draft, or remove the draft when the record is as it was opened."""
        if self._on_draft is None:
            return
        if self.touched():
            self._send_draft(self.typed_values())
            self._draft_kept = True
        elif self._draft_kept:
            self._send_draft(None)
            self._draft_kept = False

    def _send_draft(self, values: dict[str, DraftValue] | None) -> None:
        sink = self._on_draft
        if isinstance(sink, DraftStore):
            if values is None:
                sink.drop()
            else:
                sink.keep(values)
        elif sink is not None:
            sink(values)

    # ----------------------------------------------------------------------------------- closing

    def collect(self) -> Record:
        """The record as now typed. Untouched values that no longer fit their field are kept as stored."""
        values: dict[str, FieldValue] = {}
        for field in self.question.fields:
            typed = self.typed(field)
            if field.id in self._stale and typed == self._baseline[field.id]:
                values[field.id] = self._stale[field.id]
                continue
            value: FieldValue | None = typed
            if field.kind is FieldKind.DATE and isinstance(typed, str):
                try:
                    value = parse_date(typed)
                except ValueError:  # Klaar refuses before this; keep what was stored rather than lose it
                    value = self.record.values.get(field.id)
            if value is None or value == "" or value == []:
                continue
            values[field.id] = value
        # keep values of fields the pack no longer has
        known = {f.id for f in self.question.fields}
        for key, old in self.record.values.items():
            if key not in known:
                values[key] = old
        return Record(id=self.record.id, values=values)

    def action_done(self) -> None:
        """Keep the record, or refuse: name the fields that are wrong and go to the first."""
        problems = self.problems()
        if problems:
            for field in self.question.fields:
                self._check_field(field)
            for field, message in problems:
                self._error(field, message)
            first = problems[0][0]
            widget = self.query_one(f"#in-{first.id}")
            widget.focus()
            self.call_after_refresh(widget.scroll_visible, animate=False)
            names = ", ".join(f"“{field.label}”" for field, _message in problems)
            self.notify(tr(self)("form.refused", fields=names), severity="error", markup=False)
            return
        if self.new and not self.touched():
            self._finish(None)
            return
        self._finish(self.collect())

    def action_close(self) -> None:
        """Esc and Annuleren: close when nothing changed, else ask keep, discard or continue."""
        self.leave()

    def changed_since_open(self) -> bool:
        return self.touched()

    def keep(self) -> None:
        self.action_done()

    def discard(self) -> None:
        self._finish(None)

    def _finish(self, record: Record | None) -> None:
        self._drafts.stop()
        if self._draft_kept:
            self._send_draft(None)
        self.dismiss(record)

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    @on(Button.Pressed, "#done")
    def _done(self) -> None:
        self.action_done()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_close()
