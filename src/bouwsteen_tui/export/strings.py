"""Every fixed string of the outputs, in Flemish Dutch and English.

The outputs follow the language of the content pack: a Dutch pack exports Dutch sheets, an English pack English
ones. A pack in a language Bouwsteen does not speak gets the strings of the workspace's language (the interface
language the user chose) around its own texts: the one rule of :mod:`bouwsteen_tui.core.languages`.

The strings are a :class:`~bouwsteen_tui.i18n.Catalog` per language, the same type the app and the command line
use; :func:`t` looks a key up in the catalogue of the language it is given.

Imports neither textual nor rich.
"""

from __future__ import annotations

import re
from datetime import date

from bouwsteen_tui.core.languages import LANGUAGES, choose_language
from bouwsteen_tui.i18n import Catalog

# key → (Flemish Dutch, English)
STRINGS: dict[str, tuple[str, str]] = {
    # --- document titles and file names
    "title.role_card": ("Rolkaart", "Role card"),
    "title.case_record": ("Casusverslag {code}", "Case record {code}"),
    "title.agreement_sheet": ("Afsprakenblad {code}", "Agreement sheet {code}"),
    "title.family_sheet": ("Onze afspraken", "Our agreements"),
    "title.network": ("Netwerkkaart en organisatieafspraken", "Network map and organisation agreements"),
    "file.role_card": ("rolkaart", "role-card"),
    "file.case_record": ("casusverslag-{code}", "case-record-{code}"),
    "file.agreement_sheet": ("afsprakenblad-{code}", "agreement-sheet-{code}"),
    "file.family_sheet": ("gezinsblad-{code}", "family-sheet-{code}"),
    "reader.own": ("Casusverslag", "Case record"),
    "reader.partners": ("Afsprakenblad", "Agreement sheet"),
    "reader.family": ("Gezinsblad", "Family sheet"),
    "record.confidential": (
        "Vertrouwelijk: dit is je eigen verslag van de casus. Deel het niet; deel het afsprakenblad of het gezinsblad.",
        "Confidential: this is your own record of the case. Do not share it; share the agreement sheet or the "
        "family sheet.",
    ),
    "strength.strong": ("sterk", "strong"),
    "strength.workable": ("werkbaar", "workable"),
    "strength.weak": ("zwak", "weak"),
    "strength.none": ("geen relatie", "no relationship"),
    "strength.unknown": ("niet ingevuld", "not filled in"),
    "file.network": ("netwerkkaart", "network-map"),
    "file.calendar": ("kalender", "calendar"),
    "lang.tag": ("nl-BE", "en-GB"),
    # --- general
    "empty.sheet": (
        "Er is nog niets ingevuld voor deze stap.",
        "Nothing has been filled in for this step yet.",
    ),
    "empty.cell": ("–", "–"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "primary": ("{label} (vooral)", "{label} (mainly)"),
    "own_organisation": ("Mijn organisatie", "My organisation"),
    "unknown_partner": ("onbekende partner", "unknown partner"),
    "unknown_record": ("onbekend item", "unknown item"),
    "item": ("item", "item"),
    "record_heading": ("{item} {number}: {title}", "{item} {number}: {title}"),
    "record_heading_untitled": ("{item} {number}", "{item} {number}"),
    "other_partners": ("Andere partners", "Other partners"),
    "checks.heading": ("Aandachtspunten", "Points to check"),
    "checks.intro": (
        "Bouwsteen vond deze punten om na te kijken voor je dit blad deelt.",
        "Bouwsteen found these points to check before you share this sheet.",
    ),
    # --- case agreement sheet
    "case.overview": ("Casus", "Case"),
    "case.code": ("Casuscode", "Case code"),
    "case.date": ("Datum", "Date"),
    "case.description": ("Korte beschrijving", "Short description"),
    "case.status": ("Status", "Status"),
    "case.closed": ("afgesloten", "closed"),
    "case.partners": ("Betrokken partners", "Partners involved"),
    "case.next_meeting": ("We zien elkaar opnieuw op {date}.", "We meet again on {date}."),
    "case.no_names": (
        "Dit blad gebruikt alleen de casuscode, nooit de naam van het kind.",
        "This sheet uses the case code only, never the child's name.",
    ),
    "col.partner": ("Partner", "Partner"),
    "col.contact": ("Contactpersoon", "Contact person"),
    "col.email": ("E-mail", "E-mail"),
    "col.phone": ("Telefoon", "Phone"),
    "actions.chosen": ("Gekozen acties", "Chosen actions"),
    "actions.others": ("Andere ideeën uit de brainstorm", "Other ideas from the brainstorm"),
    "actions.scores": ("haalbaarheid: {feasibility}; impact: {impact}", "feasibility: {feasibility}; impact: {impact}"),
    "actions.none_chosen": (
        "Er is nog geen actie gekozen.",
        "No action has been chosen yet.",
    ),
    "col.action": ("Actie", "Action"),
    "col.feasibility": ("Haalbaarheid", "Feasibility"),
    "col.impact": ("Impact", "Impact"),
    "col.taken_on_by": ("Wie neemt het op", "Taken on by"),
    "nobody_yet": ("nog niemand", "nobody yet"),
    "col.who": ("Wie", "Who"),
    "col.fits_mandate": ("Past bij expertise en mandaat", "Fits expertise and mandate"),
    "col.overlap": ("Overlap", "Overlap"),
    "col.number": ("Nr.", "No."),
    "col.what": ("Wat", "What"),
    "col.by_when": ("Tegen wanneer", "By when"),
    "col.report_back": ("Terugkoppeling (wanneer, aan wie)", "Report back (when, to whom)"),
    "col.adjust": ("Bijsturing (wanneer, hoe)", "Adjustment (when, how)"),
    "agreements.full": ("Afspraken voluit", "Agreements in full"),
    "agreements.see_below": ("{text} (zie afspraak {number} voluit)", "{text} (see agreement {number} in full)"),
    "agreement.item": ("Afspraak {number}", "Agreement {number}"),
    "date_to": ("{date}, aan {whom}", "{date}, to {whom}"),
    "date_how": ("{date}: {how}", "{date}: {how}"),
    # --- network map and organisation agreements
    "col.organisation": ("Organisatie", "Organisation"),
    "col.type": ("Soort", "Type"),
    "col.role": ("Rol", "Role"),
    "col.reachability": ("Bereikbaarheid", "How to reach"),
    "col.strength": ("Relatie", "Relationship"),
    "map.contact_details": ("Contactgegevens", "Contact details"),
    "col.expertise": ("Expertise", "Expertise"),
    "map.diagram": ("Netwerkschema", "Network diagram"),
    "map.diagram_note": (
        "Het schema hieronder staat in Mermaid-notatie: mijn organisatie in het midden, de partners per soort. "
        "Een dikke lijn is een sterke relatie, een gewone lijn een werkbare, een stippellijn met pijl een zwakke "
        "en een stippellijn zonder pijl nog geen relatie. De tabellen hierboven bevatten dezelfde gegevens.",
        "The diagram below is in Mermaid notation: my organisation in the middle, the partners by type. "
        "A thick line is a strong relationship, a plain line a workable one, a dotted arrow a weak one and a "
        "dotted line without arrow no relationship yet. The tables above hold the same information.",
    ),
    "map.help_with": ("Waarvoor we bij wie terechtkunnen", "Whom we can turn to for what"),
    "map.gaps": ("Hiaten", "Gaps"),
    "map.no_link": ("Nog geen relatie met", "No relationship yet with"),
    "map.missing_expertise": ("Expertise die nog geen partner inbrengt", "Expertise no partner brings in yet"),
    "col.brought_in_by": ("Ingebracht door", "Brought in by"),
    "no_partner_yet": ("nog geen enkele partner", "no partner yet"),
    "not_checked": ("eigen aanvulling, niet nagekeken", "own addition, not checked"),
    "col.date": ("Datum", "Date"),
    "col.period": ("Periode", "Period"),
    "col.aim": ("Doel", "Aim"),
    "col.format": ("Vorm", "Format"),
    "col.minutes": ("Verslag", "Minutes"),
    "col.follow_up": ("Opvolging", "Follow-up"),
    "meeting.agenda": ("Agenda van het overleg van {date}", "Agenda of the meeting on {date}"),
    "meeting.agenda_undated": ("Agenda: {aim}", "Agenda: {aim}"),
    "col.kind": ("Soort", "Kind"),
    "col.purpose": ("Wat we van elkaar te weten willen komen", "What we want to learn about each other"),
    "col.decision": ("Beslissing", "Decision"),
    "col.who_decides": ("Wie beslist", "Who decides"),
    "col.align_when": ("Wanneer afstemmen", "When to align"),
    # --- cross-step checks
    "check.where.case": ("{code}, {item}", "{code}, {item}"),
    "check.where.partner": ("netwerkkaart, {name}", "network map, {name}"),
    "check.where.expertise": ("netwerkkaart, expertise", "network map, expertise"),
    "check.agreement_no_owner": (
        "Niemand neemt deze afspraak op: duid aan wie ze opneemt.",
        "Nobody takes on this agreement: say who does.",
    ),
    "check.agreement_unknown_owner": (
        "Wie deze afspraak opneemt, staat niet (meer) op de netwerkkaart: kies een partner van de netwerkkaart.",
        "Whoever takes on this agreement is not (or no longer) on the network map: choose a partner from the map.",
    ),
    "check.action_unassigned": (
        "Niemand neemt de gekozen actie ‘{action}’ op: verdeel ze bij ‘wie neemt wat op’.",
        "Nobody takes on the chosen action ‘{action}’: assign it under ‘who takes on what’.",
    ),
    "check.report_date_missing": (
        "Er is geen datum om terug te koppelen: spreek af wanneer je terugkoppelt.",
        "There is no report-back date: agree when you will report back.",
    ),
    "check.report_date_past": (
        "De datum om terug te koppelen ({date}) is voorbij: koppel terug of spreek een nieuwe datum af.",
        "The report-back date ({date}) has passed: report back or agree on a new date.",
    ),
    "check.partner_no_contact": (
        "Er zijn geen contactgegevens: noteer een contactpersoon, e-mail, telefoon of bereikbaarheid.",
        "There are no contact details: add a contact person, e-mail, phone or how to reach them.",
    ),
    "check.expertise_not_covered": (
        "Nog geen enkele partner brengt de nodige expertise ‘{expertise}’ in.",
        "No partner brings in the needed expertise ‘{expertise}’ yet.",
    ),
    "check.family_wording_abbreviation": (
        "De tekst voor het gezin gebruikt {abbreviations} zonder uitleg: zeg wat het betekent of laat de "
        "afkorting weg.",
        "The text for the family uses {abbreviations} without explaining it: say what it means or leave it out.",
    ),
    "check.family_what_abbreviation": (
        "Deze afspraak komt op het gezinsblad en gebruikt {abbreviations} zonder uitleg: schrijf een tekst voor het "
        "gezin, zonder afkortingen.",
        "This agreement goes on the family sheet and uses {abbreviations} without explaining it: write a text for the "
        "family, without abbreviations.",
    ),
    # --- family sheet: plain words, short sentences, no abbreviations (about level B1)
    "family.intro": (
        "Dit blad is voor u en uw gezin. Hier staat wat we samen afspreken.",
        "This sheet is for you and your family. It says what we agree on together.",
    ),
    "family.code": (
        "We schrijven geen namen op dit blad. We gebruiken de code {code}.",
        "We write no names on this sheet. We use the code {code}.",
    ),
    "family.agreements": ("Wat spreken we af?", "What do we agree?"),
    "family.agreement": ("Afspraak {number}", "Agreement {number}"),
    "family.who": ("Wie doet het?", "Who does it?"),
    "family.by_when": ("Tegen wanneer?", "By when?"),
    "family.report": ("Wanneer vertellen we hoe het gaat?", "When do we tell each other how it is going?"),
    "family.adjust": ("Wanneer kijken we of het plan nog goed is?", "When do we check if the plan still works?"),
    "family.none": (
        "Er staat nog geen afspraak voor u of uw gezin op dit blad.",
        "There is no agreement for you or your family on this sheet yet.",
    ),
    "family.contact": ("Met wie kunt u praten?", "Who can you talk to?"),
    "family.contact_intro": (
        "Hebt u een vraag? Of gaat iets niet goed? Neem dan contact op met:",
        "Do you have a question? Is something not going well? Then contact:",
    ),
    "family.name": ("Naam", "Name"),
    "family.works_at": ("Werkt bij", "Works at"),
    "family.email": ("E-mail", "E-mail"),
    "family.phone": ("Telefoon", "Phone"),
    "family.reach": ("Wanneer bereikbaar", "When you can reach them"),
    "family.again": ("Wanneer zien we elkaar weer?", "When do we meet again?"),
    "family.next": ("We zien elkaar weer op {date}.", "We meet again on {date}."),
    "family.more": ("Andere afspraken", "Other agreements"),
    # --- calendar
    "ics.report": ("{code}: terugkoppeling – {what}", "{code}: report back – {what}"),
    "ics.adjust": ("{code}: bijsturing – {what}", "{code}: adjustment – {what}"),
    "ics.agreement": ("Afspraak: {what}", "Agreement: {what}"),
    "ics.who": ("Wie neemt het op: {who}", "Taken on by: {who}"),
    "ics.report_to": ("Terugkoppelen aan: {whom}", "Report back to: {whom}"),
    "ics.adjust_how": ("Hoe bijsturen: {how}", "How to adjust: {how}"),
    "ics.meeting_untitled": ("Vast overleg", "Standing meeting"),
    "ics.informal_untitled": ("Informele ontmoeting", "Informal meeting"),
    "ics.purpose": ("Doel: {purpose}", "Purpose: {purpose}"),
    "ics.by_when": ("{code}: uiterste datum – {what}", "{code}: due – {what}"),
    "ics.next_meeting": ("{code}: volgend overleg", "{code}: next meeting"),
    "ics.cancelled": ("{code}: vervallen", "{code}: cancelled"),
    "ics.cancelled_network": ("Vervallen", "Cancelled"),
    "ics.cancelled_note": (
        "Deze datum staat niet meer in Bouwsteen.",
        "This date is no longer in Bouwsteen.",
    ),
}

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


CATALOGS: dict[str, Catalog] = {language: Catalog(language, STRINGS) for language in LANGUAGES}
"""The outputs' catalogue in each language Bouwsteen speaks."""


def output_language(language: str, workspace_language: str | None = None) -> str:
    """The language of the fixed strings for a pack in ``language``: the pack's own if Bouwsteen speaks it, else
    the workspace's language, else Dutch (:func:`~bouwsteen_tui.core.languages.choose_language`)."""
    return choose_language(language, workspace_language)


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang`` ("nl" or "en"), filled in with ``values``: ``CATALOGS[lang](key, ...)``.

    Another language is a ``KeyError``: :func:`output_language` chooses the language first.
    """
    return CATALOGS[lang](key, **values)


def has(key: str) -> bool:
    """Whether the catalogue holds ``key``."""
    return CATALOGS[LANGUAGES[0]].has(key)


# What ends a line or separates words for :func:`one_line`: ASCII white space and the line separators. A no-break
# space, a narrow no-break space (in ``1 000`` as some type it) or any other space the user typed stays as typed.
_BREAKS = re.compile(r"[ \t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]+")
_NOT_ONE_LINE = re.compile(r"[\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]|  ")


def one_line(text: str) -> str:
    """``text`` on one line: every run of line breaks and ASCII white space becomes one space, ends trimmed.

    Unlike ``" ".join(text.split())``, a no-break space stays a no-break space: export keeps what was typed.
    """
    if _NOT_ONE_LINE.search(text) is None:  # no line break and no run of spaces: nothing to join
        return text.strip(" ")
    return _BREAKS.sub(" ", text).strip(" ")


_TO = {"nl": re.compile(r"^aan\s+", re.IGNORECASE), "en": re.compile(r"^to\s+", re.IGNORECASE)}


def without_to(whom: str, lang: str) -> str:
    """``whom`` without a leading "aan"/"to" the user typed, where the sheet writes "{date}, aan {whom}"."""
    pattern = _TO.get(lang)
    return pattern.sub("", whom.strip(), count=1) if pattern is not None else whom


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:–-") + "…"


DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def format_date_long(value: date, lang: str) -> str:
    """A date written out, as plain language asks: ``vrijdag 15 januari 2027``, ``Friday 15 January 2027``."""
    day = DAYS.get(lang, DAYS["en"])[value.weekday()]
    month = MONTHS_NL[value.month - 1] if lang == "nl" else MONTHS_EN[value.month - 1]
    return f"{day} {value.day} {month} {value.year}"


def format_date(value: date, lang: str) -> str:
    """A date as readers of ``lang`` expect it: ``28-11-2026`` in Dutch, ``28 November 2026`` in English."""
    if lang == "nl":
        return value.strftime("%d-%m-%Y")
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
