"""A step in plain text: its parts in order, each question with its place ("Vraag 3 van 8, deel 2"), the step's
checklist last. Every answer is saved as soon as it is given (``Session.save``, through the saver thread); in a
case, the identifier guard then looks at it and makes the app's offer: replace with the case code, keep anyway,
or type it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bouwsteen_tui.core.answers import Answer, Case, answers_question
from bouwsteen_tui.core.content import Part, Scope, Step
from bouwsteen_tui.core.guard import replace_identifiers, scan_answer
from bouwsteen_tui.core.kinds import Question, RecordsQuestion
from bouwsteen_tui.core.privacy import kind_label
from bouwsteen_tui.plain.context import Context, PlainNames
from bouwsteen_tui.plain.prompts import ask
from bouwsteen_tui.plain.records import add_partner, ask_records
from bouwsteen_tui.plain.review import show_review
from bouwsteen_tui.plain.words import Word

if TYPE_CHECKING:
    from bouwsteen_tui.core.answers import Sheet


def part_label(ctx: Context, step: Step, index: int) -> str:
    """"Deel 2 van 8: Wat is mijn opdracht?" (the position, as the app's screen counts the parts)."""
    part = step.parts[index]
    return ctx.t("step.part_choice", current=index + 1, total=len(step.parts), title=part.title)


def _part_state(ctx: Context, part: Part, document: Sheet | Case) -> str:
    answered = sum(1 for q in part.questions if answers_question(q, document.answers.get(q.id)))
    return ctx.t("plain.answered", answered=answered, total=len(part.questions))


def choose_part(ctx: Context, step: Step, document: Sheet | Case) -> int | Word:
    """Which part to begin with: a number, or an empty line for the first; else the word that goes back."""
    ctx.say(ctx.t("plain.step_parts"))
    options = [f"{part_label(ctx, step, i)} ({_part_state(ctx, p, document)})" for i, p in enumerate(step.parts)]
    options.append(ctx.t("plain.checklist_part", label=step.checklist.label))
    while True:
        choice = ctx.choose(options, ctx.t("plain.choose_part"))
        if choice is None:
            return 0
        if isinstance(choice, int):
            return choice
        if choice in (Word.BACK, Word.MENU):
            return choice
        if choice is Word.REVIEW:
            show_review(ctx, step, document)


def run_step(ctx: Context, step: Step, case_code: str = "") -> Word | None:
    """Fill in ``step`` (for a case step: of the case ``case_code``), question by question; :attr:`Word.MENU`
    when the user asked for the main menu."""
    t = ctx.t
    session = ctx.session
    document = session.case(case_code) if step.scope is Scope.CASE else session.sheet(step.id)
    title = t("plain.step_title", number=step.number, title=step.title)
    if isinstance(document, Case):
        title += " " + t("plain.of_case", code=document.code)
    ctx.say(title)
    ctx.say(f"{step.goal_heading}: {step.goal}")
    if ctx.read_only:
        ctx.refuse_read_only()
        show_review(ctx, step, document)
        return None
    start = choose_part(ctx, step, document)
    if isinstance(start, Word):
        return Word.MENU if start is Word.MENU else None
    items: list[tuple[int, Question]] = [(i, q) for i, part in enumerate(step.parts) for q in part.questions]
    items.append((len(step.parts), step.checklist))
    total = len(items) - 1
    position = next(n for n, (part_index, _q) in enumerate(items) if part_index >= start)
    shown_part = -1
    while position < len(items):
        part_index, question = items[position]
        if part_index != shown_part:
            shown_part = part_index
            if part_index < len(step.parts):
                ctx.say()
                ctx.say(part_label(ctx, step, part_index))
                for line in step.parts[part_index].guidance:
                    ctx.say(f"- {line}", indent=2)
                session.remember_position(step.id, part_index, case_code)
        if part_index < len(step.parts):
            header = t("plain.question", number=position + 1, total=total, part=part_index + 1,
                       label=question.label)
        else:
            header = t("plain.checklist_question", label=question.label)
        move = _ask_one(ctx, step, document, question, header)
        if move is Word.BACK:
            if position == 0:
                return None
            position -= 1
        elif move is Word.MENU:
            return Word.MENU
        elif move is Word.REVIEW:
            show_review(ctx, step, document)
        elif move is not None:  # the guard: type it again
            continue
        else:
            position += 1
    ctx.say()
    ctx.say(t("plain.step_done", number=step.number))
    return None


def _ask_one(ctx: Context, step: Step, document: Sheet | Case, question: Question, header: str) -> Word | None:
    """Ask one question and keep its answer; ``None`` to go on, else the word that moves elsewhere (``Word.CLEAR``
    when the answer is to be typed again)."""
    names = PlainNames(ctx, document, step)

    def keep(answer: Answer) -> None:
        document.set(question.id, answer)
        ctx.session.save(document)  # queued to the saver thread: on disk within moments

    if isinstance(question, RecordsQuestion):

        def keep_records(answer: Answer) -> None:
            keep(answer)
            if isinstance(document, Case):
                _guard(ctx, document, question)  # to type it again is to edit the record: the list says how

        move = ask_records(ctx, question, document, names, header, keep_records)
        return None if move is Word.SKIP else move
    while True:
        outcome = ask(ctx, question, document.stored(question), names, header)
        if outcome is Word.NEW:
            if add_partner(ctx, names) is not None:
                names = PlainNames(ctx, document, step)
            continue
        if isinstance(outcome, Word):
            return None if outcome is Word.SKIP else outcome
        keep(outcome)
        ctx.say(ctx.t("plain.saved"))
        if isinstance(document, Case) and _guard(ctx, document, question):
            return Word.CLEAR
        return None


def _guard(ctx: Context, case: Case, question: Question) -> bool:
    """The identifier guard on the answer just saved: ``True`` when the user will type it again."""
    t = ctx.t
    findings = scan_answer(question.id, case.get(question))
    if not findings:
        return False
    kinds = ", ".join(dict.fromkeys(kind_label(f.kind, t.language) for f in findings))
    ctx.say(t("plain.guard.found", kinds=kinds))
    options = [t("plain.guard.replace", code=case.code), t("plain.guard.keep"), t("plain.guard.retype")]
    while True:
        choice = ctx.choose(options)
        if choice == 0:
            case.set(question.id, replace_identifiers(case.get(question), case.code))
            ctx.session.save(case)
            ctx.say(t("guard.replaced", code=case.code))
            return False
        if choice == 2:
            if isinstance(question, RecordsQuestion):
                ctx.say(t("plain.guard.records", edit=ctx.w(Word.EDIT)))
            return True
        if choice == 1:
            return False
        ctx.say(t("plain.choose_number", count=len(options)))
