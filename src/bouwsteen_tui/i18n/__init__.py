"""Interface strings in Dutch (the default) and English.

Every visible string of the interface, the CLI and the outputs comes from a catalogue: a mapping of message key
to a ``(nl, en)`` pair, so that a string without its translation cannot exist. :class:`Catalog` picks the language
and formats the message with keyword arguments. The tables:

- the app: :mod:`.ui` (with :mod:`.notices`, :mod:`.workspace`, :mod:`.export_dialog`, and the long prose of
  :mod:`.prose`: Markdown files in ``text/``, one per key and language);
- the command line: :mod:`.cli` (with :mod:`.cli_help`, :mod:`.cli_argparse`, :mod:`.workspace`);
- the outputs: :mod:`bouwsteen_tui.export.strings`, a catalogue per language behind its ``t(lang, key)``.

The languages and the rule for a language Bouwsteen does not speak live in the core
(:mod:`bouwsteen_tui.core.languages`), which every layer shares; they are re-exported here.

Imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bouwsteen_tui.core.languages import DEFAULT_LANGUAGE, LANGUAGES, choose_language, language_index, speaks

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "Catalog",
    "Messages",
    "choose_language",
    "language_index",
    "normalise_language",
    "os_error_text",
    "peek_language",
    "peek_settings",
    "speaks",
]

Messages = Mapping[str, tuple[str, str]]


class Catalog:
    """Looks up messages in one language.

    The one catalogue type of Bouwsteen: the app, the command line and the outputs each build theirs from
    tables of ``(nl, en)`` pairs, so a message without its translation cannot exist. An unknown language is a
    programming error (``ValueError``): :func:`choose_language` picks the language before a catalogue is made.
    """

    def __init__(self, language: str, *tables: Messages) -> None:
        self._index = language_index(language)
        self.language = language
        self._messages: dict[str, tuple[str, str]] = {}
        for table in tables:
            self._messages.update(table)

    def __call__(self, key: str, /, **values: object) -> str:
        text = self._messages[key][self._index]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._messages


def os_error_text(t: Catalog, kind: str, code: int | None = None) -> str:
    """The reason an OS error gives, in ``t``'s language: never the system's own (English) words.

    ``kind`` is one of ``core.files.OS_ERROR_KINDS``. An error that needs its own advice (``code``: "File exists",
    "Is a directory", see :mod:`.oserrors`) has its own sentence; another unexpected one shows its symbolic name.
    """
    import errno

    from bouwsteen_tui.i18n.oserrors import errno_key

    if (own := errno_key(code)) is not None and t.has(own):
        return t(own)
    key = f"oserror.{kind}"
    if not t.has(key):
        key = "oserror.other"
    name = errno.errorcode.get(code, "") if code else ""
    return t(key, code=f" ({name})" if name else "")


def normalise_language(value: str | None) -> str:
    """``value`` if Bouwsteen speaks it, else the default (Dutch): :func:`choose_language` with one candidate."""
    return choose_language(value)


def peek_settings(workspace: Path) -> dict[str, Any]:
    """A workspace's ``settings.toml`` as plain data, read cheaply (before the core is loaded, which checks it);
    empty when it is missing or cannot be read."""
    path = Path(workspace) / "settings.toml"
    if not path.is_file():
        return {}
    import tomllib  # only when there is something to read

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError, MemoryError):
        return {}  # the app sets a corrupt file aside (RecursionError: nested thousands deep)


def peek_language(workspace: Path, settings: dict[str, Any] | None = None) -> str | None:
    """The language remembered in a workspace's settings (``settings``: already peeked at), read cheaply."""
    value = (peek_settings(workspace) if settings is None else settings).get("language")
    return value if speaks(value) else None
