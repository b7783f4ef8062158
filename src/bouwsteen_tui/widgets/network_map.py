"""The network map, drawn: my organisation at the root, partners grouped by type, link strength at a glance.

The grouping comes from the core (``export.network_map.group_partners``), the same as the Markdown export uses.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Static

from bouwsteen_tui.export.network_map import LinkStrength, PartnerGroup
from bouwsteen_tui.widgets.base import default_css, literal, printable

# how each strength is drawn: the line, its style, and how many of four bar cells are filled
STRENGTH_STYLE: dict[LinkStrength, tuple[str, str, int]] = {
    LinkStrength.STRONG: ("━━━━", "bold green", 4),
    LinkStrength.WORKABLE: ("────", "green", 3),
    LinkStrength.WEAK: ("┄┄┄┄", "yellow", 2),
    LinkStrength.NONE: ("    ", "red", 0),
    LinkStrength.UNKNOWN: ("····", "dim", 0),
}


class GroupCard(Vertical):
    """One type of partner with its links."""

    DEFAULT_CSS = default_css(__file__, "GroupCard")

    def __init__(self, group: PartnerGroup, gap_label: str) -> None:
        super().__init__()
        self.group = group
        self.gap_label = gap_label
        self.border_title = literal(group.title)

    def compose(self) -> ComposeResult:
        for index, partner in enumerate(self.group.partners):
            last = index == len(self.group.partners) - 1
            line, style, bar = STRENGTH_STYLE[partner.strength]
            contact, gaps = printable(partner.contact), printable(partner.gaps)
            text = Text()
            text.append("└" if last else "├", style="dim")
            if partner.strength is LinkStrength.NONE:
                text.append(" ✕  ", style="bold red")
            else:
                text.append(line, style=style)
            text.append(" ")
            text.append(printable(partner.name), style="bold")
            if partner.strength_label:
                text.append(f"  {'█' * bar}{'░' * (4 - bar)} {printable(partner.strength_label)}", style=style)
            if contact:
                text.append(f"\n{' ' if last else '│'}     {contact}", style="dim")
            if gaps:
                text.append(f"\n{' ' if last else '│'}     ⚠ {self.gap_label}: {gaps}", style="yellow")
            yield Static(text, classes="partner")


class NetworkMap(Vertical):
    """The drawn map; the screen sets the data as attributes and calls :meth:`draw`."""

    DEFAULT_CSS = default_css(__file__, "NetworkMap")

    COLUMN_WIDTH: ClassVar[int] = 44

    def __init__(self, root_label: str, groups: list[PartnerGroup], legend: str, gaps: list[str], gap_label: str,
                 empty_label: str) -> None:
        super().__init__()
        self.root_label = root_label
        self.groups = groups
        self.legend = legend
        self.gaps = gaps
        self.gap_label = gap_label
        self.empty_label = empty_label

    def compose(self) -> ComposeResult:
        yield Static(literal(f"◉ {self.root_label}"), id="root")
        yield Static("│", id="trunk")
        with Grid():
            if not self.groups:
                yield Static(literal(self.empty_label))
            for group in self.groups:
                yield GroupCard(group, self.gap_label)
        yield Static(literal(self.legend), id="legend")
        if self.gaps:
            yield Static(literal("\n".join(f"⚠ {g}" for g in self.gaps)), id="gaps")

    def on_resize(self) -> None:
        columns = max(1, min(3, self.size.width // self.COLUMN_WIDTH))
        self.set_class(columns == 2, "-two")
        self.set_class(columns == 3, "-three")
