"""The command line's messages: key → (Flemish Dutch, English).

:data:`MESSAGES` holds Bouwsteen's own words (the help of the program and its commands is in :mod:`.cli_help`);
:data:`ARGPARSE_MESSAGES` (:mod:`.cli_argparse`) translates the words that argparse itself prints ("usage:",
"options", its error messages), keyed by argparse's English original.
"""

from __future__ import annotations

from bouwsteen_tui.i18n.cli_argparse import ARGPARSE_MESSAGES
from bouwsteen_tui.i18n.cli_help import HELP_MESSAGES
from bouwsteen_tui.i18n.cli_import import IMPORT_MESSAGES
from bouwsteen_tui.i18n.import_case import CLI_IMPORT_OPEN_MESSAGES
from bouwsteen_tui.i18n.ledger import WIPE_OUTSIDE_MESSAGES
from bouwsteen_tui.i18n.packs import PACK_MESSAGES
from bouwsteen_tui.i18n.plain import PLAIN_MESSAGES
from bouwsteen_tui.i18n.workspace import WORKSPACE_MESSAGES

__all__ = ["ARGPARSE_MESSAGES", "MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    **HELP_MESSAGES,  # cli_help.py: the help of the program, its options and its commands
    # --- general
    "error.prefix": ("fout", "error"),
    "interrupted": ("Onderbroken.", "Interrupted."),
    "none": ("–", "–"),
    # --- content
    "content.ok": (
        "OK: {folder}: pakket '{pack_id}' ({language}), {steps} stappen, {questions} vragen.",
        "OK: {folder}: pack '{pack_id}' ({language}), {steps} steps, {questions} questions.",
    ),
    "content.problems.one": (
        "1 probleem gevonden in {folder}.",
        "1 problem found in {folder}.",
    ),
    "content.problems.many": (
        "{count} problemen gevonden in {folder}.",
        "{count} problems found in {folder}.",
    ),
    "content.broken": (
        "Het inhoudspakket in {folder} bevat fouten; de wizard start niet.",
        "The content pack in {folder} has errors; the wizard does not start.",
    ),
    "content.fix": (
        "Verbeter ze en controleer opnieuw met: bouwsteen check-content {folder}",
        "Fix them and check again with: bouwsteen check-content {folder}",
    ),
    "content.unknown_language": (
        "Er is geen ingebouwd pakket in de taal '{language}'. Kies nl of en met --lang, of geef een eigen "
        "pakket op met --content MAP.",
        "There is no built-in pack in the language '{language}'. Choose nl or en with --lang, or give a pack of "
        "your own with --content DIR.",
    ),
    # --- workspace
    "workspace.missing": (
        "Er is geen werkmap in {folder}. Start eerst 'bouwsteen' om er een te maken, of kies een andere map "
        "met --workspace MAP.",
        "There is no workspace in {folder}. Start 'bouwsteen' first to create one, or choose another folder "
        "with --workspace DIR.",
    ),
    "workspace.not_dir": (
        "{folder} is geen map. Kies een andere map met --workspace MAP.",
        "{folder} is not a folder. Choose another folder with --workspace DIR.",
    ),
    "workspace.problem": ("Let op: {problem}", "Note: {problem}"),
    "workspace.problem.set_aside": (
        "Let op: {file}: {reason}. Het bestand is onaangeroerd opzij gezet naar {target}; de rest is geladen.",
        "Note: {file}: {reason}. The file was set aside untouched to {target}; the rest was loaded.",
    ),
    "workspace.problem.not_loaded": ("Let op: {file}: {reason}.", "Note: {file}: {reason}."),
    # --- list
    "list.col.code": ("CODE", "CODE"),
    "list.col.description": ("BESCHRIJVING", "DESCRIPTION"),
    "list.col.status": ("STATUS", "STATUS"),
    "list.col.report_back": ("TERUGKOPPELING", "REPORT BACK"),
    "list.col.keep_until": ("BEWAREN TOT", "KEEP UNTIL"),
    "list.status.open": ("lopend", "open"),
    "list.status.closed": ("afgesloten", "closed"),
    "list.expired": ("verlopen", "expired"),
    "list.empty": ("Geen casussen in {folder}.", "No cases in {folder}."),
    "list.unreadable": (
        "De casussen in {folder} kunnen niet getoond worden: los eerst het probleem hierboven op. Er is niets "
        "verwijderd.",
        "The cases in {folder} cannot be listed: fix the problem above first. Nothing was deleted.",
    ),
    "list.expired_hint": (
        "{count} casus(sen) voorbij de bewaardatum: sluit en verwijder ze in de wizard als je ze niet meer nodig "
        "hebt.",
        "{count} case(s) past their keep-until date: close and delete them in the wizard if you no longer need "
        "them.",
    ),
    # --- export
    "export.out": ("Uitvoer in {folder}:", "Outputs in {folder}:"),
    "export.nothing": (
        "Er was niets te exporteren: de werkmap bevat nog geen antwoorden.",
        "There was nothing to export: the workspace holds no answers yet.",
    ),
    "export.bad_code": (
        "'{code}' is geen casuscode. Een casuscode ziet eruit als C-7K4Q; bekijk je codes met: bouwsteen list",
        "'{code}' is not a case code. A case code looks like C-7K4Q; see your codes with: bouwsteen list",
    ),
    "export.unknown_case": (
        "Er is geen casus {code} in {folder}. Bekijk je codes met: bouwsteen list",
        "There is no case {code} in {folder}. See your codes with: bouwsteen list",
    ),
    "export.out_not_writable": (
        "Kan niet schrijven in {folder}: {reason}. Kies een andere map met --out MAP.",
        "Cannot write in {folder}: {reason}. Choose another folder with --out DIR.",
    ),
    "export.failed": (
        "Exporteren mislukt: {reason}",
        "Export failed: {reason}",
    ),
    "export.unavailable": (
        "Exporteren is in deze versie van Bouwsteen niet beschikbaar.",
        "Exporting is not available in this version of Bouwsteen.",
    ),
    "export.family_words": (
        "Gezinsblad {code}, afspraak {number}: {words} wordt niet uitgelegd. Ouders kennen die afkorting misschien "
        "niet: schrijf ze voluit in de tekst voor het gezin.",
        "Family sheet {code}, agreement {number}: {words} is not explained. Parents may not know the abbreviation: "
        "write it out in the text for the family.",
    ),
    "export.warning": (
        "Deze bestanden bevatten wat je invulde: bewaar ze veilig en verwijder ze als je ze niet meer nodig hebt.",
        "These files hold what you filled in: keep them safe and delete them when you no longer need them.",
    ),
    "export.case_needs_code": (
        "--format case schrijft één casus weg: geef ook --case CODE op (bekijk je codes met: bouwsteen list).",
        "--format case writes one case: give --case CODE too (see your codes with: bouwsteen list).",
    ),
    "export.bad_format": (
        "Onbekend formaat: {name}. Kies uit: {choices}.",
        "Unknown format: {name}. Choose from: {choices}.",
    ),
    "export.case_alone": (
        "--format case schrijft de casus zelf weg: combineer het niet met andere formaten.",
        "--format case writes the case itself: do not combine it with other formats.",
    ),
    "export.progress": ("Exporteren", "Exporting"),
    "export.bundle_conflict": (
        "--bundle schrijft één zip-bestand: gebruik het niet samen met --out of --format case.",
        "--bundle writes one zip file: do not combine it with --out or --format case.",
    ),
    "export.bundle_is_dir": (
        "{path} is een map. Geef de naam van een zip-bestand, bv. --bundle mijn-werk.zip",
        "{path} is a folder. Give the name of a zip file, e.g. --bundle my-work.zip",
    ),
    "export.bundle_failed": (
        "Bundel niet geschreven naar {path}: {reason}",
        "Bundle not written to {path}: {reason}",
    ),
    "export.bundle_withheld": (
        "Geen bundel geschreven naar {path}: {codes} bevat(ten) mogelijk identificerende gegevens (zie hierboven), "
        "en een bundel bevat alles of niets. Vervang de gegevens door de casuscode (Ctrl+R in de wizard) of bundel "
        "bewust met --allow-identifiers.",
        "No bundle written to {path}: {codes} may hold identifying data (see above), and a bundle holds everything "
        "or nothing. Replace the data with the case code (Ctrl+R in the wizard) or bundle deliberately with "
        "--allow-identifiers.",
    ),
    "export.bundle_written": (
        "Bundel geschreven naar {path}, met {count} bestand(en):",
        "Bundle written to {path}, with {count} file(s):",
    ),
    "export.case_written": (
        "Casus {code} staat in {path}. Wie het bestand krijgt, voegt de casus toe met: bouwsteen import {name}",
        "Case {code} is in {path}. Whoever receives the file adds the case with: bouwsteen import {name}",
    ),
    # --- import
    **CLI_IMPORT_OPEN_MESSAGES,  # import_case.py: an import while a window holds the workspace
    **IMPORT_MESSAGES,  # cli_import.py: importing a case file and undoing that
    # --- demo
    "demo.has_data": (
        "Geen voorbeeld geschreven: de werkmap {folder} bevat al antwoorden, en die worden nooit overschreven. "
        "Kies een lege of nieuwe map met --workspace MAP.",
        "No example written: the workspace {folder} already holds answers, and those are never overwritten. "
        "Choose an empty or new folder with --workspace DIR.",
    ),
    "demo.not_workspace": (
        "Geen voorbeeld geschreven: {folder} lijkt geen Bouwsteen-werkmap, want {reason}. Kies een lege of nieuwe "
        "map met --workspace MAP.",
        "No example written: {folder} does not look like a Bouwsteen workspace, because {reason}. Choose an empty "
        "or new folder with --workspace DIR.",
    ),
    "demo.locked": (
        "Geen voorbeeld geschreven: de werkmap {folder} kan niet beschreven worden ({reason}).",
        "No example written: the workspace {folder} cannot be written ({reason}).",
    ),
    "demo.in_use": (
        "Geen voorbeeld geschreven: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster.",
        "No example written: the workspace {folder} is in use by another Bouwsteen window.",
    ),
    "demo.failed": ("Voorbeeld niet geschreven: {reason}", "Example not written: {reason}"),
    "demo.done": (
        "Het voorbeeld staat in {folder}: de rolkaart van een CLB-medewerker, een netwerkkaart met {partners} "
        "partners en {cases} casussen ({codes}). Alles is verzonnen.",
        "The example is in {folder}: the role card of a CLB worker, a network map with {partners} partners and "
        "{cases} cases ({codes}). Everything is made up.",
    ),
    "demo.next": (
        "Open het met: bouwsteen --workspace {folder}\nBekijk de uitvoer met: bouwsteen export --workspace {folder}",
        "Open it with: bouwsteen --workspace {folder}\nSee the outputs with: bouwsteen export --workspace {folder}",
    ),
    # --- serve
    "serve.unavailable": (
        "De browsermodus heeft het pakket textual-serve nodig. Installeer het met: pip install textual-serve",
        "Browser mode needs the package textual-serve. Install it with: pip install textual-serve",
    ),
    "serve.start": (
        "Bouwsteen draait nu in je browser. Open dit adres (alleen bereikbaar vanop dit toestel):\n{url}\n"
        "Het bevat een geheime sleutel die bij elke start verandert: geef het aan niemand. Stop met Ctrl+C.",
        "Bouwsteen now runs in your browser. Open this address (reachable from this device only):\n{url}\n"
        "It holds a secret key that changes at every start: give it to no one. Stop with Ctrl+C.",
    ),
    "serve.note": (
        "Werkmap: {folder}. Elk browsertabblad start een eigen Bouwsteen; alleen het eerste kan er schrijven.",
        "Workspace: {folder}. Every browser tab starts its own Bouwsteen; only the first one can write there.",
    ),
    "serve.port_in_use": (
        "Poort {port} is al in gebruik. Kies een andere met --port N.",
        "Port {port} is already in use. Choose another one with --port N.",
    ),
    "serve.failed": ("De browsermodus kon niet starten: {reason}", "Browser mode could not start: {reason}"),
    "serve.stopped": ("Browsermodus gestopt.", "Browser mode stopped."),
    "serve.page.title": ("Bouwsteen", "Bouwsteen"),
    "serve.page.loading": ("Even geduld, de wizard start …", "One moment, the wizard is starting …"),
    "serve.page.start": ("Start", "Start"),
    "serve.page.ended": (
        "De sessie is afgelopen. Je antwoorden zijn bewaard.",
        "The session has ended. Your answers have been saved.",
    ),
    "serve.page.restart": ("Opnieuw starten", "Start again"),
    "serve.page.forbidden": (
        "Geen toegang. Open het volledige adres dat 'bouwsteen serve' in de terminal toont, met de sleutel erin "
        "(?token=...). Na een herstart van 'bouwsteen serve' is er een nieuwe sleutel.",
        "Access denied. Open the full address that 'bouwsteen serve' shows in the terminal, with the key in it "
        "(?token=...). After a restart of 'bouwsteen serve' there is a new key.",
    ),
    # --- wipe
    "wipe.word": ("WISSEN", "WIPE"),
    "wipe.prompt": (
        "Dit verwijdert de hele werkmap {folder} voorgoed, met {cases} casus(sen), je rolkaart, je netwerkkaart "
        "en je instellingen. Dit kan niet ongedaan gemaakt worden.\nTyp {word} om te bevestigen: ",
        "This deletes the whole workspace {folder} for good, with {cases} case(s), your role card, your network "
        "map and your settings. This cannot be undone.\nType {word} to confirm: ",
    ),
    "wipe.no_answer": (
        "Niets verwijderd: er kwam geen bevestiging. Voer het commando uit in een terminal en typ het woord, of "
        "gebruik --yes als je zeker bent.",
        "Nothing deleted: no confirmation was given. Run the command in a terminal and type the word, or use "
        "--yes if you are sure.",
    ),
    "wipe.mismatch": (
        "Niets verwijderd: je typte niet {word}.",
        "Nothing deleted: you did not type {word}.",
    ),
    "wipe.missing": (
        "Er is geen werkmap in {folder}: er is niets te wissen.",
        "There is no workspace in {folder}: there is nothing to wipe.",
    ),
    "wipe.not_workspace": (
        "Niets verwijderd: {folder} lijkt geen Bouwsteen-werkmap, want {reason}. Controleer --workspace; wil je "
        "deze map echt kwijt, verwijder ze dan zelf.",
        "Nothing deleted: {folder} does not look like a Bouwsteen workspace, because {reason}. Check --workspace; "
        "if you really want this folder gone, delete it yourself.",
    ),
    "wipe.reason.no_marker": (
        "er staat geen settings.toml, geen map cases en geen Bouwsteen-bestand in",
        "it holds no settings.toml, no cases folder and no Bouwsteen file",
    ),
    "wipe.reason.foreign": (
        "er staat iets in dat Bouwsteen niet maakt: {names}",
        "it holds something Bouwsteen does not make: {names}",
    ),
    "wipe.reason.symlink": (
        "het is een snelkoppeling (symbolische link) naar een andere map",
        "it is a symbolic link to another folder",
    ),
    "wipe.locked": (
        "Niets verwijderd: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster. Sluit dat eerst en "
        "probeer opnieuw.",
        "Nothing deleted: the workspace {folder} is in use by another Bouwsteen window. Close that one first and "
        "try again.",
    ),
    "wipe.cannot_write": (
        "Niets verwijderd: Bouwsteen kan niet schrijven in de werkmap {folder}: {reason}.",
        "Nothing deleted: Bouwsteen cannot write in the workspace {folder}: {reason}.",
    ),
    "wipe.failed": (
        "Wissen niet gelukt: {reason}. Wat overblijft, staat nog in {folder}; probeer opnieuw of verwijder het zelf.",
        "Wipe did not complete: {reason}. What is left is still in {folder}; try again or delete it yourself.",
    ),
    "wipe.done": ("De werkmap {folder} is verwijderd.", "The workspace {folder} has been deleted."),
    **WIPE_OUTSIDE_MESSAGES,
    **PLAIN_MESSAGES,  # plain.py: plain mode (bouwsteen --plain), and its option
    **WORKSPACE_MESSAGES,
    **PACK_MESSAGES,  # packs.py: the cases of other packs
}
