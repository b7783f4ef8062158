"""Exporting in plain text, as the app's export dialog does: all outputs or one case's, in the formats chosen
(``export.OutputKind``), into the folder of the last export or Documents/Bouwsteen; the identifier guard first
(a case that holds an identifier is left out unless the user says otherwise); the files written recorded in the
workspace's ledger, so that ``bouwsteen wipe`` finds them."""

from __future__ import annotations

from pathlib import Path

from bouwsteen_tui.core import dates, ledger
from bouwsteen_tui.core.guard import describe_findings
from bouwsteen_tui.plain.context import Context, Refused, numbers
from bouwsteen_tui.plain.words import Word, command

DEFAULT_FORMATS = ("md", "ics")  # the app's export dialog ticks these when nothing was exported yet


def default_export_dir() -> Path:
    """Where exports go unless the user picks another folder: Documents/Bouwsteen (as in the app)."""
    from platformdirs import user_documents_path

    return user_documents_path() / "Bouwsteen"


def run_export(ctx: Context) -> None:
    """Ask what, where and in which formats; check for identifiers; write; say what was written."""
    from bouwsteen_tui.export import OutputKind, export_outputs, family_sheet_warnings
    from bouwsteen_tui.export.guard import scan_before_export

    t = ctx.t
    session = ctx.session
    ctx.say(t("export.title_all"))
    ctx.say(t("export.body"))
    which = _which(ctx)
    if which is None:
        return
    case_code = which or None
    settings = session.settings
    folder = Path(settings.export_folder).expanduser() if settings.export_folder else default_export_dir()
    ctx.say(t("plain.export.folder", folder=folder))
    line = ctx.read()
    if command(line) in (Word.BACK, Word.MENU):
        return
    if line.strip():
        folder = Path(line.strip()).expanduser()
    kinds = [kind.value for kind in OutputKind]
    chosen = [f for f in kinds if f in settings.export_formats] or list(DEFAULT_FORMATS)
    formats = _formats(ctx, kinds, chosen)
    if formats is None:
        return
    session.flush()  # the export reads what is on disk
    found = scan_before_export(session.workspace, case_code)
    skip: set[str] = set()
    if found:
        ctx.say(t("export.identifiers_title"))
        for where in describe_findings(session.pack, found, t.language):
            ctx.say(f"- {where}", indent=2)
        ctx.say(t("plain.export.identifiers"))
        if not ctx.yes_no(t("export.identifiers_yes") + "?"):
            skip = set(found)
    created = ledger.new_folders(folder)
    try:
        written = export_outputs(session.workspace, session.pack, folder, formats=frozenset(formats),
                                 case_code=case_code, skip_cases=skip, today=dates.today(),
                                 workspace_language=t.language)
    except OSError as error:
        ctx.say(t("export.failed", folder=folder, error=error.strerror or error))
        return
    ledger.record(session.workspace.root, written, "export", created)  # so that wipe clears them too
    session.remember_export(folder, formats)
    ctx.say(t("export.done", count=len(written), folder=folder))
    for path in written:
        ctx.say(path.name, indent=2)
    if skip:
        ctx.say(t("export.skipped", codes=", ".join(sorted(skip))))
    if any(path.suffix != ".ics" for path in written):
        for code, number, words in family_sheet_warnings(session.workspace, session.pack,
                                                         case_code=case_code, skip_cases=skip):
            ctx.say(t("export.family_words", code=code, number=number, words=", ".join(words)))


def _which(ctx: Context) -> str | None:
    """All outputs (``""``), one case's (its code), or ``None`` to go back."""
    t = ctx.t
    cases = ctx.session.cases()
    if not cases:
        return ""
    options = [t("plain.export.all"), *(t("plain.export.case", code=c.code, description=ctx.masked(c.description))
                                        for c in cases)]
    while True:
        choice = ctx.choose(options, t("plain.export.which"))
        if choice is None or choice == 0:
            return ""
        if isinstance(choice, int):
            return cases[choice - 1].code
        if choice in (Word.BACK, Word.MENU):
            return None
        ctx.say(t("plain.export.which"))


def _formats(ctx: Context, kinds: list[str], chosen: list[str]) -> list[str] | None:
    """The formats to write: numbers, or an empty line for those marked; ``None`` to go back."""
    t = ctx.t
    ctx.say(t("export.formats"))
    for number, kind in enumerate(kinds, 1):
        mark = t("plain.chosen_mark") if kind in chosen else ""
        ctx.say(f"{number}. {t(f'export.format.{kind}')}{mark}", indent=2)
    ctx.say(t("plain.export.formats"))
    while True:
        line = ctx.read()
        if command(line) in (Word.BACK, Word.MENU):
            return None
        if not line.strip():
            return chosen
        try:
            picked = numbers(line, len(kinds), t)
        except Refused as refused:
            ctx.say(str(refused))
            continue
        return [kinds[i] for i in sorted(picked)]
