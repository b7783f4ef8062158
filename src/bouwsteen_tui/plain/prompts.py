"""One question asked in plain text, per kind: what it shows, what it expects, how a typed line becomes an answer.

The answer is built as the app's widgets build it and checked by the kind itself (``fits``, with the labels of
the options chosen kept by ``remember_labels``); dates are read by ``core.dates.parse_date``, as in the app. A
line that does not fit is refused with a message, and the question is asked again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bouwsteen_tui.core.dates import parse_date
from bouwsteen_tui.core.kinds import (
    OTHER_PREFIX,
    Answer,
    ChecklistAnswer,
    ChecklistQuestion,
    ChoiceAnswer,
    ChoiceQuestion,
    DateAnswer,
    DateQuestion,
    PartnerAnswer,
    PartnerQuestion,
    Question,
    RecordsQuestion,
    ScaleAnswer,
    ScaleQuestion,
    TextAnswer,
    TextQuestion,
    fits,
    fitting_part,
    is_answered,
    remember_labels,
)
from bouwsteen_tui.plain.context import Context, PlainNames, Refused, numbers
from bouwsteen_tui.plain.texts import answer_lines, one_line
from bouwsteen_tui.plain.words import Word, command

if TYPE_CHECKING:
    from bouwsteen_tui.core.kinds import Option

END_OF_TEXT = "."  # a line with only this ends a text of several lines

# What a question hands back instead of an answer: the dialogue moves on (or back) by it.
MOVES = (Word.BACK, Word.SKIP, Word.REVIEW, Word.MENU)


def options_of(question: Question, names: PlainNames) -> list[tuple[str, str]]:
    """(id, label) of what a question lets one pick, in the order numbered."""
    if isinstance(question, ChoiceQuestion | ScaleQuestion):
        return [(o.id, o.label) for o in question.options]
    if isinstance(question, ChecklistQuestion):
        return [(o.id, o.label) for o in question.items]
    if isinstance(question, PartnerQuestion):
        return names.partner_choices()
    return []


def chosen_ids(answer: Answer) -> set[str]:
    match answer:
        case ChoiceAnswer():
            return set(answer.selected)
        case ChecklistAnswer():
            return set(answer.checked)
        case ScaleAnswer():
            return {answer.value} if answer.value else set()
        case PartnerAnswer():
            return set(answer.partners)
    return set()


def expected(ctx: Context, question: Question) -> str:
    """The kind of answer the question expects, in one or two sentences."""
    t = ctx.t
    match question:
        case TextQuestion():
            return t("plain.kind.text_lines" if question.multiline else "plain.kind.text")
        case ChoiceQuestion():
            text = t("plain.kind.choice_many" if question.multiple else "plain.kind.choice_one")
            return f"{text} {t('plain.kind.other')}" if question.allow_other else text
        case ChecklistQuestion():
            return t("plain.kind.checklist")
        case DateQuestion():
            return t("plain.kind.date")
        case ScaleQuestion():
            return t("plain.kind.scale")
        case PartnerQuestion():
            text = t("plain.kind.partner_many" if question.multiple else "plain.kind.partner_one")
            return f"{text} {t('plain.kind.partner_new', new=ctx.w(Word.NEW))}"
        case RecordsQuestion():
            return t("plain.kind.records", add=ctx.w(Word.ADD), edit=ctx.w(Word.EDIT), delete=ctx.w(Word.DELETE))
    raise AssertionError(question)  # pragma: no cover - every kind is above


def show(ctx: Context, question: Question, answer: Answer, names: PlainNames, header: str) -> None:
    """The question: its place and label, its current answer, what one may pick, the kind of answer expected."""
    t = ctx.t
    ctx.say()
    ctx.say(header)
    if is_answered(answer) and not fits(question, answer):
        old = "; ".join(one_line(line) for line in answer_lines(None, answer, names, t))
        ctx.say(t("question.kept", old=old))
        answer = fitting_part(question, answer)
    lines = answer_lines(question, answer, names, t)
    if isinstance(question, TextQuestion) and question.multiline and lines:
        ctx.say(t("plain.current"))
        for line in lines:
            ctx.say(line, indent=2)
    elif lines and not isinstance(question, ChecklistQuestion):
        ctx.say(t("plain.current_is", answer="; ".join(lines)))
    elif not lines:
        ctx.say(t("plain.no_answer"))
    picked = chosen_ids(answer)
    for number, (option_id, label) in enumerate(options_of(question, names), 1):
        mark = t("plain.ticked_mark" if isinstance(question, ChecklistQuestion) else "plain.chosen_mark")
        ctx.say(f"{number}. {label}{mark if option_id in picked else ''}", indent=2)
    if isinstance(question, PartnerQuestion) and not names.partners:
        ctx.say(t("plain.no_partners"), indent=2)
    if isinstance(question, ChoiceQuestion) and isinstance(answer, ChoiceAnswer):
        for other in (o for o in answer.other if o.strip()):
            ctx.say(t("plain.own_answer", text=one_line(other)), indent=2)
    hint = expected(ctx, question)
    if question.help or question.example or _option_help(question):
        hint += " " + t("plain.help_there", help=ctx.w(Word.HELP))
    ctx.say(hint)


def show_help(ctx: Context, question: Question) -> None:
    """The question's help and example, and the words one may type."""
    t = ctx.t
    if question.help:
        ctx.say(question.help)
    if question.example:
        ctx.say(t("plain.example", example=question.example))
    for number, option in _option_help(question):
        ctx.say(f"{number}. {option.label}: {option.help}", indent=2)
    if not question.help and not question.example and not _option_help(question):
        ctx.say(t("plain.no_help"))
    ctx.say(question_words(ctx))


def _option_help(question: Question) -> list[tuple[int, Option]]:
    """The options (or checklist items) that have help of their own, with their numbers."""
    if isinstance(question, ChoiceQuestion | ScaleQuestion):
        options = question.options
    elif isinstance(question, ChecklistQuestion):
        options = question.items
    else:
        return []
    return [(number, option) for number, option in enumerate(options, 1) if option.help]


def question_words(ctx: Context) -> str:
    return ctx.t(
        "plain.words.question", back=ctx.w(Word.BACK), skip=ctx.w(Word.SKIP), review=ctx.w(Word.REVIEW),
        clear=ctx.w(Word.CLEAR), menu=ctx.w(Word.MENU), stop=ctx.w(Word.STOP),
    )


def read_text(ctx: Context, first: str) -> str:
    """A text of several lines: ``first`` and what follows, up to a line with only a point."""
    lines = [first]
    while lines[-1].strip() != END_OF_TEXT:
        lines.append(ctx.console.read())
    return "\n".join(lines[:-1]).strip("\n")


def ask(ctx: Context, question: Question, answer: Answer, names: PlainNames, header: str) -> Answer | Word:
    """Ask ``question`` (not a records question) until it is answered or a word moves on.

    Returns the new answer, or one of :data:`MOVES` (an empty line is :attr:`Word.SKIP`: the answer stays), or
    :attr:`Word.NEW` when a partner is to be added to the network first.
    """
    show(ctx, question, answer, names, header)
    while True:
        line = ctx.read()
        word = command(line)
        if word is Word.HELP:
            show_help(ctx, question)
            continue
        if word in MOVES:
            return word
        if word is Word.NEW and isinstance(question, PartnerQuestion):
            return word
        if word is Word.CLEAR:
            return question.empty_answer()
        if not line.strip():
            return Word.SKIP
        try:
            if isinstance(question, TextQuestion) and question.multiline:
                line = read_text(ctx, line)
                if not line.strip():  # only the closing point: nothing typed, the answer stays
                    return Word.SKIP
            given = parse(ctx, question, answer, line, names)
        except Refused as refused:
            ctx.say(str(refused))
            ctx.say(expected(ctx, question))
            continue
        if given == answer:
            return Word.SKIP
        return given


def parse(ctx: Context, question: Question, answer: Answer, line: str, names: PlainNames) -> Answer:
    """The answer ``line`` gives to ``question``; :class:`Refused` when it gives none."""
    t = ctx.t
    given: Answer
    match question:
        case TextQuestion():
            given = TextAnswer(text=line.strip() if not question.multiline else line)
        case DateQuestion():
            try:
                value = parse_date(line)
            except ValueError:
                raise Refused(t("date.invalid")) from None
            given = DateAnswer(value=value)
        case ScaleQuestion():
            index = numbers(line, len(question.options), t, several=False)
            given = ScaleAnswer(value=question.options[index[0]].id)
        case ChecklistQuestion():
            given = ChecklistAnswer(checked=[question.items[i].id for i in numbers(line, len(question.items), t)])
        case PartnerQuestion():
            choices = names.partner_choices()
            picked = numbers(line, len(choices), t, several=question.multiple)
            given = PartnerAnswer(partners=[choices[i][0] for i in picked])
        case ChoiceQuestion():
            given = _choice(ctx, question, line)
        case RecordsQuestion():  # pragma: no cover - asked by records.py
            raise AssertionError(question)
    previous = answer if answer.kind == given.kind else None
    return remember_labels(question, given, previous)


def _choice(ctx: Context, question: ChoiceQuestion, line: str) -> Answer:
    """``1, 3 + huisbezoek``: the options numbered, then the user's own answers, each after a ``+``."""
    t = ctx.t
    head, *rest = line.split("+")
    others = [one_line(text) for text in rest if text.strip()]
    if others and not question.allow_other:
        raise Refused(t("plain.no_other"))
    picked = numbers(head, len(question.options), t)
    if not question.multiple and len(picked) + len(others) > 1:
        raise Refused(t("plain.one_number", count=len(question.options)))
    selected = [question.options[i].id for i in picked]
    primary = ""
    chosen: list[tuple[str, Option | None]] = [(s, question.options[i]) for s, i in zip(selected, picked, strict=True)]
    chosen += [(OTHER_PREFIX + o, None) for o in others]
    if question.ask_primary and len(chosen) > 1:
        primary = _primary(ctx, [(key, option.label if option else key.removeprefix(OTHER_PREFIX))
                                 for key, option in chosen])
    return ChoiceAnswer(selected=selected, other=others, primary=primary)


def _primary(ctx: Context, chosen: list[tuple[str, str]]) -> str:
    """Which of the chosen is the main one: a number, or an empty line for none."""
    t = ctx.t
    while True:
        ctx.say(t("plain.primary_question"))
        for number, (_key, label) in enumerate(chosen, 1):
            ctx.say(f"{number}. {label}", indent=2)
        ctx.say(t("plain.primary_expected"))
        line = ctx.read()
        if not line.strip():
            return ""
        try:
            return chosen[numbers(line, len(chosen), t, several=False)[0]][0]
        except Refused as refused:
            ctx.say(str(refused))
