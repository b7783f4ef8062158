"""--lang for one run (issue 16, part 3): ``--lang`` and ``BOUWSTEEN_LANG`` apply to the run they start; a language
chosen in the app (the palette, Ctrl+L) is remembered in the workspace's settings.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.cli.parser import build_parser, interface_language
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.cli import MESSAGES
from tests.ui.sample import write_sample


def remembered(workspace: Path) -> str | None:
    path = workspace / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")).get("language") if path.exists() else None


async def run(workspace: Path, language: str | None, *, switch: bool = False) -> str:
    """Open the app (as ``bouwsteen [--lang language]``), switch language once if asked; its language at the end."""
    app = BouwsteenApp(workspace, language=language, background_saves=False, preload=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        if switch:
            await app.action_switch_language()
            await pilot.pause()
        return app.ui_language


async def test_lang_holds_for_one_run_and_the_apps_choice_is_remembered(tmp_path: Path) -> None:
    workspace = write_sample(tmp_path / "ws")
    assert await run(workspace, None) == "nl"
    assert await run(workspace, "en") == "en"
    assert remembered(workspace) != "en"  # nothing written for a --lang
    assert await run(workspace, None) == "nl"  # the next plain run: Dutch again
    assert await run(workspace, None, switch=True) == "en"  # chosen in the app: remembered
    assert remembered(workspace) == "en"
    assert await run(workspace, None) == "en"
    assert await run(workspace, "nl") == "nl"  # --lang nl for one run
    assert remembered(workspace) == "en"
    assert await run(workspace, None) == "en"


async def test_bouwsteen_lang_reaches_the_app_as_lang_for_one_run(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """``BOUWSTEEN_LANG=en bouwsteen``: the wizard's ``args.lang`` is ``en`` (the same path as ``--lang``), so it
    is not remembered either."""
    monkeypatch.setenv("BOUWSTEEN_LANG", "en")
    workspace = write_sample(tmp_path / "ws")
    t = Catalog(interface_language([]), MESSAGES)
    args = build_parser(t, wizard_only=True).parse_args(["--workspace", str(workspace)])
    assert args.lang == "en"
    assert await run(workspace, args.lang) == "en"
    assert remembered(workspace) != "en"
    monkeypatch.delenv("BOUWSTEEN_LANG")
    assert await run(workspace, None) == "nl"
