"""Case content stays in the workspace: no logs, no copies elsewhere, no command-line options that carry it."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from textual.widgets import TextArea

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.cli import build_parser
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.cli import MESSAGES

SECRET = "Zeer-Geheime-Observatie-4711"


async def test_typed_case_content_is_written_only_into_the_workspace(tmp_path: Path) -> None:
    """After typing into a case and quitting, the text is found in the case file and in no other file under the
    home, data, cache and temp folders the app could write to."""
    home = Path(os.environ["HOME"])
    workspace = tmp_path / "workspace"
    app = BouwsteenApp(workspace, background_saves=True, preload=True)
    async with app.run_test(size=(100, 40)) as pilot:
        case = app.session.new_case("oefening")
        app.open_step("case", 0, case.code)
        await pilot.pause()
        app.screen.query_one("#q-shared_framing TextArea", TextArea).focus()
        await pilot.press(*SECRET)
        await pilot.press("ctrl+q")
    holders = []
    for folder in {tmp_path, home, Path(os.environ["XDG_DATA_HOME"])}:
        for path in folder.rglob("*"):
            if path.is_file() and SECRET.encode() in path.read_bytes():
                holders.append(path)
    assert holders == [workspace / "cases" / f"{case.code}.toml"]


def _options(parser: argparse.ArgumentParser) -> set[str]:
    names: set[str] = set()
    for action in parser._actions:
        names.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names |= _options(sub)
    return names


def test_no_command_line_option_takes_case_content() -> None:
    """Options name folders, files, codes, formats, ports and minutes, or are flags: none takes free text about a
    case."""
    options = _options(build_parser(Catalog("nl", MESSAGES)))
    allowed = {
        "-h", "--help", "--version", "--workspace", "--content", "--lang", "--out", "--case", "--format",
        "--allow-identifiers", "--bundle", "--yes", "--port", "--timer", "--undo", "--self-is-me", "--plain",
    }
    assert options <= allowed, options - allowed
