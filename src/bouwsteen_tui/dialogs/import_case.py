"""Importing a case file in the app: the dialog that picks and checks the file, the report of what the import added,
and its undo (the palette's "Casus importeren" and the button under the home screen's case list).

The file is checked in the order of ``bouwsteen import`` (:mod:`bouwsteen_tui.cli.commands.import_case`), and
nothing changes until every check has passed: is it a case file (size, UTF-8, TOML, its kind, its limits), is it of
this window's content pack, does it hold possible identifiers (then the dialog names them and offers to import it
anyway). Reading, checking and importing run on a thread; the import itself is the core's
(:func:`bouwsteen_tui.core.case_import.import_case`), and its result is what the report shows, as the command line's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, DirectoryTree, Input, Label, Static

from bouwsteen_tui import commands
from bouwsteen_tui.i18n import Catalog, os_error_text
from bouwsteen_tui.widgets.base import (
    TranslatedModalScreen,
    app_state,
    default_css,
    in_thread,
    literal,
    printable,
    tr,
)

if TYPE_CHECKING:
    from typing import Self

    from textual.screen import Screen
    from textual.widgets.directory_tree import DirEntry
    from textual.widgets.tree import TreeNode

    from bouwsteen_tui.core.case_import import ImportResult, UndoResult
    from bouwsteen_tui.core.exchange import ExchangeError
    from bouwsteen_tui.core.session import Session

NAMES = 60  # the longest a partner's name is shown in the report, in characters


def start_folder(remembered: str) -> Path:
    """Where the file picker starts: the folder of the last import, else the Downloads folder, else home."""
    from platformdirs import user_downloads_path

    candidates = [Path(remembered).expanduser()] if remembered else []
    for folder in [*candidates, user_downloads_path(), Path.home()]:
        if folder.is_dir():
            return folder
    return Path.home()


def home_relative(path: str) -> str:
    """``path`` with the home folder written as ``~``, as a user reads it."""
    home = str(Path.home())
    return "~" + path[len(home):] if path == home or path.startswith(home + os.sep) else path


class CaseFileTree(DirectoryTree):
    """A folder tree that shows folders and ``.toml`` files only (no hidden ones), names as written, never markup."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        def shown(path: Path) -> bool:
            if path.name.startswith("."):
                return False
            try:
                return path.is_dir() or path.suffix.lower() == ".toml"
            except OSError:
                return False

        return [path for path in paths if shown(path)]

    def reset_node(self, node: TreeNode[DirEntry], label: str | Text, data: DirEntry | None = None) -> Self:
        if node is self.root and data is not None:  # the root shows where it is, not only its name
            label = home_relative(str(data.path))
        return super().reset_node(node, label, data)

    def process_label(self, label: str | Text) -> Text:
        if isinstance(label, str):
            if os.sep in label:  # the root: a whole path (a file's or a folder's own name holds no separator)
                label = home_relative(label)
            return Text(printable(label).split("\n")[0])
        return label


@dataclass
class Imported:
    """What the dialog gives back: the core's result of the import, and the file it came from."""

    result: ImportResult
    source: Path
    source_code: str


@dataclass
class Refusal:
    """Why the file was not imported (the dialog shows it); ``identifiers``: it may be imported anyway."""

    text: str
    identifiers: bool = False


def refusal_text(t: Catalog, path: Path, error: ExchangeError) -> str:
    """The command line's sentence for a refused file, in the interface language."""
    from bouwsteen_tui.core.files import os_error_kind

    key = f"import.reason.{error.reason}"
    if error.reason == "foreign" and not error.values.get("kind"):
        key = "import.reason.not_bouwsteen"
    values = dict(error.values)
    cause = error.__cause__
    if error.reason == "unreadable" and isinstance(cause, OSError):
        values["error"] = os_error_text(t, os_error_kind(cause), cause.errno)
    return t("import.refused", file=path, reason=t(key, **values))


def failure_reason(t: Catalog, error: Exception) -> str:
    """Why writing failed, in the interface language, naming the file when it is known."""
    from bouwsteen_tui.core.files import os_error_kind
    from bouwsteen_tui.core.workspace import WorkspaceError

    if isinstance(error, WorkspaceError):
        text, where = os_error_text(t, error.kind), error.path
    elif isinstance(error, OSError):
        text, where = os_error_text(t, os_error_kind(error), error.errno), error.filename
    else:
        return str(error)
    return f"{where}: {text}" if where else text


def check_and_import(session: Session, path: Path, t: Catalog, *, allow_identifiers: bool, self_is_me: bool,
                     replace_key: str) -> Imported | Refusal:
    """Check the file at ``path`` as ``bouwsteen import`` does, then import it (runs on a thread).

    Nothing changes unless every check passes: a case file, of this window's pack, without identifiers (unless
    ``allow_identifiers``).
    """
    from bouwsteen_tui.core import dates
    from bouwsteen_tui.core.case_import import import_case
    from bouwsteen_tui.core.exchange import ExchangeError, draft_case, read_case_file
    from bouwsteen_tui.core.guard import describe_findings, scan_case
    from bouwsteen_tui.core.workspace import WorkspaceError

    if path.is_dir():
        return Refusal(t("import_dialog.folder", file=path))
    try:
        exchange = read_case_file(path)
    except ExchangeError as error:
        return Refusal(refusal_text(t, path, error))
    pack = session.pack
    if exchange.pack_id != pack.id:
        return Refusal(t("import_dialog.pack_mismatch", file=path, file_pack=exchange.pack_id, pack=pack.id))
    if not allow_identifiers:
        found = scan_case(draft_case(exchange, exchange.source_code, dates.today()))
        if found:
            lines = describe_findings(pack, {exchange.source_code: found}, t.language)
            where = "\n".join(f"• {line}" for line in lines)
            return Refusal(t("import_dialog.identifiers", file=path, where=where, key=replace_key), identifiers=True)
    try:
        result = import_case(session.workspace, pack, exchange, self_is_me=self_is_me,
                             unnamed_author=t("import.author_unnamed"))
    except ExchangeError as error:
        return Refusal(refusal_text(t, path, error))
    except (WorkspaceError, OSError) as error:
        return Refusal(t("import_dialog.failed", reason=failure_reason(t, error)))
    return Imported(result, path, exchange.source_code)


def _names(names: list[str]) -> str:
    return ", ".join(printable(" ".join(n.split()))[:NAMES] or "–" for n in names)


def report_text(t: Catalog, imported: Imported) -> str:
    """What the import added, from the core's result (the command line reports the same result)."""
    result = imported.result
    code = result.case.code
    lines = [t("import_report.case", code=code, source=imported.source_code)]
    if result.author_is_me:
        lines.append(t("import.author_is_me"))
    elif result.author:
        lines.append(t("import_report.author", name=_names([result.author])))
    if result.matched:
        lines.append(t("import.partners_matched", names=_names(result.matched)))
    if result.added:
        lines.append(t("import.partners_added", names=_names(result.added)))
        lines.append(t("import.added_fields"))
    else:
        lines.append(t("import_report.nothing_added"))
    lines.append(t("import_report.undo_later", code=code))
    return "\n".join(lines)


def undo_text(t: Catalog, undone: UndoResult) -> str:
    """What an undo did (the command line's sentences)."""
    lines = [t("import.undone" if undone.case_removed else "import.undone_gone", code=undone.code)]
    for key, names in (("import.partners_removed", undone.removed),
                       ("import.partners_kept_in_use", undone.kept_in_use),
                       ("import.partners_kept_changed", undone.kept_changed)):
        if names:
            lines.append(t(key, names=_names(names)))
    return "\n".join(lines)


async def import_case_file(screen: Screen[Any], shown: Callable[[str], None]) -> None:
    """The whole import, from ``screen`` (the home screen): pick and check the file, import it, have the case list
    show it (``shown(code)``), report what was added, and undo the import if the user asks (``shown("")``)."""
    from bouwsteen_tui.core.case_import import undo_import
    from bouwsteen_tui.dialogs.confirm import ChoiceDialog

    state = app_state(screen)
    if state.refuse_read_only():
        return
    session = state.session
    screen.app.save_open_screens()  # type: ignore[attr-defined]
    session.flush()  # the import writes the network map: nothing of it may still be on its way to disk
    imported = await screen.app.push_screen_wait(ImportCaseDialog(start_folder(session.settings.import_folder)))
    if imported is None:
        return
    t = tr(screen)
    code = imported.result.case.code
    session.reload_after_import(added=code, folder=imported.source.parent)
    shown(code)
    choice = await screen.app.push_screen_wait(ChoiceDialog(
        t("import_report.title", code=code), report_text(t, imported),
        [("undo", t("import_report.undo")), ("close", t("import_report.close"))], focus="close",
    ))
    if choice != "undo":
        return
    session.flush()
    try:
        undone = await in_thread(screen, lambda: undo_import(session.workspace, session.pack, code))
    except Exception as error:  # any failure is told; the case stays
        from bouwsteen_tui.core.exchange import ExchangeError

        text = (t("import.undo_refused", reason=t(f"import.reason.{error.reason}", **error.values))
                if isinstance(error, ExchangeError) else t("import_dialog.failed", reason=failure_reason(t, error)))
        screen.notify(text, severity="error", timeout=20, markup=False)
        return
    session.reload_after_import(removed=code)
    shown("")
    screen.notify(undo_text(t, undone), timeout=20, markup=False)


class ImportCaseDialog(TranslatedModalScreen["Imported | None"]):
    """Choose a case file in a folder tree or type its path; check it, import it. Gives back what was imported."""

    DEFAULT_CSS = default_css(__file__, "ImportCaseDialog")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CANCEL.binding()]

    def __init__(self, start: Path) -> None:
        super().__init__()
        self.start = start
        self.busy = False  # a check or an import runs: the dialog stays until it ends
        self._said_for = ""  # the file the message shown is about

    def compose(self) -> ComposeResult:
        t = tr(self)
        with Vertical():
            yield Label(t("import_dialog.title"), classes="title")
            yield Static(literal(t("import_dialog.body")), classes="body")
            yield CaseFileTree(self.start, id="tree")
            with Horizontal(id="file-row"):
                yield Label(t("import_dialog.file"), id="file-label")
                yield Input(placeholder=t("import_dialog.placeholder"), id="file", compact=True)
            yield Checkbox(t("import_dialog.self_is_me"), value=False, id="self-is-me", compact=True)
            with VerticalScroll(id="message-box"):
                yield Static("", id="message", markup=False)
            with Horizontal(classes="buttons"):
                yield Label(t("import_dialog.checking"), id="checking")
                yield Button(t("button.cancel"), id="cancel", compact=True)
                yield Button(t("import_dialog.anyway"), id="anyway", variant="error", compact=True)
                yield Button(t("import_dialog.go"), id="go", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#message-box").display = False
        self.query_one("#anyway").display = False
        self.query_one("#checking").display = False
        self.query_one("#tree", CaseFileTree).focus()

    def say(self, text: str) -> None:
        self._said_for = self.query_one("#file", Input).value if text else ""
        self.query_one("#message", Static).update(text)
        self.query_one("#message-box").display = bool(text)

    def action_cancel(self) -> None:
        if not self.busy:
            self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    @on(DirectoryTree.NodeHighlighted, "#tree")
    def _highlighted(self, event: DirectoryTree.NodeHighlighted[object]) -> None:
        entry = event.node.data
        path = getattr(entry, "path", None)
        if isinstance(path, Path) and path.suffix.lower() == ".toml" and not self.busy:
            self.query_one("#file", Input).value = str(path)

    @on(DirectoryTree.FileSelected, "#tree")
    def _file_selected(self, event: DirectoryTree.FileSelected) -> None:
        self.query_one("#file", Input).value = str(event.path)
        self._check(allow=False)

    @on(Input.Changed, "#file")
    def _changed(self, event: Input.Changed) -> None:
        if event.value != self._said_for:  # another file: the message and "import anyway" were about the last one
            self.query_one("#anyway").display = False
            self.say("")

    @on(Input.Submitted, "#file")
    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        self._check(allow=False)

    @on(Button.Pressed, "#anyway")
    def _anyway(self) -> None:
        self._check(allow=True)

    @work(exclusive=True, group="import")
    async def _check(self, allow: bool) -> None:
        if self.busy:
            return
        t = tr(self)
        typed = self.query_one("#file", Input).value.strip()
        if not typed:
            self.say(t("import_dialog.no_file"))
            return
        path = Path(typed).expanduser().absolute()
        if path.is_dir():  # a folder typed or pasted: the tree shows it, to choose a file in
            self.query_one("#tree", CaseFileTree).path = path
            self.say(t("import_dialog.folder", file=path))
            return
        session = app_state(self).session
        self_is_me = self.query_one("#self-is-me", Checkbox).value
        replace_key = app_state(self).key_for(commands.REPLACE_IDENTIFIERS)
        self._busy(True)
        try:
            outcome = await in_thread(self, lambda: check_and_import(
                session, path, t, allow_identifiers=allow, self_is_me=self_is_me, replace_key=replace_key))
        finally:
            self._busy(False)
        if isinstance(outcome, Imported):
            self.dismiss(outcome)
            return
        self.say(outcome.text)
        self.query_one("#anyway").display = outcome.identifiers

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.query_one("#checking").display = busy
        for button_id in ("#go", "#anyway", "#cancel"):
            self.query_one(button_id, Button).disabled = busy
