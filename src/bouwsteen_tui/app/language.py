"""Switching the interface language while the app runs (Ctrl+L, the palette): the one choice that is remembered.

``--lang`` and ``BOUWSTEEN_LANG`` apply to one run and are never written; a language chosen here is saved in the
workspace's settings (``Session.set_language``) and used by the next run that names none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bouwsteen_tui.core.languages import next_language
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.ui import MESSAGES

if TYPE_CHECKING:
    from bouwsteen_tui.app import BouwsteenApp


async def switch_language(app: BouwsteenApp) -> None:
    """Switch ``app`` to the other language, keeping the position: home again, then the step it was on."""
    if not app.ready:
        return
    app.save_open_screens()
    app.session.flush()
    language = next_language(app.ui_language)
    pack = app.pack if app.content_dir is not None else app._load_pack(language)
    app.ui_language = language
    app.catalog = Catalog(language, MESSAGES)  # the screens translate their keys from it (TranslatedScreen)
    app.session.pack = pack
    app.session.set_language(language)
    while len(app.screen_stack) > 1:
        app.pop_screen()
    from bouwsteen_tui.screens.home import HomeScreen

    home = app.screen
    if isinstance(home, HomeScreen):  # the first screen of the stack (BouwsteenApp.get_default_screen)
        await home.compose_again()
    if (resume := app.session.resume_point()) is not None:
        from bouwsteen_tui.screens.step import StepScreen

        step, position = resume
        await app.push_screen(StepScreen(step, position.case_code, position.part_index))
    app.notify(app.catalog("notice.language"))
