"""The network map and organisation agreements (step 3): partners, the map as a graph, gaps, meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bouwsteen_tui.core.answers import Answer, ChoiceAnswer, Record, Sheet, TextAnswer
from bouwsteen_tui.core.content import Pack, Question, RecordField, Scope
from bouwsteen_tui.export.checks import expertise_coverage, network_checks
from bouwsteen_tui.export.generic import (
    Handler,
    SheetRenderer,
    answered,
    filled_items,
    role_fields,
    sheet_language,
    step_for,
    today_or,
)
from bouwsteen_tui.export.model import Document, Item, Text, join, joined, label, plain
from bouwsteen_tui.export.network_map import LinkStrength, PartnerDirectory, graph, group_partners
from bouwsteen_tui.export.strings import shorten, t
from bouwsteen_tui.export.writers.markdown import mermaid, write_markdown

# --------------------------------------------------------------------------------------------- network map

def _partners(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The partners in two tables (who they are; how to reach them), the Mermaid diagram, help and gaps."""
    fields = role_fields(question, "partners")
    if fields is None:
        return False
    records = filled_items(answer)

    def row(rec: Record, columns: tuple[str, ...]) -> list[Text]:
        return [r.field_cell(rec, fields[f]) for f in columns]

    overview = ("organisation", "type", "role", "expertise", "strength")
    contact = ("organisation", "contact", "email", "phone", "reachability")
    r.doc.heading(level, r.label(question))
    r.doc.table([r.t(f"col.{f}") for f in overview], [row(rec, overview) for rec in records], widths=(3, 2, 4, 4, 2))
    r.doc.heading(level, r.t("map.contact_details"))
    r.doc.table([r.t(f"col.{f}") for f in contact], [row(rec, contact) for rec in records], widths=(3, 4, 5, 3, 4))
    r.doc.heading(level, r.t("map.diagram"))
    r.doc.graph(replace(graph(r.pack, r.answers, r.directory.profile, r.lang), text_note=r.t("map.diagram_note")))
    help_field = fields.get("can_help_with")
    if help_field is not None:
        helps = [
            r.field_item(_bold_name(r, rec), help_field, rec.values.get(help_field.id))
            for rec in records
            if rec.text(help_field.id).strip()
        ]
        if helps:
            r.doc.heading(level, r.t("map.help_with"))
            r.doc.bullets(helps)
    _gaps(r, fields.get("gaps"), records, level)
    return True


def _bold_name(r: SheetRenderer, record: Record) -> Text:
    return label(r.directory.title(record) or r.t("unknown_partner"))


def _gaps(r: SheetRenderer, gap_field: RecordField | None, records: list[Record], level: int) -> None:
    """The gaps: the network as a whole, per partner, partners without a relationship, expertise nobody brings."""
    items: list[Item] = []
    if gap_field is not None:
        items = [
            r.field_item(_bold_name(r, rec), gap_field, rec.values.get(gap_field.id))
            for rec in records
            if rec.text(gap_field.id).strip()
        ]
    unlinked = [  # partners without a relationship whose gaps do not say so already
        p.name
        for group in group_partners(r.pack, r.answers, r.lang)
        for p in group.partners
        if p.strength is LinkStrength.NONE and not (gap_field and p.record.text(gap_field.id).strip())
    ]
    if unlinked:
        items.append(Item(join(label(r.t("map.no_link")), joined([plain(n) for n in unlinked]))))
    missing = [label for _oid, label, partners in expertise_coverage(r.pack, r.answers) or [] if not partners]
    if missing:
        items.append(Item(join(label(r.t("map.missing_expertise")), joined([plain(m) for m in missing]))))
    whole_question = r.pack.question_for_role("network_gaps")
    whole = answered(whole_question, r.answers) if whole_question is not None else None
    if not items and not isinstance(whole, TextAnswer):
        return
    r.doc.heading(level, r.t("map.gaps"))
    if isinstance(whole, TextAnswer):
        r.doc.text(whole.text)
        r.handled.add("network_gaps")
    r.doc.bullets(items)


def _network_gaps(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Shown with the partners' gaps when the partners table was drawn."""
    return "network_gaps" in r.handled


def _needed_expertise(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Needed expertise with the partners that bring it in; own additions listed as not checked."""
    coverage = expertise_coverage(r.pack, r.answers)
    if coverage is None or not isinstance(answer, ChoiceAnswer):
        return False
    rows = [
        [
            r.cell(name),
            r.cell(", ".join(r.directory.title(p) for p in partners)) if partners else plain(r.t("no_partner_yet")),
        ]
        for _oid, name, partners in coverage
    ]
    rows += [[r.cell(other), plain(r.t("not_checked"))] for other in answer.other if other.strip()]
    r.doc.heading(level, r.label(question))
    r.doc.table([r.t("col.expertise"), r.t("col.brought_in_by")], rows, widths=(2, 5))
    return True


def _meetings(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The meeting calendar as a table (by date), with each agenda below it."""
    fields = role_fields(question, "meetings")
    if fields is None:
        return False
    date_id, aim_id, agenda_id = fields["date"].id, fields["aim"].id, fields["agenda"].id
    records = sorted(filled_items(answer), key=lambda rec: (rec.date(date_id) is None, rec.date(date_id) or date.min))
    rows = [
        [r.field_cell(rec, fields[f]) for f in ("date", "period", "aim", "format", "minutes", "follow_up")]
        for rec in records
    ]
    r.doc.heading(level, r.label(question))
    header = ["col.date", "col.period", "col.aim", "col.format", "col.minutes", "col.follow_up"]
    r.doc.table([r.t(h) for h in header], rows, widths=(2, 2, 4, 2, 3, 3))
    for rec in records:
        if not rec.text(agenda_id).strip():
            continue
        day = rec.date(date_id)
        if day is not None:
            r.doc.heading(level + 1, r.t("meeting.agenda", date=r.date(day)))
        else:
            r.doc.heading(level + 1, r.t("meeting.agenda_undated", aim=shorten(rec.text(aim_id), 60)))
        r.doc.text(rec.text(agenda_id))
    return True


def _table_handler(role: str, columns: tuple[tuple[str, str, int], ...], sort_by_date: str = "") -> Handler:
    """A handler that shows a records question of ``role`` as a table of short values (columns by field role)."""

    def handler(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
        fields = role_fields(question, role)
        if fields is None:
            return False
        records = filled_items(answer)
        if sort_by_date:
            day = fields[sort_by_date].id
            records.sort(key=lambda rec: (rec.date(day) is None, rec.date(day) or date.min))
        r.doc.heading(level, r.label(question))
        rows = [[r.field_cell(rec, fields[f]) for f, _c, _w in columns] for rec in records]
        r.doc.table([r.t(c) for _f, c, _w in columns], rows, widths=[w for _f, _c, w in columns])
        return True

    return handler


NETWORK_HANDLERS: dict[str, Handler] = {  # by role
    "partners": _partners,
    "network_gaps": _network_gaps,
    "needed_expertise": _needed_expertise,
    "meetings": _meetings,
    "informal_moments": _table_handler(
        "informal_moments",
        (("date", "col.date", 2), ("what", "col.what", 4), ("kind", "col.kind", 2), ("purpose", "col.purpose", 4)),
        sort_by_date="date",
    ),
    "mandates": _table_handler(
        "mandates",
        (("decision", "col.decision", 1), ("who_decides", "col.who_decides", 1), ("align_when", "col.align_when", 1)),
    ),
}


def build_network(
    pack: Pack,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    *,
    today: date | None = None,
    lang: str | None = None,
) -> Document:
    """The network map and organisation agreements (step 3): partners, diagram, gaps, meetings, mandates."""
    language = sheet_language(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    step = step_for(pack, Scope.NETWORK, network_sheet)
    if step is None:
        step = pack.step_for_role("partners")
    answers = network_sheet if network_sheet is not None else Sheet(pack_id=pack.id, step_id=step.id if step else "")
    renderer = SheetRenderer(pack, answers, directory, handlers=NETWORK_HANDLERS)
    if step is None:
        renderer.doc.paragraph(plain(t(language, "empty.sheet")))
    else:
        renderer.step(step)
        renderer.findings(network_checks(pack, network_sheet, directory))
        renderer.step_checklist(step)
    return renderer.doc.build(t(language, "title.network"), t(language, "lang.tag"), subtitle=directory.own_name,
                              date=today_or(today).isoformat(), reader="partners")


def render_network(
    pack: Pack,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    *,
    today: date | None = None,
    lang: str | None = None,
) -> str:
    """:func:`build_network` as Markdown."""
    return write_markdown(build_network(pack, network_sheet, profile_sheet, today=today, lang=lang))


def mermaid_diagram(pack: Pack, network: Sheet | None, profile: Sheet | None, lang: str) -> str:
    """The network as the Mermaid flowchart of the Markdown export."""
    return mermaid(graph(pack, network, profile, lang))
