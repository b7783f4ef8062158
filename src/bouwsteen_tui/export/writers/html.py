"""A document as one self-contained, print-ready HTML5 page.

The page loads nothing: its style sheet is inline (:file:`html.css`, screen and A4 print), it holds no script, and
a strict Content-Security-Policy forbids anything else, so it opens the same offline, in a mail client or in an
archive. The network is an inline SVG picture (:mod:`.svg`), its partners listed in text below it.

What the user typed stays text: every text is escaped with :func:`html.escape`, control characters and the bidi
controls that reorder text are left out, and only a document's web and e-mail addresses become links.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from html import escape
from importlib import resources
from typing import assert_never

from bouwsteen_tui.core.languages import LANGUAGES
from bouwsteen_tui.core.text import neutralise_bidi, strip_control
from bouwsteen_tui.export.model import (
    Block,
    Break,
    CheckList,
    Document,
    Graph,
    Heading,
    Item,
    LinkKind,
    ListBlock,
    Notice,
    Paragraph,
    Span,
    Table,
    Text,
)
from bouwsteen_tui.export.strings import CATALOGS, format_date, one_line, t
from bouwsteen_tui.export.writers.svg import network_svg

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CHECKED, UNCHECKED = "☑", "☐"
_SCHEME = re.compile(r"(?:https?|ftp)://", re.IGNORECASE)
_LANG_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


@cache
def stylesheet() -> str:
    """The page's style sheet (screen and print), shipped beside this module."""
    return (resources.files(__package__ or "bouwsteen_tui.export.writers") / "html.css").read_text(encoding="utf-8")


def text(value: str) -> str:
    """A text as HTML: escaped, without control characters (a line break stays a line break for the caller)."""
    return escape(strip_control(value), quote=True)


def _href(span: Span) -> str:
    """The address a link span points to, or ``""`` when it is not one a page may link to."""
    address = one_line(strip_control(span.text))
    if span.link is LinkKind.URL:
        return address if _SCHEME.match(address) else ""
    if span.link is LinkKind.WWW:
        return "https://" + address
    if span.link is LinkKind.EMAIL:
        return "mailto:" + address if "@" in address and ":" not in address else ""
    return ""


def inline(content: Text) -> str:
    """A text as inline HTML: bold lead-ins as ``<strong>``, addresses as links, line breaks as ``<br>``."""
    out: list[str] = []
    for part in content:
        if isinstance(part, Break):
            out.append("<br>")
            continue
        piece = text(part.text)
        href = _href(part) if part.link is not LinkKind.NONE else ""
        if href:
            piece = f'<a href="{escape(href, quote=True)}" rel="noreferrer">{piece}</a>'
        elif part.strong and piece:
            piece = f"<strong>{piece}</strong>"
        out.append(piece)
    return "".join(out)


# --------------------------------------------------------------------------------------------- blocks


def _list(block: ListBlock) -> str:
    tag = "ol" if block.ordered else "ul"
    return f"<{tag}>" + "".join(_item(item) for item in block.items) + f"</{tag}>"


def _item(item: Item) -> str:
    nested = _list(item.children) if item.children is not None else ""
    return f"<li>{inline(item.content)}{nested}</li>"


def _checklist(block: CheckList) -> str:
    items = "".join(
        f'<li class="{"done" if done else "open"}"><span class="box">{CHECKED if done else UNCHECKED}</span> '
        f'<span class="task">{inline(content)}</span></li>'
        for done, content in block.items
    )
    return f'<ul class="checklist">{items}</ul>'


def column_widths(table: Table) -> list[float]:
    """The table's relative column widths as percentages that add up to 100 (empty when it has none)."""
    weights = table.widths if len(table.widths) == len(table.header) else ()
    total = sum(max(0, w) for w in weights)
    if not weights or total <= 0:
        return []
    return [round(100 * max(0, w) / total, 1) for w in weights]


def _table(table: Table) -> str:
    columns = max([len(table.header), *(len(row) for row in table.rows)])
    widths = column_widths(table)
    out = ['<table class="fixed">' if widths else "<table>"]
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width: {w}%">' for w in widths) + "</colgroup>")
    if table.header:
        header = [*table.header, *[""] * (columns - len(table.header))]
        out.append("<thead><tr>" + "".join(f'<th scope="col">{text(h)}</th>' for h in header) + "</tr></thead>")
    out.append("<tbody>")
    for row in table.rows:
        cells = [*row, *[()] * (columns - len(row))]
        out.append("<tr>" + "".join(f"<td>{inline(cell)}</td>" for cell in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def partners_caption(graph: Graph) -> tuple[str, str]:
    """The partners in text: (HTML for the caption, plain text for the picture's accessible name).

    ``My organisation — Type: Partner (strong), Partner (weak); Type: …``
    """
    html_parts: list[str] = []
    plain_parts: list[str] = []
    for group in graph.groups:
        if not group.nodes:
            continue
        names = [
            one_line(strip_control(n.name))
            + (f" ({one_line(strip_control(n.strength_label))})" if n.strength_label else "")
            for n in group.nodes
        ]
        title = one_line(strip_control(group.title))
        html_parts.append(f"<strong>{text(title)}:</strong> " + text(", ".join(names)))
        plain_parts.append(f"{title}: " + ", ".join(names))
    centre = one_line(strip_control(graph.centre))
    if not plain_parts:
        return text(centre), centre
    return f"{text(centre)} — " + "; ".join(html_parts), f"{centre} — " + "; ".join(plain_parts)


class _Writer:
    """Writes one document's blocks; numbers the pictures so that their ids are unique in the page."""

    def __init__(self) -> None:
        self.pictures = 0

    def block(self, item: Block) -> str:
        match item:
            case Heading(level, heading):
                level = max(2, min(level, 6))
                return f"<h{level}>{text(one_line(heading)) or '…'}</h{level}>"
            case Paragraph(content):
                return f"<p>{inline(content)}</p>"
            case ListBlock():
                return _list(item)
            case CheckList():
                return _checklist(item)
            case Table():
                return _table(item)
            case Notice(content, tone):
                kind = escape(str(tone), quote=True)
                return f'<div class="notice notice-{kind}" role="note"><p>{inline(content)}</p></div>'
            case Graph():
                self.pictures += 1
                caption, label = partners_caption(item)
                picture = network_svg(item, f"network-{self.pictures}", label)
                return f'<figure class="network">{picture}<figcaption>{caption}</figcaption></figure>'
            case _:
                assert_never(item)


def _language(document: Document) -> str:
    """The catalogue language of the document's language tag (``nl-BE`` → ``nl``), else the first one."""
    base = document.lang.split("-")[0].lower()
    return base if base in CATALOGS else LANGUAGES[0]


def meta_line(document: Document) -> str:
    """The small line under the title: subtitle, case and date (the date as its readers write it)."""
    lang = _language(document)
    facts: list[str] = []
    if document.subtitle:
        facts.append(text(one_line(document.subtitle)))
    if document.case:
        facts.append(f"{text(t(lang, 'case.overview'))}&nbsp;{text(one_line(document.case))}")
    if document.date:
        try:
            iso = date.fromisoformat(document.date)
        except ValueError:
            facts.append(text(one_line(document.date)))
        else:
            facts.append(f'<time datetime="{iso.isoformat()}">{text(format_date(iso, lang))}</time>')
    return '<p class="meta">' + ' <span class="sep">·</span> '.join(facts) + "</p>" if facts else ""


def write_html(document: Document) -> str:
    """The document as one self-contained HTML5 page, ending in one newline; no bidi control is left in it."""
    lang = document.lang if _LANG_TAG.fullmatch(document.lang) else _language(document)
    title = text(one_line(document.title)) or "…"
    writer = _Writer()
    body = "\n".join(writer.block(b) for b in document.blocks)
    head = "\n".join(
        [
            "<!doctype html>",
            f'<html lang="{escape(lang, quote=True)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="Bouwsteen">',
            f"<title>{title}</title>",
            f"<style>\n{stylesheet()}</style>",
            "</head>",
        ]
    )
    header = f"<header>\n<h1>{title}</h1>\n{meta_line(document)}\n</header>"
    page = f"{head}\n<body>\n{header}\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    return neutralise_bidi(page)
