"""The family sheet (step 2) for parents and the young person: plain words, what involves them, who to contact.

Its fixed texts are written at about level B1 (short sentences, no abbreviations, dates written out). It holds the
agreements that involve the family (field role ``involves_family``; a pack without that field shares every
agreement of a question it declares for the family), each in the family's own wording when one was typed
(``family_wording``), their contact person (role ``family_contact``, else the professional) and the next meeting.
Any other question the pack declares for the family (``readers = ["family"]``) follows in the generic form.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from bouwsteen_tui.core.answers import SELF_PARTNER, Case, DateAnswer, PartnerAnswer, Record, Sheet, scope_steps
from bouwsteen_tui.core.content import Pack, Scope
from bouwsteen_tui.core.plain_language import unexplained_abbreviations
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export.generic import SheetRenderer, answered, filled_items, sheet_language, today_or
from bouwsteen_tui.export.model import Document, Item, join, label, plain
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import format_date_long, t
from bouwsteen_tui.export.writers.markdown import write_markdown

FAMILY = "family"


def case_shared_with(pack: Pack, reader: str) -> bool:
    """Whether a case question of ``pack`` declares ``reader`` (the pack then has that reader's case document)."""
    return any(reader in pack.readers_of(q) for step in scope_steps(pack, Scope.CASE) for q in step.questions())


def family_agreements(pack: Pack, case: Case) -> list[tuple[int, Record, str]]:
    """The agreements that involve the family: (number on the agreement sheet, record, the family's wording)."""
    question = pack.records_for_role("agreements")
    if question is None:
        return []
    fields = {f.role: f for f in question.fields if f.role}
    involves, wording, what = fields.get("involves_family"), fields.get("family_wording"), fields.get("what")
    if involves is None and FAMILY not in pack.readers_of(question):
        return []
    out = []
    for number, record in enumerate(filled_items(answered(question, case) or question.empty_answer()), 1):
        if involves is not None and not record.flag(involves.id):
            continue
        text = record.text(wording.id).strip() if wording is not None else ""
        if not text and what is not None:
            text = record.text(what.id).strip()
        out.append((number, record, text))
    return out


def _agreements(r: SheetRenderer, case: Case) -> None:
    r.doc.heading(2, r.t("family.agreements"))
    question = r.pack.records_for_role("agreements")
    chosen = family_agreements(r.pack, case)
    if question is None or not chosen:
        r.doc.paragraph(plain(r.t("family.none")))
        return
    fields = {f.role: f for f in question.fields if f.role}
    for number, record, text in chosen:
        r.doc.heading(3, r.t("family.agreement", number=number))
        r.doc.text(text)
        items: list[Item] = []
        who = fields.get("who")
        if who is not None and record.text(who.id):
            items.append(Item(join(label(r.t("family.who")), plain(r.field_plain(who, record.values.get(who.id))))))
        for role, key in (("by_when", "family.by_when"), ("report_date", "family.report"),
                          ("adjust_date", "family.adjust")):
            field = fields.get(role)
            day = record.date(field.id) if field is not None else None
            if day is not None:
                items.append(Item(join(label(r.t(key)), plain(format_date_long(day, r.lang)))))
        r.doc.bullets(items)


def _contact(r: SheetRenderer, case: Case) -> None:
    """Who the family can talk to: the family's contact person, else the professional who made the sheet."""
    question = r.pack.question_for_role("family_contact")
    answer = answered(question, case) if question is not None else None
    chosen = answer.partners[0] if isinstance(answer, PartnerAnswer) and answer.partners else SELF_PARTNER
    directory = r.directory
    rows: list[tuple[str, str]] = []
    if chosen == SELF_PARTNER:
        person, email, phone = directory.own_contact()
        rows = [("family.name", person), ("family.works_at", directory.own_name), ("family.email", email),
                ("family.phone", phone)]
    else:
        record = directory.by_id.get(chosen)
        partners = r.pack.partner_records()
        fields = {f.role: f for f in partners.fields if f.role} if partners is not None else {}

        def value(role: str) -> str:
            field = fields.get(role)
            return record.text(field.id).strip() if record is not None and field is not None else ""

        rows = [("family.name", value("contact")), ("family.works_at", directory.name(chosen)),
                ("family.email", value("email")), ("family.phone", value("phone")),
                ("family.reach", value("reachability"))]
    items = [Item(join(label(r.t(key)), plain(text))) for key, text in rows if text.strip()]
    if not items:
        return
    r.doc.heading(2, r.t("family.contact"))
    r.doc.paragraph(plain(r.t("family.contact_intro")))
    r.doc.bullets(items)


def _next_meeting(r: SheetRenderer, case: Case) -> None:
    question = r.pack.question_for_role("next_meeting")
    answer = answered(question, case) if question is not None else None
    if isinstance(answer, DateAnswer) and answer.value is not None:
        r.doc.heading(2, r.t("family.again"))
        r.doc.paragraph(plain(r.t("family.next", date=format_date_long(answer.value, r.lang))))


def build_family_sheet(
    pack: Pack,
    case: Case,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    today: date | None = None,
    *,
    lang: str | None = None,
) -> Document:
    """The family sheet of one case: see the module's docstring."""
    language = sheet_language(pack, lang)
    day = today_or(today)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    handled = {"agreements", "family_contact", "next_meeting", "case_partners"}
    skip = frozenset(
        q.id for step in scope_steps(pack, Scope.CASE) for q in step.questions()
        if FAMILY not in pack.readers_of(q) or pack.role_of(q) in handled
    )
    renderer = SheetRenderer(pack, case, directory, skip=skip)
    renderer.doc.paragraph(plain(renderer.t("family.intro")))
    renderer.doc.paragraph(plain(renderer.t("family.code", code=case.code)))
    _agreements(renderer, case)
    _contact(renderer, case)
    _next_meeting(renderer, case)
    others = [step for step in scope_steps(pack, Scope.CASE) if renderer.has_answers(step)]
    if others:
        renderer.doc.heading(2, renderer.t("family.more"))
        for step in others:
            for part in step.parts:
                questions = renderer.answered_questions(part)
                if questions:
                    renderer.part(part, questions, 3)
    return renderer.doc.build(t(language, "title.family_sheet"), t(language, "lang.tag"), date=day.isoformat(),
                              case=case.code, reader=FAMILY)


def render_family_sheet(pack: Pack, case: Case, network_sheet: Sheet | None, profile_sheet: Sheet | None,
                        today: date | None = None, *, lang: str | None = None) -> str:
    """:func:`build_family_sheet` as Markdown."""
    return write_markdown(build_family_sheet(pack, case, network_sheet, profile_sheet, today, lang=lang))


def unexplained(pack: Pack, case: Case) -> list[tuple[int, list[str]]]:
    """Per agreement on the family sheet (its number), the abbreviations its words for the family leave
    unexplained (CLB, CAW, …): what the export warns about before the sheet reaches parents."""
    found = [(number, unexplained_abbreviations(text)) for number, _record, text in family_agreements(pack, case)]
    return [(number, words) for number, words in found if words]


def family_sheet_warnings(
    workspace: Workspace,
    pack: Pack,
    *,
    case_code: str | None = None,
    skip_cases: Collection[str] = (),
) -> list[tuple[str, int, list[str]]]:
    """What an export says about the family sheets it writes: (case code, agreement number, the abbreviations its
    words for the family leave unexplained), so that the professional can put them in plain words before the
    sheet reaches the parents. Empty when the pack has no family sheet."""
    if pack.sheet_step("case_sheet") is None and not case_shared_with(pack, FAMILY):
        return []
    if case_code is not None:
        case = workspace.load_case(case_code)
        cases = [case] if case is not None else []
    else:
        cases = workspace.load_cases()
    cases = [case for case in cases if case.pack_id == pack.id]  # the export holds only the pack's own cases
    return [
        (case.code, number, words)
        for case in sorted(cases, key=lambda c: c.code)
        if case.code not in skip_cases
        for number, words in unexplained(pack, case)
    ]
