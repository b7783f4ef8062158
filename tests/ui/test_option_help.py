"""Help that exists is shown (issue 16, part 6): an option's or a checklist item's ``help`` shows under the options
while the cursor is on it; F1 for a single choice speaks of one answer, not of ticking several."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, SelectionList

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.content import ChoiceQuestion, builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.ui import MESSAGES
from bouwsteen_tui.screens.help import kind_help
from bouwsteen_tui.widgets.option_help import OptionHelp, OptionRadioSet
from tests.ui.helpers import until
from tests.ui.sample import write_sample


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 11, 28))


def line(app: BouwsteenApp, question: str) -> OptionHelp:
    return app.screen.query_one(f"#q-{question} OptionHelp", OptionHelp)


def shown(help_line: OptionHelp) -> str:
    return str(help_line.render()) if help_line.has_class("-shown") and help_line.display else ""


async def test_the_help_of_the_highlighted_option_follows_the_cursor_and_the_focus(tmp_path: Path) -> None:
    """Single choice (a radio set), multiple choice (a selection list): the line under the options shows "<label>:
    <help>" for the option under the cursor, nothing for an option without help or when the options lose the
    focus."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), background_saves=False, preload=True)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_step("role", 0)
        await pilot.pause()
        sector = line(app, "sector")
        assert shown(sector) == ""  # no focus yet
        app.screen.query_one("#q-sector OptionRadioSet", OptionRadioSet).focus()
        await pilot.pause()
        assert shown(sector) == ""  # "onderwijs" has no help
        await pilot.press("down")  # "CLB": none either
        await pilot.pause()
        assert shown(sector) == ""
        await pilot.press("down")
        await until(pilot, lambda: shown(sector) == "welzijn: bv. CAW, gezinsondersteuning, jeugdhulp")
        await pilot.press("down")
        await until(pilot, lambda: shown(sector).startswith("lokaal bestuur: bv. OCMW"))
        await pilot.press("tab")
        await until(pilot, lambda: shown(sector) == "")  # the focus left the options

        app.open_step("role", 1)
        await pilot.pause()
        way = line(app, "way_of_working")
        app.screen.query_one("#q-way_of_working SelectionList", SelectionList).focus()
        await pilot.press("down")
        await until(pilot, lambda: shown(way).startswith("begeleidend: Je volgt zelf"))


async def test_pack_help_is_shown_as_written_never_as_markup(tmp_path: Path, every_kind_pack: Path) -> None:
    """An option's help is data: "[b]" and "[/]" show as typed."""
    from bouwsteen_tui.core.kinds.base import Option

    help_line = OptionHelp([Option(id="a", label="[regio] A", help="bv. [b]CAW[/b] of [/]")], Input())
    help_line.owner = Input()
    app = BouwsteenApp(tmp_path / "ws", content=every_kind_pack, background_saves=False, preload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.screen.mount(help_line.owner, help_line)
        help_line.owner.focus()
        await pilot.pause()
        assert shown(help_line) == ""  # an Input has no highlighted option
        help_line.update(help_line.helps["a"][1])
        assert str(help_line.render()) == "bv. [b]CAW[/b] of [/]"


def test_f1_for_a_single_choice_speaks_of_one_answer() -> None:
    """F1's line on how to answer: "Kies één antwoord" for a single choice, "Vink aan" for a multiple one; the
    line under the options is named where options have help."""
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    t = Catalog("nl", MESSAGES)
    sector = pack.question("sector")
    way = pack.question("way_of_working")
    assert isinstance(sector, ChoiceQuestion) and not sector.multiple and sector.allow_other
    assert isinstance(way, ChoiceQuestion) and way.multiple
    single, multiple = kind_help(t, sector), kind_help(t, way)
    assert single.startswith("Kies één antwoord") and "Vink aan" not in single and "eigen antwoord" in single
    assert multiple.startswith("Vink aan wat past")
    assert "Onder de keuzes" in single and "Onder de keuzes" in multiple
    plain = sector.model_copy(update={"allow_other": False, "options": [o.model_copy(update={"help": ""})
                                                                         for o in sector.options]})
    assert kind_help(t, plain) == t("help.kind.choice.single")
    assert Catalog("en", MESSAGES)("help.kind.choice.single").startswith("Choose one answer")


def test_option_help_under_the_highlighted_option(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """80×24: step 1's sector question, the cursor on "lokaal bestuur", its help on the line under the options."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, BouwsteenApp)
        app.clear_notifications()
        app.open_step("role", 0)
        await pilot.pause()
        radio = app.screen.query_one("#q-sector OptionRadioSet", OptionRadioSet)
        radio.focus()
        await pilot.press("down", "down", "down")
        await pilot.pause()
        radio.scroll_visible(animate=False)
        await pilot.pause()
        for widget in app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]

    app = BouwsteenApp(write_sample(tmp_path / "ws"), background_saves=False, preload=True)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


async def test_the_record_dialog_shows_the_help_of_a_fields_option(tmp_path: Path) -> None:
    """A partner's type (a choice field, "welzijn: bv. CAW, gezinsondersteuning") shows its help under the field
    while the field has the focus; the scale of the relationship ("geen: nog geen contact") under its options."""
    from textual.widgets import OptionList, Select

    from bouwsteen_tui.dialogs.record import RecordDialog

    app = BouwsteenApp(write_sample(tmp_path / "ws"), background_saves=False, preload=True)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_step("network", 0)
        await pilot.pause()
        records = app.screen.query_one("#q-partners #records", OptionList)
        records.focus()
        records.highlighted = 1  # CAW Oost, a welfare partner
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RecordDialog))
        dialog = app.screen
        kind = dialog.query_one("#f-type OptionHelp", OptionHelp)
        assert shown(kind) == ""
        dialog.query_one("#in-type", Select).focus()
        await until(pilot, lambda: shown(kind) == "welzijn: bv. CAW, gezinsondersteuning")
        strength = dialog.query_one("#f-strength OptionHelp", OptionHelp)
        radio = dialog.query_one("#in-strength", OptionRadioSet)
        radio.focus()
        await until(pilot, lambda: shown(kind) == "")
        for _ in range(len(radio.query("RadioButton"))):
            if shown(strength).startswith("geen:"):
                break
            await pilot.press("right")
            await pilot.pause()
        assert shown(strength) == "geen: nog geen contact"
