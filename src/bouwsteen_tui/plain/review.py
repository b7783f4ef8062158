"""The review of a step in plain text: every answer under its part and question, who reads it, as the app's review
screen has it (``core.roles`` READERS, the pack's ``readers_of``); and answers kept for questions the pack no
longer has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bouwsteen_tui.core.answers import fits, is_answered
from bouwsteen_tui.core.content import Scope, Step
from bouwsteen_tui.core.kinds import Question
from bouwsteen_tui.core.roles import OWN_READER, READERS
from bouwsteen_tui.plain.context import Context, PlainNames
from bouwsteen_tui.plain.texts import answer_lines

if TYPE_CHECKING:
    from bouwsteen_tui.core.answers import Case, Sheet


def readers_line(ctx: Context, step: Step, question: Question) -> str:
    """Who reads the answer besides the user; for a case step without other readers, that it stays in the case
    record; else nothing (the review screen's rule)."""
    readers = ctx.session.pack.readers_of(question)
    others = [name for name in READERS if name in readers and name != OWN_READER]
    if others:
        return ", ".join(ctx.t(f"review.reader.{name}") for name in others)
    return ctx.t(f"review.reader.{OWN_READER}") if step.scope is Scope.CASE else ""


def show_review(ctx: Context, step: Step, document: Sheet | Case) -> None:
    """Every answer of ``step`` in ``document``, part by part."""
    t = ctx.t
    names = PlainNames(ctx, document, step)
    ctx.say()
    ctx.say(t("review.title", number=step.number, title=step.title))
    if step.sheet in ("role_card", "network_map"):
        ctx.say(t(f"review.sheet.{step.sheet}"))
    for index, part in enumerate(step.parts):
        ctx.say()
        ctx.say(t("step.part_choice", current=index + 1, total=len(step.parts), title=part.title))
        for question in part.questions:
            _one(ctx, step, document, question, names)
    ctx.say()
    ctx.say(step.checklist.label)
    _one(ctx, step, document, step.checklist, names, label=False)
    asked = ctx.session.pack.question_ids()
    orphans = {qid: a for qid, a in document.orphans(ctx.session.pack).items() if qid not in asked}
    if orphans:
        ctx.say()
        ctx.say(t("review.orphans"))
        for question_id, answer in orphans.items():
            ctx.say(question_id, indent=2)
            for line in answer_lines(None, answer, names, t):
                ctx.say(line, indent=4)
    ctx.say()
    ctx.say(t("plain.review_end"))


def _one(ctx: Context, step: Step, document: Sheet | Case, question: Question, names: PlainNames, *,
         label: bool = True) -> None:
    t = ctx.t
    stored = document.stored(question)
    if label:
        ctx.say(question.label, indent=2)
    lines = answer_lines(question, stored, names, t)
    if is_answered(stored) and not fits(question, stored):
        ctx.say(t("review.kept"), indent=4)
    for line in lines:
        ctx.say(line, indent=4)
    if not lines:
        ctx.say(t("review.unanswered"), indent=4)
    readers = readers_line(ctx, step, question)
    if readers and label:
        ctx.say(readers, indent=4)
