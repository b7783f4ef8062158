"""What the app does around loading the core: which pack folder, the home screen's cache, garbage collection."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bouwsteen_tui.app import BouwsteenApp
    from bouwsteen_tui.core.session import Session


def pack_folder(content_dir: Path | None, language: str) -> Path:
    """The folder of the content pack: the one named (``--content``), else the built-in pack in ``language``."""
    from bouwsteen_tui.core.paths import builtin_pack_dir

    return content_dir if content_dir is not None else builtin_pack_dir(language)


def remember_home(app: BouwsteenApp, session: Session) -> None:
    """Cache what the home screen shows for the next start (core/home_cache.py): only the window that holds the
    workspace writes it, and only when every answer is saved (the sheets' stamps then match the answers)."""
    from bouwsteen_tui.core.home_cache import view_of, write_cache

    if not session.workspace.read_only and not session.unsaved():
        write_cache(app.workspace_dir, app.pack_dir, app.ui_language, view_of(session))


def collect_garbage_again() -> None:
    """What start-up made (Textual, the modules, the first screen's widgets) lives as long as the app: kept out of
    the collector's passes (``gc.freeze``), which then collects again."""
    gc.freeze()
    gc.enable()
