"""Pilot tests for what the user typed surviving: steady typing, signals, read-only windows, failed saves."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.widgets import Button, Input

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.app import read_only as read_only_module
from bouwsteen_tui.core import workspace as workspace_module
from bouwsteen_tui.core.answers import ChoiceAnswer, Sheet, TextAnswer
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs.confirm import ConfirmDialog, TextDialog
from bouwsteen_tui.dialogs.unsaved import UnsavedDialog
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.autosave import SAVE_CEILING, SAVE_DELAY, AutosaveTimer
from bouwsteen_tui.widgets.messages import AnswerChanged
from bouwsteen_tui.widgets.read_only import ReadOnlyTag
from tests.ui.helpers import messages, notices, until
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
    monkeypatch.setattr(read_only_module, "WRITER_POLL_SECONDS", 0.1)
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
        app.screen.query_one("#yes", Button).press()
        await until(pilot, lambda: not app.workspace.read_only and _tag_text(app) is None)
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


# --------------------------------------------------------------------------------------------- found by testing


def _answered_role(workspace_dir: Path, text: str) -> None:
    with Workspace.open(workspace_dir) as workspace:
        sheet = Sheet(pack_id="bouwsteen", step_id="role")
        sheet.set("function", TextAnswer(text=text))
        workspace.save(sheet)


async def test_typing_into_a_filled_answer_adds_to_it(workspace_dir: Path) -> None:
    """Opening a step focuses its first field; the first key adds to the stored answer instead of replacing the
    whole of it (a one-line field selected everything it held on focus)."""
    _answered_role(workspace_dir, "CLB-medewerker")
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        assert app.focused is screen.query_one("#q-function Input", Input)
        await pilot.press("x")
        screen.save_now()
    assert stored(workspace_dir, "role")["function"] == TextAnswer(text="CLB-medewerkerx")


async def test_opening_a_step_writes_nothing_over_an_answer_it_shows_differently(workspace_dir: Path) -> None:
    """An answer holding control characters is shown without them; merely opening the step and leaving it
    keeps the stored text as it was (the field's first announcement is not a change)."""
    original = "CLB\tmedewerker regel \x07twee"
    _answered_role(workspace_dir, original)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_step(pilot, app, 1)
        await pilot.press("escape")
        await pilot.pause()
    assert stored(workspace_dir, "role")["function"] == TextAnswer(text=original)


async def test_a_read_only_window_on_a_filled_workspace_opens_a_step_without_looping(workspace_dir: Path) -> None:
    """The filled fields of a read-only window announce their values when mounted: that is no attempt to change
    anything, so nothing is refused and nothing is mounted again (it used to loop, using all CPU and memory)."""
    _answered_role(workspace_dir, "CLB-medewerker")
    first = Workspace.open(workspace_dir)
    try:
        app = make_app(workspace_dir)
        async with app.run_test(size=SIZE) as pilot:
            app.clear_notifications()
            screen = await open_step(pilot, app, 1)
            await pilot.pause()  # until the app is idle: a mount loop never lets it be (then it waits 1 s)
            mounted = screen.query_one("#q-function Input", Input)
            await pilot.pause()
            assert screen.query_one("#q-function Input", Input) is mounted, "the part was mounted again"
            assert mounted.value == "CLB-medewerker"
            assert not any("alleen-lezen" in m for m in messages(app))
    finally:
        first.close()


async def test_an_own_addition_being_typed_is_saved_before_enter(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Text typed as an own option but not yet added with Enter is saved like any typing and put back in its
    field when the app starts again (it used to be lost on quit, SIGTERM or a crash)."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        await screen.show_part(1)
        await pilot.pause()
        screen.query_one("#q-many #other", Input).focus()
        await pilot.press(*"eigen actie")
        await pilot.press("ctrl+q")
    answer = stored(workspace_dir, "profile")["many"]
    assert isinstance(answer, ChoiceAnswer)
    assert answer.adding == "eigen actie"
    assert answer.other == []  # not an answer until added
    again = make_app(workspace_dir, every_kind_pack)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, StepScreen)
        field = screen.query_one("#q-many #other", Input)
        assert field.value == "eigen actie"
        field.focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        screen.save_now()
    answer = stored(workspace_dir, "profile")["many"]
    assert isinstance(answer, ChoiceAnswer)
    assert answer.other == ["eigen actie"] and not answer.adding


async def test_a_failing_save_never_blocks_the_interface(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The saver reports a failed write without waiting for the interface: quitting flushes the saver on the
    interface's thread, and the two used to wait for each other until the flush timed out (Ctrl+Q froze 10 s)."""
    app = BouwsteenApp(workspace_dir, preload=True)  # the real background saver
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        _fail_writes(monkeypatch)
        sheet = app.session.sheet("role")
        sheet.set("function", TextAnswer(text="leerkracht"))
        app.session.save(sheet)
        assert app.session.flush(3.0), "the flush waited for the interface, which waited for the flush"
        await pilot.pause()
        assert app.session.unsaved()
        assert any("role.toml" in m for m in messages(app))


async def test_the_unsaved_dialog_gives_the_reason_in_the_users_language(workspace_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The quit question names why saving failed in Dutch, not the system's English sentence."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        _fail_writes(monkeypatch)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedDialog)
        body = str(app.screen.query_one("#body").render())
        assert "No space left" not in body and "could not save" not in body
        assert "schijf" in body.lower()


async def test_the_same_failed_save_is_announced_once(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every autosave retries a failing write; the same notice is not stacked on screen again and again."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        _fail_writes(monkeypatch)
        app.clear_notifications()
        for text in ("leer", "leerkracht", "leerkracht wiskunde"):
            screen.document.set("function", TextAnswer(text=text))
            screen.save_now()
        await pilot.pause()
        assert len([m for m in messages(app) if "role.toml" in m]) == 1
