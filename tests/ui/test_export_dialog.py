"""Pilot tests of the export dialog: a checkbox per output format, the last folder and formats per workspace, the
progress bar of a long export, and the closing notice that gives way to a dialog opened after it."""

from __future__ import annotations

import threading
import tomllib
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Checkbox, Input, Label, ProgressBar

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs import export as export_dialog
from bouwsteen_tui.dialogs.confirm import ConfirmDialog
from bouwsteen_tui.dialogs.export import ExportDialog, default_export_dir
from bouwsteen_tui.export import DOCUMENT_FORMATS, OutputKind
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.ui import MESSAGES
from tests.ui.helpers import messages, until
from tests.ui.sample import CASE_CODE, write_sample

SIZE = (100, 30)


def sample_app(tmp_path: Path, language: str = "nl") -> BouwsteenApp:
    root = tmp_path / "ws"
    if not root.exists():
        write_sample(root)
    return BouwsteenApp(root, language=language, background_saves=False, preload=True)


def settings_file(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "ws" / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def ticked(dialog: ExportDialog) -> list[str]:
    return [box.id or "" for box in dialog.query("#formats Checkbox").results(Checkbox) if box.value]


async def open_dialog(pilot: Any, app: BouwsteenApp) -> ExportDialog:
    app.action_export_all()
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def export_to(pilot: Any, app: BouwsteenApp, folder: Path) -> None:
    """Export everything from the dialog into ``folder`` and wait for the closing notice."""
    dialog = await open_dialog(pilot, app)
    dialog.query_one("#folder", Input).value = str(folder)
    await pilot.click("#go")
    await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_one_checkbox_per_output_format_markdown_and_calendar_ticked_first(tmp_path: Path,
                                                                                language: str) -> None:
    """The formats come from export.OutputKind, each with its label; a first export ticks Markdown and calendar,
    and the folder field shows the default folder."""
    app = sample_app(tmp_path, language)
    t = Catalog(language, MESSAGES)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot, app)
        boxes = list(dialog.query("#formats Checkbox").results(Checkbox))
        assert [box.id for box in boxes] == [kind.value for kind in OutputKind]
        assert [str(box.label) for box in boxes] == [t(f"export.format.{kind.value}") for kind in OutputKind]
        assert ticked(dialog) == ["md", "ics"]
        assert dialog.query_one("#folder", Input).value == str(default_export_dir())


def test_the_format_labels_name_every_format_in_both_languages() -> None:
    """The labels the issue asks for, and one for each format the exports know (i18n/export_dialog.py, part of
    the app's catalogue)."""
    from bouwsteen_tui.i18n.export_dialog import EXPORT_MESSAGES

    assert EXPORT_MESSAGES.items() <= MESSAGES.items()
    for kind in OutputKind:
        assert f"export.format.{kind.value}" in MESSAGES
    assert MESSAGES["export.format.html"][0] == "Webpagina om af te drukken (.html)"
    assert MESSAGES["export.format.docx"][0] == "Word (.docx)"
    assert MESSAGES["export.format.ics"] == ("Kalender (.ics)", "Calendar (.ics)")


async def test_a_case_dialog_exports_the_case_documents(tmp_path: Path) -> None:
    """From a case's preview the title says it exports that case's documents (not only an agreement sheet)."""
    out = tmp_path / "out"
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.preview(f"case:{CASE_CODE}")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        title = str(dialog.query_one(".title", Label).render())
        assert title == f"De documenten van casus {CASE_CODE} exporteren"
        dialog.query_one("#folder", Input).value = str(out)
        dialog.query_one("#ics", Checkbox).value = False
        await pilot.click("#go")
        await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}-{CASE_CODE}.md"
                                                     for stem in ("afsprakenblad", "casusverslag", "gezinsblad")]


async def test_the_folder_and_formats_of_the_last_export_are_offered_next_time(tmp_path: Path) -> None:
    """After an export the workspace's settings keep its folder and formats; a new window offers them."""
    out = tmp_path / "mine"
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot, app)
        dialog.query_one("#folder", Input).value = str(out)
        dialog.query_one("#md", Checkbox).value = False  # the calendar only
        await pilot.click("#go")
        await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))
    assert [p.suffix for p in out.iterdir()] == [".ics"]
    saved = settings_file(tmp_path)
    assert saved["export_folder"] == str(out) and saved["export_formats"] == ["ics"]
    again = sample_app(tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot, again)
        assert dialog.query_one("#folder", Input).value == str(out)
        assert ticked(dialog) == ["ics"]


async def test_a_failed_export_remembers_nothing(tmp_path: Path) -> None:
    """A folder that cannot be made: the dialog stays open, and the settings keep no folder."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot, app)
        dialog.query_one("#folder", Input).value = str(blocker / "out")
        await pilot.click("#go")
        await until(pilot, lambda: any("mislukt" in m for m in messages(app)))
        assert isinstance(app.screen, ExportDialog)
        assert app.session.settings.export_folder == ""
    assert settings_file(tmp_path).get("export_folder", "") == ""


async def test_a_read_only_window_exports_but_remembers_no_folder(tmp_path: Path) -> None:
    """Another window owns the workspace's settings: a read-only window writes the files, not the settings."""
    write_sample(tmp_path / "ws")
    out = tmp_path / "out"
    first = Workspace.open(tmp_path / "ws")
    try:
        app = sample_app(tmp_path)
        async with app.run_test(size=SIZE) as pilot:
            assert app.workspace.read_only
            await export_to(pilot, app, out)
            assert app.session.settings.export_folder == ""
            dialog = await open_dialog(pilot, app)
            assert dialog.query_one("#folder", Input).value == str(default_export_dir())
    finally:
        first.close()
    assert any(out.iterdir())
    assert settings_file(tmp_path).get("export_folder", "") == ""


# --------------------------------------------------------------------------------------------- the closing notice
# (these tests draw the notices: run_test(notifications=True); the toasts are found by their widget type's name)


async def test_the_export_notice_does_not_cover_a_dialog_opened_after_it(tmp_path: Path) -> None:
    """The closing notice shows on the screen below; a dialog opened while it shows has no notice over it."""
    app = sample_app(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await export_to(pilot, app, tmp_path / "out")
        await pilot.pause()
        below = app.screen
        assert not isinstance(below, ExportDialog)
        assert list(below.query("Toast")), "the export's notice shows once the dialog has closed"
        dialog = await open_dialog(pilot, app)
        await pilot.pause()
        box = dialog.query_one("ExportDialog > Vertical").region
        toasts = [toast.region for toast in dialog.query("Toast")]
        assert not any(toast.overlaps(box) for toast in toasts), toasts
        assert messages(app) == []  # cleared, not only moved


async def test_a_notice_given_while_a_dialog_is_open_still_shows(tmp_path: Path) -> None:
    """Only a notice given before the dialog makes way: the dialog's own warning (no format ticked) shows."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await export_to(pilot, app, tmp_path / "out")
        dialog = await open_dialog(pilot, app)
        for box in dialog.query("#formats Checkbox").results(Checkbox):
            box.value = False
        await pilot.click("#go")
        await until(pilot, lambda: any("minstens één formaat" in m for m in messages(app)))
        await pilot.pause()
        assert list(dialog.query("Toast"))


async def test_other_notices_stay_when_a_dialog_opens(tmp_path: Path) -> None:
    """Without an export notice on screen, opening a dialog leaves the notices alone (a start-up warning about
    the workspace is not swept away by a dialog)."""
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.notify("Een bestand kon niet gelezen worden.", severity="warning")
        await pilot.pause()
        app.push_screen(ConfirmDialog("Zeker?", "Echt?", "Ja"))
        await pilot.pause()
        assert messages(app) == ["Een bestand kon niet gelezen worden."]
        assert list(app.screen.query("Toast"))


# --------------------------------------------------------------------------------------------- progress


async def test_a_long_export_shows_a_progress_bar_after_the_delay(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar stays hidden at first, appears once the export has run past the delay, follows the files written
    (posted from the export's thread), and goes when the export ends."""
    import bouwsteen_tui.export as exports

    monkeypatch.setattr(export_dialog, "PROGRESS_DELAY", 0.3)
    halfway, finish = threading.Event(), threading.Event()

    def slow_export(*args: Any, progress: Any = None, **kwargs: Any) -> list[Path]:
        progress(3, 10)
        halfway.set()
        assert finish.wait(10), "the test never let the export finish"
        progress(10, 10)
        return []

    monkeypatch.setattr(exports, "export_outputs", slow_export)
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot, app)
        dialog.query_one("#folder", Input).value = str(tmp_path / "out")
        await pilot.click("#go")
        await until(pilot, halfway.is_set)
        await pilot.pause()
        busy = dialog.query_one("#busy")
        assert not busy.display, "no bar before the delay"
        assert dialog.busy
        await until(pilot, lambda: busy.display)
        bar = dialog.query_one("#progress", ProgressBar)
        assert (bar.progress, bar.total) == (3, 10)
        await pilot.press("escape")  # a running export is not abandoned halfway
        assert app.screen is dialog
        finish.set()
        await until(pilot, lambda: app.screen is not dialog)
        assert any("geschreven in" in m for m in messages(app))


async def test_a_quick_export_shows_no_progress_bar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export done within the delay never shows the bar (the sample writes its files in well under a second)."""
    shown: list[bool] = []
    show = ExportDialog._show_progress
    monkeypatch.setattr(ExportDialog, "_show_progress", lambda self: shown.append(True) or show(self))
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await export_to(pilot, app, tmp_path / "out")
        await pilot.pause(export_dialog.PROGRESS_DELAY + 0.2)  # the timer, had it not been stopped, would fire
    assert any((tmp_path / "out").iterdir())
    assert shown == []


def test_every_document_format_is_offered() -> None:
    """The formats of the dialog are the exports' own: every document format, then the calendar."""
    assert export_dialog.output_formats() == [*DOCUMENT_FORMATS, OutputKind.CALENDAR.value]


async def test_the_export_notice_names_abbreviations_the_family_sheet_leaves_unexplained(tmp_path: Path) -> None:
    """An agreement that involves the family and says "CLB" without explaining it: the closing notice says so,
    with the case and the agreement's number, so it can be put in plain words before the sheet goes out."""
    from bouwsteen_tui.core.answers import Record, RecordsAnswer

    root = write_sample(tmp_path / "ws")
    with Workspace.open(root) as workspace:
        case = workspace.load_case(CASE_CODE)
        assert case is not None
        case.set("agreements", RecordsAnswer(items=[
            Record(values={"what": "Het CLB belt moeder.", "involves_family": True}),
            Record(values={"what": "Het CAW (centrum voor welzijn) komt langs.", "involves_family": True}),
        ]))
        workspace.save(case)
    app = sample_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await export_to(pilot, app, tmp_path / "out")
        notice = next(m for m in messages(app) if "geschreven in" in m)
    assert f"Gezinsblad {CASE_CODE}, afspraak 1: CLB wordt niet uitgelegd" in notice
    assert "afspraak 2" not in notice  # explained in brackets
