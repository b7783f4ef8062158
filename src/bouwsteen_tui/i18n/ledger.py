"""What the command line's ``wipe`` and the app's privacy screen say about the files Bouwsteen wrote outside the
workspace (the ledger, :mod:`bouwsteen_tui.core.ledger`)."""

from __future__ import annotations

WIPE_OUTSIDE_MESSAGES: dict[str, tuple[str, str]] = {
    "wipe.outside.to_delete": (
        "Ook deze {count} bestand(en) die Bouwsteen buiten de werkmap schreef, worden verwijderd:",
        "These {count} file(s) Bouwsteen wrote outside the workspace are deleted too:",
    ),
    "wipe.outside.to_keep": (
        "Deze {count} bestand(en) blijven staan, want ze zijn gewijzigd sinds Bouwsteen ze schreef (verwijder ze "
        "zelf als ze weg mogen):",
        "These {count} file(s) stay, because they were changed since Bouwsteen wrote them (delete them yourself if "
        "they may go):",
    ),
    "wipe.outside.gone": (
        "Niet meer gevonden, dus verplaatst of al verwijderd (vind je ze elders terug, verwijder ze dan zelf):",
        "No longer found, so moved or already deleted (if you find them elsewhere, delete them yourself):",
    ),
    "wipe.outside.unreadable": (
        "Een deel van de lijst van bestanden buiten de werkmap kan niet gelezen worden ({path}): bestanden die "
        "daarin stonden, blijven mogelijk achter.",
        "Part of the list of files outside the workspace cannot be read ({path}): files it named may stay behind.",
    ),
    "wipe.outside.deleted": (
        "{count} bestand(en) buiten de werkmap verwijderd.",
        "{count} file(s) outside the workspace deleted.",
    ),
    "wipe.outside.kept_changed": (
        "Blijft staan, want gewijzigd sinds Bouwsteen het schreef: {path}",
        "Left in place, because it was changed since Bouwsteen wrote it: {path}",
    ),
    "wipe.outside.kept_missing": (
        "Niet gevonden (verplaatst of al verwijderd): {path}",
        "Not found (moved or already deleted): {path}",
    ),
    "wipe.outside.failed": (
        "Niet verwijderd: {path}: {reason}.",
        "Not deleted: {path}: {reason}.",
    ),
    "wipe.outside.folder_kept": (
        "Map blijft staan, want er staat nog iets in: {path}",
        "Folder left in place, because something is still in it: {path}",
    ),
    "export.not_recorded": (
        "Let op: Bouwsteen kon niet in de werkmap noteren dat het {path} schreef, dus 'bouwsteen wipe' "
        "verwijdert het niet; doe dat zelf als het weg mag.",
        "Note: Bouwsteen could not note in the workspace that it wrote {path}, so 'bouwsteen wipe' will not delete "
        "it; do that yourself when it may go.",
    ),
}

PRIVACY_OUTSIDE_MESSAGES: dict[str, tuple[str, str]] = {
    "privacy.outside.title": ("Buiten de werkmap", "Outside the workspace"),
    "privacy.outside.none": (
        "Bouwsteen schreef geen bestanden buiten de werkmap die er nu nog zijn.",
        "Bouwsteen wrote no files outside the workspace that are still there now.",
    ),
    "privacy.outside.some": (
        "Bouwsteen schreef {count} bestand(en) buiten de werkmap die er nog zijn (uitvoer, bundels, casusbestanden, "
        "reddingskopieën). bouwsteen wipe verwijdert ze mee, behalve wat je intussen wijzigde:",
        "Bouwsteen wrote {count} file(s) outside the workspace that are still there (outputs, bundles, case files, "
        "rescue copies). bouwsteen wipe deletes them too, except what you changed since:",
    ),
}
