"""Any step of any pack as a Markdown sheet: a part a heading, each answer in the form of its kind.

The method's own sheets (role_card, case_sheet, network_sheet) specialise this renderer with handlers for the
built-in questions and fall back to it for anything else. Unanswered questions are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import (
    Answer,
    AnswerSet,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    FieldValue,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    Sheet,
    TextAnswer,
    answer_fits,
    field_fits,
    is_answered,
    scope_steps,
)
from bouwsteen_tui.core.content import (
    ChecklistQuestion,
    ChoiceQuestion,
    DateQuestion,
    FieldKind,
    Pack,
    Part,
    PartnerQuestion,
    Question,
    RecordField,
    RecordsQuestion,
    ScaleQuestion,
    Scope,
    Step,
    TextQuestion,
)
from bouwsteen_tui.export.checks import CheckFinding
from bouwsteen_tui.export.document import MarkdownDoc
from bouwsteen_tui.export.escape import cell, inline, label_prefix, labelled, text_inline
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import OUTPUT_LANGUAGES, format_date, has, one_line, output_language, shorten, t

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
    return is_answered(RecordsAnswer(items=[record]))


@dataclass
class SheetRenderer:
    """Renders the answers of one document (a sheet or a case) into a :class:`MarkdownDoc`."""

    pack: Pack
    answers: AnswerSet
    directory: PartnerDirectory
    doc: MarkdownDoc = field(default_factory=MarkdownDoc)
    compact: bool = False  # every question as a labelled list item (the role card: one A4 page)
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    skip: frozenset[str] = frozenset()
    handled: set[str] = field(default_factory=set)

    @property
    def lang(self) -> str:
        return self.directory.lang

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    # ----------------------------------------------------------------------------------- labels and values

    def label(self, question: Question) -> str:
        """The question's short label from the catalogue for built-in ids, else its label in the pack."""
        key = f"q.{question.id}"
        if self.pack.language in OUTPUT_LANGUAGES and has(key):
            return self.t(key)
        return question.label

    def date(self, value: date) -> str:
        return format_date(value, self.lang)

    def choice_items(self, question: ChoiceQuestion, answer: ChoiceAnswer) -> list[str]:
        """The chosen options and own additions, escaped, the primary one marked."""
        labels = {**(answer.labels or {}), **{o.id: o.label for o in question.options}}  # a removed option: old label
        items: list[str] = []
        for option_id in answer.selected:
            text = inline(labels.get(option_id, option_id))
            marked = question.ask_primary and answer.primary == option_id
            items.append(self.t("primary", label=text) if marked else text)
        for other in answer.other:
            if other.strip():
                text = inline(other)
                marked = question.ask_primary and answer.primary == f"other:{other}"
                items.append(self.t("primary", label=text) if marked else text)
        return items

    def partner_names(self, ids: list[str]) -> list[str]:
        return [inline(self.directory.name(pid)) for pid in ids]

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
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.t("yes") if value else self.t("no")
        if isinstance(value, date):
            return self.date(value)
        labels = {o.id: o.label for o in record_field.options}
        if not field_fits(record_field, value):  # the pack changed since: the value as it was, by its old label
            labels = {**self.kept_labels(record_field.id), **labels}
        if isinstance(value, list):
            if record_field.kind is FieldKind.PARTNER:
                return ", ".join(self.directory.name(v) for v in value)
            return ", ".join(labels.get(v, v) for v in value)
        if not value.strip():
            return ""
        if not field_fits(record_field, value):
            return labels.get(value, value)
        if record_field.kind is FieldKind.PARTNER:
            return self.directory.name(value)
        if record_field.kind is FieldKind.RECORD:
            return self.record_title(record_field.source, value)
        if record_field.kind in (FieldKind.SCALE, FieldKind.CHOICE, FieldKind.CHOICES):
            return labels.get(value, value)
        return value

    def field_markdown(self, record_field: RecordField, value: FieldValue | None) -> str:
        """A record field's value as inline Markdown (multi-line text keeps its lines)."""
        if record_field.kind is FieldKind.TEXT and isinstance(value, str):
            return text_inline(value)
        return inline(self.field_plain(record_field, value))

    def field_cell(self, record: Record, record_field: RecordField | None) -> str:
        if record_field is None:
            return self.t("empty.cell")
        return cell(self.field_plain(record_field, record.values.get(record_field.id)), self.lang)

    def inline_answer(self, question: Question, answer: Answer) -> str:
        """An answer as inline Markdown for a labelled list item (records excepted)."""
        match question, answer:
            case TextQuestion(), TextAnswer(text=text):
                return text_inline(text)
            case ChoiceQuestion(), ChoiceAnswer():
                return ", ".join(self.choice_items(question, answer))
            case ChecklistQuestion(), ChecklistAnswer(checked=checked):
                return ", ".join(inline(i.label) for i in question.items if i.id in checked)
            case DateQuestion(), DateAnswer(value=value) if value is not None:
                return self.date(value)
            case ScaleQuestion(), ScaleAnswer(value=value, labels=labels):
                return inline({**(labels or {}), **{o.id: o.label for o in question.options}}.get(value, value))
            case PartnerQuestion(), PartnerAnswer(partners=partners):
                return ", ".join(self.partner_names(partners))
        return ""

    @staticmethod
    def is_short(question: Question) -> bool:
        """Questions whose answer is one short value, listed together as ``**Label:** value``."""
        match question:
            case TextQuestion(multiline=False) | DateQuestion() | ScaleQuestion():
                return True
            case ChoiceQuestion(multiple=False) | PartnerQuestion(multiple=False):
                return True
        return False

    # ----------------------------------------------------------------------------------- blocks

    def answer(self, question: Question, answer: Answer, level: int) -> None:
        """An answer in the form of its kind, under a heading already written."""
        doc = self.doc
        match question, answer:
            case TextQuestion(), TextAnswer(text=text):
                doc.text(text)
            case ChoiceQuestion(), ChoiceAnswer():
                items = self.choice_items(question, answer)
                if question.multiple:
                    doc.bullets(items)
                else:
                    doc.block(", ".join(items))
            case ChecklistQuestion(), ChecklistAnswer():
                self.checklist(question, answer)
            case PartnerQuestion(), PartnerAnswer(partners=partners):
                if question.multiple:
                    doc.bullets(self.partner_names(partners))
                else:
                    doc.block(", ".join(self.partner_names(partners)))
            case RecordsQuestion(), RecordsAnswer():
                self.records(question, answer, level)
            case _:
                doc.block(self.inline_answer(question, answer))

    def checklist(self, question: ChecklistQuestion, answer: ChecklistAnswer) -> None:
        self.doc.tasks([(item.id in answer.checked, inline(item.label)) for item in question.items])

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
                value = self.field_markdown(record_field, record.values.get(record_field.id))
                if value:
                    items.append(labelled(label_prefix(record_field.label), value))
            self.doc.bullets(items)

    # ----------------------------------------------------------------------------------- steps and parts

    def part_title(self, part: Part) -> str:
        return f"{part.number}. {part.title}" if part.number is not None else part.title

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
            self.doc.block(inline(self.t("empty.sheet")))
            return
        for part in step.parts:
            answered = self.answered_questions(part)
            if not answered:
                continue
            self.doc.heading(level, self.part_title(part))
            self.part(part, answered, level + 1)

    def step_checklist(self, step: Step, level: int = 2) -> None:
        answer = answered(step.checklist, self.answers)
        if isinstance(answer, ChecklistAnswer):
            self.doc.heading(level, step.checklist.label)
            self.checklist(step.checklist, answer)

    def part(self, part: Part, answered: list[tuple[Question, Answer]], level: int) -> None:
        """The answers of a part: short ones as a labelled list, long ones under their own heading."""
        pending: list[str] = []

        def flush() -> None:
            self.doc.bullets(pending)
            pending.clear()

        only = answered[0][0] if len(part.questions) == 1 else None
        for question, answer in answered:
            handler = self.handlers.get(question.id)
            if handler is not None:
                flush()
                if handler(self, question, answer, level):
                    self.handled.add(question.id)
                    continue
            if isinstance(question, RecordsQuestion) and isinstance(answer, RecordsAnswer):
                flush()
                self.doc.heading(level, self.label(question))
                self.records(question, answer, level + 1)
            elif self.compact and only is not None and isinstance(question, TextQuestion):
                self.answer(question, answer, level)  # the part's title says it all: e.g. the message for partners
            elif self.compact or self.is_short(question):
                pending.append(labelled(label_prefix(self.label(question)), self.inline_answer(question, answer)))
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
        self.doc.block(inline(self.t("checks.intro")))
        self.doc.bullets([f"**{inline(f.where)}:** {inline(f.message)}" for f in findings])


# --------------------------------------------------------------------------------------------- helpers


def wanted_fields(question: Question, wanted: Mapping[str, tuple[FieldKind, ...]]) -> dict[str, RecordField] | None:
    """The fields ``wanted`` (id → acceptable kinds) of a records question, or ``None`` when one is missing."""
    if not isinstance(question, RecordsQuestion):
        return None
    by_id = {f.id: f for f in question.fields}
    for field_id, kinds in wanted.items():
        if field_id not in by_id or by_id[field_id].kind not in kinds:
            return None
    return by_id


def filled_items(answer: Answer) -> list[Record]:
    return [r for r in answer.items if record_has_values(r)] if isinstance(answer, RecordsAnswer) else []


def sheet_language(pack: Pack, lang: str | None) -> str:
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
    """Any step of any pack as a sheet: each part a heading, each answer in the form of its kind."""
    language = sheet_language(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    document = answers if answers is not None else Sheet(pack_id=pack.id, step_id=step.id)
    renderer = SheetRenderer(pack, document, directory)
    renderer.step(step)
    renderer.step_checklist(step)
    front = {
        "title": f"{step.title} {case_code}".strip(),
        "subtitle": inline(pack.title),
        "date": today_or(today).isoformat(),
        "case": case_code,
        "lang": t(language, "lang.tag") if pack.language in OUTPUT_LANGUAGES else pack.language,
    }
    return renderer.doc.render(front)
