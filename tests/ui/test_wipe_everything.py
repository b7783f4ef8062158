"""Issue 15, part 1: after a workshop's exports (every format, a bundle, a case file, the app's exports of everything
and of one sheet) ``bouwsteen wipe`` leaves nothing behind; a file changed since it was written is named and kept.
The privacy screen lists what is outside the workspace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Markdown

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.cli import main
from bouwsteen_tui.core import ledger
from bouwsteen_tui.dialogs.export import ExportDialog
from bouwsteen_tui.export import OutputKind
from tests.ui.helpers import messages, until
from tests.ui.sample import CASE_CODE, write_sample

SIZE = (100, 30)


def plain(markdown: str) -> str:
    """Markdown source with its escapes undone (the screen escapes every punctuation sign of a path)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


async def app_exports(root: Path, everything: Path, one_sheet: Path) -> None:
    """In the app: every output in every format into ``everything``, then the role card alone into ``one_sheet``."""
    app = BouwsteenApp(root, language="nl", background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        app.action_export_all()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#folder", Input).value = str(everything)
        for kind in OutputKind:
            dialog.query_one(f"#{kind.value}", Checkbox).value = True
        await pilot.click("#go")
        await until(pilot, lambda: sum("geschreven in" in m for m in messages(app)) == 1)
        app.clear_notifications()
        app.push_screen(ExportDialog(step_id="role", title="Rolkaart"))
        await pilot.pause()
        app.screen.query_one("#folder", Input).value = str(one_sheet)
        await pilot.click("#go")
        await until(pilot, lambda: any("geschreven in" in m for m in messages(app)))


async def test_wipe_clears_every_export_and_keeps_a_changed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = write_sample(tmp_path / "ws")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    ws = ["--workspace", str(root)]
    assert main(["export", *ws, "--format", "all", "--allow-identifiers"]) == 0
    assert main(["export", *ws, "--bundle", str(cwd / "mee" / "results.zip"), "--allow-identifiers"]) == 0
    assert main(["export", *ws, "--case", CASE_CODE, "--format", "case", "--out", str(cwd / "casussen")]) == 0
    documents = tmp_path / "home" / "Documents" / "Bouwsteen"
    await app_exports(root, documents, tmp_path / "los")
    written = files_under(cwd) + files_under(tmp_path / "home") + files_under(tmp_path / "los")
    suffixes = {p.suffix for p in written}
    assert {".md", ".html", ".docx", ".ics", ".zip", ".toml"} <= suffixes
    assert (cwd / "mee" / "results.zip").is_file() and (cwd / "casussen" / f"casus-{CASE_CODE}.toml").is_file()
    assert (tmp_path / "los" / "rolkaart.md").is_file()
    assert len(written) > 20
    assert sorted(Path(e.path) for e in ledger.read(root).files) == written  # every one of them is recorded

    changed = cwd / "bouwsteen-export" / "rolkaart.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nmijn eigen notitie\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["wipe", *ws, "--yes"]) == 0
    out, err = capsys.readouterr()

    assert not root.exists()
    left = files_under(cwd) + files_under(tmp_path / "home") + files_under(tmp_path / "los")
    assert left == [changed]  # nothing else: no export, bundle, case file or app export
    assert sorted(p.name for p in cwd.iterdir()) == ["bouwsteen-export"]  # the folders it created are gone
    assert not (tmp_path / "home").exists() and not (tmp_path / "los").exists()
    assert f"{len(written) - 1} bestand(en) buiten de werkmap verwijderd." in out
    assert f"Blijft staan, want gewijzigd sinds Bouwsteen het schreef: {changed}" in err
    assert f"Map blijft staan, want er staat nog iets in: {cwd / 'bouwsteen-export'}" in err
    assert str(cwd / "mee" / "results.zip") in err  # listed before it went


def test_wipe_without_the_word_deletes_nothing_outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    root = write_sample(tmp_path / "ws")
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--workspace", str(root), "--lang", "en", "--allow-identifiers"]) == 0
    before = files_under(tmp_path / "bouwsteen-export")
    monkeypatch.setattr(sys, "stdin", io.StringIO("nee\n"))
    capsys.readouterr()
    assert main(["wipe", "--workspace", str(root), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert files_under(tmp_path / "bouwsteen-export") == before and root.exists()
    assert f"These {len(before)} file(s) Bouwsteen wrote outside the workspace are deleted too:" in err


async def test_the_privacy_screen_lists_the_files_outside_the_workspace(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_sample(tmp_path / "ws")
    monkeypatch.chdir(tmp_path)
    app = BouwsteenApp(root, language="en", background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        app.action_privacy()
        await until(pilot, lambda: app.screen.outside_loaded)  # type: ignore[attr-defined]
        text = plain(app.screen.query_one(Markdown).source)
        assert "### Outside the workspace" in text
        assert "Bouwsteen wrote no files outside the workspace that are still there now." in text
    assert main(["export", "--workspace", str(root), "--format", "md", "--allow-identifiers"]) == 0
    app = BouwsteenApp(root, language="en", background_saves=False, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        app.action_privacy()
        await until(pilot, lambda: app.screen.outside_loaded)  # type: ignore[attr-defined]
        text = plain(app.screen.query_one(Markdown).source)
        written = files_under(tmp_path / "bouwsteen-export")
        assert f"Bouwsteen wrote {len(written)} file(s) outside the workspace" in text
        assert all(f"- {p}" in text for p in written)


def test_an_export_that_cannot_be_recorded_says_wipe_will_not_find_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The ledger's folder is a link (never followed): the export stands, and the user is told to delete it."""
    root = write_sample(tmp_path / "ws")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / ledger.LEDGER_DIR).symlink_to(elsewhere)
    monkeypatch.chdir(tmp_path)
    for argv in (["--format", "md"], ["--bundle", "r.zip"], ["--case", CASE_CODE, "--format", "case"]):
        capsys.readouterr()
        assert main(["export", "--workspace", str(root), "--lang", "en", "--allow-identifiers", *argv]) == 0
        assert "so 'bouwsteen wipe' will not delete it" in capsys.readouterr().err
    assert list(elsewhere.iterdir()) == []


async def test_a_rescue_copy_is_cleared_by_wipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saves fail (a full disk for the workspace's files), the user writes a rescue copy to a new folder on a stick:
    wipe removes the copy and the folders it made."""
    import errno

    from bouwsteen_tui.core import workspace as workspace_module
    from bouwsteen_tui.dialogs.unsaved import UnsavedDialog
    from tests.ui.test_wizard import make_app, open_step

    root = write_sample(tmp_path / "ws")
    app = make_app(root)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)

        def full(path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(workspace_module, "atomic_write", full)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedDialog)
        app.screen.query_one("#folder", Input).value = str(tmp_path / "stick" / "bouwsteen")
        await pilot.click("#rescue")
        await pilot.pause()
    monkeypatch.undo()
    assert app.rescue_folder is not None and (app.rescue_folder / "role.toml").is_file()
    assert main(["wipe", "--workspace", str(root), "--yes"]) == 0
    assert not (tmp_path / "stick").exists() and not root.exists()
