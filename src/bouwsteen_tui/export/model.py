"""The documents as a format-neutral tree: built once from the pack and the answers, written by small writers.

A :class:`Document` is a title, a few facts (date, case, language, who reads it) and a list of blocks: headings,
paragraphs, lists, check lists, tables, notices and the network as a graph. Its text is plain text (what the user
typed or the pack holds, never markup): each writer (:mod:`bouwsteen_tui.export.writers`) escapes it for its own
format. The builders in :mod:`.generic`, :mod:`.case_sheet`, :mod:`.network_sheet` and :mod:`.role_card` are the
only code that reads the pack and the answers; no writer does.

:class:`Builder` keeps the rules every format shares: one heading per title (a repeated title gets a number), no
heading more than one level deeper than the one before it, empty blocks dropped.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from bouwsteen_tui.export.links import TRAILING_PUNCTUATION
from bouwsteen_tui.export.links import LinkKind as LinkKind
from bouwsteen_tui.export.links import clean as clean
from bouwsteen_tui.export.links import link_spans as link_spans
from bouwsteen_tui.export.strings import one_line

# --------------------------------------------------------------------------------------------- inline text


@dataclass(frozen=True, slots=True)
class Span:
    """A run of plain text; ``strong`` for a bold lead-in, ``link`` when the text is an address."""

    text: str
    strong: bool = False
    link: LinkKind = LinkKind.NONE


@dataclass(frozen=True, slots=True)
class Break:
    """A line break inside a paragraph, a list item or a cell (the user typed one)."""


Inline = Span | Break
Text = tuple[Inline, ...]

_BULLET = re.compile(r"^[-*+•·–]\s+(?P<text>.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?P<text>.*)$")


def plain(text: str) -> Text:
    """One line of user or pack text; its links and e-mail addresses marked."""
    line = one_line(clean(text))
    if "@" not in line and "://" not in line and "www." not in line:  # no link can start: the common case
        return (Span(line),) if line else ()
    out: list[Inline] = []
    position = 0
    for start, end, kind in link_spans(line):
        address = line[start:end].rstrip(TRAILING_PUNCTUATION)
        if start > position:
            out.append(Span(line[position:start]))
        out.append(Span(address, link=kind))
        if start + len(address) < end:
            out.append(Span(line[start + len(address) : end]))
        position = end
    if position < len(line):
        out.append(Span(line[position:]))
    return tuple(out)


def strong(text: str) -> Text:
    """A bold lead-in (one line)."""
    line = one_line(clean(text))
    return (Span(line, strong=True),) if line else ()


def label(text: str) -> Text:
    """A label as a bold lead-in: ``Label:``, or ``Question?`` for a question."""
    line = one_line(clean(text))
    return strong(line if line.endswith("?") else line.rstrip(" .:") + ":")


def join(*parts: Text, separator: str = " ") -> Text:
    """Texts one after the other with ``separator`` between the ones that are not empty."""
    out: list[Inline] = []
    for part in parts:
        if not part:
            continue
        if out and separator:
            out.append(Span(separator))
        out.extend(part)
    return tuple(out)


def joined(items: Sequence[Text], separator: str = ", ") -> Text:
    """Items as one text, ``a, b, c``."""
    return join(*items, separator=separator)


def lines(text: str) -> Text:
    """User text as one run with its line breaks kept (for a table cell or a list item)."""
    out: list[Inline] = []
    for line in (line.strip() for line in clean(text).strip().split("\n")):
        if not line:
            continue
        if out:
            out.append(Break())
        out.extend(plain(line))
    return tuple(out)


def plain_text(content: Text) -> str:
    """The characters of a text, line breaks as spaces (for titles, searching, tests)."""
    return "".join(part.text if isinstance(part, Span) else " " for part in content)


# --------------------------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; level 2 is a section of the document (level 1 is the document's title)."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    content: Text


@dataclass(frozen=True, slots=True)
class Item:
    """A list item: its text, and the list nested under it (the user typed one), if any."""

    content: Text
    children: ListBlock | None = None


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[Item, ...]
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class CheckList:
    """A list of check boxes, ticked or not."""

    items: tuple[tuple[bool, Text], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table of short values; ``widths`` are relative column widths (a narrow "No." column)."""

    header: tuple[str, ...]
    rows: tuple[tuple[Text, ...], ...]
    widths: tuple[int, ...] = ()


class Tone(StrEnum):
    NOTE = "note"
    CONFIDENTIAL = "confidential"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Notice:
    """A short note set apart: "confidential" at the top of a record, a warning."""

    content: Text
    tone: Tone = Tone.NOTE


@dataclass(frozen=True, slots=True)
class Node:
    """A partner on the network map: its name and the strength of the link (``strong``, ``weak`` …) and label."""

    id: str
    name: str
    strength: str
    strength_label: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """The partners of one type."""

    id: str
    title: str
    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Graph:
    """The network: my organisation in the centre, the partners in groups around it, a line to each."""

    centre: str
    groups: tuple[Group, ...]
    legend: tuple[tuple[str, str], ...] = ()  # (strength, label) in the order the legend shows them
    text_note: str = ""  # how a text format draws it (Markdown: Mermaid notation); a drawing format leaves it out


Block = Heading | Paragraph | ListBlock | CheckList | Table | Notice | Graph


@dataclass(frozen=True, slots=True)
class Document:
    """A document: what every format needs to write it."""

    title: str
    blocks: tuple[Block, ...]
    lang: str
    date: str = ""  # ISO date
    subtitle: str = ""
    case: str = ""
    reader: str = "own"  # core.roles.READERS

    def meta(self) -> dict[str, str]:
        """The facts a format keeps beside the text (front matter, HTML meta, DOCX properties)."""
        return {"subtitle": self.subtitle, "date": self.date, "case": self.case, "lang": self.lang}


# --------------------------------------------------------------------------------------------- builder


@dataclass
class Builder:
    """Builds a document block by block: unique headings, no skipped levels, empty blocks dropped."""

    blocks: list[Block] = field(default_factory=list)
    _headings: set[str] = field(default_factory=set)
    _next_number: dict[str, int] = field(default_factory=dict)
    _level: int = 1

    def heading(self, level: int, text: str) -> None:
        """A heading at ``level`` (at most one deeper than the previous heading), made unique in the document."""
        level = max(2, min(level, self._level + 1, 6))
        base = one_line(clean(text)).rstrip(" .,;:!。，；：！") or "…"
        unique, number = base, self._next_number.get(base, 2)
        while unique.casefold() in self._headings:
            unique, number = f"{base} ({number})", number + 1
        self._next_number[base] = number
        self._headings.add(unique.casefold())
        self._level = level
        self.blocks.append(Heading(level, unique))

    def paragraph(self, content: Text) -> None:
        if content:
            self.blocks.append(Paragraph(content))

    def notice(self, content: Text, tone: Tone = Tone.NOTE) -> None:
        if content:
            self.blocks.append(Notice(content, tone))

    def text(self, raw: str) -> None:
        """What the user typed: paragraphs (line breaks kept) and the lists the user typed."""
        for paragraph in re.split(r"\n\s*\n", clean(raw).strip()):
            group: list[str] = []
            kind = ""
            for line in [*(ln.strip() for ln in paragraph.split("\n") if ln.strip()), None]:
                now = ""
                if line is not None:
                    now = "bullet" if _BULLET.match(line) else "number" if _NUMBERED.match(line) else "plain"
                if group and now != kind:
                    if kind == "plain":
                        content: list[Inline] = []
                        for item in group:
                            content.extend([Break(), *plain(item)] if content else plain(item))
                        self.paragraph(tuple(content))
                    else:
                        pattern = _BULLET if kind == "bullet" else _NUMBERED
                        items = tuple(Item(plain(_match_text(pattern, g))) for g in group)
                        self.blocks.append(ListBlock(items, ordered=kind == "number"))
                    group = []
                if line is not None:
                    group.append(line)
                    kind = now

    def bullets(self, items: Sequence[Text | Item]) -> None:
        """An unordered list; empty items are dropped."""
        kept = tuple(i if isinstance(i, Item) else Item(i) for i in items if (i.content if isinstance(i, Item) else i))
        if kept:
            self.blocks.append(ListBlock(kept))

    def tasks(self, items: Sequence[tuple[bool, Text]]) -> None:
        if items:
            self.blocks.append(CheckList(tuple(items)))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Text]], widths: Sequence[int] = ()) -> None:
        if rows:
            weights = tuple(widths) if len(widths) == len(header) else ()
            self.blocks.append(Table(tuple(header), tuple(tuple(r) for r in rows), weights))

    def graph(self, graph: Graph) -> None:
        self.blocks.append(graph)

    def build(self, title: str, lang: str, **facts: str) -> Document:
        return Document(title=one_line(clean(title)), blocks=tuple(self.blocks), lang=lang, **facts)


def _match_text(pattern: re.Pattern[str], line: str) -> str:
    match = pattern.match(line)
    return match.group("text") if match else line


def rich_item(lead: Text, raw: str) -> Item:
    """A list item of a bold lead-in and user text: the text's lines kept, the lists the user typed nested below."""
    first: list[str] = []
    nested: list[tuple[bool, list[str]]] = []
    for line in (ln.strip() for ln in clean(raw).strip().split("\n")):
        if not line:
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            nested.append((bool(_NUMBERED.match(line)), [line]))
        elif nested:
            nested[-1][1].append(line)
        else:
            first.append(line)
    content = join(lead, lines("\n".join(first)))
    if not nested:
        return Item(content)
    ordered = all(numbered for numbered, _ in nested)
    children = tuple(
        Item(lines("\n".join([_match_text(_NUMBERED if ordered else _BULLET, group[0]), *group[1:]])))
        for _numbered, group in nested
    )
    return Item(content, ListBlock(children, ordered=ordered))
