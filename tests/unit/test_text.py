"""One rule for control characters (core/text.py), used by the terminal, the command line and every export."""

from __future__ import annotations

import pytest

from bouwsteen_tui.cli.output import one_line
from bouwsteen_tui.core.text import neutralise_bidi, strip_control
from bouwsteen_tui.export.model import clean
from bouwsteen_tui.widgets.base import printable

RLO = "\u202e"  # right-to-left override
TEXT = f"a\x1b[2Jb\r\nc\td\x9be{RLO}f\x00"


def test_strip_control_drops_control_and_bidi_characters_but_keeps_tabs_and_line_feeds() -> None:
    """Escape, C1 and NUL characters and the bidi override go; a tab stays; CR LF becomes LF."""
    assert strip_control(TEXT) == "a[2Jb\nc\tdef"


def test_strip_control_can_keep_bidi_controls() -> None:
    """``keep_bidi`` leaves a direction mark the user typed, and still drops the escape character."""
    assert strip_control(f"x\x1by{RLO}z", keep_bidi=True) == f"xy{RLO}z"


def test_strip_control_can_replace_instead_of_drop() -> None:
    """With a replacement, each removed character leaves it behind (words stay apart in a table cell)."""
    assert strip_control("a\x1bb\x07c", replacement=" ") == "a b c"


def test_neutralise_bidi_drops_only_bidi_controls() -> None:
    """Direction controls go; an escape character is not its business."""
    assert neutralise_bidi(f"a{RLO}b\u2066c\x1b") == "abc\x1b"


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (printable(TEXT), f"a[2Jb\nc\tde{RLO}f"),  # the terminal keeps what the user typed, direction included
        (clean(TEXT), "a[2Jb\nc   def"),  # the Markdown export also expands tabs
        (one_line(TEXT, 80), "a [2Jb c d e f"),  # a table cell on the command line: one line, words kept apart
    ],
    ids=["app", "export", "cli"],
)
def test_every_place_that_shows_text_drops_the_same_control_characters(shown: str, expected: str) -> None:
    """The app, the export and the command line all go through the one rule: no escape or C1 character is left."""
    assert "\x1b" not in shown and "\x9b" not in shown and "\x00" not in shown
    assert shown == expected
