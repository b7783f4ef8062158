"""The interface's messages: key → (Flemish Dutch, English)."""

from __future__ import annotations

from bouwsteen_tui.core.roles import READERS
from bouwsteen_tui.i18n.export_dialog import EXPORT_MESSAGES
from bouwsteen_tui.i18n.identifiers import IDENTIFIER_MESSAGES
from bouwsteen_tui.i18n.import_case import APP_IMPORT_MESSAGES
from bouwsteen_tui.i18n.ledger import PRIVACY_OUTSIDE_MESSAGES
from bouwsteen_tui.i18n.notices import NOTICE_MESSAGES
from bouwsteen_tui.i18n.packs import PACK_MESSAGES
from bouwsteen_tui.i18n.prose import prose
from bouwsteen_tui.i18n.textual_nl import TEXTUAL_MESSAGES
from bouwsteen_tui.i18n.workspace import WORKSPACE_MESSAGES

# Who reads an answer, under each answer of the review: "zichtbaar voor partners", "alleen in je casusverslag" …
READER_MESSAGES: dict[str, tuple[str, str]] = {f"review.reader.{name}": pair for name, pair in READERS.items()}

MESSAGES: dict[str, tuple[str, str]] = {
    # --- keys (footer, key panel)
    "key.next_part": ("Volgend deel", "Next part"),
    "key.previous_part": ("Vorig deel", "Previous part"),
    "key.review": ("Overzicht", "Overview"),
    "key.home": ("Startscherm", "Home"),
    "key.help": ("Hulp", "Help"),
    "key.quit": ("Stoppen", "Quit"),
    "key.palette": ("Commando's", "Commands"),
    "key.language": ("Taal", "Language"),
    "key.back": ("Terug", "Back"),
    "key.cancel": ("Annuleren", "Cancel"),
    "key.close": ("Sluiten", "Close"),
    "key.done": ("Klaar", "Done"),
    "key.keep_close": ("Bewaren en sluiten", "Save and close"),
    "key.add_record": ("Toevoegen", "Add"),
    "key.delete_record": ("Verwijderen", "Delete"),
    "key.move_up": ("Naar boven", "Move up"),
    "key.move_down": ("Naar beneden", "Move down"),
    "key.new_case": ("Nieuwe casus", "New case"),
    "key.describe_case": ("Beschrijving", "Description"),
    "key.close_case": ("Afsluiten/heropenen", "Close/reopen"),
    "key.keep_until": ("Bewaren tot", "Keep until"),
    "key.delete_case": ("Casus verwijderen", "Delete case"),
    "key.preview": ("Uitvoer bekijken", "View output"),
    "key.export": ("Exporteren", "Export"),
    "key.replace_identifiers": ("Vervang door casuscode", "Replace with case code"),
    "keymap.title": ("Toetsen in settings.toml", "Keys in settings.toml"),
    "keymap.unknown": ("{file} noemt in de tabel keymap een commando dat niet bestaat: {name}. Gebruik een naam "
                       "uit de lijst in de README, zoals bouwsteen.review, of wis de regel. De andere toetsen "
                       "werken gewoon.",
                       "{file} names a command in its keymap table that does not exist: {name}. Use a name from "
                       "the list in the README, such as bouwsteen.review, or delete the line. The other keys work "
                       "as usual."),
    "keymap.bad_key": ("{file} geeft in de tabel keymap voor {name} een toets die niet bestaat: {keys}. Schrijf "
                       "hem tussen aanhalingstekens, zoals \"f5\" of \"ctrl+o\" (meer toetsen met komma's "
                       "ertussen), of wis de regel. Tot dan werkt de gewone toets.",
                       "{file} gives a key that does not exist for {name} in its keymap table: {keys}. Write it "
                       "in quotes, such as \"f5\" or \"ctrl+o\" (more keys with commas between them), or delete "
                       "the line. Until then the usual key works."),
    # --- general
    "yes": ("Ja", "Yes"),
    "button.cancel": ("Annuleren", "Cancel"),
    "button.done": ("Klaar", "Done"),
    "button.ok": ("OK", "OK"),
    "language.nl": ("Nederlands", "Dutch"),
    "language.en": ("Engels", "English"),
    "palette.placeholder": ("Zoek een commando…", "Search for a command…"),
    "select.prompt": ("Kies…", "Choose…"),
    "select.partner": ("Kies een partner…", "Choose a partner…"),
    # --- hints
    "hint.textarea": ("Enter: nieuwe regel · Tab: volgende vraag", "Enter: new line · Tab: next question"),
    "hint.add_other": (
        "Typ een eigen aanvulling en druk op Enter om ze toe te voegen.",
        "Type your own addition and press Enter to add it.",
    ),
    "hint.records": (
        "Enter: bewerken · a: toevoegen · Del: verwijderen · Shift+↑/↓: volgorde",
        "Enter: edit · a: add · Del: delete · Shift+↑/↓: reorder",
    ),
    "date.placeholder": ("dd-mm-jjjj", "dd-mm-yyyy"),
    "date.hint": ("Formaat: dd-mm-jjjj, bv. 15-01-2027", "Format: dd-mm-yyyy, e.g. 15-01-2027"),
    "date.invalid": (
        "Dit is geen geldige datum. Schrijf dag-maand-jaar, bv. 15-01-2027.",
        "This is not a valid date. Write day-month-year, e.g. 15-01-2027.",
    ),
    # --- choices
    "choice.add_other": ("Eigen aanvulling…", "Your own addition…"),
    "choice.other": ("Anders, namelijk…", "Other (please specify)…"),
    "choice.primary": ("Wat is je belangrijkste werkwijze?", "Which is your main way of working?"),
    "choice.primary_prompt": ("Kies de belangrijkste…", "Choose the main one…"),
    "question.kept": (
        "Eerder antwoord, past niet meer bij deze vraag: {old}\n"
        "Het blijft bewaard en telt niet als ingevuld, tot je deze vraag zelf aanpast.",
        "Earlier answer, no longer fits this question: {old}\n"
        "It is kept, and not counted as answered, until you change this question yourself.",
    ),
    # --- partners
    "partner.new": ("+ Nieuwe partner", "+ New partner"),
    "partner.none_yet": (  # {number}: the pack's own network step
        "Nog geen partners op je netwerkkaart. Voeg er hier een toe of vul stap {number} aan.",
        "No partners on your network map yet. Add one here or fill in step {number}.",
    ),
    "partner.none_yet_here": (  # a pack without a network step
        "Nog geen partners op je netwerkkaart. Voeg er hier een toe.",
        "No partners on your network map yet. Add one here.",
    ),
    "partner.self": ("Mijn organisatie", "My organisation"),
    "partner.self_named": ("Mijn organisatie ({name})", "My organisation ({name})"),
    "partner.added": ("{name} staat nu op je netwerkkaart.", "{name} is now on your network map."),
    # --- records
    "record.item": ("item", "item"),
    "record.add": ("+ {item}", "+ {item}"),
    "record.edit": ("Bewerken", "Edit"),
    "record.delete": ("Verwijderen", "Delete"),
    "record.add_title": ("Nieuw: {item}", "New {item}"),
    "record.edit_title": ("Bewerken: {item}", "Edit {item}"),
    "record.empty": ("(nog niets toegevoegd)", "(nothing added yet)"),
    "record.hint": (
        "Tab: volgend veld · Ctrl+S: klaar · Esc: sluiten (vraagt eerst na een wijziging)",
        "Tab: next field · Ctrl+S: done · Esc: close (asks first after a change)",
    ),
    "form.required": ("Vul dit in: het is verplicht.", "Fill this in: it is required."),
    "form.refused": ("Nog niet bewaard. Kijk na: {fields}.", "Not saved yet. Check: {fields}."),
    "form.abbreviation_warning": ("Ouders kennen {abbreviations} misschien niet: zeg wat het is, of laat het weg.",
                                  "Parents may not know {abbreviations}: say what it is, or leave it out."),
    "form.email_warning": (
        "Dit lijkt geen e-mailadres (zoals naam@school.be). Het wordt wel bewaard zoals je het schreef.",
        "This does not look like an e-mail address (such as name@school.org). It is saved as you wrote it.",
    ),
    "form.phone_warning": (
        "Dit lijkt geen telefoonnummer (zoals 050 12 34 56 of +32 470 12 34 56). Het wordt wel bewaard zoals je "
        "het schreef.",
        "This does not look like a phone number (such as 050 12 34 56 or +32 470 12 34 56). It is saved as you "
        "wrote it.",
    ),
    "form.stale": (
        "Eerder: {value} — past niet meer bij deze vraag. Het blijft bewaard tot je dit veld wijzigt.",
        "Before: {value} — no longer fits this question. It is kept until you change this field.",
    ),
    "form.no": ("Nee", "No"),
    "leave.title": ("Wat je invulde bewaren?", "Save what you filled in?"),
    "leave.body": (
        "Je hebt hier iets ingevuld of gewijzigd dat nog niet bewaard is.",
        "You filled in or changed something here that is not saved yet.",
    ),
    "leave.keep": ("Bewaren", "Save"),
    "leave.discard": ("Weggooien", "Discard"),
    "leave.back": ("Verder invullen", "Continue editing"),
    "draft.title": ("Niet afgewerkt", "Not finished"),
    "draft.body": (
        "Je was dit aan het invullen op {time}. Wil je verder invullen of het weggooien?",
        "You were filling this in on {time}. Do you want to continue or discard it?",
    ),
    "draft.case_body": (
        "Je was een nieuwe casus aan het beschrijven op {time}: “{text}”. Verder invullen of weggooien?",
        "You were describing a new case on {time}: “{text}”. Continue or discard?",
    ),
    "draft.case_notice": (
        "Niet afgewerkt: je was een nieuwe casus aan het beschrijven. Druk n om verder te gaan.",
        "Not finished: you were describing a new case. Press n to continue.",
    ),
    "draft.notice": (
        "Niet afgewerkt: je was hier iets aan het invullen op {time}. Open het opnieuw ({how}) om verder te gaan.",
        "Not finished: you were filling something in here on {time}. Open it again ({how}) to continue.",
    ),
    "draft.notice_new": ("a: toevoegen", "a: add"),
    "draft.notice_edit": ("Enter op “{title}”", "Enter on “{title}”"),
    "draft.continue": ("Verder invullen", "Continue"),
    "draft.discard": ("Weggooien", "Discard"),
    "record.untitled": ("(zonder titel)", "(untitled)"),
    "record.delete_title": ("Verwijderen?", "Delete?"),
    "record.delete_body": (
        "“{title}” wordt verwijderd met alles wat erbij ingevuld is.",
        "“{title}” will be deleted with everything filled in for it.",
    ),
    "record.source_empty": (
        "Er is nog niets om naar te verwijzen: vul dat eerst in.",
        "There is nothing to refer to yet: fill that in first.",
    ),
    # --- step screen
    "step.label": ("Stap {number}", "Step {number}"),
    "step.parts": ("Delen van deze stap", "Parts of this step"),
    "step.review": ("Overzicht van je antwoorden", "Overview of your answers"),
    "step.intro_title": ("{label} ({checked}/{total} ✓)", "{label} ({checked}/{total} ✓)"),
    "step.position": ("Deel {current} van {total}", "Part {current} of {total}"),
    "step.part_choice": ("Deel {current} van {total}: {title}", "Part {current} of {total}: {title}"),
    "step.previous": ("← Vorig deel", "← Previous part"),
    "step.next": ("Volgend deel →", "Next part →"),
    "step.to_review": ("Naar het overzicht →", "To the overview →"),
    "case.label": ("Casus {code}", "Case {code}"),
    # --- review
    "review.title": ("Overzicht stap {number}: {title}", "Overview step {number}: {title}"),
    "review.intro": (
        "Al je antwoorden van deze stap. Kies een vraag en druk op Enter om ze aan te passen.",
        "All your answers to this step. Choose a question and press Enter to change it.",
    ),
    "review.orphans": (
        "Bewaarde antwoorden op vragen die deze inhoud niet meer stelt",
        "Kept answers to questions this content no longer asks",
    ),
    "review.unanswered": ("nog niet ingevuld", "not answered yet"),
    **READER_MESSAGES,  # review.reader.own, .partners, .family (core/roles.py READERS)
    "review.sheet.role_card": (
        "Alles uit deze stap komt op je rolkaart, en die is bedoeld voor partners.",
        "Everything in this step goes on your role card, which is meant for partners.",
    ),
    "review.sheet.network_map": (
        "Alles uit deze stap komt op je netwerkkaart, en die is bedoeld voor partners.",
        "Everything in this step goes on your network map, which is meant for partners.",
    ),
    "review.kept": (
        "(past niet meer bij deze vraag: bewaard, telt niet als ingevuld)",
        "(no longer fits this question: kept, not counted as answered)",
    ),
    # --- home
    "home.resume": ("Verder waar je gebleven was", "Continue where you left off"),
    "home.resume_where": ("stap {number}, deel {part}", "step {number}, part {part}"),
    "home.steps": ("De drie stappen", "The three steps"),
    "home.steps_n": ("De stappen ({count})", "The steps ({count})"),
    "home.progress": ("{answered}/{total} vragen beantwoord · checklist {checked}/{checklist} ✓",
                      "{answered}/{total} questions answered · checklist {checked}/{checklist} ✓"),
    "home.case_count": ("per casus · {count} casus(sen)", "per case · {count} case(s)"),
    "home.cases": ("Casussen", "Cases"),
    "home.cases_hint": (
        "Een casus krijgt een code, nooit de naam van een kind. n: nieuwe casus · Enter: openen · "
        "r: beschrijving · c: afsluiten · k: bewaren tot · Del: verwijderen",
        "A case gets a code, never a child's name. n: new case · Enter: open · r: description · c: close · "
        "k: keep until · Del: delete",
    ),
    "home.outputs": ("Uitvoer", "Outputs"),
    "home.outputs_hint": (
        "De documenten van een casus zijn die van de casus die hierboven gekozen is.",
        "A case's documents are those of the case selected above.",
    ),
    "case.col.code": ("Code", "Code"),
    "case.col.description": ("Korte beschrijving", "Short description"),
    "case.col.status": ("Status", "Status"),
    "case.col.progress": ("Ingevuld", "Answered"),
    "case.col.report_back": ("Terugkoppeling", "Report back"),
    "case.col.keep_until": ("Bewaren tot", "Keep until"),
    "case.status.open": ("lopend", "open"),
    "case.status.closed": ("afgesloten", "closed"),
    "case.status.closed_on": ("afgesloten {date}", "closed {date}"),
    "case.expired": ("(verlopen)", "(expired)"),
    "case.new": ("+ Nieuwe casus", "+ New case"),
    "case.open": ("Openen", "Open"),
    "case.describe": ("Beschrijving", "Description"),
    "case.close": ("Afsluiten", "Close"),
    "case.reopen": ("Heropenen", "Reopen"),
    "case.delete": ("Verwijderen", "Delete"),
    "case.keep_until": ("Bewaren tot…", "Keep until…"),
    "case.keep_title": ("Casus {code} bewaren tot", "Keep case {code} until"),
    "case.keep_body": (
        "Tot wanneer bewaar je de notities van deze casus? Je organisatie bepaalt de termijn; standaard is het "
        "30 juni van het lopende schooljaar. Daarna toont het startscherm de casus als verlopen. "
        "Schrijf de datum als dd-mm-jjjj.",
        "Until when do you keep the notes of this case? Your organisation decides the period; by default it is "
        "30 June of the current school year. After it, the home screen shows the case as expired. "
        "Write the date as dd-mm-yyyy.",
    ),
    "case.new_title": ("Nieuwe casus", "New case"),
    "case.new_body": (
        "Geef een korte beschrijving die jij herkent, zonder namen: de casus krijgt een code. "
        "Bijvoorbeeld: “leerling 5e leerjaar, veel afwezig”.",
        "Give a short description you will recognise, without names: the case gets a code. "
        "For example: “pupil in the 5th year of primary school, often absent”.",
    ),
    "case.description_required": (
        "Geef een korte beschrijving: daaraan herken je de casus in de lijst.",
        "Give a short description: it is how you recognise the case in the list.",
    ),
    "case.description_placeholder": ("korte beschrijving zonder namen", "short description without names"),
    "case.describe_title": ("Beschrijving van {code}", "Description of {code}"),
    "case.created": ("Casus {code} aangemaakt.", "Case {code} created."),
    "case.delete_title": ("Casus {code} verwijderen?", "Delete case {code}?"),
    "case.delete_body": (
        "Alle antwoorden van casus {code} worden definitief gewist. Dit kan niet ongedaan gemaakt worden.",
        "All answers of case {code} will be erased for good. This cannot be undone.",
    ),
    "case.deleted": ("Casus {code} is verwijderd.", "Case {code} has been deleted."),
    # --- outputs
    "output.role_card": ("Rolkaart", "Role card"),
    "output.network": ("Netwerkkaart en organisatieafspraken", "Network map and organisation agreements"),
    "output.case_sheet": ("Casus {code}: verslag, afsprakenblad, gezinsblad",
                          "Case {code}: record, agreement sheet, family sheet"),
    "output.none": (
        "Nog geen uitvoer: die verschijnt zodra je vragen beantwoordt.",
        "No outputs yet: they appear as soon as you answer questions.",
    ),
    # --- identifier guard
    "guard.warning": (
        "⚠ Dit antwoord bevat mogelijk {kinds}. Gebruik de casuscode in plaats van gegevens die iemand "
        "identificeren: Ctrl+R vervangt ze door de casuscode.",
        "⚠ This answer may contain {kinds}. Use the case code instead of data that identify someone: "
        "Ctrl+R replaces them with the case code.",
    ),
    **IDENTIFIER_MESSAGES,  # identifiers.py: "een telefoonnummer", "an e-mail address" for {kinds} above
    "guard.replaced": ("Vervangen door de casuscode {code}.", "Replaced with the case code {code}."),
    # --- preview and export
    "preview.empty": (
        "Er is nog niets om te tonen: beantwoord eerst enkele vragen.",
        "There is nothing to show yet: answer some questions first.",
    ),
    "preview.map_tab": ("Kaart", "Map"),
    "preview.text_tab": ("Tekst (zoals geëxporteerd)", "Text (as exported)"),
    "map.uncovered": ("Geen enkele partner brengt deze expertise in: {domains}",
                      "No partner brings in this expertise: {domains}"),
    "map.legend": (
        "Relatie: ━━━━ sterk · ──── werkbaar · ┄┄┄┄ zwak · ✕ geen · ···· niet ingevuld · ⚠ hiaat",
        "Relationship: ━━━━ strong · ──── workable · ┄┄┄┄ weak · ✕ none · ···· not filled in · ⚠ gap",
    ),
    "map.gap": ("hiaat", "gap"),
    "map.empty": (  # the pack's own network step, and the part of it that holds the partners
        "Nog geen partners: voeg ze toe in stap {number}, deel {part}.",
        "No partners yet: add them in step {number}, part {part}.",
    ),
    "map.empty_step": ("Nog geen partners: voeg ze toe in stap {number}.",
                       "No partners yet: add them in step {number}."),
    "map.empty_here": ("Nog geen partners.", "No partners yet."),
    **EXPORT_MESSAGES,  # export_dialog.py: the export dialog
    **APP_IMPORT_MESSAGES,  # import_case.py: importing a case file, the ledger's notice
    # --- notices
    **NOTICE_MESSAGES,  # notices.py: read-only, another window, unsaved answers, failed saves
    # --- commands (palette)
    "cmd.goto_step": ("Ga naar stap {number}: {title}", "Go to step {number}: {title}"),
    "cmd.goto_step_help": ("Open deze stap bij het eerste deel.", "Open this step at its first part."),
    "cmd.goto_part": ("Stap {step}, deel {part}: {title}", "Step {step}, part {part}: {title}"),
    "cmd.goto_part_help": ("Spring naar dit deel.", "Jump to this part."),
    "cmd.new_case": ("Nieuwe casus", "New case"),
    "cmd.new_case_help": ("Start stap 2 voor een nieuwe casus met een eigen code.",
                          "Start step 2 for a new case with its own code."),
    "cmd.export": ("Alles exporteren", "Export everything"),
    "cmd.export_help": ("Schrijf alle uitvoer in de formaten die je kiest naar een map.",
                        "Write all outputs in the formats you choose to a folder."),
    "cmd.language": ("Taal wijzigen naar {language}", "Switch language to {language}"),
    "cmd.language_help": ("Interface en inhoud in de andere taal.", "Interface and content in the other language."),
    "cmd.theme": ("Hoog contrast aan/uit", "High contrast on/off"),
    "cmd.theme_help": ("Wissel tussen het gewone thema en hoog contrast.",
                       "Switch between the normal theme and high contrast."),
    "cmd.help": ("Hulp", "Help"),
    "cmd.help_help": ("Uitleg bij de vraag waar je bent en bij de methodiek.",
                      "Help for the current question and the method."),
    "cmd.privacy": ("Privacy en gegevens", "Privacy and data"),
    "cmd.privacy_help": ("Wat wordt waar bewaard, en hoe wis je het.", "What is stored where, and how to delete it."),
    "cmd.keys": ("Toetsen tonen", "Show keys"),
    "cmd.keys_help": ("Toon alle toetsen van dit scherm.", "Show all keys of this screen."),
    "cmd.quit": ("Stoppen", "Quit"),
    "cmd.quit_help": ("Alles is al bewaard.", "Everything is already saved."),
    # --- help
    "help.title": ("Hulp", "Help"),
    "help.close_hint": ("Esc: sluiten", "Esc: close"),
    "help.example": ("Voorbeeld:", "Example:"),
    "help.kind.text": (
        "Typ vrij. Enter maakt een nieuwe regel; Tab gaat naar de volgende vraag.",
        "Type freely. Enter makes a new line; Tab moves to the next question.",
    ),
    "help.kind.checklist": ("Vink aan wat je al gedaan hebt (spatie of klik).",
                            "Tick what you have already done (space or click)."),
    "help.kind.date": ("Typ de datum als dd-mm-jjjj, bv. 15-01-2027.", "Type the date as dd-mm-yyyy, e.g. 15-01-2027."),
    "help.kind.scale": ("Kies één waarde met de pijltjes en Enter, of klik.",
                        "Choose one value with the arrows and Enter, or click."),
    "help.kind.records": (
        "Een lijst: a voegt toe, Enter bewerkt, Del verwijdert, Shift+↑/↓ verandert de volgorde.",
        "A list: a adds, Enter edits, Del deletes, Shift+↑/↓ changes the order.",
    ),
    "help.kind.partner": (
        "Vink de partners van je netwerkkaart aan. Staat een partner er nog niet op? Kies “Nieuwe partner”.",
        "Tick the partners from your network map. A partner not on it yet? Choose “New partner”.",
    ),
    "help.keys_title": ("Toetsen", "Keys"),
    **prose("help.keys"),  # text/help.keys.<language>.md
    "help.safety_title": ("Acuut gevaar?", "Acute danger?"),
    **prose("help.safety"),  # text/help.safety.<language>.md
    # --- privacy
    "privacy.title": ("Privacy en gegevens", "Privacy and data"),
    **prose("privacy.body"),  # text/privacy.body.<language>.md
    **PRIVACY_OUTSIDE_MESSAGES,  # the files Bouwsteen wrote outside the workspace
    # --- exercise timer (bouwsteen --timer MINUTES)
    "timer.remaining": ("Tijd {time}", "Time {time}"),
    "timer.expired": ("Tijd om", "Time's up"),
    "timer.title": ("Oefentimer", "Exercise timer"),
    "timer.up": ("De tijd is om. Rond rustig af.", "Time is up. Take a moment to round off."),
    **WORKSPACE_MESSAGES,
    **TEXTUAL_MESSAGES,  # textual_nl.py: Textual's own words (key descriptions, Ctrl+C, the palette), F1 for a choice
    **PACK_MESSAGES,  # packs.py: the cases of other packs
}
