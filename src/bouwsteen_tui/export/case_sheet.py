"""The case agreement sheet (step 2) as Markdown: overview, actions, task division and the agreements table."""

from __future__ import annotations

from datetime import date

from bouwsteen_tui.core.answers import SELF_PARTNER, Answer, Case, CaseStatus, PartnerAnswer, Record, Sheet, scope_steps
from bouwsteen_tui.core.content import FieldKind, Pack, Question, RecordsQuestion, Scope
from bouwsteen_tui.export.checks import case_checks
from bouwsteen_tui.export.escape import cell, inline, labelled, text_inline
from bouwsteen_tui.export.generic import (
    Handler,
    SheetRenderer,
    answered,
    filled_items,
    role_fields,
    sheet_language,
    today_or,
)
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import one_line, shorten, t

# --------------------------------------------------------------------------------------------- case sheet


def _actions(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Chosen actions as a table with who takes each on; the other ideas as a list."""
    fields = role_fields(question, "actions")
    if fields is None or not isinstance(question, RecordsQuestion):
        return False
    records = filled_items(answer)
    title_field = next(f for f in question.fields if f.id == question.title_field_id)
    chosen_id = fields["chosen"].id
    takers: dict[str, list[str]] = {}
    for case_step in scope_steps(r.pack, Scope.CASE):
        for part in case_step.parts:
            for q in part.questions:
                if not isinstance(q, RecordsQuestion):
                    continue
                links = [f for f in q.fields if f.kind is FieldKind.RECORD and f.source == question.id]
                partner = next((f for f in q.fields if f.kind is FieldKind.PARTNER), None)
                for link in links:
                    for task in filled_items(r.answers.get(q)):
                        names = takers.setdefault(task.text(link.id), [])
                        name = r.field_plain(partner, task.values.get(partner.id)) if partner else ""
                        if name and name not in names:
                            names.append(name)
    feasibility, impact = fields.get("feasibility"), fields.get("impact")
    chosen = [rec for rec in records if rec.flag(chosen_id)]
    others = [rec for rec in records if not rec.flag(chosen_id)]
    r.doc.heading(level, r.t("actions.chosen"))
    if chosen:
        rows = []
        for rec in chosen:
            names = takers.get(rec.id, [])
            rows.append(
                [
                    r.field_cell(rec, title_field),
                    r.field_cell(rec, feasibility),
                    r.field_cell(rec, impact),
                    cell(", ".join(names), r.lang) if names else inline(r.t("nobody_yet")),
                ]
            )
        header = ["col.action", "col.feasibility", "col.impact", "col.taken_on_by"]
        r.doc.table([r.t(h) for h in header], rows, widths=(5, 2, 2, 3))
    else:
        r.doc.block(inline(r.t("actions.none_chosen")))
    if others:
        r.doc.heading(level, r.t("actions.others"))
        items = []
        for rec in others:
            text = inline(r.field_plain(title_field, rec.values.get(title_field.id))) or r.t("empty.cell")
            scores = [
                r.field_plain(f, rec.values.get(f.id)) if f is not None else "" for f in (feasibility, impact)
            ]
            if any(scores):
                empty = r.t("empty.cell")
                scored = r.t("actions.scores", feasibility=scores[0] or empty, impact=scores[1] or empty)
                text += " (" + inline(scored, line_start=False) + ")"
            items.append(text)
        r.doc.bullets(items)
    return True


def _task_division(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Who takes on what: a table of action, who, whether it fits the mandate, overlap."""
    fields = role_fields(question, "task_division")
    if fields is None:
        return False
    rows = [
        [r.field_cell(rec, fields[f]) for f in ("action", "partner", "fits_mandate", "overlap")]
        for rec in filled_items(answer)
    ]
    r.doc.heading(level, r.label(question))
    header = ("col.action", "col.who", "col.fits_mandate", "col.overlap")
    r.doc.table([r.t(h) for h in header], rows, widths=(4, 3, 2, 4))
    return True


AGREEMENT_CELL_LIMIT = 120


def _agreements(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The agreements as a table: what, who, by when, report back (when, to whom), adjust (when, how)."""
    fields = role_fields(question, "agreements")
    if fields is None:
        return False

    def when(rec: Record, date_role: str, what_role: str, key: str) -> str:
        day = r.field_plain(fields[date_role], rec.values.get(fields[date_role].id))
        detail = one_line(r.field_plain(fields[what_role], rec.values.get(fields[what_role].id)))
        if day and detail:
            return cell(r.t(key, date=day, whom=detail, how=detail), r.lang)
        return cell(day or detail, r.lang)

    rows: list[list[str]] = []
    in_full: list[str] = []
    for number, rec in enumerate(filled_items(answer), 1):
        what = rec.text(fields["what"].id).strip()
        flat = one_line(what)
        if len(flat) > AGREEMENT_CELL_LIMIT or "\n" in what:
            what_cell = inline(r.t("agreements.see_below", text=shorten(flat, 80), number=number))
            in_full.append(labelled(f"**{inline(r.t('agreement.item', number=number))}:**", text_inline(what)))
        else:
            what_cell = cell(flat, r.lang)
        rows.append(
            [
                str(number),
                what_cell,
                r.field_cell(rec, fields["who"]),
                r.field_cell(rec, fields["by_when"]),
                when(rec, "report_date", "report_to", "date_to"),
                when(rec, "adjust_date", "adjust_how", "date_how"),
            ]
        )
    r.doc.heading(level, r.label(question))
    header = ["col.number", "col.what", "col.who", "col.by_when", "col.report_back", "col.adjust"]
    r.doc.table([r.t(h) for h in header], rows, widths=(2, 11, 6, 5, 8, 8))
    if in_full:
        r.doc.heading(level + 1, r.t("agreements.full"))
        r.doc.bullets(in_full)
    return True


CASE_HANDLERS: dict[str, Handler] = {  # by role
    "actions": _actions,
    "task_division": _task_division,
    "agreements": _agreements,
}


def _case_overview(r: SheetRenderer, case: Case, today: date) -> None:
    """Case code, date, description and the partners involved with their contact details."""
    r.doc.heading(2, r.t("case.overview"))
    items = [
        f"**{inline(r.t('case.code'))}:** {inline(case.code)}",
        f"**{inline(r.t('case.date'))}:** {r.date(today)}",
    ]
    if case.description.strip():
        items.append(f"**{inline(r.t('case.description'))}:** {inline(case.description)}")
    if case.status is CaseStatus.CLOSED:
        items.append(f"**{inline(r.t('case.status'))}:** {inline(r.t('case.closed'))}")
    r.doc.bullets(items)
    r.doc.block(inline(r.t("case.no_names")))
    question = r.pack.question_for_role("case_partners")
    answer = answered(question, case) if question is not None else None
    if not isinstance(answer, PartnerAnswer):
        return
    r.handled.add("case_partners")
    fields = role_fields(r.pack.partner_records(), "partners") or {}
    contact_ids = [fields[f].id if f in fields else "" for f in ("contact", "email", "phone")]
    r.doc.heading(3, r.t("case.partners"))
    rows = []
    for partner_id in answer.partners:
        record = r.directory.by_id.get(partner_id)
        if partner_id == SELF_PARTNER:
            empty = r.t("empty.cell")
            rows.append([cell(r.directory.self_name, r.lang), cell(r.directory.own_function, r.lang), empty, empty])
            continue
        contact = [record.text(f) if record and f else "" for f in contact_ids]
        rows.append([cell(r.directory.name(partner_id), r.lang), *(cell(v, r.lang) for v in contact)])
    header = ("col.partner", "col.contact", "col.email", "col.phone")
    r.doc.table([r.t(h) for h in header], rows, widths=(3, 3, 4, 2))


def render_case_sheet(
    pack: Pack,
    case: Case,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    today: date | None = None,
    *,
    lang: str | None = None,
) -> str:
    """The case agreement sheet (step 2) of one case: framing, perspectives, actions, agreements, checks."""
    language = sheet_language(pack, lang)
    day = today_or(today)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    case_partners = pack.question_for_role("case_partners")
    skip = frozenset({case_partners.id} if case_partners is not None else ())
    renderer = SheetRenderer(pack, case, directory, handlers=CASE_HANDLERS, skip=skip)
    _case_overview(renderer, case, day)
    steps = scope_steps(pack, Scope.CASE)
    for step in steps:
        if len(steps) > 1:
            renderer.doc.heading(2, f"{step.number}. {step.title}")
        renderer.step(step, level=2 if len(steps) == 1 else 3)
    renderer.findings(case_checks(pack, case, directory, day))
    for step in steps:
        renderer.step_checklist(step, level=2)
    front = {
        "title": t(language, "title.case_sheet", code=case.code),
        "date": day.isoformat(),
        "case": case.code,
        "lang": t(language, "lang.tag"),
    }
    return renderer.doc.render(front)
