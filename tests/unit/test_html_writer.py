"""The HTML writer: a self-contained, well-formed page; every text escaped; the network as an inline SVG picture."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser

import pytest

from bouwsteen_tui.export.model import (
    Break,
    CheckList,
    Document,
    Graph,
    Group,
    Heading,
    LinkKind,
    ListBlock,
    Node,
    Notice,
    Paragraph,
    Span,
    Table,
    Tone,
)
from bouwsteen_tui.export.writers.html import CSP, column_widths, stylesheet, write_html
from bouwsteen_tui.export.writers.svg import STYLES, UNKNOWN, width_of, wrap
from tests.html_samples import LONG_WORD, TRICKY, every_block, network, role_card

VOID = {"meta", "br", "col", "input", "img", "hr", "link", "wbr"}


class Tree(HTMLParser):
    """Parses a page and checks that every element is closed in order; keeps the tags, attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.declarations: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.errors == [], tree.errors
    assert tree.stack == [], f"not closed: {tree.stack}"
    return tree


def blocks(*items: object, lang: str = "nl-BE", **facts: str) -> Document:
    return Document(title="Titel", blocks=tuple(items), lang=lang, **facts)  # type: ignore[arg-type]


SAMPLES = {
    "every block": every_block(),
    "role card": role_card(),
    "english": every_block(lang="en-GB"),
    "0 partners": every_block(network(0)),
    "1 partner": every_block(network(1)),
    "25 partners": every_block(network(25, long_names=True)),
    "empty": blocks(),
}


@pytest.mark.parametrize("name", SAMPLES)
def test_the_page_is_well_formed_and_self_contained(name: str) -> None:
    """Every element closes in order; the page holds no script, no style sheet or font from elsewhere, and the
    only web addresses in it are a link's target."""
    page = write_html(SAMPLES[name])
    tree = parse(page)
    assert tree.declarations == ["doctype html"]
    assert "<script" not in page.lower()
    assert not tree.all("link") and not tree.all("img") and not tree.all("iframe") and not tree.all("object")
    assert "@import" not in page and "url(" not in page
    outside_links = re.sub(r"<a\b[^>]*>.*?</a>", "", page, flags=re.S)
    assert not re.search(r"(?:https?|ftp):|//", outside_links)


def test_the_head_names_language_charset_title_and_a_strict_policy() -> None:
    """``<html lang>`` is the document's language, the charset is UTF-8, the title is the document's, and the
    Content-Security-Policy forbids everything but the inline style sheet."""
    tree = parse(write_html(role_card("en-GB")))
    assert tree.all("html") == [{"lang": "en-GB"}]
    metas = tree.all("meta")
    assert {"charset": "utf-8"} in metas
    assert {"http-equiv": "Content-Security-Policy", "content": CSP} in metas
    assert CSP.startswith("default-src 'none'")
    assert "Rolkaart" in "".join(tree.text)
    assert "@page" in stylesheet() and "size: A4" in stylesheet()


def test_a_strange_language_tag_cannot_break_the_page() -> None:
    """A language that is not a tag gives the catalogue's language, never an attribute of its own."""
    tree = parse(write_html(blocks(lang='nl" onload="x')))
    assert tree.all("html") == [{"lang": "nl"}]


def test_the_meta_facts_show_under_the_title() -> None:
    """Subtitle, case and date (as readers of the language write it) in one small line."""
    page = write_html(blocks(date="2026-11-28", case="C-7K4Q", subtitle="Voor de school"))
    meta = re.search(r'<p class="meta">(.*?)</p>', page)
    assert meta is not None
    assert "Voor de school" in meta[1] and "Casus&nbsp;C-7K4Q" in meta[1]
    assert '<time datetime="2026-11-28">28-11-2026</time>' in meta[1]
    english = write_html(blocks(lang="en-GB", date="2026-11-28"))
    assert "28 November 2026" in english
    assert '<p class="meta">' not in write_html(blocks())


def test_user_text_shows_as_typed() -> None:
    """Markup, entities, Textual markup and Markdown in a note come out as text: what the browser shows is what
    was typed (bidi controls left out, as in every export)."""
    page = write_html(every_block())
    tree = parse(page)
    shown = "".join(tree.text)
    typed = TRICKY.replace("\u202e", "").replace("\u202c", "")
    assert typed in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; [/] **x**" in page
    assert "<b>" not in page and "\u202e" not in page
    assert LONG_WORD in shown


def test_control_characters_are_left_out() -> None:
    """A control character in a name cannot reach the page (HTML forbids most of them)."""
    page = write_html(blocks(Paragraph((Span("a\x00b\x1bc\x7f"),)), Heading(2, "kop\x07")))
    assert "abc" in page and "kop</h2>" in page
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page)


def test_links_and_mail_addresses() -> None:
    """A web address links to itself, a ``www.`` address to its https page, an e-mail address to ``mailto:``;
    a span marked as a link that is no web address stays text."""
    tree = parse(write_html(every_block()))
    hrefs = [a["href"] for a in tree.all("a")]
    assert "mailto:an@voorbeeld.be" in hrefs
    assert "https://www.vlaanderen.be" in hrefs
    assert "https://example.org/a?b=1&c=" in hrefs  # the link stops at "<"
    page = write_html(blocks(Paragraph((Span("javascript:alert(1)", link=LinkKind.URL),))))
    assert "<a " not in page and "javascript:alert(1)" in page


def test_every_block_kind() -> None:
    """Headings keep their level, lists nest, a check list shows ☑/☐, notices have their tone, a break is a
    ``<br>``, the network is a figure."""
    document = blocks(
        Heading(2, "Twee"),
        Heading(3, "Drie"),
        Paragraph((Span("een", strong=True), Break(), Span("twee"))),
        ListBlock((), ordered=True),
        CheckList(((True, (Span("klaar"),)), (False, (Span("nog niet"),)))),
        Notice((Span("geheim"),), Tone.CONFIDENTIAL),
        Notice((Span("opgelet"),), Tone.WARNING),
        Notice((Span("ter info"),), Tone.NOTE),
        network(3),
    )
    page = write_html(document)
    tree = parse(page)
    assert "<h2>Twee</h2>" in page and "<h3>Drie</h3>" in page
    assert "<p><strong>een</strong><br>twee</p>" in page
    assert '<li class="done"><span class="box">☑</span> <span class="task">klaar</span></li>' in page
    assert '<li class="open"><span class="box">☐</span> <span class="task">nog niet</span></li>' in page
    notices = [a["class"] for a in tree.all("div")]
    assert notices == ["notice notice-confidential", "notice notice-warning", "notice notice-note"]
    assert len(tree.all("figure")) == 1 and len(tree.all("svg")) == 1
    nested = parse(write_html(every_block()))
    assert len(nested.all("ol")) >= 1 and "</li></ul></li>" in write_html(every_block())


def test_tables_have_a_header_that_repeats_and_relative_widths() -> None:
    """The header row is a ``<thead>`` (repeated on every printed page); the widths become percentages."""
    table = Table(("Nr.", "Wat", "Wie"), (((Span("1"),), (Span("x"),), (Span("CAW"),)), ((Span("2"),),)), (1, 6, 3))
    page = write_html(blocks(table))
    tree = parse(page)
    assert [c["style"] for c in tree.all("col")] == ["width: 10.0%", "width: 60.0%", "width: 30.0%"]
    assert len(tree.all("thead")) == 1 and len(tree.all("th")) == 3
    assert page.count("<td>") == 6  # the short row is filled up
    assert column_widths(Table(("a", "b"), (), (1,))) == []
    assert "thead { display: table-header-group; }" in stylesheet()
    assert "tr { break-inside: avoid;" in stylesheet()


def test_print_css_keeps_headings_with_what_follows_and_colours_when_printed() -> None:
    css = stylesheet()
    assert "break-after: avoid" in css
    assert "print-color-adjust: exact" in css
    assert "@media print" in css


# --------------------------------------------------------------------------------------------- the network map


def svg_of(graph: Graph) -> Tree:
    page = write_html(blocks(graph))
    svg = re.search(r"<svg.*?</svg>", page, re.S)
    assert svg is not None
    return parse(svg[0])


@pytest.mark.parametrize("count", [0, 1, 2, 7, 25])
def test_one_line_per_partner_in_the_style_of_its_strength(count: int) -> None:
    """Each partner has one line from the centre, drawn as its strength says (the legend draws one more per
    strength, in the same style)."""
    graph = network(count, long_names=True)
    tree = svg_of(graph)
    links = [a for a in tree.all("line") if "link" in a["class"].split()]
    nodes = [n for g in graph.groups for n in g.nodes]
    in_legend = len(graph.legend) if nodes else 0  # no legend without partners
    assert len(links) == len(nodes) + in_legend
    for node, line in zip(nodes, links[:count], strict=True):
        style = STYLES.get(node.strength, UNKNOWN)
        assert line["class"] == f"link link-{node.strength}"
        assert line.get("stroke-dasharray", "") == style.dash
        assert float(line["stroke-width"]) == style.width
    assert len([p for p in tree.all("g") if p.get("class") == "partner"]) == count


def test_strength_styles_differ() -> None:
    """Strong is thick and solid, workable solid, weak dashed, none dotted and thin, unknown thin and grey."""
    assert STYLES["strong"].width > STYLES["workable"].width >= STYLES["weak"].width > UNKNOWN.width - 0.01
    assert STYLES["strong"].dash == STYLES["workable"].dash == "" and STYLES["weak"].dash
    assert STYLES["none"].dash and STYLES["none"].width < STYLES["workable"].width
    assert UNKNOWN.dash == "" and UNKNOWN.colour != STYLES["workable"].colour


def test_the_picture_is_accessible_and_its_partners_are_listed_in_text() -> None:
    """``role="img"`` named by its ``<title>``; the caption lists every partner by group, with the strength."""
    graph = network(7)
    page = write_html(blocks(graph))
    tree = parse(page)
    (svg,) = tree.all("svg")
    assert svg["role"] == "img" and svg["aria-labelledby"] == "network-1-title"
    assert 'id="network-1-title"' in page
    caption = re.search(r"<figcaption>(.*?)</figcaption>", page, re.S)
    assert caption is not None
    for group in graph.groups:
        assert group.title in caption[1]
        for node in group.nodes:
            assert node.name in caption[1]
    assert "VBS De Linde (sterk)" in caption[1]


def test_two_pictures_have_ids_of_their_own() -> None:
    page = write_html(blocks(network(2), network(3)))
    assert page.count('id="network-1-title"') == 1 and page.count('id="network-2-title"') == 1


def test_long_names_are_shortened_in_the_picture_and_kept_whole_in_the_tooltip() -> None:
    """A name too long for its box wraps over two lines and ends in "…"; its ``<title>`` holds it whole."""
    graph = Graph("Mijn organisatie", (Group("g", "Groep", (Node("1", LONG_WORD, "weak", "zwak"),)),))
    page = write_html(blocks(graph))
    assert f"<title>{LONG_WORD} (zwak)</title>" in page
    spans = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", page)
    assert any(s.endswith("…") for s in spans)
    assert all(width_of(s) * 11 <= 176 for s in spans)


def test_names_and_titles_in_the_picture_are_escaped() -> None:
    graph = Graph("<b>Wij</b> & co", (Group("g", "<i>Groep</i>", (Node("1", TRICKY, "strong", "<sterk>"),)),))
    page = write_html(blocks(graph))
    svg = re.search(r"<svg.*?</svg>", page, re.S)
    assert svg is not None
    parse(svg[0])
    assert "<b>" not in svg[0] and "<i>" not in svg[0] and "<script" not in svg[0] and "<sterk>" not in svg[0]
    assert "&lt;b&gt;Wij&lt;/b&gt; &amp; co" in svg[0]


def test_wrap_cuts_words_longer_than_a_line() -> None:
    lines, short = wrap("a " + "x" * 100, 10, 2)
    assert short and len(lines) == 2 and lines[-1].endswith("…")
    assert all(width_of(line) <= 10 for line in lines)
    assert wrap("kort", 10, 2) == (["kort"], False)
    assert wrap("", 10, 2) == ([], False)


def test_wrap_is_quick_on_a_megabyte_without_a_space() -> None:
    """A name of a million characters is cut after its second line, not copied a line at a time."""
    started = time.perf_counter()
    lines, short = wrap("x" * 1_000_000, 15, 2)
    assert short and len(lines) == 2
    assert time.perf_counter() - started < 1.0


def test_a_large_group_is_split_over_both_sides() -> None:
    """25 partners of one type stand left and right of the centre, each half under the group's title."""
    nodes = tuple(n for g in network(25).groups for n in g.nodes)
    tree = svg_of(Graph("Wij", (Group("g", "Eén soort", nodes),)))
    groups = [a for a in tree.all("g") if a.get("class") == "group"]
    assert len(groups) == 2
    xs = sorted(float(r["x"]) for r in tree.all("rect") if r.get("width") == "176")
    assert xs[0] < 100 < 500 < xs[-1]


def test_the_legend_without_one_from_the_document() -> None:
    """A graph without a legend gets one from the strengths its partners have (those with a label)."""
    tree = svg_of(network(6, legend=False))
    legend_texts = [a for a in tree.all("text") if a.get("class") == "legend"]
    assert len(legend_texts) == 4  # sterk, werkbaar, zwak, geen relatie; "unknown" has no label


def test_the_picture_grows_with_its_partners_but_stays_within_the_page_width() -> None:
    """The viewBox is as wide for 1 as for 25 partners (it scales to the page width); 25 stay under 1.3 × wide."""
    sizes = []
    for count in (1, 25):
        page = write_html(blocks(network(count, long_names=True)))
        box = re.search(r'viewBox="0 0 (\d+) (\d+)"', page)
        assert box is not None
        sizes.append((int(box[1]), int(box[2])))
    assert sizes[0][0] == sizes[1][0]
    assert sizes[0][1] < sizes[1][1] < 1.3 * sizes[1][0]
