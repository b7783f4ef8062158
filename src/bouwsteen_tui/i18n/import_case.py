"""The words about importing a case file in the app (spread into :data:`.ui.MESSAGES`), and the command line's
words for an import while a window holds the workspace (spread into :data:`.cli.MESSAGES`).

The app says why a file is refused and what an import added with the command line's own sentences
(:mod:`.cli_import`), so both say the same about the same file; where the command line names an option, the app
names its own way (a checkbox, a button).
"""

from __future__ import annotations

from bouwsteen_tui.i18n.cli_import import IMPORT_MESSAGES

# The command line's sentences the app says too: why a file is refused, what an import added, what an undo did.
_SHARED = ("import.refused", "import.partners_matched", "import.partners_added", "import.added_fields",
           "import.author_is_me", "import.author_unnamed", "import.undo_refused", "import.undone",
           "import.undone_gone", "import.partners_removed", "import.partners_kept_in_use",
           "import.partners_kept_changed")

APP_IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    **{key: pair for key, pair in IMPORT_MESSAGES.items() if key.startswith("import.reason.") or key in _SHARED},
    "cmd.import_case": ("Casus importeren", "Import a case"),
    "cmd.import_case_help": (
        "Een casusbestand (.toml) van een collega of lesgever toevoegen",
        "Add a case file (.toml) from a colleague or a trainer",
    ),
    "case.import": ("Importeren…", "Import…"),
    "import_dialog.title": ("Casus importeren", "Import a case"),
    "import_dialog.body": (
        "Kies een casusbestand (.toml), of typ of plak het pad ervan. Bouwsteen controleert het bestand voor er iets "
        "verandert.",
        "Choose a case file (.toml), or type or paste its path. Bouwsteen checks the file before anything changes.",
    ),
    "import_dialog.file": ("Bestand", "File"),
    "import_dialog.placeholder": ("pad naar het casusbestand, bv. ~/Downloads/casus-C-7K4Q.toml",
                                  "path of the case file, e.g. ~/Downloads/case-C-7K4Q.toml"),
    "import_dialog.self_is_me": ("De organisatie van de auteur is mijn organisatie",
                                 "The author's organisation is my organisation"),
    "import_dialog.go": ("Importeren", "Import"),
    "import_dialog.anyway": ("Toch importeren", "Import anyway"),
    "import_dialog.checking": ("Bezig met controleren …", "Checking …"),
    "import_dialog.no_file": ("Kies eerst een casusbestand, of typ het pad ervan.",
                              "Choose a case file first, or type its path."),
    "import_dialog.folder": (
        "{file} is een map. Kies een casusbestand (.toml) daarin.",
        "{file} is a folder. Choose a case file (.toml) in it.",
    ),
    "import_dialog.pack_mismatch": (
        "Niet geïmporteerd: {file} hoort bij het inhoudspakket '{file_pack}', maar dit venster gebruikt '{pack}'. "
        "Start Bouwsteen met dat pakket (bouwsteen --content MAP) en importeer het daar. Er is niets veranderd.",
        "Not imported: {file} belongs to the content pack '{file_pack}', but this window uses '{pack}'. Start "
        "Bouwsteen with that pack (bouwsteen --content DIR) and import it there. Nothing was changed.",
    ),
    "import_dialog.identifiers": (
        "{file} bevat mogelijk identificerende gegevens:\n{where}\nEr is niets veranderd. Vraag om een versie waarin "
        "ze door de casuscode vervangen zijn, of importeer bewust met 'Toch importeren' (daarna kan je ze in de casus "
        "vervangen met {key}).",
        "{file} contains possibly identifying data:\n{where}\nNothing was changed. Ask for a version in which they "
        "are replaced with the case code, or import deliberately with 'Import anyway' (then replace them in the case "
        "with {key}).",
    ),
    "import_dialog.failed": (
        "Importeren mislukt: {reason}. Wat al geschreven was, blijft; kijk de casus en je netwerkkaart na.",
        "Import failed: {reason}. What was already written stays; check the case and your network map.",
    ),
    "import_report.title": ("Casus {code} geïmporteerd", "Case {code} imported"),
    "import_report.case": (
        "Casus toegevoegd als {code} (in het bestand: {source}); hij staat geselecteerd in de lijst.",
        "Case added as {code} (in the file: {source}); it is selected in the list.",
    ),
    "import_report.author": (
        "'Mijn organisatie' in de casus is nu {name}, de organisatie van wie het bestand maakte (wil je dat het je "
        "eigen organisatie is: maak deze import ongedaan en importeer opnieuw met 'De organisatie van de auteur is "
        "mijn organisatie' aangevinkt).",
        "'My organisation' in the case is now {name}, the organisation of whoever made the file (to make it your "
        "own organisation: undo this import and import again with 'The author's organisation is my organisation' "
        "ticked).",
    ),
    "import_report.nothing_added": ("Er is niets aan je netwerkkaart toegevoegd.",
                                    "Nothing was added to your network map."),
    "import_report.undo_later": (
        "Ongedaan maken: met de knop hieronder, of later met bouwsteen import --undo {code}.",
        "To undo: with the button below, or later with bouwsteen import --undo {code}.",
    ),
    "import_report.undo": ("Import ongedaan maken", "Undo the import"),
    "import_report.close": ("Sluiten", "Close"),
    # the ledger of files written outside the workspace (core/ledger.py) could not be written
    "ledger.unrecorded": (
        "Bouwsteen kon niet noteren welke bestanden het in {folder} schreef: {ledger} kan niet beschreven worden. "
        "'bouwsteen wipe' kent die bestanden dus niet en laat ze staan: verwijder ze zelf als je ze niet meer nodig "
        "hebt.",
        "Bouwsteen could not note which files it wrote in {folder}: {ledger} cannot be written. 'bouwsteen wipe' "
        "therefore does not know those files and leaves them: delete them yourself when you no longer need them.",
    ),
    "ledger.unrecorded_title": ("Niet genoteerd voor wissen", "Not noted for wiping"),
}
"""The app's words about importing a case file."""

CLI_IMPORT_OPEN_MESSAGES: dict[str, tuple[str, str]] = {
    "import.open_elsewhere": (
        "Niet geïmporteerd: Bouwsteen is open op deze werkmap ({folder}), in een ander venster. Importeer daar: "
        "Ctrl+P → Casus importeren → kies {file}. Of sluit dat venster en voer hetzelfde commando opnieuw uit. Er is "
        "niets veranderd.",
        "Not imported: Bouwsteen is open on this workspace ({folder}), in another window. Import there: Ctrl+P → "
        "Import a case → choose {file}. Or close that window and run the same command again. Nothing was changed.",
    ),
}
"""The command line's words for ``bouwsteen import FILE`` while a window holds the workspace."""
