"""Records in plain text (partners, agreements, meetings …): the list, add, edit N, delete N; and one record's
fields asked one by one, as the app's record dialog holds them.

A record needs its required fields, or, when the pack marks none, its title field (the app's rule). While a record
is being filled in, what is typed is kept as a draft in the document that owns it (``Session.keep_draft``), as
the app's dialog does: a dialogue that ends half-way loses nothing, and the next ``add`` offers it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, assert_never

from bouwsteen_tui.core.answers import DraftValue, FieldValue, RecordDraft, draft_key
from bouwsteen_tui.core.dates import format_date, parse_date
from bouwsteen_tui.core.kinds import (
    FieldKind,
    Record,
    RecordField,
    RecordsAnswer,
    RecordsQuestion,
    field_text,
    remember_labels,
)
from bouwsteen_tui.core.kinds.fields import contact_warning_key
from bouwsteen_tui.core.plain_language import unexplained_abbreviations
from bouwsteen_tui.plain.context import Context, PlainNames, Refused, numbers
from bouwsteen_tui.plain.prompts import MOVES, question_words, read_text
from bouwsteen_tui.plain.texts import answer_lines, one_line
from bouwsteen_tui.plain.words import Word, command, numbered

if TYPE_CHECKING:
    from bouwsteen_tui.core.answers import Case, Sheet

PICKED = (FieldKind.SCALE, FieldKind.CHOICE, FieldKind.PARTNER, FieldKind.RECORD)


def ask_records(
    ctx: Context, question: RecordsQuestion, document: Sheet | Case, names: PlainNames, header: str,
    keep: Callable[[RecordsAnswer], None],
) -> Word:
    """The records of ``question``: list them, add, edit or delete one (each change kept at once with ``keep``).

    Returns the word that moves on: an empty line is :attr:`Word.SKIP`, the next question.
    """
    t = ctx.t
    ctx.say()
    ctx.say(header)
    listed = True
    while True:
        answer = document.get(question)
        assert isinstance(answer, RecordsAnswer)
        if listed:
            _list(ctx, question, answer, names)
            listed = False
        line = ctx.read()
        word = command(line)
        target = numbered(line)
        if word is Word.HELP:
            if question.help:
                ctx.say(question.help)
            ctx.say(question_words(ctx))
            continue
        if word in MOVES:
            return word
        if not line.strip():
            return Word.SKIP
        if word is not Word.ADD and target is None:
            ctx.say(t("plain.records.what", add=ctx.w(Word.ADD), edit=ctx.w(Word.EDIT), delete=ctx.w(Word.DELETE)))
            continue
        if ctx.refuse_read_only():
            continue
        if target is not None and not 1 <= target[1] <= len(answer.items):
            ctx.say(t("plain.bad_number", text=target[1], count=len(answer.items)) if answer.items
                    else t("record.empty"))
            continue
        items = list(answer.items)
        if target is not None and target[0] is Word.DELETE:
            record = items[target[1] - 1]
            title = record.text(question.title_field_id) or t("record.untitled")
            if ctx.yes_no(t("plain.records.delete", number=target[1], title=one_line(title))):
                del items[target[1] - 1]
                ctx.say(t("plain.records.deleted", number=target[1]))
                keep(_labelled(question, RecordsAnswer(items=items), answer))
        else:
            index = target[1] - 1 if target is not None else None
            edited = edit_record(ctx, question, items[index] if index is not None else None, document, names)
            if edited is not None:
                if index is None:
                    items.append(edited)
                else:
                    items[index] = edited
                ctx.say(t("plain.records.kept", number=(index if index is not None else len(items) - 1) + 1))
                keep(_labelled(question, RecordsAnswer(items=items), answer))  # then the guard, in a case
        listed = True


def _labelled(question: RecordsQuestion, answer: RecordsAnswer, previous: RecordsAnswer) -> RecordsAnswer:
    labelled = remember_labels(question, answer, previous)
    assert isinstance(labelled, RecordsAnswer)
    return labelled


def _list(ctx: Context, question: RecordsQuestion, answer: RecordsAnswer, names: PlainNames) -> None:
    t = ctx.t
    lines = answer_lines(question, answer, names, t)
    item = question.item_label or t("record.item")
    ctx.say(t("plain.records.count", count=len(lines), item=item) if lines else t("record.empty"))
    for line in lines:
        ctx.say(line, indent=2)
    ctx.say(t("plain.kind.records", add=ctx.w(Word.ADD), edit=ctx.w(Word.EDIT), delete=ctx.w(Word.DELETE)))


# --------------------------------------------------------------------------------------------- one record


def required_ids(question: RecordsQuestion) -> list[str]:
    """The fields that must be filled in: those the pack marks required, else the title field (the app's rule)."""
    marked = [f.id for f in question.fields if f.required]
    return marked or [question.title_field_id]


def edit_record(
    ctx: Context, question: RecordsQuestion, record: Record | None, document: Sheet | Case, names: PlainNames,
) -> Record | None:
    """Ask a record's fields one by one; the record to keep, or ``None`` when the user went back out of it."""
    t = ctx.t
    session = ctx.session
    record_id = record.id if record is not None else ""  # a new record's draft is kept under "new"
    if record is None:
        record = Record()
    values: dict[str, FieldValue] = dict(record.values)
    draft = document.drafts.get(draft_key(question.id, record_id))
    if draft is not None and ctx.yes_no(t("plain.draft", time=format_date(draft.saved.date()))):
        values.update(_from_draft(question, draft))
    elif draft is not None:
        session.drop_draft(document, question.id, record_id)
    item = question.item_label or t("record.item")
    ctx.say(t("record.add_title", item=item) if not record_id else t("record.edit_title", item=item))
    required = required_ids(question)
    fields = question.fields
    index = 0
    fixing = False  # after the last field: only the required fields still empty are asked again
    while True:
        if index >= len(fields):
            missing = [i for i, f in enumerate(fields) if f.id in required and not _filled(values.get(f.id))]
            if not missing:
                break
            ctx.say(t("plain.records.missing", field=fields[missing[0]].label))
            index, fixing = missing[0], True
        field = fields[index]
        outcome = _ask_field(ctx, question, field, index, values.get(field.id), names, field.id in required)
        if outcome is Word.BACK:
            if index == 0:
                session.drop_draft(document, question.id, record_id)
                return None
            index -= 1
            continue
        if not isinstance(outcome, Word):
            if outcome is None:
                values.pop(field.id, None)
            else:
                values[field.id] = outcome
            session.keep_draft(document, RecordDraft(question_id=question.id, record_id=record_id,
                                                     values=_to_draft(values)))
        index = len(fields) if fixing else index + 1
    session.drop_draft(document, question.id, record_id)
    return Record(id=record.id, values=values, labels=record.labels)


def _filled(value: FieldValue | None) -> bool:
    return value is not None and (value.strip() != "" if isinstance(value, str) else value != [])


def _to_draft(values: dict[str, FieldValue]) -> dict[str, DraftValue]:
    return {k: format_date(v) if isinstance(v, date) else v for k, v in values.items()}


def _from_draft(question: RecordsQuestion, draft: RecordDraft) -> dict[str, FieldValue]:
    found: dict[str, FieldValue] = {}
    for field in question.fields:
        value = draft.values.get(field.id)
        if field.kind is FieldKind.DATE and isinstance(value, str):
            try:
                parsed = parse_date(value)
            except ValueError:
                continue
            if parsed is not None:
                found[field.id] = parsed
        elif value is not None:
            found[field.id] = value
    return found


def _choices(field: RecordField, names: PlainNames) -> list[tuple[str, str]]:
    match field.kind:
        case FieldKind.PARTNER:
            return names.partner_choices()
        case FieldKind.RECORD:
            return [(rid, title or names.t("record.untitled")) for rid, title in names.records.get(field.source, [])]
    return [(o.id, o.label) for o in field.options]


def _ask_field(
    ctx: Context, question: RecordsQuestion, field: RecordField, index: int, value: FieldValue | None,
    names: PlainNames, required: bool,
) -> FieldValue | Word | None:
    """One field: its value, ``None`` to clear it, or a word (skip keeps it, back goes to the field before)."""
    t = ctx.t
    label = t("plain.field", number=index + 1, total=len(question.fields), label=field.label)
    ctx.say(label + (t("plain.required") if required else ""))
    current = one_line(field_text(field, value, names)) if value is not None else ""
    ctx.say(t("plain.current_is", answer=current) if current else t("plain.no_answer"))
    choices = _choices(field, names)
    picked = set(value) if isinstance(value, list) else {value} if isinstance(value, str) else set()
    if field.kind in (*PICKED, FieldKind.CHOICES):
        for number, (option_id, option) in enumerate(choices, 1):
            ctx.say(f"{number}. {option}{t('plain.chosen_mark') if option_id in picked else ''}", indent=2)
        if not choices:
            ctx.say(t("record.source_empty") if field.kind is FieldKind.RECORD else t("plain.no_partners"), indent=2)
    hint = t(f"plain.field.{field.kind.value}", yes=ctx.w(Word.YES), no=ctx.w(Word.NO))
    ctx.say(hint + (" " + t("plain.help_there", help=ctx.w(Word.HELP)) if field.help else ""))
    while True:
        line = ctx.read()
        word = command(line)
        if word is Word.HELP:
            if field.help:
                ctx.say(field.help)
            ctx.say(t("plain.words.field", back=ctx.w(Word.BACK), clear=ctx.w(Word.CLEAR), stop=ctx.w(Word.STOP)))
            continue
        if word in (Word.BACK, Word.SKIP):
            return word
        if word is Word.CLEAR:
            return None
        if not line.strip():
            return Word.SKIP
        try:
            given = _field_value(ctx, field, line, choices)
        except Refused as refused:
            ctx.say(str(refused))
            ctx.say(hint)
            continue
        if given == "":  # only the closing point of a text: nothing typed, the value stays
            return Word.SKIP
        if isinstance(given, str) and (key := contact_warning_key(field, given)):  # the app's warning, as a warning
            ctx.say(t(key))
        if field.role == "family_wording" and isinstance(given, str):  # words for the family: plain (the app's check)
            found = ", ".join(f"‘{a}’" for a in unexplained_abbreviations(given))
            if found:
                ctx.say(t("form.abbreviation_warning", abbreviations=found))
        return given


def _field_value(ctx: Context, field: RecordField, line: str, choices: list[tuple[str, str]]) -> FieldValue:
    t = ctx.t
    match field.kind:
        case FieldKind.TEXT:
            return read_text(ctx, line)
        case FieldKind.LINE | FieldKind.EMAIL | FieldKind.PHONE:
            return line.strip()
        case FieldKind.DATE:
            try:
                value = parse_date(line)
            except ValueError:
                raise Refused(t("date.invalid")) from None
            assert value is not None  # the line is not empty
            return value
        case FieldKind.YESNO:
            word = command(line)
            if word not in (Word.YES, Word.NO):
                raise Refused(t("plain.not_yes_no", yes=ctx.w(Word.YES), no=ctx.w(Word.NO)))
            return word is Word.YES
        case FieldKind.SCALE | FieldKind.CHOICE | FieldKind.PARTNER | FieldKind.RECORD:
            if not choices:
                raise Refused(t("plain.nothing_to_pick"))
            return choices[numbers(line, len(choices), t, several=False)[0]][0]
        case FieldKind.CHOICES:
            return [choices[i][0] for i in numbers(line, len(choices), t)]
        case _:
            assert_never(field.kind)


def add_partner(ctx: Context, names: PlainNames) -> str | None:
    """A new partner for the network map, asked field by field; its id once added, else ``None``."""
    session = ctx.session
    source = session.pack.partner_records()
    network = session.network_sheet()
    if source is None or network is None or ctx.refuse_read_only():
        return None
    record = edit_record(ctx, source, None, network, names)
    if record is None:
        return None
    session.add_partner(record)
    added = session.partners()[-1]
    ctx.say(ctx.t("partner.added", name=added.text(source.title_field_id)))
    return added.id
