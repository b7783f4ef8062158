"""Markdown escaping: what the user typed or a pack holds becomes text, never markup.

Every pattern here is linear in the length of the text. Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import re

# Every pattern below that runs over user text is linear in the length of the text: a single character class
# (repeated or not), a fixed prefix, or a bounded repeat, never a repeat that can backtrack into another repeat.
# A case file may hold megabytes of text without a space, and export must not stall on it.
_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_{}[]<>~^$|@"})  # a backslash before each
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]{1,32};)")  # entity names are short (the longest has 31 letters)
_DASHES = re.compile(r"-(?=-)")
_LINE_START = (
    (re.compile(r"^([#+=:-])"), r"\\\1"),  # heading, list, setext underline, pandoc definition list
    (re.compile(r"^(\d{1,9})([.)])"), r"\1\\\2"),  # ordered list
    (re.compile(r"^([A-Za-z]|[ivxlcdmIVXLCDM]{1,4})([.)])(?=\s|$)"), r"\1\\\2"),  # pandoc fancy lists
    (re.compile(r"^\((?=\w{1,4}\)|@)"), r"\\("),  # pandoc (a) and (@) lists
)


def escape_plain(text: str) -> str:
    """Text escaped for Markdown: it renders as typed (a backslash before each character Markdown reads)."""
    text = text.translate(_SPECIAL)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    if "--" in text:
        text = _DASHES.sub(r"\\-", text)  # pandoc would print "--" as an en dash and "---" as an em dash
    return text


def escape_line_start(line: str) -> str:
    """An escaped line that may begin a Markdown line: a leading ``#``, ``-``, ``1.`` … escaped too."""
    for pattern, replacement in _LINE_START:
        line = pattern.sub(replacement, line, count=1)
    return line
