"""The export dialog's messages: key → (Flemish Dutch, English); part of the app's catalogue (``ui.MESSAGES``).

The label of each output format is ``export.format.<value>`` for every value of ``export.OutputKind``.
"""

from __future__ import annotations

EXPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "export.title_all": ("Alle uitvoer exporteren", "Export all outputs"),
    "export.title_case": ("De documenten van casus {code} exporteren", "Export the documents of case {code}"),
    "export.body": (
        "Bouwsteen schrijft de documenten in de formaten die je aanvinkt, en een kalenderbestand met de afgesproken "
        "datums. Kies een map die alleen jij kan lezen.",
        "Bouwsteen writes the documents in the formats you tick, and a calendar file with the agreed dates. Choose a "
        "folder only you can read.",
    ),
    "export.folder": ("Map", "Folder"),
    "export.only": ("Alleen dit document: {title}", "Only this document: {title}"),
    "export.formats": ("Formaten", "Formats"),
    "export.format.md": ("Markdown (.md)", "Markdown (.md)"),  # one per export.OutputKind: export.format.<value>
    "export.format.html": ("Webpagina om af te drukken (.html)", "Web page to print (.html)"),
    "export.format.docx": ("Word (.docx)", "Word (.docx)"),
    "export.format.ics": ("Kalender (.ics)", "Calendar (.ics)"),
    "export.busy": ("Bezig met exporteren", "Exporting"),
    "export.more": ("… en nog {count}", "… and {count} more"),
    "export.go": ("Exporteren", "Export"),
    "export.no_format": ("Kies minstens één formaat.", "Choose at least one format."),
    "export.identifiers_title": ("Identificerende gegevens gevonden", "Identifying data found"),
    "export.identifiers_body": (
        "Deze casussen bevatten mogelijk gegevens die iemand identificeren:\n{where}\n\n"
        "Vervang ze best door de casuscode (Ctrl+R bij de vraag). Zonder jouw bevestiging worden deze "
        "casussen niet geëxporteerd.",
        "These cases may contain data that identify someone:\n{where}\n\n"
        "It is best to replace them with the case code (Ctrl+R at the question). Without your confirmation these cases "
        "are not exported.",
    ),
    "export.identifiers_yes": ("Toch exporteren", "Export anyway"),
    "export.failed": ("Exporteren naar {folder} mislukt: {error}", "Exporting to {folder} failed: {error}"),
    "export.done": ("{count} bestand(en) geschreven in {folder}:", "{count} file(s) written in {folder}:"),
    "export.family_words": (
        "Gezinsblad {code}, afspraak {number}: {words} wordt niet uitgelegd; schrijf het voluit voor het gezin.",
        "Family sheet {code}, agreement {number}: {words} is not explained; write it out for the family.",
    ),
    "export.skipped": ("Niet geëxporteerd (identificerende gegevens): {codes}",
                       "Not exported (identifying data): {codes}"),
}
