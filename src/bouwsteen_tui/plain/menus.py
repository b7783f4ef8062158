"""The menus of plain mode: the main menu (the steps with their progress, cases, review, export, help, stop), the
cases (open, new, close, reopen) and the choice of what to review."""

from __future__ import annotations

from bouwsteen_tui.core.answers import CaseStatus, CaseSummary, step_progress
from bouwsteen_tui.core.content import Scope, Step
from bouwsteen_tui.core.guard import scan_case
from bouwsteen_tui.core.privacy import kind_label, redact, scan
from bouwsteen_tui.plain.console import StopRequested
from bouwsteen_tui.plain.context import Context, Refused, numbers
from bouwsteen_tui.plain.export import run_export
from bouwsteen_tui.plain.review import show_review
from bouwsteen_tui.plain.steps import run_step
from bouwsteen_tui.plain.words import Word, command, numbered


def case_steps(ctx: Context) -> list[Step]:
    return [s for s in ctx.session.pack.steps if s.scope is Scope.CASE]


def step_line(ctx: Context, step: Step) -> str:
    t = ctx.t
    if step.scope is Scope.CASE:
        status = t("plain.case_count", count=len(ctx.session.cases()))
    else:
        p = step_progress(step, ctx.session.sheet(step.id))
        status = t("plain.progress", answered=p.answered, total=p.total, checked=p.checked,
                   checklist=p.checklist_total)
    return t("plain.step_line", number=step.number, title=step.title, status=status)


def main_menu(ctx: Context) -> None:
    """The main menu, until the user stops (the word for stop, or the menu's last entry)."""
    t = ctx.t
    steps = ctx.session.pack.steps
    while True:
        ctx.say()
        ctx.say(t("plain.menu"))
        options = [step_line(ctx, s) for s in steps]
        extra = [t("plain.menu.cases"), t("plain.menu.review"), t("plain.menu.export"), t("plain.menu.help"),
                 t("plain.menu.stop")]
        choice = ctx.choose(options + extra)
        if choice is None or choice in (Word.BACK, Word.MENU):
            continue
        if choice is Word.HELP or choice == len(steps) + 3:
            show_help(ctx)
        elif choice is Word.REVIEW or choice == len(steps) + 1:
            review_menu(ctx)
        elif choice == len(steps) + 4:
            raise StopRequested
        elif choice == len(steps):
            cases_menu(ctx)
        elif choice == len(steps) + 2:
            run_export(ctx)
        elif isinstance(choice, int):
            step = steps[choice]
            if step.scope is Scope.CASE:
                cases_menu(ctx, step)
            else:
                run_step(ctx, step)
        else:
            ctx.say(t("plain.choose"))


def show_help(ctx: Context) -> None:
    t = ctx.t
    ctx.say(t("plain.help", help=ctx.w(Word.HELP)))
    ctx.say(t("plain.words.question", back=ctx.w(Word.BACK), skip=ctx.w(Word.SKIP), review=ctx.w(Word.REVIEW),
              clear=ctx.w(Word.CLEAR), menu=ctx.w(Word.MENU), stop=ctx.w(Word.STOP)))
    ctx.say(t("plain.help_text"))


def _pick_case_step(ctx: Context) -> Step | None:
    steps = case_steps(ctx)
    if len(steps) <= 1:
        return steps[0] if steps else None
    choice = ctx.choose([f"{s.number}. {s.title}" for s in steps])
    return steps[choice] if isinstance(choice, int) else None


def cases_menu(ctx: Context, step: Step | None = None) -> None:
    """The cases: open one by its number, a new one, close or reopen one; an empty line goes back."""
    t = ctx.t
    session = ctx.session
    while True:
        ctx.say()
        ctx.say(t("home.cases"))
        cases = session.cases()
        for number, case in enumerate(cases, 1):
            status = t(f"case.status.{case.status.value}")
            ctx.say(t("plain.case_line", number=number, code=case.code, status=status,
                      description=ctx.masked(case.description)), indent=2)
        if not cases:
            ctx.say(t("plain.no_cases"), indent=2)
        ctx.say(t("plain.cases_hint", new=ctx.w(Word.NEW), close=ctx.w(Word.CLOSE), reopen=ctx.w(Word.REOPEN)))
        line = ctx.read()
        word = command(line)
        if not line.strip() or word in (Word.BACK, Word.MENU):
            return
        if word is Word.HELP:
            continue  # the hint above says it all, and comes again
        if word is Word.NEW:
            code = new_case(ctx)
            target = step or _pick_case_step(ctx) if code is not None else None
            if code is not None and target is not None and run_step(ctx, target, code) is Word.MENU:
                return
            continue
        target_case = numbered(line)
        if target_case is not None and target_case[0] in (Word.CLOSE, Word.REOPEN):
            _toggle(ctx, cases, target_case[1], close=target_case[0] is Word.CLOSE)
            continue
        if not cases:
            ctx.say(t("plain.no_cases"))
            continue
        try:
            index = numbers(line, len(cases), t, several=False)[0]
        except Refused as refused:
            ctx.say(str(refused))
            continue
        target = step or _pick_case_step(ctx)
        if target is not None and run_step(ctx, target, cases[index].code) is Word.MENU:
            return


def _toggle(ctx: Context, cases: list[CaseSummary], number: int, *, close: bool) -> None:
    t = ctx.t
    if not 1 <= number <= len(cases):
        ctx.say(t("plain.bad_number", text=number, count=len(cases)))
        return
    if ctx.refuse_read_only():
        return
    code = cases[number - 1].code
    ctx.session.set_case_status(code, CaseStatus.CLOSED if close else CaseStatus.OPEN)
    ctx.say(t("plain.case_closed" if close else "plain.case_reopened", code=code))


def new_case(ctx: Context) -> str | None:
    """A new case: its short description (required, checked for identifiers); its code, or ``None``."""
    t = ctx.t
    if ctx.refuse_read_only():
        return None
    ctx.say(t("case.new_title"))
    ctx.say(t("case.new_body"))
    while True:
        ctx.say(t("plain.description"))
        line = ctx.read()
        if command(line) in (Word.BACK, Word.MENU):
            return None
        if not line.strip():
            ctx.say(t("case.description_required"))
            continue
        found = scan(line)
        if not found:
            break
        kinds = ", ".join(dict.fromkeys(kind_label(f.kind, t.language) for f in found))
        ctx.say(t("plain.guard.found", kinds=kinds))
        choice = ctx.choose([t("plain.guard.replace_new"), t("plain.guard.keep"), t("plain.guard.retype")])
        if choice == 0:
            case = ctx.session.new_case(line)
            ctx.session.describe_case(case.code, redact(line, found, case.code))
            return _created(ctx, case.code)
        if choice == 1:
            break
    case = ctx.session.new_case(line)
    return _created(ctx, case.code)


def _created(ctx: Context, code: str) -> str:
    ctx.say(ctx.t("case.created", code=code))
    return code


def review_menu(ctx: Context) -> None:
    """Which step to review (and for a case step, which case); then its answers."""
    t = ctx.t
    session = ctx.session
    steps = session.pack.steps
    ctx.say(t("plain.review_which"))
    choice = ctx.choose([t("plain.step_title", number=s.number, title=s.title) for s in steps])
    if not isinstance(choice, int):
        return
    step = steps[choice]
    if step.scope is not Scope.CASE:
        show_review(ctx, step, session.sheet(step.id))
        return
    cases = session.cases()
    if not cases:
        ctx.say(t("plain.no_cases"))
        return
    ctx.say(t("plain.review_case"))
    picked = ctx.choose([f"{c.code}: {ctx.masked(c.description)}" for c in cases])
    if isinstance(picked, int):
        case = session.case(cases[picked].code)
        show_review(ctx, step, case)
        if scan_case(case):
            ctx.say(t("plain.review_identifiers"))
