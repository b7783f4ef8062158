"""Pilot tests for what the user typed surviving: steady typing, signals, read-only windows, failed saves."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.widgets import Input

from bouwsteen_tui import app as app_module
from bouwsteen_tui import workspace as workspace_module
from bouwsteen_tui.answers import TextAnswer
from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.dialogs.confirm import ConfirmDialog, TextDialog
from bouwsteen_tui.dialogs.unsaved import UnsavedDialog
from bouwsteen_tui.messages import AnswerChanged
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.session import Session
from bouwsteen_tui.widgets.autosave import SAVE_CEILING, SAVE_DELAY, AutosaveTimer
from bouwsteen_tui.widgets.read_only import ReadOnlyTag
from bouwsteen_tui.workspace import Workspace
from tests.ui.helpers import notices, until
from tests.ui.test_wizard import SIZE, make_app, open_step, stored


async def test_steady_typing_is_saved_within_the_ceiling(workspace_dir: Path) -> None:
    """Keys closer together than the debounce delay never let it fire; the ceiling still saves within a second."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        screen.query_one("#q-function Input", Input).focus()
        typed = "zorgcoordinator-van-de-school"
        gap = SAVE_DELAY / 4  # always faster than the debounce: without a ceiling nothing is ever saved
        for index, key in enumerate(typed):
            await pilot.press(key)
            await pilot.pause(gap)
            if gap * index > SAVE_CEILING + 0.5:
                break
        # still typing (no pause of SAVE_DELAY has happened), yet an earlier state is on disk
        answer = stored(workspace_dir, "role").get("function")
        assert isinstance(answer, TextAnswer)
        assert typed.startswith(answer.text)
        assert len(answer.text) >= 3
        assert isinstance(app.screen, StepScreen)


def test_ceiling_is_one_second_at_most() -> None:
    """The promise in docs/reliability.md: at most one second of typing waits for its save."""
    assert SAVE_DELAY < SAVE_CEILING <= 1.0


# --------------------------------------------------------------------------------------------- read-only windows


async def test_read_only_window_says_so_on_every_screen_for_as_long_as_it_lasts(workspace_dir: Path) -> None:
    """The header carries ALLEEN LEZEN on the home and step screens, long after the first notice is gone."""
    first = Workspace.open(workspace_dir)
    try:
        app = make_app(workspace_dir)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.workspace.read_only
            assert _tag_text(app) == "ALLEEN LEZEN"
            app.clear_notifications()
            screen = await open_step(pilot, app, 1)
            await pilot.pause()
            assert _tag_text(app) == "ALLEEN LEZEN", "the step screen's header must say it too"
            assert screen.query_one("#part").disabled
    finally:
        first.close()


async def test_typing_in_a_read_only_window_is_refused_with_a_reason(workspace_dir: Path) -> None:
    """Inputs of a read-only window take no text; a change that gets through anyway is undone and explained."""
    first = Workspace.open(workspace_dir)
    try:
        app = make_app(workspace_dir)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_step(pilot, app, 1)
            field = screen.query_one("#q-function Input", Input)
            assert field.is_disabled, "a read-only window's inputs cannot be edited"
            await pilot.press(*"leerkracht")
            assert "function" not in screen.document.answers
            # a change posted by any other route is refused too, and the user is told why
            screen.post_message(AnswerChanged("function", TextAnswer(text="toch"), settled=True))
            await pilot.pause()
            assert "function" not in screen.document.answers
            assert any("alleen-lezen" in n.message for n in notices(app))
    finally:
        first.close()
    assert not (workspace_dir / "role.toml").exists()


async def test_home_actions_of_a_read_only_window_are_refused_with_a_reason(workspace_dir: Path) -> None:
    """A new case in a read-only window is refused at once (it used to be created and then silently lost)."""
    first = Workspace.open(workspace_dir)
    try:
        app = make_app(workspace_dir)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            home = app.screen
            assert isinstance(home, HomeScreen)
            app.clear_notifications()
            home.action_new_case()
            await pilot.pause()
            assert not isinstance(app.screen, TextDialog)
            assert any("alleen-lezen" in n.message for n in notices(app))
            assert app.session.cases() == []
    finally:
        first.close()


async def test_read_only_window_offers_to_take_over_when_the_writer_closes(workspace_dir: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """When the writing window closes, the read-only one asks; yes reloads from disk and makes it the writer."""
    monkeypatch.setattr(app_module, "WRITER_POLL_SECONDS", 0.1)
    first = Workspace.open(workspace_dir)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.workspace.read_only
        # meanwhile the other window saves an answer, then closes
        other = Session(app.pack, first)
        other.sheet("role").set("function", TextAnswer(text="van het andere venster"))
        other.save(other.sheet("role"))
        other.close()
        # the writer's lock is polled: wait for the question, with its buttons
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog) and bool(app.screen.query("#yes")))
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert not app.workspace.read_only
        assert _tag_text(app) is None
        assert app.session.sheet("role").answers["function"] == TextAnswer(text="van het andere venster")
        screen = await open_step(pilot, app, 1)
        field = screen.query_one("#q-function Input", Input)
        assert not field.is_disabled
        field.focus()
        await pilot.press("end", *" en dit")
        screen.save_now()
    assert stored(workspace_dir, "role")["function"] == TextAnswer(text="van het andere venster en dit")


def _tag_text(app: BouwsteenApp) -> str | None:
    tags = list(app.screen.query(ReadOnlyTag))
    return str(tags[0].render()) if tags else None


# --------------------------------------------------------------------------------------------- failed saves


def _fail_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(workspace_module, "atomic_write", full)


async def test_quit_with_unsaved_answers_asks_and_writes_a_rescue_copy(workspace_dir: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+Q while saves fail does not exit: it asks, and the rescue copy holds every character typed."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        _fail_writes(monkeypatch)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht [/] wiskunde")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedDialog), "quitting with unsaved text must ask"
        assert app.is_running
        body = str(app.screen.query_one("#body").render())
        assert "role.toml" in body
        app.screen.query_one("#folder", Input).value = str(tmp_path / "usb")
        await pilot.click("#rescue")
        await pilot.pause()
    assert app.rescue_folder is not None
    assert app.rescue_folder.parent == tmp_path / "usb"
    copy = Workspace(app.rescue_folder).load_sheet("role")
    assert copy is not None
    assert copy.answers["function"] == TextAnswer(text="leerkracht [/] wiskunde")
    assert (app.rescue_folder / "role.toml").stat().st_mode & 0o077 == 0


async def test_unsaved_dialog_stays_or_retries(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Escape stays in the app with the text; once there is room again, Try again saves and quits."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        original = workspace_module.atomic_write
        _fail_writes(monkeypatch)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, StepScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#retry")  # still full: the dialog stays and says so
        await pilot.pause()
        assert isinstance(app.screen, UnsavedDialog)
        assert "Nog altijd niet bewaard" in str(app.screen.query_one("#status").render())
        monkeypatch.setattr(workspace_module, "atomic_write", original)
        await pilot.click("#retry")
        await pilot.pause()
    assert stored(workspace_dir, "role")["function"] == TextAnswer(text="leerkracht")


async def test_rescue_copy_to_an_unwritable_folder_says_so_and_stays(workspace_dir: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A rescue folder that cannot be written (here: a file is in the way) is named in the dialog; nothing is lost."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        _fail_writes(monkeypatch)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht")
        await pilot.press("ctrl+q")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, UnsavedDialog)
        dialog.query_one("#folder", Input).value = str(blocker)
        await pilot.click("#rescue")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedDialog)
        assert "not-a-folder" in str(dialog.query_one("#status").render())
        assert app.session.unsaved()
        await pilot.click("#discard")


async def test_a_change_when_the_ceiling_is_already_due_does_not_crash(workspace_dir: Path) -> None:
    """A change that arrives exactly when the ceiling falls due asks for a save now (Textual rejects a 0 s timer)."""
    clock = iter([100.0, 100.0 + SAVE_CEILING])
    saved: list[int] = []
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        timer = AutosaveTimer(app, lambda: saved.append(1), clock=lambda: next(clock))
        timer.changed()
        timer.changed()  # due - now == 0
        await until(pilot, lambda: bool(saved))
    assert saved == [1]
