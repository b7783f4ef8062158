"""Any step of any pack as a document: a part a heading, each answer in the form of its kind.

The method's own sheets (role_card, case_sheet, network_sheet) specialise this renderer with handlers for the
built-in questions and fall back to it for anything else. Unanswered questions are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import assert_never

from bouwsteen_tui.core import dates, roles
from bouwsteen_tui.core.answers import AnswerSet, Sheet, scope_steps
from bouwsteen_tui.core.content import Pack, Part, Scope, Step
from bouwsteen_tui.core.kinds import (
    Answer,
    ChecklistAnswer,
    ChecklistQuestion,
    Entry,
    FieldKind,
    FieldValue,
    Form,
    Question,
    Record,
    RecordField,
    RecordsAnswer,
    RecordsQuestion,
    TextQuestion,
    answer_fits,
    field_fits,
    field_text,
    is_answered,
    present,
)
from bouwsteen_tui.core.languages import speaks
from bouwsteen_tui.core.numbering import numbered_title, part_number
from bouwsteen_tui.export.checks import CheckFinding
from bouwsteen_tui.export.model import Builder, Document, Item, Text, join, joined, label, plain, rich_item
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import format_date, one_line, output_language, shorten, t
from bouwsteen_tui.export.writers.markdown import write_markdown

# --------------------------------------------------------------------------------------------- rendering answers

Handler = Callable[["SheetRenderer", Question, Answer, int], bool]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def answered(question: Question, answers: AnswerSet) -> Answer | None:
    answer = answers.answers.get(question.id)
    if answer is None or not answer_fits(question, answer) or not is_answered(answer):
        return None
    return answer


def record_has_values(record: Record) -> bool:
    return record.has_values()


@dataclass
class SheetRenderer:
    """Builds the document of one set of answers (a sheet or a case): a :class:`~.model.Document` tree."""

    pack: Pack
    answers: AnswerSet
    directory: PartnerDirectory
    doc: Builder = field(default_factory=Builder)
    compact: bool = False  # every question as a labelled list item (the role card: one A4 page)
    handlers: Mapping[str, Handler] = field(default_factory=dict)  # by role (core/roles.py)
    skip: frozenset[str] = frozenset()  # question ids
    handled: set[str] = field(default_factory=set)  # roles

    @property
    def lang(self) -> str:
        return self.directory.lang

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    # ----------------------------------------------------------------------------------- labels and values

    def label(self, question: Question) -> str:
        """The question's label in the outputs, as the pack gives it (its short label, else the question)."""
        return question.output_label

    def date(self, value: date) -> str:
        return format_date(value, self.lang)

    # what the kinds' presentation asks of a reader (core.kinds.Names): names, titles, dates and yes/no

    def partner(self, partner_id: str) -> str:
        return self.directory.name(partner_id)

    def record(self, source: str, record_id: str) -> str:
        return self.record_title(source, record_id)

    def flag(self, value: bool) -> str:
        return self.t("yes") if value else self.t("no")

    def entry(self, entry: Entry) -> Text:
        """An item of an answer, the primary one marked."""
        return plain(self.t("primary", label=entry.text) if entry.primary else entry.text)

    def record_title(self, source_id: str, record_id: str) -> str:
        """The title of a record of another records question of this document (kind ``record``)."""
        try:
            source = self.pack.question(source_id)
        except KeyError:
            return self.t("unknown_record")
        if not isinstance(source, RecordsQuestion):
            return self.t("unknown_record")
        answer = self.answers.get(source)
        record = answer.get(record_id) if isinstance(answer, RecordsAnswer) else None
        if record is None:
            return self.t("unknown_record")
        title_field = next(f for f in source.fields if f.id == source.title_field_id)
        return shorten(self.field_plain(title_field, record.values.get(title_field.id)), 80) or self.t("unknown_record")

    def kept_labels(self, field_id: str) -> dict[str, str]:
        """Labels remembered with this document's records for a field's chosen options (the pack may drop one)."""
        return {k: v for answer in self.answers.answers.values() if isinstance(answer, RecordsAnswer)
                for r in answer.items for k, v in ((r.labels or {}).get(field_id) or {}).items()}

    def field_plain(self, record_field: RecordField, value: FieldValue | None) -> str:
        """A record field's value as plain text (not yet escaped); ``""`` when empty."""
        kept = None if field_fits(record_field, value) else self.kept_labels(record_field.id)  # the pack changed
        return field_text(record_field, value, self, kept)

    def field_item(self, lead: Text, record_field: RecordField, value: FieldValue | None) -> Item:
        """A list item of a bold lead-in and a record field's value (multi-line text keeps its lines and lists)."""
        if record_field.kind is FieldKind.TEXT and isinstance(value, str):
            return rich_item(lead, value)
        return Item(join(lead, plain(self.field_plain(record_field, value))))

    def has_value(self, record_field: RecordField, value: FieldValue | None) -> bool:
        return bool(self.field_plain(record_field, value).strip())

    def cell(self, text: str) -> Text:
        """A short value for a table cell: one line; a dash when empty."""
        return plain(text) or plain(self.t("empty.cell"))

    def field_cell(self, record: Record, record_field: RecordField | None) -> Text:
        if record_field is None:
            return plain(self.t("empty.cell"))
        return self.cell(self.field_plain(record_field, record.values.get(record_field.id)))

    def answer_item(self, lead: Text, question: Question, answer: Answer) -> Item:
        """An answer as a labelled list item (records excepted)."""
        shown = present(question, answer, self)
        match shown.form:
            case Form.TEXT:
                return rich_item(lead, shown.entries[0].text if shown.entries else "")
            case Form.VALUE | Form.LIST:
                return Item(join(lead, joined([self.entry(e) for e in shown.entries])))
            case Form.CHECKLIST:
                return Item(join(lead, joined([plain(e.text) for e in shown.entries if e.checked])))
            case Form.RECORDS:
                return Item(lead)
            case _:
                assert_never(shown.form)

    @staticmethod
    def is_short(question: Question) -> bool:
        """Questions whose answer is one short value, listed together as ``**Label:** value``."""
        return question.is_short()

    # ----------------------------------------------------------------------------------- blocks

    def answer(self, question: Question, answer: Answer, level: int) -> None:
        """An answer in the form of its kind, under a heading already written."""
        doc = self.doc
        shown = present(question, answer, self)
        match shown.form:
            case Form.TEXT:
                doc.text(shown.entries[0].text if shown.entries else "")
            case Form.VALUE:
                doc.paragraph(joined([self.entry(e) for e in shown.entries]))
            case Form.LIST:
                doc.bullets([self.entry(e) for e in shown.entries])
            case Form.CHECKLIST:
                doc.tasks([(e.checked, plain(e.text)) for e in shown.entries])
            case Form.RECORDS:
                if isinstance(question, RecordsQuestion) and isinstance(answer, RecordsAnswer):
                    self.records(question, answer, level)
            case _:
                assert_never(shown.form)

    def checklist(self, question: ChecklistQuestion, answer: ChecklistAnswer) -> None:
        shown = present(question, answer, self)
        self.doc.tasks([(e.checked, plain(e.text)) for e in shown.entries])

    def record_heading(self, question: RecordsQuestion, record: Record, number: int) -> tuple[str, bool]:
        """The heading of a record, and whether its title field was shortened to fit it."""
        item = capitalise(question.item_label or self.t("item"))
        title_field = next(f for f in question.fields if f.id == question.title_field_id)
        full = one_line(self.field_plain(title_field, record.values.get(title_field.id)))
        title = shorten(full, 60)
        cut = title != full or "\n" in record.text(title_field.id).strip()
        if title:
            return self.t("record_heading", item=item, number=number, title=title), cut
        return self.t("record_heading_untitled", item=item, number=number), cut

    def records(self, question: RecordsQuestion, answer: RecordsAnswer, level: int) -> None:
        """A sub-section per record: a heading naming it, then its fields as a labelled list."""
        records = [r for r in answer.items if record_has_values(r)]
        for number, record in enumerate(records, 1):
            heading, cut = self.record_heading(question, record, number)
            self.doc.heading(level, heading)
            items = []
            for record_field in question.fields:
                if record_field.id == question.title_field_id and not cut:
                    continue
                value = record.values.get(record_field.id)
                if self.has_value(record_field, value):
                    items.append(self.field_item(label(record_field.label), record_field, value))
            self.doc.bullets(items)

    # ----------------------------------------------------------------------------------- steps and parts

    def part_title(self, step: Step, part: Part) -> str:
        """A part's heading, numbered as the step screen numbers it (``core.numbering``)."""
        return numbered_title(part_number(step, part), part.title)

    def answered_questions(self, part: Part) -> list[tuple[Question, Answer]]:
        out = []
        for question in part.questions:
            answer = answered(question, self.answers)
            if answer is not None and question.id not in self.skip:
                out.append((question, answer))
        return out

    def has_answers(self, step: Step) -> bool:
        return any(answered(q, self.answers) is not None for q in step.questions() if q.id not in self.skip)

    def step(self, step: Step, level: int = 2) -> None:
        """Every answered part of ``step`` with its answers, then the step's checklist if ticked."""
        if not self.has_answers(step):
            self.doc.paragraph(plain(self.t("empty.sheet")))
            return
        for part in step.parts:
            answered = self.answered_questions(part)
            if not answered:
                continue
            self.doc.heading(level, self.part_title(step, part))
            self.part(part, answered, level + 1)

    def step_checklist(self, step: Step, level: int = 2) -> None:
        answer = answered(step.checklist, self.answers)
        if isinstance(answer, ChecklistAnswer):
            self.doc.heading(level, step.checklist.label)
            self.checklist(step.checklist, answer)

    def part(self, part: Part, answered: list[tuple[Question, Answer]], level: int) -> None:
        """The answers of a part: short ones as a labelled list, long ones under their own heading."""
        pending: list[Item] = []

        def flush() -> None:
            self.doc.bullets(pending)
            pending.clear()

        only = answered[0][0] if len(part.questions) == 1 else None
        for question, answer in answered:
            role = self.pack.role_of(question)
            handler = self.handlers.get(role) if role else None
            if handler is not None:
                flush()
                if handler(self, question, answer, level):
                    self.handled.add(role)
                    continue
            if isinstance(question, RecordsQuestion) and isinstance(answer, RecordsAnswer):
                flush()
                self.doc.heading(level, self.label(question))
                self.records(question, answer, level + 1)
            elif self.compact and only is not None and isinstance(question, TextQuestion):
                self.answer(question, answer, level)  # the part's title says it all: e.g. the message for partners
            elif self.compact or self.is_short(question):
                pending.append(self.answer_item(label(self.label(question)), question, answer))
            else:
                flush()
                self.doc.heading(level, self.label(question))
                self.answer(question, answer, level + 1)
        flush()

    def findings(self, findings: list[CheckFinding], level: int = 2) -> None:
        """The points to check, if any."""
        if not findings:
            return
        self.doc.heading(level, self.t("checks.heading"))
        self.doc.paragraph(plain(self.t("checks.intro")))
        self.doc.bullets([join(label(f.where), plain(f.message)) for f in findings])


# --------------------------------------------------------------------------------------------- helpers


def role_fields(question: Question | None, role_name: str) -> dict[str, RecordField] | None:
    """The fields of a records question by field role (core/roles.py), or ``None`` when one its table needs is
    missing. The loader has checked each field role's kind."""
    if not isinstance(question, RecordsQuestion) or role_name not in roles.BY_NAME:
        return None
    by_role = {f.role: f for f in question.fields if f.role}
    if any(f.needed and f.name not in by_role for f in roles.role(role_name).fields):
        return None
    return by_role


def filled_items(answer: Answer) -> list[Record]:
    return [r for r in answer.items if record_has_values(r)] if isinstance(answer, RecordsAnswer) else []


def sheet_language(pack: Pack, lang: str | None) -> str:
    """``lang`` when given (the caller chose), else the pack's language if Bouwsteen speaks it, else Dutch."""
    return output_language(lang or pack.language)


def today_or(today: date | None) -> date:
    return today if today is not None else dates.today()


def step_for(pack: Pack, scope: Scope, sheet: Sheet | None) -> Step | None:
    if sheet is not None:
        try:
            return pack.step(sheet.step_id)
        except KeyError:
            pass
    steps = scope_steps(pack, scope)
    return steps[0] if steps else None


WORDS = (FieldKind.TEXT, FieldKind.LINE)  # a trainer may make a one-line field multi-line, or the reverse


# --------------------------------------------------------------------------------------------- any step


def build_generic_step(
    pack: Pack,
    step: Step,
    answers: AnswerSet | None,
    network_sheet: Sheet | None = None,
    profile_sheet: Sheet | None = None,
    *,
    today: date | None = None,
    case_code: str = "",
    lang: str | None = None,
) -> Document:
    """Any step of any pack as a document: each part a heading, each answer in the form of its kind."""
    language = sheet_language(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    document = answers if answers is not None else Sheet(pack_id=pack.id, step_id=step.id)
    renderer = SheetRenderer(pack, document, directory)
    renderer.step(step)
    renderer.step_checklist(step)
    return renderer.doc.build(
        f"{step.title} {case_code}".strip(),
        t(language, "lang.tag") if speaks(pack.language) else pack.language,
        subtitle=pack.title,
        date=today_or(today).isoformat(),
        case=case_code,
    )


def render_generic_step(
    pack: Pack,
    step: Step,
    answers: AnswerSet | None,
    network_sheet: Sheet | None = None,
    profile_sheet: Sheet | None = None,
    *,
    today: date | None = None,
    case_code: str = "",
    lang: str | None = None,
) -> str:
    """:func:`build_generic_step` as Markdown."""
    return write_markdown(build_generic_step(pack, step, answers, network_sheet, profile_sheet, today=today,
                                             case_code=case_code, lang=lang))
