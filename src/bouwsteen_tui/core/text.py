"""Text that is safe to show or write: without control characters, and without the bidi controls that reorder it.

One rule for the terminal (the app and the command line) and for every export: an escape character (``\\x1b[2J``)
in a partner's name would drive the terminal, and a right-to-left override in an export could make a sentence read
differently from what it says ("Trojan Source", docs/privacy.md).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import re

# The invisible characters that reorder text: the embeddings and overrides (U+202A–U+202E), the isolates
# (U+2066–U+2069) and the direction marks (U+200E, U+200F, U+061C).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 and C1 control characters other than tab and line feed
_C0_C1 = "\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f"
_CONTROL = re.compile(f"[{_C0_C1}]")
_CONTROL_AND_BIDI = re.compile(f"[{_C0_C1}{BIDI_CONTROLS}]")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def strip_control(text: str, *, keep_bidi: bool = False, replacement: str = "") -> str:
    """``text`` with ``\\n`` line ends and without control characters (tabs and line feeds stay).

    Bidi controls go too, unless ``keep_bidi``. Each character removed is replaced by ``replacement`` (a space
    where it may have separated two words, as in a one-line table cell).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (_CONTROL if keep_bidi else _CONTROL_AND_BIDI).sub(replacement, text)


def neutralise_bidi(text: str) -> str:
    """``text`` without the invisible characters that reorder it (right-to-left overrides and the like)."""
    return _BIDI.sub("", text)
