"""The network as an inline SVG picture, drawn by Bouwsteen itself (no Mermaid, no script, nothing from outside).

My organisation (the graph's centre) stands in the middle; the partners stand in a labelled box per type to its
left and right; a line runs from the centre to each partner, its style showing the strength of the link (strong:
thick solid, workable: solid, weak: dashed, none: dotted and thin, not filled in: thin grey), labelled with the
strength. A legend follows below. Long names wrap over two lines and are shortened after that; each partner's
``<title>`` keeps its full name (a tooltip on screen, read out by screen readers).

The picture has a fixed ``viewBox`` and scales to the width of the page, so it prints within an A4 page for one
to a few dozen partners. Every text is escaped: a partner's name is data, never markup.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.export.model import Graph, Group, Node
from bouwsteen_tui.export.strings import one_line

WIDTH = 720
FONT = 11.0  # a partner's name; 720 units print about 170 mm wide, so this prints at about 7.5 pt
SMALL = 9.0  # the strength on a line, the legend
BOLD = 1.08  # how much wider bold text is
NODE_W = 176
NODE_LINE = 13.0  # the height of one line of a name
NODE_PAD = 4.0
NODE_GAP = 6.0
GROUP_PAD = 8.0
GROUP_HEAD = 20.0
GROUP_GAP = 12.0
GROUP_W = NODE_W + 2 * GROUP_PAD
CENTRE_W = 140
MARGIN = 6.0
LEGEND_SAMPLE = 34.0


@dataclass(frozen=True, slots=True)
class LineStyle:
    """How a line of one strength is drawn."""

    colour: str
    width: float
    dash: str = ""  # an SVG ``stroke-dasharray``; empty for a solid line


STYLES: dict[str, LineStyle] = {
    "strong": LineStyle("#1f3a5f", 4.2),
    "workable": LineStyle("#1f3a5f", 1.5),
    "weak": LineStyle("#1f3a5f", 1.4, "6 4"),
    "none": LineStyle("#5b6470", 1.2, "0.5 3.5"),
}
UNKNOWN = LineStyle("#9aa1a9", 1.0)


def style_of(strength: str) -> LineStyle:
    """The line style of a strength; a strength not filled in (or unknown to the writer) is thin and grey."""
    return STYLES.get(strength, UNKNOWN)


# --------------------------------------------------------------------------------------------- text


def text_of(text: str) -> str:
    """A text from the document as one escaped line, without control characters."""
    return escape(one_line(strip_control(text)), quote=True)


_NARROW = frozenset("fijlrtI!'()*,-./:;[]`{|} ")
_WIDE = frozenset("mwMW@%")


def _char_width(char: str) -> float:
    """About how wide a character is, in em (after DejaVu Sans, the widest common sans-serif font)."""
    if char in _NARROW:
        return 0.34
    if char in _WIDE:
        return 0.95
    if unicodedata.east_asian_width(char) in "WF":
        return 1.0
    if char.isupper() or char.isdigit():
        return 0.72
    return 0.62


def width_of(text: str) -> float:
    """About how wide ``text`` is, in em."""
    return sum(_char_width(char) for char in text)


def _fits(text: str, limit: float) -> bool:
    """Whether ``text`` is at most ``limit`` em wide (it stops counting there: a word may be a megabyte long)."""
    used = 0.0
    for char in text:
        used += _char_width(char)
        if used > limit:
            return False
    return True


def _cut(word: str, limit: float) -> tuple[str, str]:
    """``word`` cut where it grows wider than ``limit`` em (after at least one character): (head, rest)."""
    used = 0.0
    for index, char in enumerate(word):
        used += _char_width(char)
        if used > limit and index > 0:
            return word[:index], word[index:]
    return word, ""


def wrap(text: str, limit: float, max_lines: int) -> tuple[list[str], bool]:
    """``text`` in lines at most ``limit`` em wide, at most ``max_lines`` of them; a word longer than a line is
    cut. Returns the lines and whether the text had to be shortened (the last line then ends in "…")."""
    words = one_line(strip_control(text)).split(" ")
    out: list[str] = []
    line = ""
    queue = [w for w in words if w]
    queue.reverse()  # popped from the end
    while queue and len(out) <= max_lines:  # a line more than fits says it is too long: stop there
        word = queue.pop()
        candidate = f"{line} {word}" if line else word
        if _fits(candidate, limit):
            line = candidate
            continue
        if line:
            out.append(line)
            line = ""
            queue.append(word)
            continue
        head, rest = _cut(word, limit)
        out.append(head)
        if rest:
            queue.append(rest)
    if line:
        out.append(line)
    if len(out) <= max_lines:
        return out, False
    kept = out[:max_lines]
    last, _rest = _cut(kept[-1], limit - 1.0)
    kept[-1] = last.rstrip(" ,;:–-") + "…"
    return kept, True


def _tspans(lines: Sequence[str], x: float, first_y: float, step: float) -> str:
    return "".join(
        f'<tspan x="{x:.1f}" y="{first_y + i * step:.1f}">{escape(line, quote=True)}</tspan>'
        for i, line in enumerate(lines)
    )


# --------------------------------------------------------------------------------------------- layout


@dataclass(frozen=True, slots=True)
class Placed:
    """A partner's box: its node, its wrapped name and where it stands."""

    node: Node
    lines: tuple[str, ...]
    x: float
    y: float
    height: float


@dataclass(frozen=True, slots=True)
class Box:
    """A group's box on one side (a long group may stand on both sides, each box with its title)."""

    title: str
    x: float
    y: float
    height: float
    nodes: tuple[Placed, ...]


_NAME_EM = (NODE_W - 2 * NODE_PAD - 4) / FONT
_TITLE_EM = (GROUP_W - 2 * GROUP_PAD) / FONT / BOLD


def _node_height(lines: Sequence[str]) -> float:
    return len(lines) * NODE_LINE + 2 * NODE_PAD + 2


Side = list[tuple[Group, tuple[Node, ...]]]  # the groups on one side of the centre, each with its partners there


def _split(groups: Sequence[Group]) -> tuple[Side, Side]:
    """The groups on the left and on the right, in order, so that both sides hold about as many partners.

    The split falls between two groups where that keeps the sides within two partners of each other; else the
    group that straddles the middle is cut in two, its title shown above both halves.
    """
    filled = [g for g in groups if g.nodes]
    total = sum(len(g.nodes) + 1 for g in filled)  # a title takes about a partner's height
    best, best_gap = 0, total + 1
    before = 0
    for index, group in enumerate(filled):
        before += len(group.nodes) + 1
        gap = abs(total - 2 * before)
        if gap < best_gap:
            best, best_gap = index + 1, gap
    if best_gap <= 2 or len(filled) == 0:
        return [(g, g.nodes) for g in filled[:best]], [(g, g.nodes) for g in filled[best:]]
    left: Side = []
    right: Side = []
    count = 0
    for group in filled:
        size = len(group.nodes) + 1
        if 2 * (count + size) <= total:
            left.append((group, group.nodes))
        elif 2 * count >= total:
            right.append((group, group.nodes))
        else:  # it has at least two partners: with one, a split beside it would be within two of the middle
            keep = max(1, min(len(group.nodes) - 1, (total + 1) // 2 - count - 1))
            left.append((group, group.nodes[:keep]))
            right.append((group, group.nodes[keep:]))
        count += size
    return left, right


def _column(side: Side, x: float) -> tuple[list[Box], float]:
    """The boxes of one side from the top, and the height they take."""
    boxes: list[Box] = []
    y = 0.0
    for group, nodes in side:
        title = wrap(group.title, _TITLE_EM, 1)[0]
        top = y
        y += GROUP_HEAD
        placed = []
        for node in nodes:
            lines, _short = wrap(node.name, _NAME_EM, 2)
            height = _node_height(lines or ["…"])
            placed.append(Placed(node, tuple(lines or ["…"]), x + GROUP_PAD, y, height))
            y += height + NODE_GAP
        y += GROUP_PAD - NODE_GAP
        boxes.append(Box(title[0] if title else "", x, top, y - top, tuple(placed)))
        y += GROUP_GAP
    return boxes, max(0.0, y - GROUP_GAP)


# --------------------------------------------------------------------------------------------- drawing


def _line(x1: float, y1: float, x2: float, y2: float, strength: str) -> str:
    style = style_of(strength)
    dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
    cap = ' stroke-linecap="round"' if strength == "none" else ""
    return (
        f'<line class="link link-{escape(strength or "unknown", quote=True)}" x1="{x1:.1f}" y1="{y1:.1f}" '
        f'x2="{x2:.1f}" y2="{y2:.1f}" stroke="{style.colour}" stroke-width="{style.width}"{dash}{cap}/>'
    )


def _legend(graph: Graph, top: float) -> tuple[str, float]:
    """The legend below the picture: a sample of each line and its label, in rows across the width."""
    if not any(group.nodes for group in graph.groups):
        return "", top  # nothing to explain
    entries = list(graph.legend)
    if not entries:  # the document gave none: the strengths the partners have, with their labels
        seen: dict[str, str] = {}
        for group in graph.groups:
            for node in group.nodes:
                if node.strength_label and node.strength not in seen:
                    seen[node.strength] = node.strength_label
        entries = list(seen.items())
    parts: list[str] = []
    x, y = MARGIN, top + SMALL
    for strength, label in entries:
        shown = (wrap(label, 24, 1)[0] or [""])[0]
        width = LEGEND_SAMPLE + 6 + width_of(shown) * SMALL + 18
        if x > MARGIN and x + width > WIDTH - MARGIN:
            x, y = MARGIN, y + SMALL + 8
        parts.append(_line(x, y - SMALL * 0.35, x + LEGEND_SAMPLE, y - SMALL * 0.35, strength))
        parts.append(
            f'<text class="legend" x="{x + LEGEND_SAMPLE + 6:.1f}" y="{y:.1f}" font-size="{SMALL}">'
            f"{escape(shown, quote=True)}</text>"
        )
        x += width
    if not parts:
        return "", top
    return '<g class="legend">' + "".join(parts) + "</g>", y + 6


def _strength_label(label: str, inner_x: float, mid: float, below: bool, anchor: str) -> str:
    """The strength beside a partner's box, on a white ground, above its line (``below`` it where the line
    rises towards the centre)."""
    shown = (wrap(label, 10, 1)[0] or [""])[0]
    width = width_of(shown) * SMALL + 4
    x = inner_x + 5 if anchor == "start" else inner_x - 5
    y = mid + SMALL + 2 if below else mid - 3
    left = x - 2 if anchor == "start" else x - width + 2
    return (
        f'<rect x="{left:.1f}" y="{y - SMALL + 0.5:.1f}" width="{width:.1f}" height="{SMALL + 2:.1f}" '
        f'fill="#ffffff" fill-opacity="0.9"/>'
        f'<text class="strength" x="{x:.1f}" y="{y:.1f}" font-size="{SMALL}" text-anchor="{anchor}" '
        f'fill="#3b4652">{escape(shown, quote=True)}</text>'
    )


def _partner(placed: Placed, anchor_x: float) -> str:
    """A partner's box, its name and its tooltip with the full name (and strength)."""
    node = placed.node
    tip = one_line(strip_control(node.name))
    if node.strength_label:
        tip += f" ({one_line(strip_control(node.strength_label))})"
    text_y = placed.y + NODE_PAD + NODE_LINE - 2.5
    return (
        f'<g class="partner"><title>{escape(tip, quote=True)}</title>'
        f'<rect x="{placed.x:.1f}" y="{placed.y:.1f}" width="{NODE_W}" height="{placed.height:.1f}" rx="3" '
        f'fill="#ffffff" stroke="#59636e" stroke-width="1"/>'
        f'<text x="{anchor_x:.1f}" y="{text_y:.1f}" font-size="{FONT}">'
        f"{_tspans(placed.lines, placed.x + NODE_PAD + 2, text_y, NODE_LINE)}</text></g>"
    )


def network_svg(graph: Graph, ident: str, label: str) -> str:
    """The network as an ``<svg>`` element: ``ident`` makes its ids unique in the page, ``label`` is its
    accessible name (the partners in text)."""
    left_side, right_side = _split(graph.groups)
    left, left_h = _column(left_side, MARGIN)
    right, right_h = _column(right_side, WIDTH - MARGIN - GROUP_W)
    centre_lines, _short = wrap(graph.centre, (CENTRE_W - 12) / FONT / BOLD, 4)
    centre_lines = centre_lines or ["…"]
    centre_h = max(44.0, len(centre_lines) * (FONT + 3) + 18)
    body_h = max(left_h, right_h, centre_h)
    centre_h = max(centre_h, body_h * 0.3)  # a tall network gets a tall centre: its lines fan out less
    cx0 = (WIDTH - CENTRE_W) / 2
    cy = MARGIN + body_h / 2
    shift = MARGIN + (body_h - left_h) / 2, MARGIN + (body_h - right_h) / 2  # each side centred vertically

    groups: list[str] = []
    parts: list[str] = []
    lines: list[str] = []
    labels: list[str] = []
    for boxes, dy, inner_x, centre_x, start in (
        (left, shift[0], MARGIN + GROUP_PAD + NODE_W, cx0, "start"),
        (right, shift[1], WIDTH - MARGIN - GROUP_PAD - NODE_W, cx0 + CENTRE_W, "end"),
    ):
        reach = max((abs(p.y + dy + p.height / 2 - cy) for b in boxes for p in b.nodes), default=1.0) or 1.0
        spread = min(1.0, (centre_h / 2 - 8) / reach)
        for box in boxes:
            groups.append(
                f'<g class="group"><rect x="{box.x:.1f}" y="{box.y + dy:.1f}" width="{GROUP_W}" '
                f'height="{box.height:.1f}" rx="6" fill="#eef2f6" stroke="#aab6c3" stroke-width="1"/>'
                f'<text class="group-title" x="{box.x + GROUP_PAD:.1f}" y="{box.y + dy + 14:.1f}" '
                f'font-size="{FONT}" font-weight="bold" fill="#22364d">{escape(box.title, quote=True)}</text></g>'
            )
            for placed in box.nodes:
                moved = Placed(placed.node, placed.lines, placed.x, placed.y + dy, placed.height)
                parts.append(_partner(moved, moved.x))
                mid = moved.y + moved.height / 2
                end = cy + (mid - cy) * spread
                lines.append(_line(inner_x, mid, centre_x, end, moved.node.strength))
                if moved.node.strength_label:
                    labels.append(_strength_label(moved.node.strength_label, inner_x, mid, end < mid, start))
    centre = (
        f'<g class="centre"><title>{text_of(graph.centre)}</title>'
        f'<rect x="{cx0:.1f}" y="{cy - centre_h / 2:.1f}" width="{CENTRE_W}" height="{centre_h:.1f}" rx="8" '
        f'fill="#dfe8f3" stroke="#1f3a5f" stroke-width="2"/>'
        f'<text x="{WIDTH / 2:.1f}" font-size="{FONT}" font-weight="bold" text-anchor="middle" fill="#142a44">'
        f"{_tspans(centre_lines, WIDTH / 2, cy - (len(centre_lines) - 1) * (FONT + 3) / 2 + FONT * 0.35, FONT + 3)}"
        "</text></g>"
    )
    legend, bottom = _legend(graph, MARGIN + body_h + 14)
    height = max(bottom, MARGIN + body_h) + MARGIN
    title_id = f"{ident}-title"
    return (
        f'<svg class="network-map" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'width="100%" role="img" aria-labelledby="{title_id}" '
        f'font-family="DejaVu Sans, Noto Sans, Segoe UI, Helvetica, Arial, sans-serif">'
        f'<title id="{title_id}">{escape(label, quote=True)}</title>'
        + "".join(groups)
        + "".join(lines)
        + "".join(parts)
        + "".join(labels)
        + centre
        + legend
        + "</svg>"
    )
