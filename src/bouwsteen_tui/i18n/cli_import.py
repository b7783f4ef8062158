"""The command line's words about importing a case file and undoing that (spread into :data:`.cli.MESSAGES`)."""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "import.refused": (
        "Niet geïmporteerd: {file} {reason}. Er is niets veranderd.",
        "Not imported: {file} {reason}. Nothing was changed.",
    ),
    "import.reason.unreadable": ("kan niet gelezen worden ({error})", "cannot be read ({error})"),
    "import.reason.too_large": (
        "is {size} kB groot, meer dan de {limit} kB die een casusbestand hoogstens mag zijn; is het wel een "
        "casusbestand? Vraag wie het maakte om het opnieuw te maken met bouwsteen export --case CODE --format case",
        "is {size} kB, more than the {limit} kB a case file may be at most; is it a case file at all? Ask whoever "
        "made it to make it again with bouwsteen export --case CODE --format case",
    ),
    "import.reason.too_deep": (
        "is geen casusbestand: het is dieper genest dan de {limit} niveaus die een casusbestand hoogstens heeft",
        "is not a case file: it is nested deeper than the {limit} levels a case file has at most",
    ),
    "import.reason.too_many_partners": (
        "brengt {found} partners mee, meer dan de {limit} die een casusbestand hoogstens mag meebrengen; er is "
        "niets aan de netwerkkaart toegevoegd. Vraag wie het bestand maakte om een casusbestand met minder "
        "partners",
        "brings {found} partners, more than the {limit} a case file may bring at most; nothing was added to the "
        "network map. Ask whoever made the file for a case file with fewer partners",
    ),
    "import.reason.too_many_answers": (
        "bevat {found} antwoorden, meer dan de {limit} die een casus hoogstens mag hebben. Vraag wie het bestand "
        "maakte om een kleiner casusbestand",
        "holds {found} answers, more than the {limit} a case may have at most. Ask whoever made the file for a "
        "smaller case file",
    ),
    "import.reason.too_many_records": (
        "bevat {found} items in totaal, meer dan de {limit} die een casus hoogstens mag hebben. Vraag wie het "
        "bestand maakte om een kleiner casusbestand",
        "holds {found} items in all, more than the {limit} a case may have at most. Ask whoever made the file for a "
        "smaller case file",
    ),
    "import.reason.too_many_items": (
        "bevat bij {where} {found} items, meer dan de {limit} die een casusbestand per vraag hoogstens mag hebben. "
        "Vraag wie het bestand maakte om een kleiner casusbestand",
        "holds {found} items at {where}, more than the {limit} a case file may have per question at most. Ask "
        "whoever made the file for a smaller case file",
    ),
    "import.reason.text_too_long": (
        "bevat bij {where} een tekst van {found} tekens, meer dan de {limit} tekens die één tekst hoogstens mag "
        "tellen. Vraag wie het bestand maakte om die tekst in te korten",
        "holds a text of {found} characters at {where}, more than the {limit} characters one text may have at "
        "most. Ask whoever made the file to shorten that text",
    ),
    "import.reason.not_toml": (
        "is geen geldig casusbestand: het is geen leesbare TOML ({error})",
        "is not a valid case file: it is not readable TOML ({error})",
    ),
    "import.reason.not_bouwsteen": (
        "is geen Bouwsteen-casusbestand",
        "is not a Bouwsteen case file",
    ),
    "import.reason.foreign": (
        "is geen casusbestand maar een Bouwsteen-document van de soort '{kind}'; een casusbestand maak je met "
        "bouwsteen export --case CODE --format case",
        "is not a case file but a Bouwsteen document of the kind '{kind}'; make a case file with bouwsteen "
        "export --case CODE --format case",
    ),
    "import.reason.newer": (
        "komt van een nieuwere Bouwsteen (schemaversie {version}, deze versie leest tot {supported}); werk "
        "Bouwsteen bij om het te importeren",
        "comes from a newer Bouwsteen (schema version {version}, this version reads up to {supported}); update "
        "Bouwsteen to import it",
    ),
    "import.reason.invalid": (
        "is beschadigd of onvolledig (bij {where}: {error})",
        "is damaged or incomplete (at {where}: {error})",
    ),
    "import.reason.pack_mismatch": (
        "hoort bij het inhoudspakket '{file_pack}', maar deze werkmap gebruikt '{pack}'. Geef het juiste pakket op "
        "met --content MAP",
        "belongs to the content pack '{file_pack}', but this workspace uses '{pack}'. Give the right pack with "
        "--content DIR",
    ),
    "import.withheld": (
        "Niet geïmporteerd: {file} bevat mogelijk identificerende gegevens. Vraag om een versie waarin ze door de "
        "casuscode vervangen zijn, of importeer bewust met --allow-identifiers.",
        "Not imported: {file} contains possibly identifying data. Ask for a version in which they are replaced with "
        "the case code, or import deliberately with --allow-identifiers.",
    ),
    "import.not_workspace": (
        "Niet geïmporteerd: {folder} lijkt geen Bouwsteen-werkmap, want {reason}. Kies een andere map met "
        "--workspace MAP.",
        "Not imported: {folder} does not look like a Bouwsteen workspace, because {reason}. Choose another folder "
        "with --workspace DIR.",
    ),
    "import.locked": (
        "Niet geïmporteerd: de werkmap {folder} kan niet beschreven worden ({reason}).",
        "Not imported: the workspace {folder} cannot be written ({reason}).",
    ),
    "import.in_use": (
        "Niet geïmporteerd: de werkmap {folder} is in gebruik door een ander Bouwsteen-venster. Sluit dat eerst en "
        "probeer opnieuw.",
        "Not imported: the workspace {folder} is in use by another Bouwsteen window. Close that one first and try "
        "again.",
    ),
    "import.failed": ("Importeren mislukt: {reason}", "Import failed: {reason}"),
    "import.done": (
        "Casus toegevoegd als {code} in {folder} (in het bestand: {source}).",
        "Case added as {code} in {folder} (in the file: {source}).",
    ),
    "import.partners_matched": (
        "Gekoppeld aan partners van je netwerkkaart: {names}",
        "Matched to partners of your network map: {names}",
    ),
    "import.partners_added": (
        "Toegevoegd aan je netwerkkaart: {names}",
        "Added to your network map: {names}",
    ),
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
