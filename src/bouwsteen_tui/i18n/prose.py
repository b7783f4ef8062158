"""Long prose (help, privacy) as data files: ``text/<key>.<language>.md``, one per catalogue key and language.

A paragraph or a page of text reads and translates better as a file than as a Python string: the files are
Markdown, shown by the Markdown widget of the screen that uses them, and may take ``{values}`` like any message.
:func:`prose` turns them into ordinary ``(nl, en)`` catalogue entries under the same keys, so a screen still
asks its catalogue for ``t("privacy.body", root=...)``; a file missing in one language fails at import, so a
text without its translation cannot ship. The files are package data, in the wheel next to this module.

Imports neither textual nor rich.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from bouwsteen_tui.core.languages import LANGUAGES

SUFFIX = ".md"


def text_folder() -> Traversable:
    """The folder of the prose files, in the installed package or the source tree."""
    return resources.files(__package__ or "bouwsteen_tui.i18n") / "text"


def prose_file(key: str, language: str) -> Traversable:
    """The file holding the prose of ``key`` in ``language``."""
    return text_folder() / f"{key}.{language}{SUFFIX}"


def prose(*keys: str) -> dict[str, tuple[str, str]]:
    """The catalogue entries ``key → (nl, en)`` read from the prose files of ``keys``.

    The file's final line break is not part of the text. Raises ``FileNotFoundError`` naming a missing file.
    """
    entries: dict[str, tuple[str, str]] = {}
    for key in keys:
        dutch, english = (_read(prose_file(key, language)) for language in LANGUAGES)
        entries[key] = (dutch, english)
    return entries


def _read(file: Traversable) -> str:
    if not file.is_file():
        raise FileNotFoundError(f"prose file missing: {file}")
    return file.read_text(encoding="utf-8").removesuffix("\n")
