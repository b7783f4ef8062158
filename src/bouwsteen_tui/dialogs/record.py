"""The dialog that edits one record of a repeatable question (a partner, an agreement …)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.selection_list import Selection

from bouwsteen_tui.answers import SELF_PARTNER, FieldValue, Record
from bouwsteen_tui.content import FieldKind, RecordField, RecordsQuestion
from bouwsteen_tui.dates import format_date, parse_date
from bouwsteen_tui.widgets.base import Lookups, localize_bindings, tr


class RecordDialog(ModalScreen[Record | None]):
    """Edit the fields of one record; Escape keeps what was typed, Cancel throws it away."""

    DEFAULT_CSS = """
    RecordDialog { align: center middle; }
    RecordDialog > Vertical {
        width: 90%; max-width: 100; height: 90%; border: thick $primary; background: $surface; padding: 0 1;
    }
    RecordDialog #title { text-style: bold; padding: 0 0 1 0; width: 1fr; }
    RecordDialog VerticalScroll { height: 1fr; }
    RecordDialog .f-label { text-style: bold; width: 1fr; }
    RecordDialog .f-help { color: $text-muted; width: 1fr; }
    RecordDialog .f-error { color: $error; }
    RecordDialog .field { height: auto; margin-bottom: 1; }
    RecordDialog TextArea { height: auto; min-height: 4; max-height: 10; }
    RecordDialog SelectionList { height: auto; }
    RecordDialog RadioSet { layout: horizontal; height: auto; }
    RecordDialog .date { width: 24; }
    RecordDialog #buttons { height: auto; align-horizontal: right; }
    RecordDialog #buttons Button { margin-left: 1; }
    RecordDialog #hint { width: 1fr; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "keep", "key.keep_close"),
        Binding("ctrl+s", "keep", "key.done", show=False),
    ]

    def __init__(self, question: RecordsQuestion, record: Record | None, lookups: Lookups, *, new: bool) -> None:
        super().__init__()
        localize_bindings(self)
        self.question = question
        self.record = record or Record()
        self.lookups = lookups
        self.new = new

    def compose(self) -> ComposeResult:
        t = tr(self)
        item = self.question.item_label or t("record.item")
        title = t("record.add_title", item=item) if self.new else t("record.edit_title", item=item)
        with Vertical():
            yield Label(title, id="title")
            with VerticalScroll():
                for field in self.question.fields:
                    with Vertical(classes="field", id=f"f-{field.id}"):
                        label = field.label + (" *" if field.required else "")
                        yield Label(label, classes="f-label")
                        if field.help:
                            yield Static(field.help, classes="f-help", markup=False)
                        yield from self._input(field, self.record.values.get(field.id))
            with Horizontal(id="buttons"):
                yield Static(t("record.hint"), id="hint")
                yield Button(t("button.cancel"), id="cancel", compact=True)
                yield Button(t("button.done"), id="done", variant="primary", compact=True)

    def _input(self, field: RecordField, value: FieldValue | None) -> ComposeResult:
        t = tr(self)
        wid = f"in-{field.id}"
        text = value if isinstance(value, str) else ""
        match field.kind:
            case FieldKind.TEXT:
                area = TextArea(text, id=wid, tab_behavior="focus", placeholder=field.placeholder)
                area.border_subtitle = t("hint.textarea")
                yield area
            case FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE:
                yield Input(text, id=wid, placeholder=field.placeholder)
            case FieldKind.DATE:
                shown = format_date(value) if isinstance(value, date) else ""
                yield Input(shown, id=wid, placeholder=t("date.placeholder"), classes="date", max_length=10)
                yield Static("", classes="f-error", id=f"err-{field.id}")
            case FieldKind.SCALE:
                with RadioSet(id=wid):
                    for option in field.options:
                        yield RadioButton(option.label, value=option.id == text, name=option.id)
            case FieldKind.CHOICE:
                yield Select[str]([(o.label, o.id) for o in field.options], value=text or Select.NULL,
                                  id=wid, prompt=t("select.prompt"))
            case FieldKind.CHOICES:
                chosen = set(value) if isinstance(value, list) else set()
                yield SelectionList[str](*(Selection(o.label, o.id, o.id in chosen) for o in field.options),
                                         id=wid)
            case FieldKind.PARTNER:
                options = [(self.lookups.self_label or t("partner.self"), SELF_PARTNER), *(
                    (name, pid) for pid, name in self.lookups.partners)]
                valid = {v for _n, v in options}
                yield Select[str]([(n, v) for n, v in options], value=text if text in valid else Select.NULL,
                                  id=wid, prompt=t("select.partner"))
                if not self.lookups.partners:
                    yield Static(t("partner.none_yet"), classes="f-help")
            case FieldKind.RECORD:
                options = [(title or t("record.untitled"), rid) for rid, title in
                           self.lookups.records.get(field.source, [])]
                valid = {v for _n, v in options}
                yield Select[str](options, value=text if text in valid else Select.NULL, id=wid,
                                  prompt=t("select.prompt"))
                if not options:
                    yield Static(t("record.source_empty"), classes="f-help")
            case FieldKind.YESNO:
                yield Checkbox(t("yes"), value=value is True, id=wid)

    def on_mount(self) -> None:
        first = self.question.fields[0]
        self.query_one(f"#in-{first.id}").focus()

    def collect(self) -> Record:
        """The record as now typed; invalid dates keep their previous value."""
        values: dict[str, FieldValue] = {}
        for field in self.question.fields:
            wid = f"#in-{field.id}"
            value: FieldValue | None = None
            match field.kind:
                case FieldKind.TEXT:
                    value = self.query_one(wid, TextArea).text
                case FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE:
                    value = self.query_one(wid, Input).value
                case FieldKind.DATE:
                    try:
                        value = parse_date(self.query_one(wid, Input).value)
                    except ValueError:
                        value = self.record.values.get(field.id)
                case FieldKind.SCALE:
                    pressed = self.query_one(wid, RadioSet).pressed_button
                    value = pressed.name if pressed is not None and pressed.name else None
                case FieldKind.CHOICE | FieldKind.PARTNER | FieldKind.RECORD:
                    selected = self.query_one(wid, Select).value
                    value = selected if isinstance(selected, str) else None
                case FieldKind.CHOICES:
                    value = list(self.query_one(wid, SelectionList).selected)
                case FieldKind.YESNO:
                    value = self.query_one(wid, Checkbox).value
            if value is None or value == "" or value == []:
                continue
            values[field.id] = value
        # keep values of fields the pack no longer has
        for key, old in self.record.values.items():
            if key not in {f.id for f in self.question.fields}:
                values[key] = old
        return Record(id=self.record.id, values=values)

    @on(Input.Changed)
    def _check_date(self, event: Input.Changed) -> None:
        if not event.input.has_class("date") or event.input.id is None:
            return
        error = self.query_one(f"#err-{event.input.id.removeprefix('in-')}", Static)
        try:
            parse_date(event.value)
        except ValueError:
            error.update(tr(self)("date.invalid"))
        else:
            error.update("")

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_keep(self) -> None:
        record = self.collect()
        self.dismiss(record if record.values or not self.new else None)

    @on(Button.Pressed, "#done")
    def _done(self) -> None:
        self.action_keep()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
