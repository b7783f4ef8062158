"""The outputs: role card, case agreement sheets, network map (Markdown) and the calendar (iCalendar).

:func:`list_outputs` describes what can be produced from the answers (the app lists and previews them);
:func:`export_outputs` writes them into a folder, each file atomically. The renderers themselves are pure
functions of the content pack and the answers: see :mod:`.markdown`, :mod:`.calendar` and :mod:`.checks`.

Outputs hold only the current pack's cases, and a trainer's pack puts its id in front of every file name
(``opwarmer-kalender.ics``): :mod:`bouwsteen_tui.core.packs`. Outputs follow the language of the pack: an English
pack exports English sheets with English file names. A pack in a language Bouwsteen does not speak gets the fixed
words of ``workspace_language`` (the interface language the user chose), else Dutch: the one rule of
:mod:`bouwsteen_tui.core.languages`.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum
from functools import partial
from pathlib import Path

from bouwsteen_tui.core import dates, ledger
from bouwsteen_tui.core.answers import Case, Sheet, is_answered, scope_steps
from bouwsteen_tui.core.content import Pack, Scope, Step
from bouwsteen_tui.core.files import atomic_write, make_dir
from bouwsteen_tui.core.packs import output_name
from bouwsteen_tui.core.roles import OWN_READER
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export.calendar import calendar_plan, calendar_title, render_calendar
from bouwsteen_tui.export.calendar_sync import CalendarMemory, recall, remember
from bouwsteen_tui.export.case_sheet import build_case_document, render_case_sheet
from bouwsteen_tui.export.checks import CheckFinding, CheckKind, cross_checks
from bouwsteen_tui.export.family_sheet import (
    build_family_sheet,
    case_shared_with,
    family_sheet_warnings,
    render_family_sheet,
)
from bouwsteen_tui.export.generic import build_generic_step, render_generic_step
from bouwsteen_tui.export.model import Document
from bouwsteen_tui.export.network_map import LinkStrength, MapPartner, PartnerGroup, group_partners
from bouwsteen_tui.export.network_sheet import build_network, mermaid_diagram, render_network
from bouwsteen_tui.export.pack_calendar import pack_calendar
from bouwsteen_tui.export.role_card import build_role_card, render_role_card
from bouwsteen_tui.export.strings import output_language, t
from bouwsteen_tui.export.writers.html import write_html
from bouwsteen_tui.export.writers.markdown import write_markdown

__all__ = [
    "DOCUMENT_FORMATS",
    "FORMATS",
    "CheckFinding",
    "CheckKind",
    "Document",
    "LinkStrength",
    "MapPartner",
    "Output",
    "OutputKind",
    "PartnerGroup",
    "build_case_document",
    "build_family_sheet",
    "build_generic_step",
    "build_network",
    "build_role_card",
    "cross_checks",
    "export_outputs",
    "family_sheet_warnings",
    "group_partners",
    "list_outputs",
    "mermaid_diagram",
    "render_calendar",
    "render_case_sheet",
    "render_family_sheet",
    "render_generic_step",
    "render_network",
    "render_role_card",
    "workspace_outputs",
]


class OutputKind(StrEnum):
    """The format of an output; the value is the name used by ``--format`` and the file extension."""

    MARKDOWN = "md"
    HTML = "html"
    DOCX = "docx"
    CALENDAR = "ics"


FORMATS = frozenset(kind.value for kind in OutputKind)
DOCUMENT_FORMATS = tuple(k.value for k in OutputKind if k is not OutputKind.CALENDAR)  # in the order written

WRITERS: dict[str, Callable[[Document], bytes]] = {
    OutputKind.MARKDOWN.value: lambda document: write_markdown(document).encode(),
    OutputKind.HTML.value: lambda document: write_html(document).encode(),
    OutputKind.DOCX.value: lambda document: _write_docx(document),
}


def _write_docx(document: Document) -> bytes:
    """The DOCX writer, loaded when a Word file is asked for (python-docx and lxml take a while to import)."""
    from bouwsteen_tui.export.writers.docx import write_docx

    return write_docx(document)


@dataclass(frozen=True)
class Output:
    """An output that can be previewed or written: what it is, its file name, and how to produce it."""

    id: str  # the step id for a sheet ("role", "network"), "case:<code>[:<reader>]" for a case document, "calendar"
    title: str
    kind: OutputKind
    filename: str
    producer: Callable[[], bytes] = field(repr=False, compare=False)
    step_id: str = ""
    case_code: str = ""
    reader: str = ""  # who the document is for (core.roles.READERS); "" for the calendar
    build: Callable[[], Document] | None = field(default=None, repr=False, compare=False)

    def data(self) -> bytes:
        """The file's bytes (UTF-8 text, a DOCX file, or an iCalendar file with CRLF line ends)."""
        return self.producer()

    def document(self) -> Document | None:
        """The document this output writes (the preview shows it); ``None`` for the calendar."""
        return self.build() if self.build is not None else None

    def render(self) -> str:
        """The output as text, for a preview."""
        return self.data().decode("utf-8")


def _slug(step_id: str) -> str:
    return step_id.replace("_", "-")


def _sheet_answered(sheet: Sheet | None) -> bool:
    return sheet is not None and any(is_answered(a) for a in sheet.answers.values())


def _first(pack: Pack, role: str, scope: Scope) -> Step | None:
    """The step holding the question that plays ``role``, else the first step of ``scope``."""
    step = pack.step_for_role(role)
    if step is not None:
        return step
    steps = scope_steps(pack, scope)
    return steps[0] if steps else None


def _write(write: Callable[[Document], bytes], document: Callable[[], Document]) -> bytes:
    return write(document())


def _once(build: Callable[[], Document]) -> Callable[[], Document]:
    """``build`` run at most once: a document written in three formats is built once."""
    made: list[Document] = []

    def document() -> Document:
        if not made:
            made.append(build())
        return made[0]

    return document


def list_outputs(
    pack: Pack,
    sheets: Mapping[str, Sheet],
    cases: Sequence[Case],
    *,
    today: date | None = None,
    formats: Collection[str] = FORMATS,
    case_code: str | None = None,
    skip_empty: bool = False,
    stamp: datetime | None = None,
    workspace_language: str | None = None,
    calendar_id: str = "",
    calendar_memory: CalendarMemory | None = None,
) -> list[Output]:
    """The outputs of the answers: a document per profile step, three per case, one per network step, the calendar.

    ``sheets`` maps step ids to the sheets of the profile and network steps. A step that declares one of the
    method's sheets (``sheet = "role_card"``, ``"case_sheet"``, ``"network_map"``) gives that document; any other
    step a document in the generic layout under its own title (per case for a case step). Each case gives the
    professional's case record, the agreement sheet for partners and the family sheet (the latter two for a pack
    that declares ``readers`` on its case questions, and always for the built-in packs). Each document comes in
    every document format of ``formats`` (``md``). With ``case_code`` only that case's documents and its dates are
    listed. With ``skip_empty`` documents without answers and a calendar without events are left out. Cases of
    another pack are left out of every output, and a trainer's pack's file names start with its id.
    ``workspace_language`` is the language of the fixed words when Bouwsteen does not speak the pack's.
    ``calendar_id`` (the workspace's id) and ``calendar_memory`` (what earlier exports wrote) give the calendar's
    UIDs, SEQUENCEs and cancellations (:mod:`.calendar_sync`).
    """
    unknown = set(formats) - FORMATS
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(sorted(unknown))}; expected "
                         + ", ".join(k.value for k in OutputKind))
    lang = output_language(pack.language, workspace_language)
    day = today if today is not None else dates.today()
    chosen_formats = [f for f in DOCUMENT_FORMATS if f in formats]
    profile_step = _first(pack, "own_organisation", Scope.PROFILE)
    profile = sheets.get(profile_step.id) if profile_step is not None else None
    partner_step = _first(pack, "partners", Scope.NETWORK)
    network = sheets.get(partner_step.id) if partner_step is not None else None
    cases = [c for c in cases if c.pack_id == pack.id]  # a case belongs to the pack it was made with
    if case_code is not None:
        chosen = [c for c in cases if c.code == case_code]
        if not chosen:
            raise KeyError(f"no case {case_code}")
        cases = chosen
    cases = sorted(cases, key=lambda c: c.code)
    taken: set[str] = set()

    def filename(stem: str, extension: str) -> str:
        stem = output_name(pack.id, stem)
        name, number = f"{stem}.{extension}", 2
        while name in taken:
            name, number = f"{stem}-{number}.{extension}", number + 1
        taken.add(name)
        return name

    outputs: list[Output] = []

    def add(ident: str, title: str, stem: str, build: Callable[[], Document], *, step_id: str = "",
            code: str = "", reader: str = OWN_READER) -> None:
        document = _once(build)
        for fmt in chosen_formats:
            write = WRITERS[fmt]
            outputs.append(Output(
                id=ident, title=title, kind=OutputKind(fmt), filename=filename(stem, fmt),
                producer=partial(_write, write, document), step_id=step_id, case_code=code, reader=reader,
                build=document,
            ))

    def generic(step: Step, answers: Sheet | Case | None, code: str = "") -> Callable[[], Document]:
        return lambda: build_generic_step(pack, step, answers, network, profile, today=day, case_code=code, lang=lang)

    def non_case(scope: Scope, sheet_name: str, title_key: str, file_key: str,
                 build: Callable[[Sheet | None], Callable[[], Document]]) -> None:
        for step in scope_steps(pack, scope):
            sheet = sheets.get(step.id)
            if skip_empty and not _sheet_answered(sheet):
                continue
            if step.sheet == sheet_name:
                add(step.id, t(lang, title_key), t(lang, file_key), build(sheet), step_id=step.id, reader="partners")
            else:
                add(step.id, step.title, _slug(step.id), generic(step, sheet), step_id=step.id)

    if case_code is None:
        non_case(Scope.PROFILE, "role_card", "title.role_card", "file.role_card",
                 lambda sheet: lambda: build_role_card(pack, sheet, network, lang, today=day))
    case_steps = scope_steps(pack, Scope.CASE)
    method = pack.sheet_step("case_sheet") is not None
    readers = [r for r in ("partners", "family") if method or case_shared_with(pack, r)]
    for case in cases if case_steps else []:
        code = case.code
        if method:
            add(f"case:{code}", t(lang, "title.case_record", code=code), t(lang, "file.case_record", code=code),
                partial(build_case_document, pack, case, network, profile, day, lang=lang),
                step_id=case_steps[0].id, code=code)
        else:
            for number, step in enumerate(case_steps):
                add(f"case:{code}" + (f":{step.id}" if number else ""), f"{step.title} {code}",
                    f"{_slug(step.id)}-{code}", generic(step, case, code), step_id=step.id, code=code)
        for reader in readers:
            title_key, file_key = READER_KEYS[reader]
            build = (
                partial(build_case_document, pack, case, network, profile, day, lang=lang, reader="partners")
                if reader == "partners"
                else partial(build_family_sheet, pack, case, network, profile, day, lang=lang)
            )
            add(f"case:{code}:{reader}", t(lang, title_key, code=code), t(lang, file_key, code=code), build,
                step_id=case_steps[0].id, code=code, reader=reader)
    if case_code is None:
        non_case(Scope.NETWORK, "network_map", "title.network", "file.network",
                 lambda sheet: lambda: build_network(pack, sheet, profile, today=day, lang=lang))
    if OutputKind.CALENDAR.value in formats:
        with_network = case_code is None
        if not skip_empty or calendar_plan(pack, cases, network, profile, include_network=with_network,
                                           calendar_id=calendar_id, memory=calendar_memory, today=day):
            stem = t(lang, "file.calendar") + (f"-{case_code}" if case_code else "")
            outputs.append(
                Output(
                    id="calendar",
                    title=calendar_title(pack),
                    kind=OutputKind.CALENDAR,
                    filename=filename(stem, "ics"),
                    producer=lambda: render_calendar(
                        pack, cases, network, profile, stamp=stamp, include_network=with_network, lang=lang,
                        calendar_id=calendar_id, memory=calendar_memory, today=day,
                    ),
                    case_code=case_code or "",
                )
            )
    return outputs


READER_KEYS = {
    "partners": ("title.agreement_sheet", "file.agreement_sheet"),
    "family": ("title.family_sheet", "file.family_sheet"),
}


def workspace_outputs(
    workspace: Workspace,
    pack: Pack,
    *,
    formats: Collection[str] = FORMATS,
    case_code: str | None = None,
    today: date | None = None,
    skip_cases: Collection[str] = (),
    workspace_language: str | None = None,
) -> list[Output]:
    """The outputs of the answers stored in ``workspace``, unwritten (export and bundles write them).

    Cases in ``skip_cases`` are left out of every output. Raises ``KeyError`` for an unknown ``case_code``.
    ``workspace_language``: see :func:`list_outputs`.
    """
    sheets: dict[str, Sheet] = {}
    for step in pack.steps:
        if step.scope is not Scope.CASE:
            sheet = workspace.load_sheet(step.id, pack.id)
            if sheet is not None:
                sheets[step.id] = sheet
    if case_code is not None:
        case = workspace.load_case(case_code)
        if case is None or case.pack_id != pack.id:
            raise KeyError(f"no case {case_code}" + (f" of pack {pack.id}" if case is not None else ""))
        cases = [case]
    else:
        cases = [case for case in workspace.load_cases() if case.pack_id == pack.id]
    cases = [c for c in cases if c.code not in skip_cases]
    if case_code is not None and not cases:
        return []
    stamp = datetime.combine(today, time(), UTC) if today is not None else None
    calendar_id, memory = recall(workspace, cases) if OutputKind.CALENDAR.value in formats else ("", None)
    if memory is not None:
        calendar_id, memory = pack_calendar(pack.id, calendar_id, memory)
    return list_outputs(
        pack, sheets, cases, today=today, formats=formats, case_code=case_code, skip_empty=True, stamp=stamp,
        workspace_language=workspace_language, calendar_id=calendar_id, calendar_memory=memory,
    )


def export_outputs(
    workspace: Workspace,
    pack: Pack,
    out_dir: Path,
    *,
    formats: Collection[str] = FORMATS,
    case_code: str | None = None,
    today: date | None = None,
    skip_cases: Collection[str] = (),
    workspace_language: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write the outputs of ``workspace`` into ``out_dir`` (created if needed), each file atomically.

    Cases in ``skip_cases`` (the identifier guard withholds them) are left out of every output: no sheet, no
    dates in the calendar.

    Sheets without answers and an empty calendar are not written; every case is. Returns the paths written, in
    the order role card, case sheets, network map, calendar. ``today`` (default: today) dates the sheets and is
    the day against which report-back dates count as past; when given, it also fixes the calendar's DTSTAMP.
    Raises ``KeyError`` for a ``case_code`` the workspace does not hold. ``workspace_language``: see
    :func:`list_outputs`. ``progress`` is called with (files written, files to write) after each file.
    """
    outputs = workspace_outputs(
        workspace, pack, formats=formats, case_code=case_code, today=today, skip_cases=skip_cases,
        workspace_language=workspace_language,
    )
    out_dir = Path(out_dir)
    created = ledger.new_folders(out_dir)
    make_dir(out_dir)
    written: list[Path] = []
    try:
        for output in outputs:
            path = out_dir / output.filename
            data = output.data()
            atomic_write(path, data)
            if output.kind is OutputKind.CALENDAR:
                remember(workspace, data, today)  # not written (another window holds it): the file stands
            written.append(path)
            if progress is not None:
                progress(len(written), len(outputs))
    finally:
        ledger.record(workspace.root, written, "export", created)  # so that wipe clears them too
    return written

