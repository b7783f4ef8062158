"""The words a user types in plain mode instead of keys: back, skip, help, review, stop and a few more.

Both languages' words are understood, whatever the interface language: a word is only taken as a command when it
is the whole line (case and surrounding spaces do not matter), so an answer that merely contains one is an answer.
The interface names the words of its own language.
"""

from __future__ import annotations

from enum import StrEnum

from bouwsteen_tui.core.languages import language_index


class Word(StrEnum):
    """A command typed as a word."""

    BACK = "back"
    SKIP = "skip"
    HELP = "help"
    REVIEW = "review"
    STOP = "stop"
    MENU = "menu"
    CLEAR = "clear"
    ADD = "add"
    EDIT = "edit"
    DELETE = "delete"
    NEW = "new"
    CLOSE = "close"
    REOPEN = "reopen"
    YES = "yes"
    NO = "no"


# Each word: (Dutch spellings, English spellings); the first of each is the one the interface names.
SPELLINGS: dict[Word, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Word.BACK: (("terug",), ("back",)),
    Word.SKIP: (("overslaan",), ("skip",)),
    Word.HELP: (("hulp",), ("help",)),
    Word.REVIEW: (("overzicht",), ("review",)),
    Word.STOP: (("stoppen", "stop"), ("stop", "quit")),
    Word.MENU: (("menu",), ("menu",)),
    Word.CLEAR: (("wissen",), ("clear",)),
    Word.ADD: (("toevoegen",), ("add",)),
    Word.EDIT: (("bewerken",), ("edit",)),
    Word.DELETE: (("verwijderen",), ("delete",)),
    Word.NEW: (("nieuw",), ("new",)),
    Word.CLOSE: (("afsluiten",), ("close",)),
    Word.REOPEN: (("heropenen",), ("reopen",)),
    Word.YES: (("ja", "j"), ("yes", "y")),
    Word.NO: (("nee", "n"), ("no",)),
}

# The words that take a number after them ("bewerken 2", "edit 2", "afsluiten 1").
NUMBERED = (Word.EDIT, Word.DELETE, Word.CLOSE, Word.REOPEN)

_LOOKUP: dict[str, Word] = {
    spelling: word for word, pair in SPELLINGS.items() for spellings in pair for spelling in spellings
}


def spelled(word: Word, language: str) -> str:
    """How the interface names ``word`` in ``language``."""
    return SPELLINGS[word][language_index(language)][0]


def command(line: str) -> Word | None:
    """The command ``line`` is, when the whole line is one of the words; else ``None``."""
    return _LOOKUP.get(" ".join(line.split()).casefold())


def numbered(line: str) -> tuple[Word, int] | None:
    """``bewerken 2`` / ``edit 2``: the word and its number, when the line is one of :data:`NUMBERED` and a number."""
    parts = line.split()
    if len(parts) != 2 or not parts[1].isdigit():
        return None
    word = _LOOKUP.get(parts[0].casefold())
    return (word, int(parts[1])) if word in NUMBERED else None
