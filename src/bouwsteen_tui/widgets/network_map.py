"""The network map, drawn: my organisation at the root, partners grouped by type, link strength at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Static

from bouwsteen_tui.answers import Record
from bouwsteen_tui.content import FieldKind, RecordsQuestion

# strength option id → (line, style, bar); unknown ids fall back by position in the scale
STRENGTH_STYLE: dict[str, tuple[str, str, int]] = {
    "strong": ("━━━━", "bold green", 4),
    "workable": ("────", "green", 3),
    "weak": ("┄┄┄┄", "yellow", 2),
    "none": ("    ", "red", 0),
}
UNKNOWN_STYLE = ("····", "dim", 0)


@dataclass
class MapPartner:
    """A partner as the map shows it."""

    name: str
    strength_id: str
    strength_label: str
    contact: str
    gaps: str


@dataclass
class MapGroup:
    """Partners of one type."""

    key: str
    title: str
    partners: list[MapPartner] = field(default_factory=list)


def group_partners(question: RecordsQuestion, records: list[Record], other_label: str) -> list[MapGroup]:
    """Partners grouped by their type field (the first choice field), in the order of the type's options."""
    type_field = next((f for f in question.fields if f.kind is FieldKind.CHOICE), None)
    strength_field = next((f for f in question.fields if f.kind is FieldKind.SCALE), None)
    contact_field = next((f for f in question.fields if f.id == "contact"), None)
    gaps_field = next((f for f in question.fields if f.id == "gaps"), None)
    order = [o.id for o in type_field.options] if type_field else []
    labels = {o.id: o.label for o in type_field.options} if type_field else {}
    strength_labels = {o.id: o.label for o in strength_field.options} if strength_field else {}
    groups: dict[str, MapGroup] = {}
    for record in records:
        type_id = record.text(type_field.id) if type_field else ""
        key = type_id if type_id in labels else ""
        group = groups.setdefault(key, MapGroup(key, labels.get(key, other_label)))
        strength = record.text(strength_field.id) if strength_field else ""
        group.partners.append(
            MapPartner(
                name=record.text(question.title_field_id) or "?",
                strength_id=strength,
                strength_label=strength_labels.get(strength, ""),
                contact=record.text(contact_field.id) if contact_field else "",
                gaps=record.text(gaps_field.id) if gaps_field else "",
            )
        )
    return sorted(groups.values(), key=lambda g: order.index(g.key) if g.key in order else len(order))


class GroupCard(Vertical):
    """One type of partner with its links."""

    DEFAULT_CSS = """
    GroupCard { height: auto; border: round $primary 60%; padding: 0 1; }
    GroupCard > .group-title { text-style: bold; color: $accent; }
    """

    def __init__(self, group: MapGroup, gap_label: str) -> None:
        super().__init__()
        self.group = group
        self.gap_label = gap_label
        self.border_title = group.title

    def compose(self) -> ComposeResult:
        for index, partner in enumerate(self.group.partners):
            last = index == len(self.group.partners) - 1
            line, style, bar = STRENGTH_STYLE.get(partner.strength_id, UNKNOWN_STYLE)
            text = Text()
            text.append("└" if last else "├", style="dim")
            if partner.strength_id == "none":
                text.append(" ✕  ", style="bold red")
            else:
                text.append(line, style=style)
            text.append(" ")
            text.append(partner.name, style="bold")
            if partner.strength_label:
                text.append(f"  {'█' * bar}{'░' * (4 - bar)} {partner.strength_label}", style=style)
            if partner.contact:
                text.append(f"\n{' ' if last else '│'}     {partner.contact}", style="dim")
            if partner.gaps:
                text.append(f"\n{' ' if last else '│'}     ⚠ {self.gap_label}: {partner.gaps}", style="yellow")
            yield Static(text, classes="partner")


class NetworkMap(Vertical):
    """The drawn map; the screen sets the data as attributes and calls :meth:`draw`."""

    DEFAULT_CSS = """
    NetworkMap { height: auto; }
    NetworkMap > #root {
        width: auto; min-width: 30; height: auto; border: double $accent; padding: 0 2; margin: 0 0 0 2;
        text-style: bold;
    }
    NetworkMap > #trunk { color: $text-muted; margin-left: 4; height: 1; }
    NetworkMap > Grid { grid-size: 1; grid-gutter: 0 2; height: auto; }
    NetworkMap.-two > Grid { grid-size: 2; }
    NetworkMap.-three > Grid { grid-size: 3; }
    NetworkMap > #legend { color: $text-muted; margin-top: 1; }
    NetworkMap > #gaps { color: $warning; margin-top: 1; }
    """

    COLUMN_WIDTH: ClassVar[int] = 44

    def __init__(self, root_label: str, groups: list[MapGroup], legend: str, gaps: list[str], gap_label: str,
                 empty_label: str) -> None:
        super().__init__()
        self.root_label = root_label
        self.groups = groups
        self.legend = legend
        self.gaps = gaps
        self.gap_label = gap_label
        self.empty_label = empty_label

    def compose(self) -> ComposeResult:
        yield Static(f"◉ {self.root_label}", id="root")
        yield Static("│", id="trunk")
        with Grid():
            if not self.groups:
                yield Static(self.empty_label)
            for group in self.groups:
                yield GroupCard(group, self.gap_label)
        yield Static(self.legend, id="legend")
        if self.gaps:
            yield Static("\n".join(f"⚠ {g}" for g in self.gaps), id="gaps")

    def on_resize(self) -> None:
        columns = max(1, min(3, self.size.width // self.COLUMN_WIDTH))
        self.set_class(columns == 2, "-two")
        self.set_class(columns == 3, "-three")
