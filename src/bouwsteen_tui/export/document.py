"""A Markdown document built block by block: front matter, unique headings, one blank line between blocks."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from bouwsteen_tui.core.text import neutralise_bidi
from bouwsteen_tui.export.escape import heading_text, text_blocks


def _front_matter_value(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


# --------------------------------------------------------------------------------------------- document


class MarkdownDoc:
    """A Markdown document built block by block: one blank line between blocks, unique headings, no skipped levels."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self._headings: set[str] = set()
        self._next_number: dict[str, int] = {}  # per heading: the number to try first when it is taken
        self._level = 1  # the front matter's title is the document's level-1 heading

    def heading(self, level: int, text: str) -> None:
        """A heading at ``level`` (at most one deeper than the previous heading), made unique in the document."""
        level = max(2, min(level, self._level + 1, 6))
        base = heading_text(text)
        unique, number = base, self._next_number.get(base, 2)
        while unique.casefold() in self._headings:
            unique, number = f"{base} ({number})", number + 1
        self._next_number[base] = number
        self._headings.add(unique.casefold())
        self._level = level
        self.blocks.append("#" * level + " " + unique)

    def block(self, markdown: str) -> None:
        """A block of ready Markdown (a paragraph); empty blocks are dropped."""
        if markdown.strip():
            self.blocks.append(markdown.strip("\n"))

    def text(self, raw: str) -> None:
        """What the user typed: paragraphs and lists."""
        self.blocks.extend(text_blocks(raw))

    def bullets(self, items: list[str]) -> None:
        """An unordered list; an item may span several lines (continuation lines are indented)."""
        items = [item for item in items if item.strip()]
        if items:
            self.blocks.append("\n".join("- " + item.replace("\n", "\n  ") for item in items))

    def tasks(self, items: list[tuple[bool, str]]) -> None:
        """A task list: ``- [x] done`` / ``- [ ] not done``."""
        if items:
            self.blocks.append("\n".join(f"- [{'x' if done else ' '}] {text}" for done, text in items))

    def table(self, header: list[str], rows: list[list[str]], widths: Sequence[int] = ()) -> None:
        """A GitHub table of short, already escaped cell values.

        ``widths`` are relative column widths: pandoc sizes the columns of a wide table by the number of dashes
        under each header, so a narrow "No." column leaves room for "What".
        """
        if not rows:
            return
        weights = list(widths) if len(widths) == len(header) else [1] * len(header)
        lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("-" * max(3, 4 * w) for w in weights) + " |"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        self.blocks.append("\n".join(lines))

    def fence(self, info: str, code: str) -> None:
        """A fenced code block (no blank or trailing-space lines inside)."""
        body = "\n".join(line.rstrip() for line in code.splitlines() if line.strip())
        self.blocks.append(f"```{info}\n{body}\n```")

    def render(self, front_matter: Mapping[str, str]) -> str:
        """The document with its YAML front matter, ending in exactly one newline.

        No bidi control is left in it, wherever it came from (the user's text, a pack's title, a diagram label).
        """
        front = ["---", *(f"{key}: {_front_matter_value(value)}" for key, value in front_matter.items() if value)]
        return neutralise_bidi("\n".join(front) + "\n---\n\n" + "\n\n".join(self.blocks) + "\n")
