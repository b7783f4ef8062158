"""The languages Bouwsteen speaks, and the one rule for a language it does not speak.

Bouwsteen speaks Flemish Dutch (the default) and English: its interface, its command line and the fixed words
of its outputs (headings, column names, file names) exist in both, and nowhere else. A content pack may be
written in any language (a trainer's pack in French, say): its own texts are shown as written, but the words
Bouwsteen puts around them must come from a language it speaks.

**The rule.** Wherever Bouwsteen needs a language, it takes the first of its candidates, in order of
preference, that it speaks; when none is, Dutch (:func:`choose_language`). The candidates are:

- the interface of the app and the command line's messages: ``--lang``, then ``BOUWSTEEN_LANG``, then the
  language remembered in the workspace (the help, printed before a workspace is known, stops before it);
- the fixed words of the outputs (exports, preview): the pack's language, then **the workspace's language**
  (the interface language the user chose: ``--lang``, then the one remembered in the workspace).

So a French pack opened in an English interface exports English headings around its French answers, and in a
Dutch interface Dutch ones: the user reads the words they chose to read Bouwsteen in, never a language they did
not pick.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from typing import TypeGuard

LANGUAGES: tuple[str, ...] = ("nl", "en")
"""The languages Bouwsteen speaks, in the order of every ``(nl, en)`` pair of its catalogues."""

DEFAULT_LANGUAGE = "nl"
"""The language when no candidate is one Bouwsteen speaks."""


def speaks(language: object) -> TypeGuard[str]:
    """Whether Bouwsteen speaks ``language`` (one of :data:`LANGUAGES`)."""
    return isinstance(language, str) and language in LANGUAGES


def choose_language(*candidates: str | None) -> str:
    """The first of ``candidates`` that Bouwsteen speaks, else :data:`DEFAULT_LANGUAGE` (the one rule)."""
    for candidate in candidates:
        if speaks(candidate):
            return candidate
    return DEFAULT_LANGUAGE


def language_index(language: str) -> int:
    """The place of ``language`` in a ``(nl, en)`` pair; ``ValueError`` for a language Bouwsteen does not speak."""
    if not speaks(language):
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return LANGUAGES.index(language)


def next_language(language: str) -> str:
    """The language after ``language`` in :data:`LANGUAGES`, round: what "switch language" switches to."""
    return LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)] if speaks(language) else DEFAULT_LANGUAGE
