"""A document as DOCX (Word): real headings, lists, tables, links and check boxes, on A4.

The title is a Heading 1 (what pandoc and a screen reader read as the top of the outline; the sections are Heading
2 to 6), the lists use Word's list styles (List Bullet, List Number, List Bullet 2 …), a table has a header row
that repeats on each page, a check list has Word check boxes, a notice is a shaded box, and the network is a table
per type of partner. The file says its language (``w:lang``), its title and date, and "Bouwsteen" as its author:
nothing of the machine it was made on. The same document always gives the same bytes.

What the user typed stays text: a run holds it as characters, never as markup; characters XML cannot hold are
dropped. Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import assert_never

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from bouwsteen_tui.core.languages import speaks
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
    Tone,
)
from bouwsteen_tui.export.strings import output_language, t
from bouwsteen_tui.export.writers.docx_xml import (
    Numbering,
    add_check_box,
    add_hyperlink,
    drop_thumbnail,
    fixed_zip,
    line_text,
    link_target,
    repeat_header,
    set_numbering,
    shade,
    xml_text,
)

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(210), Mm(297), Mm(25)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
AUTHOR = "Bouwsteen"
_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the zip's stamp for a document without a date
# (fill, border) of a notice in each tone: grey, a soft red for "confidential", a soft yellow for a warning
_TONES = {Tone.NOTE: ("F2F2F2", "A6A6A6"), Tone.CONFIDENTIAL: ("FBE5E5", "C00000"), Tone.WARNING: ("FFF4CE", "BF8F00")}


def _document_date(document: Document) -> datetime | None:
    try:
        day = date.fromisoformat(document.date.strip()[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _language_tag(lang: str) -> str:
    """The BCP 47 tag Word wants: ``nl`` → ``nl-BE``, ``en`` → ``en-GB``; a tag with a region stays as it is."""
    lang = line_text(lang, 255) or "nl"
    return t(lang, "lang.tag") if speaks(lang) else lang


class _Writer:
    def __init__(self, document: Document) -> None:
        self.source = document
        self.lang = output_language(document.lang.split("-")[0].lower())
        self.word: WordDocument = docx.Document()
        self.numbering = Numbering(self.word.part.numbering_part.element)
        self._boxes = 0
        self._style_ids: dict[str, str] = {}

    def _style_id(self, name: str) -> str:
        """The id of the style called ``name``, looked up once per document (python-docx looks it up by walking
        every style for each paragraph it styles by name: most of the time of a long document)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.word.styles[name].style_id
        return self._style_ids[name]

    def paragraph(self, style: str = "", text: str = "") -> WordParagraph:
        """A new paragraph at the end of the body, in the style called ``style`` (none: the normal style)."""
        paragraph = self.word.add_paragraph(text)
        if style:
            paragraph._p.get_or_add_pPr().style = self._style_id(style)
        return paragraph

    # ------------------------------------------------------------------------------------------ set-up

    def set_up(self) -> None:
        section = self.word.sections[0]
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
        tag = _language_tag(self.source.lang)
        styles = self.word.styles
        lang = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        if lang is not None:
            lang.set(qn("w:val"), tag)
        theme_lang = self.word.settings.element.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), tag)
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link.font.underline = True
        self._properties(tag)
        drop_thumbnail(self.word.part.package)

    def _properties(self, tag: str) -> None:
        props = self.word.core_properties
        props.title = line_text(self.source.title, 255)
        props.subject = line_text(self.source.subtitle, 255)
        props.identifier = line_text(self.source.case, 255)
        props.language = tag
        props.author = props.last_modified_by = AUTHOR
        props.comments = props.keywords = props.category = ""
        props.revision = 1
        for stamp in props._element.findall("*"):  # the template's dates: the document's own date, or none
            if stamp.tag in {qn("dcterms:created"), qn("dcterms:modified"), qn("cp:lastPrinted")}:
                props._element.remove(stamp)
        when = _document_date(self.source)
        if when is not None:
            props.created = props.modified = when

    # ------------------------------------------------------------------------------------------ inline

    def inline(self, paragraph: WordParagraph, content: Text, *, bold: bool = False) -> None:
        """The spans of ``content`` as runs: bold where strong, a hyperlink for an address, a break for a Break."""
        for part in content:
            if isinstance(part, Break):
                paragraph.add_run().add_break()
                continue
            text = xml_text(part.text)
            if not text:
                continue
            if part.link is LinkKind.NONE:
                run = paragraph.add_run(text)
                if part.strong or bold:
                    run.bold = True
            else:
                add_hyperlink(paragraph, text, link_target(text, part.link.value))

    # ------------------------------------------------------------------------------------------ blocks

    def block(self, item: Block) -> None:
        match item:
            case Heading(level, text):
                self.paragraph(f"Heading {max(2, min(level, 6))}", line_text(text) or "…")
            case Paragraph(content):
                self.inline(self.word.add_paragraph(), content)
            case ListBlock():
                self.list_block(item, 0)
            case CheckList(items):
                self.check_list(items)
            case Table():
                self.table(item.header, item.rows, item.widths)
            case Notice(content, tone):
                paragraph = self.word.add_paragraph()
                self.inline(paragraph, content)
                shade(paragraph, *_TONES.get(tone, _TONES[Tone.NOTE]))
                paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(3)
            case Graph():
                self.graph(item)
            case _:
                assert_never(item)

    def list_block(self, block: ListBlock, level: int) -> None:
        """A list; a nested list one level deeper ("List Bullet 2", "List Number 2", at most 3 styles deep)."""
        num_id = self.numbering.new("decimal" if block.ordered else "bullet")
        style = ("List Number" if block.ordered else "List Bullet") + (f" {min(level, 2) + 1}" if level else "")
        for item in block.items:
            paragraph = self.paragraph(style)
            set_numbering(paragraph, num_id, min(level, 8))
            self.inline(paragraph, item.content)
            if item.children is not None:
                self.list_block(item.children, level + 1)

    def check_list(self, items: tuple[tuple[bool, Text], ...]) -> None:
        """A bullet list whose items start with a check box (as pandoc writes a task list)."""
        num_id = self.numbering.new("bullet")
        for done, content in items:
            paragraph = self.paragraph("List Bullet")
            set_numbering(paragraph, num_id, 0)
            self._boxes += 1
            add_check_box(paragraph, done, self._boxes)
            paragraph.add_run(" ")
            self.inline(paragraph, content)

    def table(self, header: tuple[str, ...], rows: tuple[tuple[Text, ...], ...], widths: tuple[int, ...]) -> None:
        columns = max([len(header), *(len(row) for row in rows)])
        if columns == 0:
            return
        self._after_table()  # Word runs two tables in a row together
        table = self.word.add_table(rows=0, cols=columns)
        table._tbl.tblPr.style = self._style_id("Table Grid")
        table.autofit = False
        weights = list(widths) if len(widths) == columns and all(w > 0 for w in widths) else [1] * columns
        sizes = [int(TEXT_WIDTH * weight / sum(weights)) for weight in weights]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size
        if header:
            cells = table.add_row().cells
            repeat_header(table.rows[0]._tr)
            for cell, text in zip(cells, header, strict=False):
                self._cell(cell, (Span(text),), bold=True)
        for row in rows:
            for cell, content in zip(table.add_row().cells, row, strict=False):
                self._cell(cell, content)
        for row_cells in (row.cells for row in table.rows):
            for cell, size in zip(row_cells, sizes, strict=True):
                cell.width = size

    def _after_table(self) -> None:
        """An empty paragraph when the body so far ends in a table."""
        body = self.word.element.body
        last = body[-2] if len(body) > 1 and body[-1].tag == qn("w:sectPr") else body[-1] if len(body) else None
        if last is not None and last.tag == qn("w:tbl"):
            self.word.add_paragraph()

    def _cell(self, cell: _Cell, content: Text, *, bold: bool = False) -> None:
        self.inline(cell.paragraphs[0], content, bold=bold)

    def graph(self, graph: Graph) -> None:
        """The network: my organisation as a one-line caption (as the HTML page's caption starts), then a table per
        type of partner (partner, relationship). ``text_note`` is for text formats that draw it, not for this one."""
        caption = self.word.add_paragraph()
        caption.add_run(line_text(graph.centre)).bold = True
        caption.paragraph_format.keep_with_next = True
        legend = dict(graph.legend)
        strength = t(self.lang, "col.strength")
        for group in (group for group in graph.groups if group.nodes):
            rows = tuple(
                ((Span(node.name),), (Span(node.strength_label or legend.get(node.strength, node.strength)),))
                for node in group.nodes
            )
            self.table((group.title[:1].upper() + group.title[1:], strength), rows, (3, 2))  # "school" → "School"

    def write(self) -> bytes:
        self.set_up()
        self.paragraph("Heading 1", line_text(self.source.title) or "…")
        for item in self.source.blocks:
            self.block(item)
        self._after_table()  # Word wants a paragraph after the last table
        out = io.BytesIO()
        self.word.save(out)
        return fixed_zip(out.getvalue(), _document_date(self.source) or _EPOCH)


def write_docx(document: Document) -> bytes:
    """The document as a DOCX file: the same document gives the same bytes."""
    return _Writer(document).write()

