"""The case documents (step 2): the case record, with overview, actions, task division and the agreements table."""

from __future__ import annotations

from datetime import date

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Answer,
    Case,
    CaseStatus,
    DateAnswer,
    PartnerAnswer,
    Record,
    Sheet,
    scope_steps,
)
from bouwsteen_tui.core.content import FieldKind, Pack, Question, RecordsQuestion, Scope
from bouwsteen_tui.core.roles import OWN_READER
from bouwsteen_tui.export.checks import case_checks
from bouwsteen_tui.export.generic import (
    Handler,
    SheetRenderer,
    answered,
    filled_items,
    role_fields,
    sheet_language,
    today_or,
)
from bouwsteen_tui.export.model import Document, Item, Text, Tone, join, label, plain, rich_item
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import one_line, shorten, t, without_to
from bouwsteen_tui.export.writers.markdown import write_markdown

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
                    r.cell(", ".join(names)) if names else plain(r.t("nobody_yet")),
                ]
            )
        header = ["col.action", "col.feasibility", "col.impact", "col.taken_on_by"]
        r.doc.table([r.t(h) for h in header], rows, widths=(5, 2, 2, 3))
    else:
        r.doc.paragraph(plain(r.t("actions.none_chosen")))
    if others:
        r.doc.heading(level, r.t("actions.others"))
        items: list[Text] = []
        for rec in others:
            text = r.cell(r.field_plain(title_field, rec.values.get(title_field.id)))
            scores = [
                r.field_plain(f, rec.values.get(f.id)) if f is not None else "" for f in (feasibility, impact)
            ]
            if any(scores):
                empty = r.t("empty.cell")
                scored = r.t("actions.scores", feasibility=scores[0] or empty, impact=scores[1] or empty)
                text = join(text, plain(f"({scored})"))
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

    def when(rec: Record, date_role: str, what_role: str, key: str) -> Text:
        day = r.field_plain(fields[date_role], rec.values.get(fields[date_role].id))
        detail = one_line(r.field_plain(fields[what_role], rec.values.get(fields[what_role].id)))
        if day and detail:
            return r.cell(r.t(key, date=day, whom=without_to(detail, r.lang), how=detail))
        return r.cell(day or detail)

    rows: list[list[Text]] = []
    in_full: list[Item] = []
    for number, rec in enumerate(filled_items(answer), 1):
        what = rec.text(fields["what"].id).strip()
        flat = one_line(what)
        if len(flat) > AGREEMENT_CELL_LIMIT or "\n" in what:
            what_cell = plain(r.t("agreements.see_below", text=shorten(flat, 80), number=number))
            in_full.append(rich_item(label(r.t("agreement.item", number=number)), what))
        else:
            what_cell = r.cell(flat)
        rows.append(
            [
                plain(str(number)),
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


def _next_meeting(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The next meeting under its own heading, so that it does not read as part of the agreements above it."""
    if not isinstance(answer, DateAnswer) or answer.value is None:
        return False
    r.doc.heading(level, r.label(question))
    r.doc.paragraph(plain(r.t("case.next_meeting", date=r.date(answer.value))))
    return True


CASE_HANDLERS: dict[str, Handler] = {  # by role
    "next_meeting": _next_meeting,
    "actions": _actions,
    "task_division": _task_division,
    "agreements": _agreements,
}


def _case_overview(r: SheetRenderer, case: Case, today: date, *, describe: bool = True) -> None:
    """Case code, date, description (with ``describe``) and the partners involved with their contact details."""
    r.doc.heading(2, r.t("case.overview"))
    items = [
        join(label(r.t("case.code")), plain(case.code)),
        join(label(r.t("case.date")), plain(r.date(today))),
    ]
    if describe and case.description.strip():
        items.append(join(label(r.t("case.description")), plain(case.description)))
    if case.status is CaseStatus.CLOSED:
        items.append(join(label(r.t("case.status")), plain(r.t("case.closed"))))
    r.doc.bullets(items)
    r.doc.paragraph(plain(r.t("case.no_names")))
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
            own = r.directory.own_contact()
            rows.append([r.cell(r.directory.self_name), *(r.cell(v) for v in own)])
            continue
        contact = [record.text(f) if record and f else "" for f in contact_ids]
        rows.append([r.cell(r.directory.name(partner_id)), *(r.cell(v) for v in contact)])
    header = ("col.partner", "col.contact", "col.email", "col.phone")
    r.doc.table([r.t(h) for h in header], rows, widths=(3, 3, 4, 2))


def build_case_document(
    pack: Pack,
    case: Case,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    today: date | None = None,
    *,
    lang: str | None = None,
    reader: str = OWN_READER,
) -> Document:
    """A case document for ``reader``: the professional's own record ("own": everything, marked confidential,
    with the points to check) or the agreement sheet ("partners": only the answers the pack shares with partners).

    The family sheet has a layout of its own: :func:`bouwsteen_tui.export.family_sheet.build_family_sheet`.
    """
    language = sheet_language(pack, lang)
    day = today_or(today)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    case_partners = pack.question_for_role("case_partners")
    skip = {case_partners.id} if case_partners is not None else set()
    own = reader == OWN_READER
    if not own:
        skip |= {q.id for step in scope_steps(pack, Scope.CASE) for q in step.questions()
                 if reader not in pack.readers_of(q)}
    renderer = SheetRenderer(pack, case, directory, handlers=CASE_HANDLERS, skip=frozenset(skip))
    if own:
        renderer.doc.notice(plain(t(language, "record.confidential")), Tone.CONFIDENTIAL)
    _case_overview(renderer, case, day, describe=own)
    steps = scope_steps(pack, Scope.CASE)
    for step in steps:
        if not own and not renderer.has_answers(step):
            continue
        if len(steps) > 1:
            renderer.doc.heading(2, f"{step.number}. {step.title}")
        renderer.step(step, level=2 if len(steps) == 1 else 3)
    if own:
        renderer.findings(case_checks(pack, case, directory, day))
        for step in steps:
            renderer.step_checklist(step, level=2)
    title = "title.case_record" if own else "title.agreement_sheet"
    return renderer.doc.build(t(language, title, code=case.code), t(language, "lang.tag"), date=day.isoformat(),
                              case=case.code, reader=reader)


def render_case_sheet(
    pack: Pack,
    case: Case,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    today: date | None = None,
    *,
    lang: str | None = None,
    reader: str = OWN_READER,
) -> str:
    """:func:`build_case_document` as Markdown."""
    return write_markdown(build_case_document(pack, case, network_sheet, profile_sheet, today, lang=lang,
                                              reader=reader))
