"""A document as Markdown: YAML front matter, a visible ``# title``, one blank line between blocks.

What the user typed stays text: every span is escaped (:mod:`bouwsteen_tui.export.escape`), links and e-mail
addresses become autolinks, and the Markdown passes markdownlint and reads back through pandoc as typed.
"""

from __future__ import annotations

import json
import re
from typing import assert_never

from bouwsteen_tui.core.text import neutralise_bidi
from bouwsteen_tui.export.escape import escape_line_start, escape_plain
from bouwsteen_tui.export.model import (
    Block,
    Break,
    CheckList,
    Document,
    Graph,
    Heading,
    LinkKind,
    ListBlock,
    Notice,
    Paragraph,
    Span,
    Table,
    Text,
    plain,
)
from bouwsteen_tui.export.strings import one_line

_EDGE = {"strong": "==>", "workable": "-->", "weak": "-.->", "none": "-.-"}
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")


def mermaid_text(text: str) -> str:
    """``text`` made safe inside a quoted Mermaid label: one line, entity codes for the characters Mermaid reads."""
    text = neutralise_bidi(one_line(text))
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("`", "#96;"), ("|", "#124;")):
        text = text.replace(char, code)
    return text


def mermaid_id(raw: str, prefix: str = "") -> str:
    """A Mermaid node id from a record id (``p-delinde`` → ``p_delinde``) or, with a prefix, an option id."""
    return (f"{prefix}_" if prefix else "") + _UNSAFE_ID.sub("_", raw)


def _span(span: Span) -> str:
    if span.link is LinkKind.WWW:
        return f"`{span.text}`"
    if span.link is not LinkKind.NONE:
        return f"<{span.text}>"
    text = escape_plain(span.text)
    return f"**{text}**" if span.strong and text else text


def inline(content: Text, *, line_start: bool = True, indent: str = "", breaks: bool = True) -> str:
    """A text as inline Markdown: a ``Break`` is a hard line break (``\\`` at the line's end) followed by
    ``indent``; with ``line_start`` each line's start is escaped so that it cannot begin a heading or a list.
    Without ``breaks`` (a table cell) a line break becomes a space."""
    out: list[str] = []
    at_start = line_start
    for part in content:
        if isinstance(part, Break):
            out.append("\\\n" + indent if breaks else " ")
            at_start = breaks
            continue
        piece = _span(part)
        if at_start and part.link is LinkKind.NONE:
            piece = escape_line_start(piece) if not part.strong else piece
        out.append(piece)
        at_start = False
    return "".join(out)


def heading_text(text: str) -> str:
    line = escape_plain(text)
    if line.endswith("#"):  # a closing sequence of an ATX heading otherwise
        line = line[:-1] + "\\#"
    return line or "…"


def list_markdown(block: ListBlock, indent: str = "") -> str:
    lines = []
    for number, item in enumerate(block.items, 1):
        marker = f"{number}. " if block.ordered else "- "
        inner = indent + " " * len(marker)
        lines.append(indent + marker + inline(item.content, indent=inner))
        if item.children is not None:
            lines.append(list_markdown(item.children, inner))
    return "\n".join(lines)


def _table(table: Table) -> str:
    weights = list(table.widths) if len(table.widths) == len(table.header) else [1] * len(table.header)
    header = [escape_plain(h) for h in table.header]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("-" * max(3, 4 * w) for w in weights) + " |"]
    lines += ["| " + " | ".join(inline(c, line_start=False, breaks=False) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def mermaid(graph: Graph) -> str:
    """The network as a Mermaid flowchart: my organisation at the root, partners in a subgraph per type.

    The edge to a partner shows the strength: strong ``==>``, workable ``-->``, weak ``-.->``, none ``-.-``
    (dotted, no arrow), each labelled; a strength not filled in gives a plain line.
    """
    lines = ["flowchart LR", f'    me(["{mermaid_text(graph.centre)}"])']
    edges: list[str] = []
    for group in graph.groups:
        lines.append(f'    subgraph {mermaid_id(group.id or "unknown", "type")}["{mermaid_text(group.title)}"]')
        for node in group.nodes:
            name = mermaid_id(node.id)
            lines.append(f'        {name}["{mermaid_text(node.name)}"]')
            label = f"|{mermaid_text(node.strength_label)}|" if node.strength_label else ""
            edges.append(f"    me {_EDGE.get(node.strength, '---')}{label} {name}")
        lines.append("    end")
    return "\n".join(lines + edges)


def block(item: Block) -> str:
    """One block as Markdown."""
    match item:
        case Heading(level, text):
            return "#" * level + " " + heading_text(text)
        case Paragraph(content):
            return inline(content)
        case ListBlock():
            return list_markdown(item)
        case CheckList(items):
            return "\n".join(f"- [{'x' if done else ' '}] {inline(text)}" for done, text in items)
        case Table():
            return _table(item)
        case Notice(content, _tone):
            return "> " + inline(content, indent="> ")
        case Graph():
            body = "\n".join(line.rstrip() for line in mermaid(item).splitlines() if line.strip())
            fence = f"```mermaid\n{body}\n```"
            return f"{inline(plain(item.text_note))}\n\n{fence}" if item.text_note else fence
        case _:
            assert_never(item)


def _front_matter_value(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def write_markdown(document: Document, *, front_matter: bool = True) -> str:
    """The document as Markdown, ending in exactly one newline; no bidi control is left in it.

    With ``front_matter`` it opens with YAML front matter (subtitle, date, case, language); the preview leaves it
    out.
    """
    parts = []
    if front_matter:
        facts = [f"{key}: {_front_matter_value(value)}" for key, value in document.meta().items() if value]
        parts.append("\n".join(["---", *facts, "---"]))
    parts.append("# " + heading_text(document.title))
    parts.extend(block(b) for b in document.blocks)
    return neutralise_bidi("\n\n".join(parts) + "\n")
