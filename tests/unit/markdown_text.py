"""The Markdown of single texts, for the tests: user text through the document model and the Markdown writer.

The exports build a :class:`~bouwsteen_tui.export.model.Document` and write it; these helpers do the same for one
text, so that the tests of escaping read as before.
"""

from __future__ import annotations

from bouwsteen_tui.export.model import Builder, Heading, plain, rich_item
from bouwsteen_tui.export.writers import markdown as md


def inline(text: str, *, line_start: bool = True) -> str:
    """One line of user text as inline Markdown."""
    return md.inline(plain(text), line_start=line_start)


def text_blocks(text: str) -> list[str]:
    """User text as Markdown blocks (paragraphs and the lists the user typed)."""
    builder = Builder()
    builder.text(text)
    return [md.block(b) for b in builder.blocks]


def text_inline(text: str) -> str:
    """User text as the value of a list item: lines kept, the lists the user typed nested below."""
    item = rich_item((), text)
    out = md.inline(item.content, line_start=False)
    if item.children is not None:
        out += "\n" + md.list_markdown(item.children)
    return out


def cell(text: str, lang: str = "nl") -> str:
    """A table cell: one line, escaped; a dash when empty."""
    return md.inline(plain(text), line_start=False, breaks=False) or "–"


def heading_text(text: str) -> str:
    """A heading's text as the document writes it."""
    builder = Builder()
    builder.heading(2, text)
    heading = builder.blocks[0]
    assert isinstance(heading, Heading)
    return md.heading_text(heading.text)


class MarkdownDoc:
    """A document builder whose blocks read as Markdown."""

    def __init__(self) -> None:
        self.builder = Builder()

    def heading(self, level: int, text: str) -> None:
        self.builder.heading(level, text)

    @property
    def blocks(self) -> list[str]:
        return [md.block(b) for b in self.builder.blocks]
