"""Markdown escaping: what the user typed or a pack holds becomes text, never markup.

Every pattern here is linear in the length of the text. Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.export.strings import one_line, t

# --------------------------------------------------------------------------------------------- escaping

# Every pattern below that runs over user text is linear in the length of the text: a single character class
# (repeated or not), a fixed prefix, or a bounded repeat, never a repeat that can backtrack into another repeat.
# A case file may hold megabytes of text without a space, and export must not stall on it.
_LINK_START = re.compile(r"(?P<url>\b(?:https?|ftp)://)(?=[^\s<>\"])|(?P<www>\bwww\.)(?=[^\s<>\"`])")
_URL_REST = re.compile(r"[^\s<>\"]*")
_WWW_REST = re.compile(r"[^\s<>\"`]*")
_LOCAL_AT = re.compile(r"[A-Za-z0-9._%+-]+@")  # an e-mail address's local part and its @
_RUN_THEN_AT = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@")  # the same, from the start of a run only
_DOMAIN_RUN = re.compile(r"[A-Za-z0-9.-]+")
_LETTERS = re.compile(r"[A-Za-z]+")
_TRAILING_PUNCTUATION = ".,;:!?)]'\""
_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_{}[]<>~^$|@"})  # a backslash before each
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]{1,32};)")  # entity names are short (the longest has 31 letters)
_DASHES = re.compile(r"-(?=-)")
_LINE_START = (
    (re.compile(r"^([#+=:-])"), r"\\\1"),  # heading, list, setext underline, pandoc definition list
    (re.compile(r"^(\d{1,9})([.)])"), r"\1\\\2"),  # ordered list
    (re.compile(r"^([A-Za-z]|[ivxlcdmIVXLCDM]{1,4})([.)])(?=\s|$)"), r"\1\\\2"),  # pandoc fancy lists
    (re.compile(r"^\((?=\w{1,4}\)|@)"), r"\\("),  # pandoc (a) and (@) lists
)
_BULLET = re.compile(r"^[-*+•·–]\s+(?P<text>.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?P<text>.*)$")
_HEADING_END = " .,;:!。，；：！"


def clean(text: str) -> str:
    """User text without control characters and tabs, with ``\\n`` line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return strip_control(text.expandtabs(4))


def escape_line_start(line: str) -> str:
    """An escaped line that may begin a Markdown line: a leading ``#``, ``-``, ``1.`` … escaped too."""
    for pattern, replacement in _LINE_START:
        line = pattern.sub(replacement, line, count=1)
    return line


def escape_plain(text: str) -> str:
    """Text escaped for Markdown: it renders as typed (a backslash before each character Markdown reads)."""
    return _escape_plain(text)


def _escape_plain(text: str) -> str:
    text = text.translate(_SPECIAL)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    if "--" in text:
        text = _DASHES.sub(r"\\-", text)  # pandoc would print "--" as an en dash and "---" as an em dash
    return text


def _domain_end(text: str, at: int) -> int:
    """Where the domain after the ``@`` at ``at`` ends (``name.be``, ``a.b-c.org``), or -1 when there is none.

    The domain is a run of letters, digits, hyphens and dots: labels joined by dots, the last one taken up to its
    first character that is not a letter, and it must have two letters at least (``x@y.be9`` ends after ``be``).
    """
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
    """The first e-mail address that starts at ``start`` or later: (start, end), or None."""
    found = _LOCAL_AT.match(text, start) or _RUN_THEN_AT.search(text, start)
    while found is not None:
        end = _domain_end(text, found.end() - 1)
        if end > 0:
            return found.start(), end
        found = _RUN_THEN_AT.search(text, found.end())
    return None


def link_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """The links and e-mail addresses in ``text``, left to right: (start, end, whether it is a ``www.`` link).

    A link starts with ``http://``, ``https://``, ``ftp://`` or ``www.`` at a word boundary and runs to the next
    space, ``<``, ``>`` or ``"`` (a ``www.`` link also stops at a backtick); where a link and an e-mail address
    start at the same place, the link wins. The scan is linear in the length of the text: each run of characters
    is looked at a bounded number of times, however long the text and however few spaces it holds.
    """
    link = _LINK_START.search(text)
    email = _next_email(text, 0)
    while link is not None or email is not None:
        if link is not None and (email is None or link.start() <= email[0]):
            www = link.lastgroup == "www"
            rest = (_WWW_REST if www else _URL_REST).match(text, link.end())
            start, end = link.start(), rest.end() if rest is not None else link.end()
        else:
            assert email is not None
            (start, end), www = email, False
        yield start, end, www
        if link is not None and link.start() < end:
            link = _LINK_START.search(text, end)
        if email is not None and email[0] < end:
            email = _next_email(text, end)


def inline(text: str, *, line_start: bool = True) -> str:
    """One line of user text as Markdown that renders as typed; links and e-mail addresses become autolinks.

    With ``line_start`` the text may begin a line, so a leading ``#``, ``-`` or ``1.`` is escaped too.
    """
    text = one_line(clean(text))
    out: list[str] = []
    position = 0
    for start, end, www in link_spans(text):
        link = text[start:end].rstrip(_TRAILING_PUNCTUATION)
        tail = text[start + len(link) : end]
        out.append(_escape_plain(text[position:start]))
        out.append(f"`{link}`" if www else f"<{link}>")
        out.append(_escape_plain(tail))
        position = end
    out.append(_escape_plain(text[position:]))
    line = "".join(out)
    if line_start:
        for pattern, replacement in _LINE_START:
            line = pattern.sub(replacement, line, count=1)
    return line


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).split("\n")]


def text_blocks(text: str) -> list[str]:
    """User text as Markdown blocks: paragraphs (line breaks kept) and the lists the user typed."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", clean(text).strip()):
        lines = [line for line in _lines(paragraph) if line]
        group: list[str] = []
        group_kind = ""
        for line in [*lines, None]:
            kind = ""
            if line is not None:
                kind = "bullet" if _BULLET.match(line) else "number" if _NUMBERED.match(line) else "plain"
            if group and kind != group_kind:
                if group_kind == "plain":
                    blocks.append("\\\n".join(inline(item) for item in group))
                elif group_kind == "bullet":
                    blocks.append("\n".join("- " + inline(_match_text(_BULLET, item)) for item in group))
                else:
                    blocks.append(
                        "\n".join(f"{n}. " + inline(_match_text(_NUMBERED, item)) for n, item in enumerate(group, 1))
                    )
                group = []
            if line is not None:
                group.append(line)
                group_kind = kind
    return blocks


def _match_text(pattern: re.Pattern[str], line: str) -> str:
    match = pattern.match(line)
    return match.group("text") if match else line


def text_inline(text: str) -> str:
    """User text for inside a list item: lines kept (hard line breaks), the lists the user typed nested below.

    The result may start with a newline (when the text is only a list): join it with :func:`labelled`.
    """
    lead: list[str] = []
    nested: list[tuple[bool, list[str]]] = []  # (numbered, lines) per nested item
    for line in _lines(text.strip()):
        if not line:
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            nested.append((bool(_NUMBERED.match(line)), [line]))
        elif nested:
            nested[-1][1].append(line)
        else:
            lead.append(line)
    out = "\\\n".join(inline(line, line_start=n > 0) for n, line in enumerate(lead))
    ordered = all(numbered for numbered, _ in nested)
    for n, (_numbered, lines) in enumerate(nested, 1):
        marker = f"{n}. " if ordered else "- "
        first = _match_text(_NUMBERED, lines[0]) if ordered else _match_text(_BULLET, lines[0])
        body = ("\\\n" + " " * len(marker)).join(inline(line) for line in [first, *lines[1:]])
        out += "\n" + marker + body
    return out


def labelled(prefix: str, value: str) -> str:
    """A list item's text: a bold lead-in and a value (which may open with a nested list)."""
    return prefix + value if value.startswith("\n") else f"{prefix} {value}"


def cell(text: str, lang: str) -> str:
    """A short value for a table cell: one line, escaped (``|`` too); a dash when empty."""
    value = inline(text, line_start=False)
    return value if value else t(lang, "empty.cell")


def heading_text(text: str) -> str:
    """A heading's text: one line, escaped, without the trailing punctuation markdownlint objects to."""
    text = inline(one_line(clean(text)).rstrip(_HEADING_END), line_start=False)
    if text.endswith("#"):  # a closing sequence of an ATX heading otherwise
        text = text[:-1] + "\\#"
    return text or "…"


def label_prefix(label: str) -> str:
    """A bold lead-in for a value: ``**Label:**``, or ``**Question?**`` for a question."""
    label = one_line(clean(label))
    if label.endswith("?"):
        return f"**{inline(label, line_start=False)}**"
    return f"**{inline(label.rstrip(' .:'), line_start=False)}:**"
