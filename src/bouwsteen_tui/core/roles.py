"""Roles: what a question of a content pack means to the method, declared in the pack, listed here once.

The outputs, the checks, the calendar and the app's drawn map rely on a few questions: the user's own
organisation, the partner list and its fields, the agreements with who / by when / report back / adjust, the
meetings … A pack says which of its questions plays which part with ``role = "…"`` on the question, and on the
fields of a records question (field roles belong to their question's role). Code finds them through
:meth:`Pack.question_for_role <bouwsteen_tui.core.content.Pack.question_for_role>`, never through an id: ids
are free for trainers.

A step says with ``sheet = "…"`` that it is exported as one of the method's own sheets (the role card, the case
agreement sheet, the network map); any other step gives a generic sheet under its own title.

This table is the one place a role is defined; ``docs/content-format.md`` lists it (a test checks the two agree).
Part of the core: imports nothing of the app, and nothing of :mod:`.content` (which imports this module).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

WORDS = ("text", "line")  # a trainer may make a one-line field multi-line, or the reverse


@dataclass(frozen=True)
class FieldRole:
    """A field of a role's records question: the field kinds it may have; ``needed`` for the role's table."""

    name: str
    kinds: tuple[str, ...]
    needed: bool
    nl: str
    en: str


@dataclass(frozen=True)
class Role:
    """A role a question can play: the kinds and step scopes it may sit on, its field roles, what it does."""

    name: str
    kinds: tuple[str, ...]
    scopes: tuple[str, ...]
    nl: str
    en: str
    fields: tuple[FieldRole, ...] = ()

    def field(self, name: str) -> FieldRole | None:
        return next((f for f in self.fields if f.name == name), None)


def _f(name: str, kinds: tuple[str, ...], needed: bool, nl: str, en: str) -> FieldRole:
    return FieldRole(name, kinds, needed, nl, en)


ROLES: tuple[Role, ...] = (
    Role("own_organisation", ("text",), ("profile",),
         "mijn organisatie: het midden van de netwerkkaart, 'Mijn organisatie' in partnerlijsten",
         "my organisation: the centre of the network map, 'My organisation' in partner lists"),
    Role("own_function", ("text",), ("profile",),
         "mijn functie: naast mijn organisatie in de tabel van betrokken partners",
         "my job title: next to my organisation in the table of partners involved"),
    Role("own_name", ("text",), ("profile",),
         "mijn naam: mijn rij in de tabellen van partners, contactpersoon op het gezinsblad",
         "my name: my row in the partner tables, the contact person on the family sheet"),
    Role("own_email", ("text",), ("profile",),
         "mijn e-mailadres: mijn rij in de tabellen van partners, het gezinsblad",
         "my e-mail address: my row in the partner tables, the family sheet"),
    Role("own_phone", ("text",), ("profile",),
         "mijn telefoonnummer: mijn rij in de tabellen van partners, het gezinsblad",
         "my phone number: my row in the partner tables, the family sheet"),
    Role("partners", ("records",), ("profile", "network"),
         "de partnerlijst (netwerkkaart) waaruit elke partnervraag kiest; zelfde als partner_source",
         "the partner list (network map) every partner question picks from; same as partner_source",
         (
             _f("organisation", WORDS, True, "naam van de partner", "the partner's name"),
             _f("type", ("choice",), True, "soort partner: de groepen van de kaart", "type: the map's groups"),
             _f("contact", WORDS, True, "contactpersoon", "contact person"),
             _f("role", WORDS, True, "rol van de contactpersoon", "the contact person's role"),
             _f("email", ("email", "line"), True, "e-mail", "e-mail"),
             _f("phone", ("phone", "line"), True, "telefoon", "phone"),
             _f("reachability", WORDS, True, "bereikbaarheid", "how to reach them"),
             _f("expertise", ("choices",), True, "expertise van de partner", "the partner's expertise"),
             _f("strength", ("scale",), True, "sterkte van de relatie: de lijnen van de kaart",
                "strength of the relationship: the map's lines"),
             _f("can_help_with", WORDS, False, "waarvoor we bij hen terechtkunnen", "what we can turn to them for"),
             _f("gaps", WORDS, False, "hiaten bij deze partner", "gaps with this partner"),
         )),
    Role("case_partners", ("partner",), ("case",),
         "de betrokken partners van een casus: een tabel met hun contactgegevens",
         "the partners involved in a case: a table with their contact details"),
    Role("actions", ("records",), ("case",),
         "de acties uit de brainstorm: gekozen acties apart, met een controle op acties die niemand opneemt",
         "the brainstormed actions: chosen ones apart, with a check for actions nobody takes on",
         (
             _f("chosen", ("yesno",), True, "gekozen?", "chosen?"),
             _f("feasibility", ("scale",), False, "haalbaarheid", "feasibility"),
             _f("impact", ("scale",), False, "impact", "impact"),
         )),
    Role("task_division", ("records",), ("case",),
         "wie neemt wat op: een tabel", "who takes on what: a table",
         (
             _f("action", ("record",), True, "de actie (een record van de acties)", "the action (a record of actions)"),
             _f("partner", ("partner",), True, "wie", "who"),
             _f("fits_mandate", ("yesno",), True, "past bij expertise en mandaat", "fits expertise and mandate"),
             _f("overlap", WORDS, True, "overlap", "overlap"),
         )),
    Role("agreements", ("records",), ("case",),
         "de afspraken: een tabel, controles op eigenaar en terugkoppeldatum, data in de kalender",
         "the agreements: a table, checks on owner and report-back date, dates in the calendar",
         (
             _f("what", WORDS, True, "wat", "what"),
             _f("who", ("partner",), True, "wie (controle: niemand of onbekend)", "who (check: nobody or unknown)"),
             _f("by_when", ("date",), True, "tegen wanneer", "by when"),
             _f("report_date", ("date",), True, "terugkoppeling: datum (kalender, controle)",
                "report back: date (calendar, check)"),
             _f("report_to", WORDS, True, "terugkoppeling: aan wie", "report back: to whom"),
             _f("adjust_date", ("date",), True, "bijsturing: datum (kalender)", "adjustment: date (calendar)"),
             _f("adjust_how", WORDS, True, "bijsturing: hoe", "adjustment: how"),
             _f("involves_family", ("yesno",), False, "betrekt het gezin (komt op het gezinsblad)",
                "involves the family (goes on the family sheet)"),
             _f("family_wording", WORDS, False, "in woorden voor het gezin (anders de tekst van 'wat')",
                "in words for the family (else the text of 'what')"),
         )),
    Role("family_contact", ("partner",), ("case",),
         "de contactpersoon van het gezin: op het gezinsblad, met hoe je hem bereikt",
         "the family's contact person: on the family sheet, with how to reach them"),
    Role("next_meeting", ("date",), ("case",),
         "het volgende overleg: op het afsprakenblad en het gezinsblad, in de kalender",
         "the next meeting: on the agreement sheet and the family sheet, in the calendar"),
    Role("network_gaps", ("text",), ("network",),
         "hiaten in het netwerk: samen met de hiaten per partner", "gaps in the network: with the gaps per partner"),
    Role("needed_expertise", ("choice",), ("network",),
         "nodige expertise: per optie de partners die ze inbrengen, controle op expertise die niemand inbrengt",
         "needed expertise: per option the partners that bring it in, a check for expertise nobody brings"),
    Role("meetings", ("records",), ("network",),
         "vaste overlegmomenten: een tabel per datum, data in de kalender",
         "standing meetings: a table by date, dates in the calendar",
         (
             _f("date", ("date",), True, "datum (kalender)", "date (calendar)"),
             _f("period", ("choice",), True, "periode", "period"),
             _f("aim", WORDS, True, "doel (titel in de kalender)", "aim (title in the calendar)"),
             _f("agenda", WORDS, True, "agenda", "agenda"),
             _f("minutes", WORDS, True, "verslag", "minutes"),
             _f("follow_up", WORDS, True, "opvolging", "follow-up"),
             _f("format", ("choice",), True, "vorm", "format"),
         )),
    Role("informal_moments", ("records",), ("network",),
         "informele ontmoetingen: een tabel per datum, data in de kalender",
         "informal moments: a table by date, dates in the calendar",
         (
             _f("date", ("date",), True, "datum (kalender)", "date (calendar)"),
             _f("what", WORDS, True, "wat (titel in de kalender)", "what (title in the calendar)"),
             _f("kind", ("choice",), True, "soort", "kind"),
             _f("purpose", WORDS, True, "doel", "purpose"),
         )),
    Role("mandates", ("records",), ("network",),
         "het mandatenregister: een tabel", "the register of mandates: a table",
         (
             _f("decision", WORDS, True, "beslissing", "decision"),
             _f("who_decides", WORDS, True, "wie beslist", "who decides"),
             _f("align_when", WORDS, True, "wanneer afstemmen", "when to align"),
         )),
)

# Who reads a document, and so which answers it holds (``readers = [...]`` on a question): the professional's own
# record holds every answer; the agreement sheet those for "partners"; the family sheet those for "family".
OWN_READER = "own"
READERS: dict[str, tuple[str, str]] = {
    "own": ("alleen in je casusverslag", "only in your case record"),
    "partners": ("zichtbaar voor partners", "visible to partners"),
    "family": ("zichtbaar voor het gezin", "visible to the family"),
}

BY_NAME: dict[str, Role] = {role.name: role for role in ROLES}

# The method's sheets a step can declare with ``sheet = "…"``: the scope it needs, what it is.
SHEETS: dict[str, tuple[str, str, str]] = {
    "role_card": ("profile", "de rolkaart (Rolkaart, rolkaart.md)", "the role card (Role card, role-card.md)"),
    "case_sheet": (
        "case",
        "het afsprakenblad per casus (Afsprakenblad, casuscode, aandachtspunten)",
        "the case agreement sheet (Case agreement sheet, case code, points to check)",
    ),
    "network_map": (
        "network",
        "de netwerkkaart en organisatieafspraken (netwerkkaart.md)",
        "the network map and organisation agreements (network-map.md)",
    ),
}


def role(name: str) -> Role:
    """The role called ``name``; ``KeyError`` for an unknown one."""
    return BY_NAME[name]


# --------------------------------------------------------------------------------------------- problems

# What check-content says about a role, in the pack's language (nl, or en for any other): key → (nl, en).
PROBLEMS: dict[str, tuple[str, str]] = {
    "unknown": (
        "onbekende rol {role!r}; kies een van: {choices}",
        "unknown role {role!r}; expected one of: {choices}",
    ),
    "kind": (
        "de rol {role!r} hoort bij een vraag van soort {kinds}, niet {kind!r}; verander de soort of haal de rol weg",
        "role {role!r} needs a question of kind {kinds}, not {kind!r}; change the kind or remove the role",
    ),
    "scope": (
        "de rol {role!r} hoort in een stap met scope {scopes}, niet {scope!r}; verplaats de vraag of haal de rol weg",
        "role {role!r} belongs in a step with scope {scopes}, not {scope!r}; move the question or remove the role",
    ),
    "twice": (
        "de rol {role!r} staat ook op vraag {other!r}; een rol mag maar één keer in een pakket",
        "role {role!r} is also declared on question {other!r}; a role may appear only once in a pack",
    ),
    "field_without_role": (
        "een veld kan de rol {role!r} alleen hebben als zijn vraag een rol heeft; "
        "zet role op de vraag of haal hem hier weg",
        "a field can have role {role!r} only when its question has a role; add one to the question or remove this",
    ),
    "field_unknown": (
        "onbekende veldrol {role!r} voor de rol {question_role!r}; kies een van: {choices}",
        "unknown field role {role!r} for role {question_role!r}; expected one of: {choices}",
    ),
    "field_kind": (
        "de veldrol {role!r} hoort bij een veld van soort {kinds}, niet {kind!r}; verander de soort of haal de rol weg",
        "field role {role!r} needs a field of kind {kinds}, not {kind!r}; change the kind or remove the role",
    ),
    "field_twice": (
        "de veldrol {role!r} staat ook op veld {other!r} van deze vraag; geef hem aan één veld",
        "field role {role!r} is also declared on field {other!r} of this question; give it to one field only",
    ),
    "partner_source": (
        "partner_source wijst naar {source!r}, maar de rol 'partners' staat op {other!r}; laat ze overeenkomen",
        "partner_source names {source!r} but role 'partners' is on {other!r}; make them agree",
    ),
    "sheet_unknown": (
        "onbekend blad {sheet!r}; kies een van: {choices}",
        "unknown sheet {sheet!r}; expected one of: {choices}",
    ),
    "sheet_scope": (
        "het blad {sheet!r} hoort bij een stap met scope {scope!r}, niet {actual!r}",
        "sheet {sheet!r} belongs to a step with scope {scope!r}, not {actual!r}",
    ),
    "sheet_twice": (
        "het blad {sheet!r} staat ook op stap {other!r}; elk blad mag maar één keer",
        "sheet {sheet!r} is also declared on step {other!r}; each sheet may appear only once",
    ),
}


def problem(language: str, key: str, **values: object) -> str:
    """A role problem's message in ``language`` (Dutch for ``nl``, else English)."""
    nl, en = PROBLEMS[key]
    return (nl if language == "nl" else en).format(**values)


def listing(names: Iterable[str]) -> str:
    """Names as ``'a', 'b', 'c'`` for a message."""
    return ", ".join(repr(str(n)) for n in names)


@dataclass(frozen=True)
class Declared:
    """A question of a pack as the role check sees it: where it is, its kind and role, its fields' roles."""

    step_id: str
    scope: str
    question_id: str
    kind: str
    role: str
    fields: tuple[tuple[str, str, str], ...] = ()  # (field id, field kind, field role)


@dataclass(frozen=True)
class RoleProblem:
    """A wrong declaration: the step's file, the field path, the id it follows, the name declared, the message."""

    step_id: str
    where: str
    after: str
    name: str
    message: str


def check(language: str, sheets: Iterable[tuple[str, str, str]], questions: Iterable[Declared]) -> list[RoleProblem]:
    """Every wrong ``sheet`` (step id, scope, sheet) and ``role`` of a pack: unknown, wrong kind or scope, twice."""
    problems: list[RoleProblem] = []

    def report(step_id: str, where: str, after: str, name: str, key: str, **values: object) -> None:
        problems.append(RoleProblem(step_id, where, after, name, problem(language, key, **values)))

    seen_sheets: dict[str, str] = {}
    for step_id, scope, sheet in sheets:
        if not sheet:
            continue
        if sheet not in SHEETS:
            report(step_id, "sheet", step_id, sheet, "sheet_unknown", sheet=sheet, choices=listing(SHEETS))
        elif SHEETS[sheet][0] != scope:
            report(step_id, "sheet", step_id, sheet, "sheet_scope", sheet=sheet, scope=SHEETS[sheet][0], actual=scope)
        elif sheet in seen_sheets:
            report(step_id, "sheet", step_id, sheet, "sheet_twice", sheet=sheet, other=seen_sheets[sheet])
        seen_sheets.setdefault(sheet, step_id)
    seen: dict[str, str] = {}
    for q in questions:
        where, role = f"question {q.question_id}.role", BY_NAME.get(q.role)
        if q.role and role is None:
            report(q.step_id, where, q.question_id, q.role, "unknown", role=q.role, choices=listing(BY_NAME))
        elif role is not None and q.kind not in role.kinds:
            report(q.step_id, where, q.question_id, q.role, "kind", role=q.role, kinds=listing(role.kinds), kind=q.kind)
        elif role is not None and q.scope not in role.scopes:
            report(q.step_id, where, q.question_id, q.role, "scope", role=q.role, scopes=listing(role.scopes),
                   scope=q.scope)
        elif role is not None and q.role in seen:
            report(q.step_id, where, q.question_id, q.role, "twice", role=q.role, other=seen[q.role])
        if q.role:
            seen.setdefault(q.role, q.question_id)
        taken: dict[str, str] = {}
        for field_id, kind, name in q.fields:
            if not name:
                continue
            where = f"question {q.question_id}.fields.{field_id}.role"
            field_role = role.field(name) if role is not None else None
            if not q.role:
                report(q.step_id, where, field_id, name, "field_without_role", role=name)
            elif role is None:
                continue  # the question's unknown role is reported already
            elif field_role is None:
                report(q.step_id, where, field_id, name, "field_unknown", role=name, question_role=role.name,
                       choices=listing(f.name for f in role.fields) or "–")
            elif kind not in field_role.kinds:
                report(q.step_id, where, field_id, name, "field_kind", role=name, kinds=listing(field_role.kinds),
                       kind=kind)
            elif name in taken:
                report(q.step_id, where, field_id, name, "field_twice", role=name, other=taken[name])
            taken.setdefault(name, field_id)
    return problems


def declaration_line(text: str, name: str, after: str) -> int | None:
    """The line of ``role``/``sheet = "name"`` at or after the line that defines id ``after`` (best effort)."""
    start = re.search(r'^\s*id\s*=\s*["\']' + re.escape(after) + r'["\']', text, re.MULTILINE)
    pattern = re.compile(r'^\s*(role|sheet)\s*=\s*["\']' + re.escape(name) + r'["\']', re.MULTILINE)
    found = pattern.search(text, start.start() if start else 0)
    return text.count("\n", 0, found.start()) + 1 if found else None


def docs_table() -> str:
    """The roles as the Markdown table of ``docs/content-format.md`` (a test checks the docs hold exactly this)."""
    lines = [
        "| role | question kind | step scope | field roles (kinds; * = needed for the table) | what it does |",
        "| --- | --- | --- | --- | --- |",
    ]
    for item in ROLES:
        fields = "; ".join(
            f"`{f.name}`{'*' if f.needed else ''} ({'/'.join(f.kinds)})" for f in item.fields
        ) or "—"
        lines.append(
            f"| `{item.name}` | {'/'.join(item.kinds)} | {'/'.join(item.scopes)} | {fields} | {item.en} |"
        )
    return "\n".join(lines)
