"""What the app and the command line say alike about workspace files and the system's errors, in one place."""

from __future__ import annotations

from bouwsteen_tui.i18n.oserrors import ERRNO_MESSAGES

WORKSPACE_MESSAGES: dict[str, tuple[str, str]] = {
    "problem.unreadable": ("kan niet gelezen worden (controleer de rechten)", "cannot be read (check the permissions)"),
    "problem.corrupt": ("is beschadigd (geen geldige TOML)", "is damaged (not valid TOML)"),
    "problem.foreign": ("is geen bestand van Bouwsteen", "is not a Bouwsteen file"),
    "problem.invalid": ("bevat waarden die Bouwsteen niet verwacht", "holds values Bouwsteen does not expect"),
    "problem.misplaced": ("hoort bij een andere casus of stap", "belongs to another case or step"),
    "problem.symlink": (
        "is een symbolische link; Bouwsteen volgt geen links voor zijn eigen bestanden en laat het onaangeroerd. "
        "Vervang de link door het bestand zelf",
        "is a symbolic link; Bouwsteen does not follow links for its own files and leaves it untouched. Replace the "
        "link with the file itself",
    ),
    "problem.symlink_folder": (
        "is een symbolische link; Bouwsteen volgt geen links voor zijn eigen mappen en gebruikt ze niet. Vervang de "
        "link door een gewone map (verplaats de bestanden en verwijder de link)",
        "is a symbolic link; Bouwsteen does not follow links for its own folders and does not use it. Replace the "
        "link with a normal folder (move the files over and remove the link)",
    ),
    "problem.not_folder": (
        "is een bestand en geen map; hernoem of verplaats dat bestand, zodat Bouwsteen de map kan maken",
        "is a file, not a folder; rename or move that file so that Bouwsteen can make the folder",
    ),
    "problem.folder_unreadable": (
        "de map kan niet gelezen worden, dus Bouwsteen ziet de casussen erin niet; geef jezelf toegang, "
        "bijvoorbeeld met: chmod 700 {file}",
        "the folder cannot be read, so Bouwsteen does not see the cases in it; give yourself access, for instance "
        "with: chmod 700 {file}",
    ),
    "problem.misnamed": (
        "wordt niet geladen: een casusbestand heeft de code in hoofdletters als naam; hernoem het naar {name}",
        "is not loaded: a case file is named with its code in capitals; rename it to {name}",
    ),
    "problem.not_a_case": (
        "wordt niet geladen: de naam is geen casuscode (zoals C-7K4Q.toml); verplaats het uit de map cases",
        "is not loaded: its name is not a case code (like C-7K4Q.toml); move it out of the cases folder",
    ),
    "problem.newer": (
        "is geschreven door een nieuwere Bouwsteen en blijft onaangeroerd; werk Bouwsteen bij om het te openen",
        "was written by a newer Bouwsteen and is left untouched; update Bouwsteen to open it",
    ),
    "oserror.read_only": ("de schijf of map is alleen-lezen", "the disk or folder is read-only"),
    "oserror.disk_full": ("de schijf is vol", "the disk is full"),
    "oserror.permission": (
        "je hebt er geen toegang toe (controleer de rechten van de map)",
        "you have no access to it (check the folder's permissions)",
    ),
    "oserror.missing": ("het bestand of de map bestaat niet (meer)", "the file or folder does not exist (any more)"),
    "oserror.symlink": (
        "het is een symbolische link, die Bouwsteen niet volgt",
        "it is a symbolic link, which Bouwsteen does not follow",
    ),
    "oserror.not_folder": ("er staat een bestand waar een map hoort", "there is a file where a folder belongs"),
    "oserror.moved": (
        "de werkmap is verplaatst of vervangen terwijl dit venster ze open had; bewaar je antwoorden bij het "
        "afsluiten als reddingskopie en open de werkmap opnieuw",
        "the workspace folder was moved or replaced while this window had it open; keep your answers as a rescue "
        "copy when you quit and open the workspace again",
    ),
    "oserror.other": ("een onverwachte systeemfout{code}", "an unexpected system error{code}"),
    **ERRNO_MESSAGES,  # oserrors.py: a sentence per system error that needs its own advice ("File exists")
}
