"""The command line's words about importing a case file and undoing that (spread into :data:`.cli.MESSAGES`)."""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "import.reason.not_utf8": (
        "is niet als UTF-8-tekst bewaard (onleesbaar teken op byte {byte}). Een casusbestand is UTF-8: vraag wie het "
        "maakte om het opnieuw te maken met bouwsteen export --case CODE --format case, of bewaar het in je "
        "teksteditor als UTF-8",
        "is not saved as UTF-8 text (unreadable character at byte {byte}). A case file is UTF-8: ask whoever made "
        "it to make it again with bouwsteen export --case CODE --format case, or save it as UTF-8 in your text "
        "editor",
    ),
    "import.author_unnamed": ("Organisatie van de maker van de casus", "Organisation of the case's author"),
    "import.author": (
        "'Mijn organisatie' in de casus is nu {name}, de organisatie van wie het bestand maakte (wil je dat het je "
        "eigen organisatie is: maak deze import ongedaan en importeer opnieuw met --self-is-me).",
        "'My organisation' in the case is now {name}, the organisation of whoever made the file (to make it your "
        "own organisation: undo this import and import again with --self-is-me).",
    ),
    "import.author_is_me": (
        "'Mijn organisatie' in de casus is je eigen organisatie.",
        "'My organisation' in the case is your own organisation.",
    ),
    "import.added_fields": (
        "Van toegevoegde partners staan enkel organisatie, soort en contactpersoon op je netwerkkaart.",
        "Of added partners, only organisation, type and contact person are on your network map.",
    ),
    "import.undo_hint": (
        "Ongedaan maken: bouwsteen import --undo {code}",
        "To undo: bouwsteen import --undo {code}",
    ),
    "import.no_file": (
        "Geef een casusbestand op (bouwsteen import BESTAND), of een casus om de import van ongedaan te maken "
        "(bouwsteen import --undo CODE).",
        "Give a case file (bouwsteen import FILE), or a case whose import to undo (bouwsteen import --undo CODE).",
    ),
    "import.file_and_undo": (
        "Geef een casusbestand of --undo CODE op, niet allebei.",
        "Give a case file or --undo CODE, not both.",
    ),
    "import.undo_refused": (
        "Niet ongedaan gemaakt: {reason}. Er is niets veranderd.",
        "Not undone: {reason}. Nothing was changed.",
    ),
    "import.reason.not_imported": (
        "casus {code} werd niet door een import toegevoegd in deze werkmap, of die import werd al ongedaan gemaakt; "
        "een eigen casus verwijder je in de app",
        "case {code} was not added by an import in this workspace, or that import was already undone; delete a "
        "case of your own in the app",
    ),
    "import.reason.case_changed": (
        "casus {code} werd veranderd na de import; om hem toch te verwijderen, met je wijzigingen, voeg je --yes toe",
        "case {code} was changed after the import; to remove it anyway, with your changes, add --yes",
    ),
    "import.undo.in_use": (
        "Niet ongedaan gemaakt: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster. Sluit dat eerst "
        "en probeer opnieuw.",
        "Not undone: the workspace {folder} is in use by another Bouwsteen window. Close that one first and try "
        "again.",
    ),
    "import.undo.locked": (
        "Niet ongedaan gemaakt: de werkmap {folder} kan niet beschreven worden ({reason}).",
        "Not undone: the workspace {folder} cannot be written ({reason}).",
    ),
    "import.undo_failed": ("Ongedaan maken mislukt: {reason}", "Undo failed: {reason}"),
    "import.undone": ("Import van casus {code} ongedaan gemaakt.", "Import of case {code} undone."),
    "import.undone_gone": (
        "Import van casus {code} ongedaan gemaakt (de casus was al verwijderd).",
        "Import of case {code} undone (the case had already been deleted).",
    ),
    "import.partners_removed": (
        "Van je netwerkkaart verwijderd: {names}",
        "Removed from your network map: {names}",
    ),
    "import.partners_kept_in_use": (
        "Op je netwerkkaart gebleven omdat een andere casus of antwoord ernaar verwijst: {names}",
        "Kept on your network map because another case or answer refers to them: {names}",
    ),
    "import.partners_kept_changed": (
        "Op je netwerkkaart gebleven omdat je ze na de import aanvulde: {names}",
        "Kept on your network map because you filled them in after the import: {names}",
    ),
}
