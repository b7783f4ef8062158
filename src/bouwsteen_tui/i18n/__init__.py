"""Interface strings in Dutch (the default) and English.

Every visible string of the interface and the CLI comes from a catalogue: a mapping of message key to a
``(nl, en)`` pair, so that a string without its translation cannot exist. :class:`Catalog` picks the language
and formats the message with keyword arguments.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

Messages = Mapping[str, tuple[str, str]]


class Catalog:
    """Looks up messages in one language."""

    def __init__(self, language: str, *tables: Messages) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language
        self._index = LANGUAGES.index(language)
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

    ``kind`` is one of ``core.files.OS_ERROR_KINDS``; an unexpected error shows its symbolic name (``EIO``).
    """
    import errno

    key = f"oserror.{kind}"
    if not t.has(key):
        key = "oserror.other"
    name = errno.errorcode.get(code, "") if code else ""
    return t(key, code=f" ({name})" if name else "")


def normalise_language(value: str | None) -> str:
    """``value`` if it is a known language, else the default (Dutch)."""
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def peek_language(workspace: Path) -> str | None:
    """The language remembered in a workspace's settings, read cheaply (before the core is loaded)."""
    path = Path(workspace) / "settings.toml"
    if not path.is_file():
        return None
    import tomllib  # only when there is something to read

    try:
        with open(path, "rb") as handle:
            value = tomllib.load(handle).get("language")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError, MemoryError):
        return None  # the app sets a corrupt file aside (RecursionError: nested thousands deep)
    return value if isinstance(value, str) and value in LANGUAGES else None
