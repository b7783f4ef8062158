"""Plain mode's messages (``bouwsteen --plain``): key → (Flemish Dutch, English).

Plain mode also uses the app's catalogue (:mod:`.ui`) for what it shares with the app (dates, cases, the review,
the export); these are its own: the dialogue, the kinds of answer expected, the words one may type. The option
``--plain`` is described here too, for the command line's catalogue (:mod:`.cli`).
"""

from __future__ import annotations

_FIELD_KEEP_NL = "Een lege regel houdt de huidige waarde."
_FIELD_KEEP_EN = "An empty line keeps the current value."

PLAIN_MESSAGES: dict[str, tuple[str, str]] = {
    "opt.plain": (
        "een eenvoudige dialoog, regel per regel, voor schermlezers en eenvoudige terminals (ook met "
        "BOUWSTEEN_PLAIN=1)",
        "a simple line-by-line dialogue, for screen readers and simple terminals (also with BOUWSTEEN_PLAIN=1)",
    ),
    # ------------------------------------------------------------------ start, end
    "plain.welcome": ("Bouwsteen in gewone tekst: {title}.", "Bouwsteen in plain text: {title}."),
    "plain.welcome_words": (
        "Antwoord met een nummer of een tekst en druk op Enter. Typ {help} voor uitleg, {stop} om te stoppen. "
        "Elk antwoord wordt meteen bewaard.",
        "Answer with a number or a text and press Enter. Type {help} for help, {stop} to stop. Every answer is "
        "saved at once.",
    ),
    "plain.problem": ("Let op: {file}: {reason}.", "Note: {file}: {reason}."),
    "plain.problem_set_aside": (
        "Let op: {file}: {reason}. Het bestand is onaangeroerd opzij gezet naar {target}; de rest is geladen.",
        "Note: {file}: {reason}. The file was set aside untouched to {target}; the rest was loaded.",
    ),
    "plain.pack_broken": (
        "Het inhoudspakket in {folder} kan niet gebruikt worden:",
        "The content pack in {folder} cannot be used:",
    ),
    "plain.bye": ("Alles is bewaard. Tot ziens.", "Everything is saved. Goodbye."),
    "plain.bye_read_only": (
        "Gestopt. Deze werkmap was alleen te lezen: er is niets gewijzigd.",
        "Stopped. This workspace was read-only: nothing was changed.",
    ),
    "plain.bye_unsaved": (
        "Let op: {count} document(en) konden niet bewaard worden ({reason}).",
        "Careful: {count} document(s) could not be saved ({reason}).",
    ),
    # ------------------------------------------------------------------ menus
    "plain.menu": ("Hoofdmenu", "Main menu"),
    "plain.step_line": ("Stap {number}: {title}. {status}", "Step {number}: {title}. {status}"),
    "plain.progress": (
        "{answered} van {total} vragen beantwoord, checklist {checked} van {checklist}.",
        "{answered} of {total} questions answered, checklist {checked} of {checklist}.",
    ),
    "plain.case_count": ("Per casus; {count} casus(sen).", "Per case; {count} case(s)."),
    "plain.menu.cases": ("Casussen: openen, nieuw, afsluiten", "Cases: open, new, close"),
    "plain.menu.review": ("Overzicht van je antwoorden", "Overview of your answers"),
    "plain.menu.export": ("Exporteren", "Export"),
    "plain.menu.help": ("Hulp", "Help"),
    "plain.menu.stop": ("Stoppen", "Stop"),
    "plain.choose": ("Kies een nummer.", "Choose a number."),
    "plain.choose_number": ("Kies een nummer van 1 tot {count}.", "Choose a number from 1 to {count}."),
    "plain.help": (
        "Bouwsteen stelt de vragen van het inhoudspakket een voor een. Bij elke vraag hoor je waar je bent, je "
        "huidige antwoord en wat voor antwoord er verwacht wordt. Typ {help} bij een vraag voor de uitleg bij die "
        "vraag.",
        "Bouwsteen asks the questions of the content pack one by one. At each question you hear where you are, "
        "your current answer and the kind of answer expected. Type {help} at a question for the help with that "
        "question.",
    ),
    "plain.help_text": (
        "Een tekst van meer regels sluit je af met een regel met enkel een punt. Een lege regel laat een antwoord "
        "zoals het is. Nummers scheid je met komma's. Datums typ je als dd-mm-jjjj. Een casus krijgt een code, "
        "nooit de naam van een kind.",
        "End a text of several lines with a line holding only a full stop. An empty line leaves an answer as it "
        "is. Separate numbers with commas. Type dates as dd-mm-yyyy. A case gets a code, never a child's name.",
    ),
    "plain.words.question": (
        "Woorden: {back} (vorige vraag), {skip} (volgende vraag), {review} (overzicht van deze stap), {clear} "
        "(antwoord leegmaken), {menu} (hoofdmenu), {stop} (stoppen).",
        "Words: {back} (previous question), {skip} (next question), {review} (overview of this step), {clear} "
        "(empty the answer), {menu} (main menu), {stop} (stop).",
    ),
    "plain.words.field": (
        "Woorden: {back} (vorig veld), {clear} (veld leegmaken), {stop} (stoppen).",
        "Words: {back} (previous field), {clear} (empty the field), {stop} (stop).",
    ),
    "plain.yes_no": ("Typ {yes} of {no}.", "Type {yes} or {no}."),
    "plain.not_yes_no": ("Typ {yes} of {no}.", "Type {yes} or {no}."),
    "plain.bad_number": (
        "{text} is geen nummer uit de lijst. Kies van 1 tot {count}.",
        "{text} is not a number from the list. Choose from 1 to {count}.",
    ),
    "plain.one_number": ("Kies één nummer, van 1 tot {count}.", "Choose one number, from 1 to {count}."),
    "plain.nothing_to_pick": ("Er is hier nog niets om te kiezen.", "There is nothing to choose here yet."),
    # ------------------------------------------------------------------ cases
    "plain.case_line": ("{number}. {code}, {status}: {description}", "{number}. {code}, {status}: {description}"),
    "plain.no_cases": ("Nog geen casussen.", "No cases yet."),
    "plain.cases_hint": (
        "Typ het nummer van een casus om ze te openen, {new} voor een nieuwe casus, {close} en een nummer om ze af "
        "te sluiten, {reopen} en een nummer om ze te heropenen. Een lege regel gaat terug naar het hoofdmenu.",
        "Type a case's number to open it, {new} for a new case, {close} and a number to close it, {reopen} and a "
        "number to reopen it. An empty line goes back to the main menu.",
    ),
    "plain.description": ("Korte beschrijving, zonder namen:", "Short description, without names:"),
    "plain.case_closed": ("Casus {code} is afgesloten.", "Case {code} is closed."),
    "plain.case_reopened": ("Casus {code} is heropend.", "Case {code} is reopened."),
    # ------------------------------------------------------------------ a step
    "plain.step_title": ("Stap {number}: {title}", "Step {number}: {title}"),
    "plain.of_case": ("(casus {code})", "(case {code})"),
    "plain.step_parts": ("De delen van deze stap:", "The parts of this step:"),
    "plain.answered": ("{answered} van {total} beantwoord", "{answered} of {total} answered"),
    "plain.checklist_part": ("{label} (checklist van deze stap)", "{label} (checklist of this step)"),
    "plain.choose_part": (
        "Bij welk deel begin je? Kies een nummer; een lege regel begint bij deel 1.",
        "Which part do you begin with? Choose a number; an empty line begins with part 1.",
    ),
    "plain.question": ("Vraag {number} van {total}, deel {part}: {label}",
                       "Question {number} of {total}, part {part}: {label}"),
    "plain.checklist_question": ("Checklist van deze stap: {label}", "Checklist of this step: {label}"),
    "plain.step_done": ("Dat was de laatste vraag van stap {number}.", "That was the last question of step {number}."),
    "plain.saved": ("Bewaard.", "Saved."),
    "plain.current": ("Huidig antwoord:", "Current answer:"),
    "plain.current_is": ("Huidig antwoord: {answer}", "Current answer: {answer}"),
    "plain.no_answer": ("Nog geen antwoord.", "No answer yet."),
    "plain.chosen_mark": (" (gekozen)", " (chosen)"),
    "plain.ticked_mark": (" (aangevinkt)", " (ticked)"),
    "plain.ticked": ("aangevinkt: {item}", "ticked: {item}"),
    "plain.own_answer": ("Eigen antwoord: {text}", "Own answer: {text}"),
    "plain.primary_after": ("{answer} (belangrijkste: {primary})", "{answer} (main one: {primary})"),
    "plain.help_there": ("Typ {help} voor uitleg.", "Type {help} for help."),
    "plain.no_help": ("Bij deze vraag hoort geen extra uitleg.", "This question has no further help."),
    "plain.example": ("Voorbeeld: {example}", "Example: {example}"),
    "plain.no_partners": (
        "Je netwerkkaart heeft nog geen partners; je kan wel je eigen organisatie kiezen.",
        "Your network map has no partners yet; you can choose your own organisation.",
    ),
    # ------------------------------------------------------------------ the kind of answer expected
    "plain.kind.text": (
        "Typ een tekst; een lege regel houdt het huidige antwoord.",
        "Type a text; an empty line keeps the current answer.",
    ),
    "plain.kind.text_lines": (
        "Typ een tekst, één of meer regels, en sluit af met een regel met enkel een punt. Een lege regel houdt "
        "het huidige antwoord.",
        "Type a text, one or more lines, and end with a line holding only a full stop. An empty line keeps the "
        "current answer.",
    ),
    "plain.kind.choice_one": (
        "Kies een nummer; een lege regel houdt het huidige antwoord.",
        "Choose a number; an empty line keeps the current answer.",
    ),
    "plain.kind.choice_many": (
        "Nummers gescheiden door komma's, bv. 1, 3: je keuze vervangt de vorige. Een lege regel houdt het "
        "huidige antwoord.",
        "Numbers separated by commas, e.g. 1, 3: your choice replaces the earlier one. An empty line keeps the "
        "current answer.",
    ),
    "plain.kind.other": (
        "Een eigen antwoord typ je na een plusteken.",
        "Type an answer of your own after a plus sign.",
    ),
    "plain.kind.checklist": (
        "Nummers gescheiden door komma's: wat je aanvinkt. Je keuze vervangt de vorige; een lege regel houdt ze.",
        "Numbers separated by commas: what you tick. Your choice replaces the earlier one; an empty line keeps it.",
    ),
    "plain.kind.date": (
        "Datum als dd-mm-jjjj; een lege regel houdt het huidige antwoord.",
        "Date as dd-mm-yyyy; an empty line keeps the current answer.",
    ),
    "plain.kind.scale": (
        "Kies een nummer op de schaal; een lege regel houdt het huidige antwoord.",
        "Choose a number on the scale; an empty line keeps the current answer.",
    ),
    "plain.kind.partner_one": (
        "Kies een nummer; een lege regel houdt het huidige antwoord.",
        "Choose a number; an empty line keeps the current answer.",
    ),
    "plain.kind.partner_many": (
        "Nummers gescheiden door komma's: je keuze vervangt de vorige. Een lege regel houdt het huidige antwoord.",
        "Numbers separated by commas: your choice replaces the earlier one. An empty line keeps the current "
        "answer.",
    ),
    "plain.kind.partner_new": (
        "Typ {new} om een partner aan je netwerkkaart toe te voegen.",
        "Type {new} to add a partner to your network map.",
    ),
    "plain.kind.records": (
        "Typ {add}, {edit} en een nummer, of {delete} en een nummer. Een lege regel gaat naar de volgende vraag.",
        "Type {add}, {edit} and a number, or {delete} and a number. An empty line goes to the next question.",
    ),
    "plain.primary_question": ("Welke is de belangrijkste?", "Which is the main one?"),
    "plain.primary_expected": (
        "Kies een nummer; een lege regel: geen.",
        "Choose a number; an empty line: none.",
    ),
    "plain.no_other": (
        "Bij deze vraag kan je geen eigen antwoord toevoegen: kies uit de lijst.",
        "This question takes no answer of your own: choose from the list.",
    ),
    # ------------------------------------------------------------------ records
    "plain.records.count": ("{count} keer {item}:", "{count} × {item}:"),
    "plain.records.what": (
        "Typ {add}, {edit} en een nummer, of {delete} en een nummer.",
        "Type {add}, {edit} and a number, or {delete} and a number.",
    ),
    "plain.records.delete": ("Nummer {number} ({title}) verwijderen?", "Delete number {number} ({title})?"),
    "plain.records.deleted": ("Nummer {number} is verwijderd en bewaard.", "Number {number} is deleted and saved."),
    "plain.records.kept": ("Nummer {number} is bewaard.", "Number {number} is saved."),
    "plain.records.missing": ("Vul nog in: {field}.", "Still to fill in: {field}."),
    "plain.field": ("Veld {number} van {total}: {label}", "Field {number} of {total}: {label}"),
    "plain.required": (" (verplicht)", " (required)"),
    "plain.draft": (
        "Er is een onafgewerkt concept van {time}. Wil je daarmee verder?",
        "There is an unfinished draft from {time}. Do you want to continue with it?",
    ),
    "plain.field.text": (
        "Typ een tekst en sluit af met een regel met enkel een punt. " + _FIELD_KEEP_NL,
        "Type a text and end with a line holding only a full stop. " + _FIELD_KEEP_EN,
    ),
    "plain.field.line": ("Typ een tekst. " + _FIELD_KEEP_NL, "Type a text. " + _FIELD_KEEP_EN),
    "plain.field.email": ("Typ een e-mailadres. " + _FIELD_KEEP_NL, "Type an e-mail address. " + _FIELD_KEEP_EN),
    "plain.field.phone": ("Typ een telefoonnummer. " + _FIELD_KEEP_NL, "Type a phone number. " + _FIELD_KEEP_EN),
    "plain.field.date": ("Datum als dd-mm-jjjj. " + _FIELD_KEEP_NL, "Date as dd-mm-yyyy. " + _FIELD_KEEP_EN),
    "plain.field.scale": ("Kies een nummer. " + _FIELD_KEEP_NL, "Choose a number. " + _FIELD_KEEP_EN),
    "plain.field.choice": ("Kies een nummer. " + _FIELD_KEEP_NL, "Choose a number. " + _FIELD_KEEP_EN),
    "plain.field.choices": (
        "Nummers gescheiden door komma's. " + _FIELD_KEEP_NL,
        "Numbers separated by commas. " + _FIELD_KEEP_EN,
    ),
    "plain.field.partner": ("Kies een nummer. " + _FIELD_KEEP_NL, "Choose a number. " + _FIELD_KEEP_EN),
    "plain.field.record": ("Kies een nummer. " + _FIELD_KEEP_NL, "Choose a number. " + _FIELD_KEEP_EN),
    "plain.field.yesno": ("Typ {yes} of {no}. " + _FIELD_KEEP_NL, "Type {yes} or {no}. " + _FIELD_KEEP_EN),
    # ------------------------------------------------------------------ the identifier guard
    "plain.guard.found": (
        "Let op: dit antwoord bevat mogelijk gegevens die iemand identificeren ({kinds}). Gebruik de casuscode "
        "in de plaats. Wat doe je?",
        "Careful: this answer may contain data that identify someone ({kinds}). Use the case code instead. "
        "What do you do?",
    ),
    "plain.guard.replace": ("Vervangen door de casuscode {code}", "Replace them with the case code {code}"),
    "plain.guard.replace_new": ("Vervangen door de casuscode", "Replace them with the case code"),
    "plain.guard.keep": ("Toch zo bewaren", "Keep it anyway"),
    "plain.guard.retype": ("Opnieuw typen", "Type it again"),
    "plain.guard.records": (
        "Typ {edit} en het nummer om het aan te passen.",
        "Type {edit} and the number to change it.",
    ),
    # ------------------------------------------------------------------ review and export
    "plain.review_which": ("Van welke stap wil je het overzicht?", "Which step do you want to review?"),
    "plain.review_case": ("Van welke casus?", "Which case?"),
    "plain.review_end": ("Einde van het overzicht.", "End of the overview."),
    "plain.review_identifiers": (
        "Let op: deze casus bevat mogelijk gegevens die iemand identificeren.",
        "Careful: this case may contain data that identify someone.",
    ),
    "plain.export.which": (
        "Wat exporteer je? Kies een nummer; een lege regel: alles.",
        "What do you export? Choose a number; an empty line: everything.",
    ),
    "plain.export.all": ("Alles", "Everything"),
    "plain.export.case": ("De documenten van casus {code}: {description}",
                          "The documents of case {code}: {description}"),
    "plain.export.folder": (
        "Map: {folder}. Typ een andere map, of een lege regel om deze te houden.",
        "Folder: {folder}. Type another folder, or an empty line to keep this one.",
    ),
    "plain.export.formats": (
        "Nummers gescheiden door komma's; een lege regel houdt de formaten die gekozen zijn.",
        "Numbers separated by commas; an empty line keeps the formats chosen.",
    ),
    "plain.export.identifiers": (
        "Zonder jouw bevestiging worden deze casussen niet geëxporteerd.",
        "Without your confirmation these cases are not exported.",
    ),
}
