"""What the app says about the workspace it holds: read-only, another window writing, answers not saved yet,
files set aside, saves that failed. Key → (Flemish Dutch, English); part of the app's catalogue (``ui.MESSAGES``).
"""

from __future__ import annotations

NOTICE_MESSAGES: dict[str, tuple[str, str]] = {
    "notice.read_only_title": ("Alleen lezen", "Read-only"),
    "notice.read_only": (
        "De werkmap {root} is open in een ander Bouwsteen-venster. Je kan alles bekijken, maar wijzigingen worden "
        "niet bewaard. Sluit het andere venster: dan vraagt Bouwsteen of je hier verder wil werken.",
        "The workspace {root} is open in another Bouwsteen window. You can look at everything, but changes are not "
        "saved. Close the other window: Bouwsteen then asks whether you want to continue working here.",
    ),
    "notice.read_only_other": (
        "Bouwsteen kan niet schrijven in de werkmap {root} ({reason}). Je kan alles bekijken, maar wijzigingen "
        "worden niet bewaard. Kies een andere map met --workspace of controleer de rechten.",
        "Bouwsteen cannot write in the workspace {root} ({reason}). You can look at everything, but changes are not "
        "saved. Choose another folder with --workspace or check the permissions.",
    ),
    "read_only.tag": ("ALLEEN LEZEN", "READ-ONLY"),
    "read_only.refused": (
        "Dit venster is alleen-lezen: de werkmap is open in een ander Bouwsteen-venster. Wat je hier verandert, "
        "wordt niet bewaard. Sluit het andere venster; dan kan je hier verder werken.",
        "This window is read-only: the workspace is open in another Bouwsteen window. What you change here is not "
        "saved. Close the other window; then you can continue working here.",
    ),
    "read_only.refused_other": (
        "Dit venster is alleen-lezen ({reason}): wat je hier verandert, wordt niet bewaard.",
        "This window is read-only ({reason}): what you change here is not saved.",
    ),
    "takeover.title": ("Het andere venster is gesloten", "The other window has closed"),
    "takeover.body": (
        "De werkmap {root} is vrij. Wil je in dit venster verder werken? Bouwsteen leest dan alles opnieuw in, "
        "met wat in het andere venster bewaard is.",
        "The workspace {root} is free. Do you want to continue working in this window? Bouwsteen then reads "
        "everything again, including what the other window saved.",
    ),
    "takeover.yes": ("Hier verder werken", "Continue working here"),
    "takeover.done": ("Je kan nu verder werken in dit venster.", "You can now continue working in this window."),
    "takeover.failed": ("Een ander venster was sneller: dit venster blijft alleen-lezen.",
                        "Another window was quicker: this window stays read-only."),
    "unsaved.title": ("Niet alles is bewaard", "Not everything is saved"),
    "unsaved.body": (
        "Bouwsteen kon deze bestanden niet bewaren: {files}. Reden: {reason}. Als je nu afsluit, ben je die "
        "wijzigingen kwijt. Bewaar een reddingskopie in een map naar keuze (bijvoorbeeld op een USB-stick), of blijf "
        "en probeer het opnieuw nadat je het probleem hebt opgelost.",
        "Bouwsteen could not save these files: {files}. Reason: {reason}. If you quit now, those changes are lost. "
        "Save a rescue copy to a folder of your choice (for example on a USB stick), or stay and try again once "
        "you have solved the problem.",
    ),
    "unsaved.folder": ("Map voor de reddingskopie", "Folder for the rescue copy"),
    "unsaved.rescue": ("Reddingskopie bewaren en afsluiten", "Save rescue copy and quit"),
    "unsaved.retry": ("Opnieuw proberen", "Try again"),
    "unsaved.stay": ("Blijven", "Stay"),
    "unsaved.discard": ("Afsluiten zonder bewaren", "Quit without saving"),
    "unsaved.rescue_failed": ("Ook de reddingskopie kon niet geschreven worden in {folder}: {reason}. Kies een "
                              "andere map.",
                              "The rescue copy could not be written in {folder} either: {reason}. Choose another "
                              "folder."),
    "unsaved.still": ("Nog altijd niet bewaard: {reason}", "Still not saved: {reason}"),
    "unsaved.saved": ("Alles is nu bewaard.", "Everything is saved now."),
    "unsaved.rescued": ("Reddingskopie geschreven in {folder}. Zet die bestanden terug in je werkmap {root} "
                        "zodra het probleem opgelost is.",
                        "Rescue copy written in {folder}. Put those files back in your workspace {root} once the "
                        "problem is solved."),
    "unsaved.prefix": ("bouwsteen-reddingskopie", "bouwsteen-rescue"),
    "notice.problem_title": ("Probleem met een bestand", "Problem with a file"),
    "notice.set_aside": (
        "{file}: {reason}. Het bestand is onaangeroerd opzij gezet naar {target}; de rest is geladen.",
        "{file}: {reason}. The file was set aside untouched to {target}; the rest was loaded.",
    ),
    "notice.not_loaded": ("{file}: {reason}.", "{file}: {reason}."),
    "notice.save_failed": (
        "Bewaren van {file} mislukt: {reason}. Maak schijfruimte vrij of controleer de rechten van de map. "
        "Je antwoorden blijven in de app en worden bij de volgende wijziging opnieuw bewaard.",
        "Saving {file} failed: {reason}. Free some disk space or check the folder's permissions. Your answers stay "
        "in the app and are saved again on the next change.",
    ),
    "notice.save_failed_untouched": (
        "Bewaren van {file} mislukt: Bouwsteen laat dit bestand onaangeroerd (zie de eerdere melding). Je "
        "antwoorden blijven in de app; bewaar ze bij het afsluiten als reddingskopie.",
        "Saving {file} failed: Bouwsteen leaves this file untouched (see the earlier notice). Your answers stay in "
        "the app; keep them as a rescue copy when you quit.",
    ),
    "save.untouched": ("Bouwsteen laat het bestand onaangeroerd (zie de eerdere melding)",
                       "Bouwsteen leaves the file untouched (see the earlier notice)"),
    "notice.load_failed": (
        "Bouwsteen kon de werkmap of de inhoud niet laden: {error}",
        "Bouwsteen could not load the workspace or the content: {error}",
    ),
    "home.loading": ("Laden…", "Loading…"),
    "home.progress_loading": ("voortgang wordt gelezen…", "reading the progress…"),
    "notice.language": ("De taal is nu Nederlands.", "The language is now English."),
}
