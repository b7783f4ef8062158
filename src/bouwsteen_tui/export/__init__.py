"""The outputs: role card, case agreement sheets, network map (Markdown) and the calendar (iCalendar).

:func:`list_outputs` describes what can be produced from the answers (the app lists and previews them);
:func:`export_outputs` writes them into a folder, each file atomically. The renderers themselves are pure
functions of the content pack and the answers: see :mod:`.markdown`, :mod:`.calendar` and :mod:`.checks`.

Outputs follow the language of the pack: an English pack exports English sheets with English file names. A pack
in a language Bouwsteen does not speak gets the fixed words of ``workspace_language`` (the interface language the
user chose), else Dutch: the one rule of :mod:`bouwsteen_tui.core.languages`.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from enum import StrEnum
from pathlib import Path

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case, Sheet, is_answered, scope_steps
from bouwsteen_tui.core.content import Pack, Scope, Step
from bouwsteen_tui.core.files import atomic_write, make_dir
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export.calendar import calendar_plan, calendar_title, render_calendar
from bouwsteen_tui.export.calendar_sync import CalendarMemory, recall, remember
from bouwsteen_tui.export.case_sheet import render_case_sheet
from bouwsteen_tui.export.checks import CheckFinding, CheckKind, cross_checks
from bouwsteen_tui.export.generic import render_generic_step
from bouwsteen_tui.export.network_map import LinkStrength, MapPartner, PartnerGroup, group_partners, mermaid_diagram
from bouwsteen_tui.export.network_sheet import render_network
from bouwsteen_tui.export.role_card import render_role_card
from bouwsteen_tui.export.strings import output_language, t

__all__ = [
    "FORMATS",
    "CheckFinding",
    "CheckKind",
    "LinkStrength",
    "MapPartner",
    "Output",
    "OutputKind",
    "PartnerGroup",
    "cross_checks",
    "export_outputs",
    "group_partners",
    "list_outputs",
    "mermaid_diagram",
    "render_calendar",
    "render_case_sheet",
    "render_generic_step",
    "render_network",
    "render_role_card",
    "workspace_outputs",
]


class OutputKind(StrEnum):
    """The format of an output; the value is the name used by ``--format`` and the file extension."""

    MARKDOWN = "md"
    CALENDAR = "ics"


FORMATS = frozenset(kind.value for kind in OutputKind)


@dataclass(frozen=True)
class Output:
    """An output that can be previewed or written: what it is, its file name, and how to produce it."""

    id: str  # the step id for a sheet ("role", "network"), "case:<code>" for a case sheet, "calendar"
    title: str
    kind: OutputKind
    filename: str
    producer: Callable[[], bytes] = field(repr=False, compare=False)
    step_id: str = ""
    case_code: str = ""

    def data(self) -> bytes:
        """The file's bytes (UTF-8 Markdown, or an iCalendar file with CRLF line ends)."""
        return self.producer()

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
    """The outputs of the answers: a sheet per profile step, per case, per network step, and the calendar.

    ``sheets`` maps step ids to the sheets of the profile and network steps. A step that declares one of the
    method's sheets (``sheet = "role_card"``, ``"case_sheet"``, ``"network_map"``) gives that sheet; any other
    step a sheet in the generic layout under its own title (per case for a case step). With ``case_code`` only
    that case's sheets and its dates are listed. With ``skip_empty`` sheets without answers and a calendar
    without events are left out. ``workspace_language`` is the language of the fixed words when Bouwsteen does
    not speak the pack's. ``calendar_id`` (the workspace's id) and ``calendar_memory`` (what earlier exports wrote)
    give the calendar's UIDs, SEQUENCEs and cancellations (:mod:`.calendar_sync`).
    """
    unknown = set(formats) - FORMATS
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(sorted(unknown))}; expected md or ics")
    lang = output_language(pack.language, workspace_language)
    day = today if today is not None else dates.today()
    profile_steps = scope_steps(pack, Scope.PROFILE)
    profile_step = _first(pack, "own_organisation", Scope.PROFILE)
    profile = sheets.get(profile_step.id) if profile_step is not None else None
    partner_step = _first(pack, "partners", Scope.NETWORK)
    network = sheets.get(partner_step.id) if partner_step is not None else None
    if case_code is not None:
        chosen = [c for c in cases if c.code == case_code]
        if not chosen:
            raise KeyError(f"no case {case_code}")
        cases = chosen
    cases = sorted(cases, key=lambda c: c.code)
    taken: set[str] = set()

    def filename(stem: str, extension: str) -> str:
        name, number = f"{stem}.{extension}", 2
        while name in taken:
            name, number = f"{stem}-{number}.{extension}", number + 1
        taken.add(name)
        return name

    outputs: list[Output] = []
    markdown = OutputKind.MARKDOWN.value in formats
    def role_card(sheet: Sheet | None) -> Callable[[], bytes]:
        return lambda: render_role_card(pack, sheet, network, lang, today=day).encode()

    def case_sheet(case: Case) -> Callable[[], bytes]:
        return lambda: render_case_sheet(pack, case, network, profile, day, lang=lang).encode()

    def network_map(sheet: Sheet | None) -> Callable[[], bytes]:
        return lambda: render_network(pack, sheet, profile, today=day, lang=lang).encode()

    if markdown and case_code is None:
        for step in profile_steps:
            sheet = sheets.get(step.id)
            if skip_empty and not _sheet_answered(sheet):
                continue
            if step.sheet == "role_card":
                outputs.append(
                    Output(
                        id=step.id,
                        title=t(lang, "title.role_card"),
                        kind=OutputKind.MARKDOWN,
                        filename=filename(t(lang, "file.role_card"), "md"),
                        producer=role_card(sheet),
                        step_id=step.id,
                    )
                )
            else:
                outputs.append(_generic(pack, step, sheet, network, profile, day, filename(_slug(step.id), "md"), lang))
    if markdown and scope_steps(pack, Scope.CASE) and pack.sheet_step("case_sheet") is None:
        for case in cases:
            for number, step in enumerate(scope_steps(pack, Scope.CASE)):
                name = filename(f"{_slug(step.id)}-{case.code}", "md")
                output = _generic(pack, step, case, network, profile, day, name, lang, case.code)
                outputs.append(replace(output, id=f"case:{case.code}" + (f":{step.id}" if number else "")))
    elif markdown and scope_steps(pack, Scope.CASE):
        for case in cases:
            outputs.append(
                Output(
                    id=f"case:{case.code}",
                    title=t(lang, "title.case_sheet", code=case.code),
                    kind=OutputKind.MARKDOWN,
                    filename=filename(t(lang, "file.case_sheet", code=case.code), "md"),
                    producer=case_sheet(case),
                    step_id=scope_steps(pack, Scope.CASE)[0].id,
                    case_code=case.code,
                )
            )
    if markdown and case_code is None:
        for step in scope_steps(pack, Scope.NETWORK):
            sheet = sheets.get(step.id)
            if skip_empty and not _sheet_answered(sheet):
                continue
            if step.sheet == "network_map":
                outputs.append(
                    Output(
                        id=step.id,
                        title=t(lang, "title.network"),
                        kind=OutputKind.MARKDOWN,
                        filename=filename(t(lang, "file.network"), "md"),
                        producer=network_map(sheet),
                        step_id=step.id,
                    )
                )
            else:
                outputs.append(_generic(pack, step, sheet, network, profile, day, filename(_slug(step.id), "md"), lang))
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


def _generic(
    pack: Pack,
    step: Step,
    answers: Sheet | Case | None,
    network: Sheet | None,
    profile: Sheet | None,
    day: date,
    name: str,
    lang: str,
    case_code: str = "",
) -> Output:
    return Output(
        id=step.id,
        title=f"{step.title} {case_code}".strip(),
        kind=OutputKind.MARKDOWN,
        filename=name,
        producer=lambda: render_generic_step(pack, step, answers, network, profile, today=day, case_code=case_code,
                                             lang=lang).encode(),
        step_id=step.id,
        case_code=case_code,
    )


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
            sheet = workspace.load_sheet(step.id)
            if sheet is not None:
                sheets[step.id] = sheet
    if case_code is not None:
        case = workspace.load_case(case_code)
        if case is None:
            raise KeyError(f"no case {case_code}")
        cases = [case]
    else:
        cases = workspace.load_cases()
    cases = [c for c in cases if c.code not in skip_cases]
    if case_code is not None and not cases:
        return []
    stamp = datetime.combine(today, time(), UTC) if today is not None else None
    calendar_id, memory = recall(workspace, cases) if OutputKind.CALENDAR.value in formats else ("", None)
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
) -> list[Path]:
    """Write the outputs of ``workspace`` into ``out_dir`` (created if needed), each file atomically.

    Cases in ``skip_cases`` (the identifier guard withholds them) are left out of every output: no sheet, no
    dates in the calendar.

    Sheets without answers and an empty calendar are not written; every case is. Returns the paths written, in
    the order role card, case sheets, network map, calendar. ``today`` (default: today) dates the sheets and is
    the day against which report-back dates count as past; when given, it also fixes the calendar's DTSTAMP.
    Raises ``KeyError`` for a ``case_code`` the workspace does not hold. ``workspace_language``: see
    :func:`list_outputs`.
    """
    outputs = workspace_outputs(
        workspace, pack, formats=formats, case_code=case_code, today=today, skip_cases=skip_cases,
        workspace_language=workspace_language,
    )
    out_dir = Path(out_dir)
    make_dir(out_dir)
    written: list[Path] = []
    for output in outputs:
        path = out_dir / output.filename
        data = output.data()
        atomic_write(path, data)
        if output.kind is OutputKind.CALENDAR:
            remember(workspace, data, today)  # not written (another window holds it): the file stands
        written.append(path)
    return written
