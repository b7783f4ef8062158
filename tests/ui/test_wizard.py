"""Pilot tests: the wizard as a user drives it with the keyboard and the mouse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Button, Input, Label, OptionList, RadioSet, Select, SelectionList, Static, TextArea

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core import workspace as atomic_write_module
from bouwsteen_tui.core.answers import (
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    TextAnswer,
)
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs.confirm import ChoiceDialog, ConfirmDialog, TextDialog
from bouwsteen_tui.dialogs.record import RecordDialog
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.review import ReviewScreen
from bouwsteen_tui.screens.step import StepScreen
from tests.ui.helpers import hold_loading, messages, until

SIZE = (100, 40)


def make_app(workspace: Path, content: Path | None = None, language: str | None = None) -> BouwsteenApp:
    return BouwsteenApp(workspace, content=content, language=language, background_saves=False, preload=True)


def stored(workspace: Path, step_id: str) -> dict[str, object]:
    """Answers of a sheet as they are on disk (a fresh read, no lock needed)."""
    ws = Workspace(workspace)
    sheet = ws.load_sheet(step_id)
    assert sheet is not None, f"{step_id}.toml was not saved"
    return dict(sheet.answers)


async def open_step(pilot, app: BouwsteenApp, step_number: int) -> StepScreen:
    steps = app.screen.query_one("#steps", OptionList)
    steps.focus()
    steps.highlighted = step_number - 1
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, StepScreen)
    return app.screen


async def test_home_lists_the_three_steps_in_dutch(workspace_dir: Path) -> None:
    """The home screen shows the three steps of the methodology with their progress."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE):
        assert isinstance(app.screen, HomeScreen)
        steps = app.screen.query_one("#steps", OptionList)
        prompts = [str(steps.get_option_at_index(i).prompt) for i in range(steps.option_count)]
        assert prompts[0].startswith("1  Verhelder je eigen rol en aanbod")
        assert "0/21 vragen beantwoord" in prompts[0]
        assert prompts[2].startswith("3  Werk aan de relatie op organisatieniveau")


async def test_text_answers_are_saved(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Typing into a multi-line and a one-line text question stores both answers on disk."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        area = screen.query_one("#q-long_text TextArea", TextArea)
        area.focus()
        await pilot.press(*"eerste", "enter", *"tweede")
        await pilot.press("tab")
        await pilot.press(*"kort")
        await pilot.press("ctrl+n")
        await pilot.pause()
    answers = stored(workspace_dir, "profile")
    assert answers["long_text"] == TextAnswer(text="eerste\ntweede")
    assert answers["short_text"] == TextAnswer(text="kort")


async def test_choices_with_own_addition_and_primary(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Several options, an own addition added with Enter, the primary one, and a single choice are stored."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        await screen.show_part(1)
        await pilot.pause()
        options = screen.query_one("#q-many #options", SelectionList)
        options.focus()
        await pilot.press("space", "down", "space")
        other = screen.query_one("#q-many #other", Input)
        other.focus()
        await pilot.press(*"eigen", "enter")
        await pilot.pause()
        primary = screen.query_one("#q-many #primary", Select)
        primary.value = "b"
        await pilot.pause()
        radio = screen.query_one("#q-one RadioSet", RadioSet)
        radio.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+n")
    answers = stored(workspace_dir, "profile")
    assert answers["many"] == ChoiceAnswer(selected=["a", "b"], other=["eigen"], primary="b",
                                           labels={"a": "Optie A", "b": "Optie B"})
    assert isinstance(answers["one"], ChoiceAnswer)
    assert answers["one"].selected in (["x"], ["y"])


async def test_date_scale_and_checklist(workspace_dir: Path, every_kind_pack: Path) -> None:
    """A valid date is stored, an invalid one shows an error and is not stored; scale and checklist too."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        await screen.show_part(2)
        await pilot.pause()
        date_input = screen.query_one("#q-when Input", Input)
        date_input.focus()
        await pilot.press(*"31-02-2027")
        await pilot.pause()
        assert "geldige datum" in str(screen.query_one("#q-when .q-error").render())
        date_input.value = ""
        await pilot.press(*"15-01-2027")
        await pilot.pause()
        assert str(screen.query_one("#q-when .q-error").render()) == ""
        scale = screen.query_one("#q-how_much RadioSet", RadioSet)
        scale.focus()
        await pilot.press("right", "enter")
        checklist = screen.query_one("#q-tick SelectionList", SelectionList)
        checklist.focus()
        await pilot.press("down", "space")
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
    answers = stored(workspace_dir, "profile")
    assert answers["when"] == DateAnswer(value=date(2027, 1, 15))
    assert answers["how_much"] == ScaleAnswer(value="mid", labels={"mid": "2"})
    assert answers["tick"] == ChecklistAnswer(checked=["q"], labels={"q": "Punt Q"})


async def test_records_add_edit_reorder_delete(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Partners are added through the record dialog, edited, moved up and deleted after confirmation."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 3)
        records = screen.query_one("#q-partners #records", OptionList)
        for name in ("School A", "CLB B"):
            records.focus()
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, RecordDialog)
            await pilot.press(*name)
            await pilot.press("escape")  # Escape after typing asks: keep, discard or continue
            await pilot.pause()
            assert isinstance(app.screen, ChoiceDialog)
            await pilot.click("#choice-keep")
            await pilot.pause()
        assert [r.text("organisation") for r in screen.document.answers["partners"].items] == ["School A", "CLB B"]
        # edit the second: add an e-mail address
        records.focus()
        records.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        dialog.query_one("#in-email", Input).value = "clb@example.org"
        await pilot.click("#done")
        await pilot.pause()
        # move it up
        records.focus()
        records.highlighted = 1
        await pilot.press("shift+up")
        await pilot.pause()
        names = [r.text("organisation") for r in screen.document.answers["partners"].items]
        assert names == ["CLB B", "School A"]
        # delete the first after confirming
        records.highlighted = 0
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
    answer = stored(workspace_dir, "network")["partners"]
    assert isinstance(answer, RecordsAnswer)
    assert [r.text("organisation") for r in answer.items] == ["School A"]


async def test_case_create_describe_close_delete(workspace_dir: Path) -> None:
    """A new case gets a code and the description typed; it can be renamed, closed and deleted."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"leerling 5e leerjaar", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        code = app.screen.case_code
        assert code.startswith("C-")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.session.case(code).description == "leerling 5e leerjaar"
        app.screen.query_one("#cases").focus()
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TextDialog)
        dialog.query_one(Input).value = "leerling 6e leerjaar"
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.case(code).description == "leerling 6e leerjaar"
        await pilot.press("c")
        await pilot.pause()
        assert app.session.case(code).status.value == "closed"
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert not app.session.has_case(code)
    assert not (workspace_dir / "cases" / f"{code}.toml").exists()


async def test_pick_partner_and_add_new_one_from_a_case(workspace_dir: Path, every_kind_pack: Path) -> None:
    """A case lists the network map's partners; "new partner" adds one to the map and ticks it in the case."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        app.session.add_partner(Record(values={"organisation": "School A"}))
        case = app.session.new_case("test")
        app.open_step("case", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        partners = screen.query_one("#q-case_partners #partners", SelectionList)
        assert partners.option_count == 2  # my own organisation, then the network's partner
        assert partners.get_option_at_index(1).prompt.plain == "School A"
        partners.focus()
        await pilot.press("down", "space")
        await pilot.click("#q-case_partners #new-partner")
        await pilot.pause()
        assert isinstance(app.screen, RecordDialog)
        await pilot.press(*"Sociaal Huis")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert partners.option_count == 3
        assert [r.text("organisation") for r in app.session.partners()] == ["School A", "Sociaal Huis"]
        answer = app.session.case(case.code).answers["case_partners"]
        assert isinstance(answer, PartnerAnswer)
        assert answer.partners == [r.id for r in app.session.partners()]
    network = stored(workspace_dir, "network")["partners"]
    assert isinstance(network, RecordsAnswer)
    assert len(network.items) == 2


async def test_navigation_next_previous_jump_and_review(workspace_dir: Path) -> None:
    """Ctrl+N and Ctrl+T move between parts; the parts list jumps; the review jumps back to a question."""
    app = make_app(workspace_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_step(pilot, app, 1)
        assert screen.part_index == 0
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert screen.part_index == 2
        assert "Deel 3 van 8" in str(screen.query_one("#part-position").render())
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert screen.part_index == 1
        nav = screen.query_one("#parts", OptionList)
        nav.focus()
        nav.highlighted = 5
        await pilot.press("enter")
        await pilot.pause()
        assert screen.part_index == 5
        await pilot.press("ctrl+o")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        answers = review.query_one("#answers", OptionList)
        target = next(i for i in range(answers.option_count) if answers.get_option_at_index(i).id == "q-3-decide_alone")
        answers.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.part_index == 3
        assert screen.focused is not None
        assert screen.focused in screen.query_one("#q-decide_alone").query("*")


async def test_quit_and_reopen_resumes_answers_and_position(workspace_dir: Path) -> None:
    """After quitting, a new start opens at the same step and part with the answer still there."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        await pilot.press("ctrl+n")
        await pilot.pause()
        screen.query_one("#q-core_task TextArea", TextArea).focus()
        await pilot.press(*"Zorgcoordinatie")
        await pilot.press("ctrl+q")
    again = make_app(workspace_dir)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, StepScreen)
        assert screen.step.id == "role"
        assert screen.part_index == 1
        assert screen.query_one("#q-core_task TextArea", TextArea).text == "Zorgcoordinatie"


async def test_autosave_reaches_the_disk_with_background_saver(workspace_dir: Path) -> None:
    """With the real background saver, a typed answer reaches the disk without leaving the field (how soon: the
    autosave timer's own tests, on a fake clock, and ``test_ceiling_is_one_second_at_most``)."""
    app = BouwsteenApp(workspace_dir, preload=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"CLB-medewerker")

        def on_disk() -> object:
            sheet = Workspace(workspace_dir).load_sheet("role")
            return sheet.answers.get("function") if sheet is not None else None

        await until(pilot, lambda: on_disk() == TextAnswer(text="CLB-medewerker"))
        assert screen.query_one("#q-function Input", Input).has_focus


async def test_switch_language_keeps_position_and_answers(workspace_dir: Path) -> None:
    """Ctrl+L switches interface and content to English, stays at the same part and remembers the choice."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht")
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        assert screen.part_index == 1
        assert "Part 2 of 8" in str(screen.query_one("#part-position").render())
        assert screen.step.title == "Clarify your own role and offer"
        assert screen.document.answers["function"] == TextAnswer(text="leerkracht")
    again = make_app(workspace_dir)
    async with again.run_test(size=SIZE):
        assert again.ui_language == "en"


async def test_second_instance_is_read_only_with_a_notice(workspace_dir: Path) -> None:
    """A second window on the same workspace opens read-only and says so."""
    first = Workspace.open(workspace_dir)
    try:
        app = make_app(workspace_dir)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.workspace.read_only
            notices = messages(app)
            assert any("ander Bouwsteen-venster" in m for m in notices)
            assert not any("in use by" in m for m in notices)  # no English in the Dutch interface
    finally:
        first.close()


async def test_corrupt_file_is_announced_and_rest_loads(workspace_dir: Path) -> None:
    """A corrupt case file gives a notice naming the file; the app still starts on the home screen."""
    (workspace_dir / "cases").mkdir(parents=True)
    (workspace_dir / "cases" / "C-2222.toml").write_text("this is = not [valid", encoding="utf-8")
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        notices = messages(app)
        assert any("C-2222.toml" in m and "opzij gezet" in m for m in notices)


async def test_f1_shows_help_for_the_focused_question(workspace_dir: Path) -> None:
    """F1 shows the focused question's help, the methodology's introduction and its closing sentence."""
    from bouwsteen_tui.screens.help import HelpScreen

    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        screen.query_one("#q-organisation Input", Input).focus()
        await pilot.press("f1")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = help_screen.markdown()
        assert "Organisatie" in text
        assert "Deze eenvoudige methodiek" in text
        assert "duurzaam te verankeren" in text
        await pilot.press("escape")
        assert app.screen is screen


async def test_identifier_guard_warns_and_replaces_by_case_code(workspace_dir: Path) -> None:
    """A national register number typed in a case shows a warning once saved; Ctrl+R puts the case code there."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("oefening")
        app.open_step("case", 0, case.code)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepScreen)
        widget = screen.query_one("#q-shared_framing")
        widget.query_one(TextArea).focus()
        await pilot.press(*"kind met nummer 12.03.15-124.19 op school")
        screen.save_now()  # the warning follows the save (the autosave ceiling may already have saved while typing)
        await pilot.pause()
        assert widget.has_class("-identifiers")
        assert "bevat mogelijk een rijksregisternummer." in str(widget.query_one(".q-warning").render())
        assert "12.03.15" not in str(widget.query_one(".q-warning").render())
        await pilot.press("ctrl+r")
        await pilot.pause()
        answer = app.session.case(case.code).answers["shared_framing"]
        assert answer == TextAnswer(text=f"kind met nummer {case.code} op school")
        assert not screen.query_one("#q-shared_framing").has_class("-identifiers")


async def test_first_screen_is_drawn_before_the_core_loads(workspace_dir: Path) -> None:
    """Without preloading, the home screen appears at once and fills in when the workspace is loaded."""
    app = BouwsteenApp(workspace_dir, background_saves=False)
    release = hold_loading(app)  # the core loads only when the test says so
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # the first frame: the heading and a loading line, made of light widgets only (no button, no list)
        assert not app.ready
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "Laden" in str(home.query_one("#steps-loading", Static).render())
        assert str(home.query_one("#steps-title", Label).render()) == "De drie stappen"
        assert not home.query(Button) and not home.query(OptionList) and not home.query("#cases")
        release.set()
        await until(pilot, lambda: app.ready)
        assert app.ready
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        steps = home.query_one("#steps", OptionList)
        assert steps.option_count == 3
        assert str(steps.get_option_at_index(0).prompt).startswith("1  Verhelder je eigen rol")
        assert not home.query("#steps-loading")
        assert home.query_one("#steps-title", Label).region.y < steps.region.y  # the list is under its heading


async def test_case_from_an_earlier_session_can_be_closed_and_kept_longer(workspace_dir: Path) -> None:
    """A case not yet opened this session (loaded lazily) is closed with c and gets a new keep-until date with k;
    an invalid date is refused with a message."""
    from tests.ui.sample import CASE_CODE, write_sample

    write_sample(workspace_dir)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#cases").focus()
        await pilot.press("c")
        await pilot.pause()
        assert app.session.summary(CASE_CODE).status.value == "closed"
        await pilot.press("k")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TextDialog)
        assert dialog.query_one(Input).value == "30-06-2040"
        dialog.query_one(Input).value = "31-13-2027"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # the dialog stays open with the date and says why
        assert "geen geldige datum" in str(dialog.query_one("#error", Static).render())
        dialog.query_one(Input).value = "30-06-2028"
        await pilot.press("enter")
        await pilot.pause()
    case = Workspace(workspace_dir).load_case(CASE_CODE)
    assert case is not None
    assert case.status.value == "closed"
    assert case.keep_until == date(2028, 6, 30)


async def test_full_disk_is_announced_and_the_answer_is_kept(workspace_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """When saving fails (disk full) the user sees which file and what to do; the typed answer stays in the app
    and reaches the disk with the next save once there is room again."""
    import errno

    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_step(pilot, app, 1)
        original = atomic_write_module.atomic_write

        def full(path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic_write_module, "atomic_write", full)
        screen.query_one("#q-function Input", Input).focus()
        await pilot.press(*"leerkracht")
        screen.save_now()
        await pilot.pause()
        shown = messages(app)
        assert any(("role.toml" in m and "schijfruimte" not in m and "disk space" in m.lower()) or "role.toml" in m
                   for m in shown)
        assert screen.document.answers["function"] == TextAnswer(text="leerkracht")
        monkeypatch.setattr(atomic_write_module, "atomic_write", original)
        screen.save_now()
        await pilot.pause()
    assert stored(workspace_dir, "role")["function"] == TextAnswer(text="leerkracht")


async def test_review_lists_kept_answers_to_questions_the_pack_no_longer_has(workspace_dir: Path) -> None:
    """An answer whose question left the content pack is kept and shown at the end of the review."""
    from bouwsteen_tui.core.answers import Sheet

    with Workspace.open(workspace_dir) as ws:
        sheet = Sheet(pack_id="bouwsteen", step_id="role")
        sheet.set("old_question", TextAnswer(text="een antwoord van vroeger"))
        ws.save(sheet)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_step(pilot, app, 1)
        await pilot.press("ctrl+o")
        await pilot.pause()
        answers = app.screen.query_one("#answers", OptionList)
        prompts = [str(answers.get_option_at_index(i).prompt) for i in range(answers.option_count)]
        assert any("old_question" in p and "een antwoord van vroeger" in p for p in prompts)
    assert "old_question" in stored(workspace_dir, "role")  # still on disk after the session saved the sheet


async def test_no_color_is_respected(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR set the app renders without colour (our theme does not override it)."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.no_color
        screenshot = app.export_screenshot()
        assert "#0178d4" not in screenshot.lower()  # the default theme's blue is gone


async def test_high_contrast_theme_is_remembered(workspace_dir: Path) -> None:
    """The high-contrast theme, switched on from the command palette's action, is kept for the next start."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        app.action_toggle_contrast()
        await pilot.pause()
        assert app.theme == "bouwsteen-contrast"
    again = make_app(workspace_dir)
    async with again.run_test(size=SIZE):
        assert again.theme == "bouwsteen-contrast"
