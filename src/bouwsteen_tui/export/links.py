"""Where user text holds links and e-mail addresses, found in one linear pass; and user text cleaned.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from bouwsteen_tui.core.text import BIDI_CONTROLS, strip_control


class LinkKind(StrEnum):
    """What a span links to: nothing, a web address (``https://…``), a ``www.`` address, an e-mail address."""

    NONE = ""
    URL = "url"
    WWW = "www"
    EMAIL = "email"


_LINK_START = re.compile(r"(?P<url>\b(?:https?|ftp)://)(?=[^\s<>\"])|(?P<www>\bwww\.)(?=[^\s<>\"`])")
_URL_REST = re.compile(r"[^\s<>\"]*")
_WWW_REST = re.compile(r"[^\s<>\"`]*")
_LOCAL_AT = re.compile(r"[A-Za-z0-9._%+-]+@")
_RUN_THEN_AT = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@")
_DOMAIN_RUN = re.compile(r"[A-Za-z0-9.-]+")
_LETTERS = re.compile(r"[A-Za-z]+")
TRAILING_PUNCTUATION = ".,;:!?)]'\""


# Any character :func:`clean` changes: control characters (tab and line feed included), the line and paragraph
# separators and the bidi controls. Most texts hold none, and are returned as they are after one search.
_UNCLEAN = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")


def clean(text: str) -> str:
    """User text without control characters and tabs, with ``\\n`` line ends."""
    if _UNCLEAN.search(text) is None:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return strip_control(text.expandtabs(4))


def _domain_end(text: str, at: int) -> int:
    """Where the domain after the ``@`` at ``at`` ends (``name.be``, ``a.b-c.org``), or -1 when there is none."""
    run = _DOMAIN_RUN.match(text, at + 1)
    if run is None:
        return -1
    labels = run.group().split(".")
    if not labels[0]:
        return -1
    end = -1
    dot = at + 1 + len(labels[0])  # the dot before the next label
    for label in labels[1:]:
        if not label:
            break
        letters = _LETTERS.match(label)
        if letters is not None and letters.end() >= 2:
            end = dot + 1 + letters.end()
        dot += 1 + len(label)
    return end


def _next_email(text: str, start: int) -> tuple[int, int] | None:
    found = _LOCAL_AT.match(text, start) or _RUN_THEN_AT.search(text, start)
    while found is not None:
        end = _domain_end(text, found.end() - 1)
        if end > 0:
            return found.start(), end
        found = _RUN_THEN_AT.search(text, found.end())
    return None


def link_spans(text: str) -> Iterable[tuple[int, int, LinkKind]]:
    """The links and e-mail addresses in ``text``, left to right: (start, end, kind).

    A link starts with ``http://``, ``https://``, ``ftp://`` or ``www.`` at a word boundary and runs to the next
    space, ``<``, ``>`` or ``"`` (a ``www.`` link also stops at a backtick); where a link and an e-mail address
    start at the same place, the link wins. Linear in the length of the text, however few spaces it holds.
    """
    link = _LINK_START.search(text)
    email = _next_email(text, 0)
    while link is not None or email is not None:
        if link is not None and (email is None or link.start() <= email[0]):
            www = link.lastgroup == "www"
            rest = (_WWW_REST if www else _URL_REST).match(text, link.end())
            start, end = link.start(), rest.end() if rest is not None else link.end()
            kind = LinkKind.WWW if www else LinkKind.URL
        else:
            assert email is not None
            (start, end), kind = email, LinkKind.EMAIL
        yield start, end, kind
        if link is not None and link.start() < end:
            link = _LINK_START.search(text, end)
        if email is not None and email[0] < end:
            email = _next_email(text, end)
