"""Dutch everywhere (issue 16, part 2): no English of Textual's on any screen of the Dutch interface.

Every screen and dialog is captured (``App.export_screenshot``, read back as text) with the focus on each kind of
widget, with the key list open over it, the palette open (also when nothing matches) and after Ctrl+C; none of a
list of English strings Textual (or the system) would show may appear. Add each English string found to
:data:`ENGLISH`.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, SelectionList, TextArea

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.app.keys import KeysScreen
from bouwsteen_tui.app.palette import Palette
from bouwsteen_tui.i18n.textual_nl import TEXTUAL
from bouwsteen_tui.i18n.ui import MESSAGES
from bouwsteen_tui.widgets.option_help import OptionRadioSet
from tests.ui.helpers import notices, until
from tests.ui.sample import CASE_CODE, write_sample

# What Textual (or the system) says in English, as found in the Dutch interface. Add each one you find.
ENGLISH = (
    "Do you want to quit", "to quit the app", "Dismiss menu", "No matches found", "Search for commands",
    "Exit the command palette", "Open the command palette", "Next command", "Previous command", "Go to top",
    "Go to bottom", "Scroll Up", "Scroll Down", "Scroll Left", "Scroll Right", "Scroll Home", "Scroll End", "Page Up",
    "Page Down", "Page Left", "Page Right", "Move cursor", "Focus Next", "Focus Previous", "Toggle option",
    "Next option", "Previous option", "Toggle collapsible", "Show menu", "Press button", "Cursor up", "Cursor down",
    "Cursor left", "Cursor right", "Cursor line", "Cursor word", "Cursor page", "Delete character", "Delete all to",
    "Delete left", "Delete right", "Delete line", "Delete to line", "Copy selected text", "Cut selected text",
    "Paste text", "Select all", "Select line", "Go to start", "Go to end", "Submit", "Undo", "Redo", "Quit",
    "Show keys", "Hide keys", "Keys", "File exists", "Permission denied", "No such file", "Is a directory",
    "Not a directory", "Read-only file system", "No space left",
)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 11, 28))


def screen_text(app: BouwsteenApp) -> str:
    """What the terminal shows now, line by line (the screenshot's text, read back from its SVG)."""
    svg = app.export_screenshot()
    lines: dict[int, list[str]] = {}
    for found in re.finditer(r'<text [^>]*clip-path="url\(#[\w-]*?line-(\d+)\)"[^>]*>(.*?)</text>', svg):
        lines.setdefault(int(found.group(1)), []).append(html.unescape(found.group(2)).replace("\xa0", " "))
    return "\n".join("".join(parts) for _, parts in sorted(lines.items()))


async def shown(pilot: Pilot[None]) -> str:
    """The screen's text once it is drawn (a screen just pushed shows nothing for a frame)."""
    app = pilot.app
    assert isinstance(app, BouwsteenApp)
    await until(pilot, lambda: bool(screen_text(app).strip()))
    return screen_text(app)


class Captures:
    """Every capture of one run, by what was on screen."""

    def __init__(self, app: BouwsteenApp, pilot: Pilot[None]) -> None:
        self.app, self.pilot, self.taken = app, pilot, {}  # type: dict[str, str]

    async def take(self, name: str, *, keys: bool = False) -> None:
        """Capture the screen; with ``keys``, also with the key list open over it (then closed with Escape)."""
        await self.pilot.pause()
        self.taken[name] = await shown(self.pilot) + "\n" + "\n".join(n.title + " " + n.message
                                                                   for n in notices(self.app))
        if keys:
            self.app.action_show_help_panel()
            await until(self.pilot, lambda: isinstance(self.app.screen, KeysScreen))
            self.taken[f"{name} + keys"] = await shown(self.pilot)
            await self.pilot.press("escape")
            await until(self.pilot, lambda: not isinstance(self.app.screen, KeysScreen))

    async def focus(self, name: str, widget: DOMNode) -> None:
        assert widget.can_focus, name
        widget.focus()  # type: ignore[attr-defined]
        await self.take(name, keys=True)

    def english(self) -> dict[str, list[str]]:
        return {name: found for name, text in self.taken.items() if (found := [e for e in ENGLISH if e in text])}


async def test_no_screen_of_the_dutch_interface_shows_english(tmp_path: Path) -> None:
    """Home, steps (each kind of input focused), a case, review, previews, dialogs, help, privacy, the palette
    (also with no matches), Ctrl+C and the key list over each: not one English string of the list."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)
    async with app.run_test(size=(120, 40)) as pilot:
        shots = Captures(app, pilot)
        await pilot.pause()
        await shots.focus("home, steps list", app.screen.query_one("#steps", OptionList))
        await shots.focus("home, cases", app.screen.query_one("CaseTable"))
        await pilot.press("ctrl+c")
        await until(pilot, lambda: any("stoppen" in n.title for n in notices(app)))
        await shots.take("ctrl+c")
        app.clear_notifications()
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, Palette))
        await shots.take("palette")
        await pilot.press(*"xyzzy")
        await pilot.pause(0.8)  # Textual shows "No matches found" after 0.5 s
        await shots.take("palette, no matches")
        assert "Niets gevonden voor “xyzzy”" in shots.taken["palette, no matches"]
        await pilot.press("escape")

        app.open_step("role", 0)
        await pilot.pause()
        await shots.focus("step 1, one-line input", app.screen.query(Input).first())
        await shots.focus("step 1, single choice", app.screen.query(OptionRadioSet).first())
        app.open_step("role", 1)
        await pilot.pause()
        await shots.focus("step 1, text area", app.screen.query(TextArea).first())
        await shots.focus("step 1, multiple choice", app.screen.query(SelectionList).first())
        primary = app.screen.query_one("#primary", Select)
        primary.focus()
        await pilot.press("enter")  # the open list: its footer said "esc Dismiss menu"
        await shots.take("step 1, an open list", keys=True)
        await pilot.press("escape")
        await pilot.press("ctrl+o")
        await shots.take("review of step 1", keys=True)
        await pilot.press("f1")
        await shots.take("help", keys=False)
        await pilot.press("escape")

        app.open_step("network", 0)
        await pilot.pause()
        records = app.screen.query_one("#q-partners #records", OptionList)
        await shots.focus("step 3, partners", records)
        records.focus()
        await pilot.press("enter")
        await shots.take("record dialog")
        await pilot.press("escape")
        await pilot.pause()

        app.open_step("case", 0, CASE_CODE)
        await shots.take("step 2 for a case", keys=True)
        app.action_privacy()
        await shots.take("privacy")
        await pilot.press("escape")
        app.action_export_all()
        await shots.take("export dialog", keys=True)
        await pilot.press("escape")
        app.action_preview("step:network")
        await shots.take("network map", keys=True)

    assert len(shots.taken) > 25
    assert shots.english() == {}


async def test_ctrl_c_says_how_to_quit_in_dutch(tmp_path: Path) -> None:
    """Ctrl+C (Textual: "Do you want to quit? Press ctrl+q to quit the app") in the interface language, with the
    key that quits now."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#steps", OptionList).focus()
        await pilot.press("ctrl+c")
        await until(pilot, lambda: bool(notices(app)))
        [notice] = [n for n in notices(app) if "stoppen" in n.title]
        assert notice.title == "Wil je stoppen?"
        assert "Ctrl+Q" in notice.message and "bewaard" in notice.message


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_header_icon_says_what_it_does_in_the_interface_language(tmp_path: Path, language: str) -> None:
    """Hovering the header's icon: Textual says "Open the command palette"; the app says it in its language, on
    every screen with a header."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)
    expected = MESSAGES[f"{TEXTUAL}Open the command palette"][0 if language == "nl" else 1]

    def icon_says() -> bool:
        return [str(icon.tooltip) for icon in app.screen.query("HeaderIcon")] == [expected]

    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, icon_says)
        app.open_step("role")
        await until(pilot, lambda: type(app.screen).__name__ == "StepScreen")
        await until(pilot, icon_says)


async def test_the_key_list_closes_from_where_it_was_opened(tmp_path: Path) -> None:
    """Opened from the palette ("Toetsen tonen"), the key list closes with the same palette command (then called
    "Toetsen verbergen") and with Escape; it lists the focused widget's keys in Dutch."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_step("role", 0)
        await pilot.pause()
        app.screen.query(Input).first().focus()

        async def palette(query: str) -> None:
            await pilot.press("ctrl+p")
            await until(pilot, lambda: isinstance(app.screen, Palette))
            await pilot.press(*query)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()

        await palette("Toetsen tonen")
        await until(pilot, lambda: isinstance(app.screen, KeysScreen))
        text = await shown(pilot)
        assert "Cursor naar links en selecteren" in text and "Voor wat nu de focus heeft" in text
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Toetsen verbergen" in titles and "Toetsen tonen" not in titles
        await palette("Toetsen verbergen")
        await until(pilot, lambda: not isinstance(app.screen, KeysScreen))
        app.action_show_help_panel()
        await until(pilot, lambda: isinstance(app.screen, KeysScreen))
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, KeysScreen))
        assert app.screen.query(Input).first().has_focus  # back where the user was


def test_every_key_description_of_textual_has_dutch_words() -> None:
    """Each description of a key binding of every Textual widget has its translation (``i18n/textual_nl.py``): a
    new Textual release with a new key cannot bring English back unnoticed."""
    import textual.widgets as widgets
    from textual.binding import Binding

    for name in widgets.__all__:
        getattr(widgets, name)  # loads each widget (they load lazily)

    def every(cls: type[DOMNode]) -> list[type[DOMNode]]:
        return [cls, *(sub for child in cls.__subclasses__() for sub in every(child))]

    descriptions = set()
    for cls in every(DOMNode):
        if cls.__module__.startswith("textual"):
            for entry in cls.__dict__.get("BINDINGS", []):
                binding = entry if isinstance(entry, Binding) else Binding(*entry)
                if binding.description:
                    descriptions.add(binding.description)
    assert len(descriptions) > 50
    assert sorted(d for d in descriptions if f"{TEXTUAL}{d}" not in MESSAGES) == []
