"""The DOCX writer: Word structure read back with python-docx, the same bytes for the same document, text that
XML cannot hold dropped without a crash, and (when pandoc is installed) a clean conversion back to Markdown."""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as WordParagraph

from bouwsteen_tui.core.content import Pack, builtin_pack_dir
from bouwsteen_tui.core.demo import write_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import workspace_outputs
from bouwsteen_tui.export.model import (
    Break,
    Builder,
    CheckList,
    Document,
    Graph,
    Group,
    Heading,
    Item,
    LinkKind,
    ListBlock,
    Node,
    Notice,
    Paragraph,
    Span,
    Table,
    Tone,
    join,
    label,
    lines,
    plain,
    rich_item,
    strong,
)
from bouwsteen_tui.export.writers.docx import AUTHOR, write_docx
from tests.unit.test_external_tools import TODAY, tricky_workspace

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MARKUP = "*niet vet* _niet schuin_ `geen code` [geen link](x) <b>geen html</b> # geen kop | a | b | &amp; \\"
# Characters an XML document cannot hold, a bidi override, a lone surrogate, U+FFFE: dropped, never a crash.
NOT_XML = "nul\x00 esc\x1b[31m vt\x0b ff\x0c rtl\u202eevil lone\ud800 nonchar\ufffe end"


def full_document(lang: str = "nl-BE", date: str = "2026-11-28") -> Document:
    """A document with every block kind, links, breaks, nested lists and text that looks like markup."""
    b = Builder()
    b.heading(2, "Wie we zijn")
    contact = "mail a.peeters@example.org, zie https://example.be/x_y of www.example.org."
    b.paragraph(join(label("Contact"), plain(contact)))
    b.paragraph((Span(MARKUP),))
    b.paragraph(lines("eerste regel\ntweede regel"))
    b.text("- een\n- twee\n\n1. drie\n2. vier")
    b.bullets([rich_item(strong("Afspraak"), "uitleg\n1. stap een\n2. stap twee"), plain("los punt")])
    b.heading(3, "Taken")
    b.tasks([(True, plain("gesprek gepland")), (False, plain("verslag delen"))])
    rows = [[plain("1"), lines("a\nb"), plain("x@example.be")], [plain("2"), (Span(MARKUP),), ()]]
    b.table(["Nr.", "Wat", "Wie"], rows, [1, 4, 2])
    b.notice(plain("Vertrouwelijk: alleen voor de betrokken partners."), Tone.CONFIDENTIAL)
    b.heading(2, "Netwerk")
    b.graph(Graph("Mijn organisatie", (
        Group("school", "School", (Node("p1", "VBS De Linde", "strong", "sterk"), Node("p2", "CLB", "weak"))),
        Group("welfare", "welzijn", (Node("p3", "CAW", "none", "geen relatie"),)),
        Group("empty", "Leeg", ()),
    ), (("weak", "zwak"),), text_note="Mermaid-notatie"))
    b.text("1. opnieuw één\n2. opnieuw twee")
    return b.build("Afsprakenblad C-7K4Q", lang, date=date, case="C-7K4Q", subtitle="Casus")


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def body_paragraphs(word: docx.document.Document) -> list[WordParagraph]:
    return list(word.paragraphs)


def styled(word: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in word.paragraphs if p.style is not None and p.style.name == style]


def texts(element: object) -> str:
    """The characters of the ``w:t`` elements under ``element``."""
    return "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]


def num_pr(paragraph: WordParagraph) -> tuple[int, int]:
    numbering = paragraph._p.pPr.numPr
    return numbering.numId.val, numbering.ilvl.val


# --------------------------------------------------------------------------------------------- structure


def test_title_headings_and_paragraphs_have_word_styles() -> None:
    word = read(write_docx(full_document()))
    first = word.paragraphs[0]
    assert (first.style.name, first.text) == ("Heading 1", "Afsprakenblad C-7K4Q")
    assert styled(word, "Heading 2") == ["Wie we zijn", "Netwerk"]
    assert styled(word, "Heading 3") == ["Taken"]
    lead = next(p for p in word.paragraphs if p.text.startswith("Contact:"))
    assert lead.runs[0].text == "Contact:" and lead.runs[0].bold
    assert not any(run.bold for run in lead.runs[1:])
    assert MARKUP in [p.text for p in word.paragraphs]  # markup stays characters
    broken = next(p for p in word.paragraphs if p.text.startswith("eerste regel"))
    assert broken.text == "eerste regel\ntweede regel"
    assert len(broken._p.findall(f".//{qn('w:br')}")) == 1


def test_heading_levels_stay_between_two_and_six() -> None:
    document = Document("T", (Heading(1, "een"), Heading(9, "negen"), Heading(4, "vier")), "nl-BE")
    word = read(write_docx(document))
    assert [p.style.name for p in word.paragraphs] == ["Heading 1", "Heading 2", "Heading 6", "Heading 4"]


def test_links_and_mail_addresses_are_hyperlinks() -> None:
    word = read(write_docx(full_document()))
    lead = next(p for p in word.paragraphs if p.text.startswith("Contact:"))
    assert [(h.text, h.address) for h in lead.hyperlinks] == [
        ("a.peeters@example.org", "mailto:a.peeters@example.org"),
        ("https://example.be/x_y", "https://example.be/x_y"),
        ("www.example.org", "https://www.example.org"),
    ]
    assert lead.text.endswith("www.example.org.")  # the full stop after the address is not part of the link
    odd = Document("T", (Paragraph((Span("https://example.be/a b\u00e9", link=LinkKind.URL),)),), "nl-BE")
    assert read(write_docx(odd)).paragraphs[1].hyperlinks[0].address == "https://example.be/a%20b%C3%A9"


def test_lists_use_word_list_styles_nest_and_restart_their_numbers() -> None:
    word = read(write_docx(full_document()))
    assert styled(word, "List Bullet")[:4] == ["een", "twee", "Afspraak uitleg", "los punt"]
    assert styled(word, "List Number") == ["drie", "vier", "opnieuw één", "opnieuw twee"]
    assert styled(word, "List Number 2") == ["stap een", "stap twee"]
    by_text = {p.text: p for p in word.paragraphs}
    assert num_pr(by_text["een"]) == (num_pr(by_text["twee"])[0], 0)
    assert num_pr(by_text["Afspraak uitleg"]) == (num_pr(by_text["los punt"])[0], 0)
    assert num_pr(by_text["een"])[0] != num_pr(by_text["los punt"])[0]  # two lists in a row stay two lists
    assert num_pr(by_text["stap een"])[1] == 1  # nested one level deeper
    first, second = num_pr(by_text["drie"])[0], num_pr(by_text["opnieuw één"])[0]
    assert first != second  # two numbered lists: each starts at 1
    numbering = word.part.numbering_part.element
    for num_id in (first, second):
        num = numbering.num_having_numId(num_id)
        assert num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"
        abstract_id = num.abstractNumId.val
        abstract = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
        assert abstract.find(f".//{qn('w:numFmt')}").get(qn("w:val")) == "decimal"


def test_deep_lists_keep_the_third_list_style() -> None:
    inner = ListBlock((Item(plain("vier diep")),))
    deep = ListBlock((Item(plain("een"), ListBlock((Item(plain("twee"), ListBlock((Item(plain("drie"), inner),))),))),))
    word = read(write_docx(Document("T", (deep,), "nl-BE")))
    styles = [p.style.name for p in word.paragraphs[1:]]
    assert styles == ["List Bullet", "List Bullet 2", "List Bullet 3", "List Bullet 3"]
    assert [num_pr(p)[1] for p in word.paragraphs[1:]] == [0, 1, 2, 3]


def test_check_lists_are_word_check_boxes() -> None:
    word = read(write_docx(full_document()))
    boxes = word.element.body.findall(f".//{qn('w:sdt')}")
    assert [box.find(f".//{W14}checked").get(f"{W14}val") for box in boxes] == ["1", "0"]
    assert [texts(box) for box in boxes] == ["\u2612", "\u2610"]
    items = [box.getparent() for box in boxes]
    assert [texts(item) for item in items] == ["\u2612 gesprek gepland", "\u2610 verslag delen"]
    assert [item.pPr.pStyle.val for item in items] == ["ListBullet", "ListBullet"]  # a list, as pandoc writes one
    ids = [box.find(f".//{qn('w:id')}").get(qn("w:val")) for box in boxes]
    assert len(set(ids)) == 2


def test_tables_have_a_repeated_header_row_borders_and_relative_widths() -> None:
    word = read(write_docx(full_document()))
    table = word.tables[0]
    assert table.style.name == "Table Grid"
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Nr.", "Wat", "Wie"], ["1", "a\nb", "x@example.be"], ["2", MARKUP, ""],
    ]
    header = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows]
    assert header == [True, False, False]
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    widths = [column.width for column in table.columns]
    assert widths[1] == pytest.approx(4 * widths[0], rel=0.01) and widths[2] == pytest.approx(2 * widths[0], rel=0.01)
    assert sum(widths) == pytest.approx(Mm(160), rel=0.01)
    assert table.rows[1].cells[2].paragraphs[0].hyperlinks[0].address == "mailto:x@example.be"


def test_tables_without_header_or_with_ragged_rows_still_write() -> None:
    blocks = (Table((), ((plain("a"), plain("b")), (plain("c"),)), (1,)), Table(("x",), ()), Table((), ()))
    word = read(write_docx(Document("T", blocks, "nl-BE")))
    assert [[cell.text for cell in row.cells] for row in word.tables[0].rows] == [["a", "b"], ["c", ""]]
    assert [[cell.text for cell in row.cells] for row in word.tables[1].rows] == [["x"]]
    assert len(word.tables) == 2  # a table without columns is left out


def test_a_notice_is_a_shaded_box() -> None:
    word = read(write_docx(full_document()))
    notice = next(p for p in word.paragraphs if p.text.startswith("Vertrouwelijk"))
    p_pr = notice._p.pPr
    assert p_pr.find(qn("w:shd")).get(qn("w:fill")) == "FBE5E5"
    assert p_pr.find(f"{qn('w:pBdr')}/{qn('w:left')}") is not None
    assert round(notice.paragraph_format.left_indent.mm) == 3  # indented: pandoc reads a block quote


def test_the_network_is_a_caption_and_a_table_per_group() -> None:
    word = read(write_docx(full_document()))
    caption = next(p for p in word.paragraphs if p.text == "Mijn organisatie")
    assert caption.runs[0].bold and caption.paragraph_format.keep_with_next
    groups = [[[cell.text for cell in row.cells] for row in table.rows] for table in word.tables[1:]]
    assert "Mermaid" not in "".join(p.text for p in word.paragraphs)  # the note is for a text format
    assert groups == [  # a group without partners is left out; a title starts with a capital
        [["School", "Relatie"], ["VBS De Linde", "sterk"], ["CLB", "zwak"]],
        [["Welzijn", "Relatie"], ["CAW", "geen relatie"]],
    ]
    english = read(write_docx(full_document(lang="en-GB")))
    assert english.tables[1].rows[0].cells[1].text == "Relationship"


def test_two_tables_in_a_row_are_kept_apart_and_a_table_does_not_end_the_document() -> None:
    body = read(write_docx(full_document())).element.body
    tags = [child.tag for child in body]
    for before, after in itertools.pairwise(tags):
        assert not (before == after == qn("w:tbl"))
    assert tags[-2:] == [qn("w:p"), qn("w:sectPr")]
    only_table = Document("T", (Table(("a",), ((plain("1"),),)),), "nl-BE")
    assert [child.tag for child in read(write_docx(only_table)).element.body][-2] == qn("w:p")


# --------------------------------------------------------------------------------------------- the file


def test_properties_language_and_page() -> None:
    word = read(write_docx(full_document()))
    props = word.core_properties
    assert (props.title, props.subject, props.identifier, props.language) == (
        "Afsprakenblad C-7K4Q", "Casus", "C-7K4Q", "nl-BE")
    assert props.author == props.last_modified_by == AUTHOR == "Bouwsteen"
    assert props.comments == "" and props.last_printed is None
    assert props.created == props.modified == datetime(2026, 11, 28, tzinfo=UTC)
    default_lang = word.styles.element.find(f".//{qn('w:docDefaults')}//{qn('w:lang')}")
    assert default_lang.get(qn("w:val")) == "nl-BE"
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(margin.mm) for margin in (section.left_margin, section.right_margin, section.top_margin)] == [25] * 3
    english = read(write_docx(full_document(lang="en")))
    assert english.core_properties.language == "en-GB"
    assert english.styles.element.find(f".//{qn('w:docDefaults')}//{qn('w:lang')}").get(qn("w:val")) == "en-GB"


def test_no_date_gives_no_date_and_a_long_title_is_cut_in_the_properties() -> None:
    title = "Lange titel " * 40
    word = read(write_docx(Document(title, (), "nl-BE", date="")))
    assert word.core_properties.created is None and word.core_properties.modified is None
    assert len(word.core_properties.title) == 255 and word.core_properties.title.endswith("…")
    assert word.paragraphs[0].text == title.strip()  # the heading keeps all of it


def test_same_document_same_bytes() -> None:
    first, second = write_docx(full_document()), write_docx(full_document())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(2026, 11, 28, 0, 0, 0)}
        assert package.testzip() is None
    undated = write_docx(full_document(date=""))
    assert undated == write_docx(full_document(date=""))
    with zipfile.ZipFile(io.BytesIO(undated)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_same_bytes_in_another_process() -> None:
    """No hash order, clock or machine in the file: a fresh interpreter with another hash seed writes the same."""
    code = (
        "import sys, hashlib; sys.path.insert(0, sys.argv[1]); from test_docx_writer import full_document, write_docx; "
        "print(hashlib.sha256(write_docx(full_document())).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "TZ": "Pacific/Kiritimati"}
    result = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)], capture_output=True, text=True,
                            env=env, timeout=120, check=True)
    assert result.stdout.strip() == hashlib.sha256(write_docx(full_document())).hexdigest()


def test_nothing_of_the_machine_or_the_template_is_left() -> None:
    with zipfile.ZipFile(io.BytesIO(write_docx(full_document()))) as package:
        names = package.namelist()
        core = package.read("docProps/core.xml").decode()
    assert not any("thumbnail" in name for name in names)  # the template's picture of a blank page
    assert "python-docx" not in core and "<dc:creator>Bouwsteen</dc:creator>" in core
    assert names[0] == "[Content_Types].xml"


def test_characters_xml_cannot_hold_are_dropped() -> None:
    spans = (Span(NOT_XML), Break(), Span(NOT_XML, strong=True), Span("a@example.org\x01", link=LinkKind.EMAIL))
    document = Document(
        "Titel" + NOT_XML, (
            Heading(2, NOT_XML), Paragraph(spans), ListBlock((Item((Span(NOT_XML),)),)),
            CheckList(((True, (Span(NOT_XML),)),)), Table((NOT_XML,), (((Span(NOT_XML),),),)),
            Notice((Span(NOT_XML),), Tone.WARNING), Graph(NOT_XML, (Group("g", NOT_XML, (Node("n", NOT_XML, "x"),)),)),
        ), NOT_XML, subtitle=NOT_XML, case=NOT_XML)
    data = write_docx(document)
    word = read(data)
    expected = "nul esc[31m vt ff rtlevil lone nonchar end"
    assert word.paragraphs[1].text == expected
    assert word.paragraphs[2].text == f"{expected}\n{expected}a@example.org"
    assert word.tables[0].rows[1].cells[0].text == expected
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode()
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\u202e\ufffe]", xml)


# --------------------------------------------------------------------------------------------- pandoc


def need_pandoc() -> str:
    """pandoc's path; skip without it, or fail when running under CI (``CI=true``)."""
    found = shutil.which("pandoc")
    if found is None:
        message = "pandoc is not installed (apt-get install -y pandoc)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI=true, so this is a failure, not a skip")
        pytest.skip(message)
    return found


def convert(data: bytes, folder: Path, to: str = "markdown") -> str:
    """pandoc's reading of the DOCX, as ``to``; no warning allowed."""
    path = folder / "document.docx"
    path.write_bytes(data)
    result = subprocess.run(
        [need_pandoc(), "--fail-if-warnings", "--wrap=none", "-f", "docx", "-t", to, str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout


def test_pandoc_reads_it_back_without_warnings(tmp_path: Path) -> None:
    markdown = convert(write_docx(full_document()), tmp_path)
    found = {line.strip() for line in markdown.splitlines()}
    assert {"# Afsprakenblad C-7K4Q", "## Wie we zijn", "### Taken", "## Netwerk"} <= found
    assert re.search(r"^- +een$", markdown, re.M) and re.search(r"^1\. +drie$", markdown, re.M)
    assert re.search(r"^1\. +opnieuw één$", markdown, re.M)  # the second numbered list starts at 1 again
    assert re.search(r"^ +1\. +stap een$", markdown, re.M)  # nested under its item
    assert re.search(r"^- +\[x\] +gesprek gepland$", markdown, re.M)  # a task list
    assert re.search(r"^- +\[ \] +verslag delen$", markdown, re.M)
    assert "<a.peeters@example.org>" in markdown and "(https://www.example.org)" in markdown
    assert "> Vertrouwelijk: alleen voor de betrokken partners." in found
    assert "eerste regel\\" in found  # a hard line break
    assert re.search(r"^ *-{3,} +-{3,} +-{3,}$", markdown, re.M)  # the header row of a table
    for cell in ("VBS De Linde", "sterk", "**Welzijn**", "<x@example.be>"):
        assert cell in markdown
    text = convert(write_docx(full_document()), tmp_path, "plain")
    assert MARKUP in text  # what looked like markup comes back as the characters typed


# --------------------------------------------------------------------------------------------- the real documents


@pytest.fixture(scope="module")
def real_documents(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Document]]:
    """Every document the exports build: the demo in both languages (role card, case record, agreement sheet,
    family sheet per case, network map) and a workspace full of text that looks like markup."""
    base = tmp_path_factory.mktemp("docx-real")
    found: list[tuple[str, Document]] = []
    for language in ("nl", "en"):
        pack = load_pack_or_raise(builtin_pack_dir(language))
        with Workspace.open(base / f"demo-{language}") as workspace:
            write_demo(workspace, pack)
            found += documents_of(workspace, pack, f"demo-{language}")
    with Workspace.open(tricky_workspace(base / "tricky"), read_only=True) as workspace:
        found += documents_of(workspace, load_pack_or_raise(builtin_pack_dir("nl")), "tricky")
    kinds = {re.sub(r"C-\w+", "C", name.split(":", 1)[1]) for name, _ in found}
    assert kinds == {"role", "network", "case:C", "case:C:partners", "case:C:family"}, kinds
    return found


def documents_of(workspace: Workspace, pack: Pack, label_: str) -> list[tuple[str, Document]]:
    out = []
    for output in workspace_outputs(workspace, pack, formats={"md"}, today=TODAY):
        document = output.document()
        if document is not None:
            out.append((f"{label_}:{output.id}", document))
    return out


def test_the_real_documents_keep_their_structure(real_documents: list[tuple[str, Document]]) -> None:
    """Each heading, table and check box of the tree is one in Word; the bytes do not change between runs."""
    for name, document in real_documents:
        data = write_docx(document)
        assert data == write_docx(document), name
        word = read(data)
        headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
        assert headings == [("Heading 1", document.title)] + [
            (f"Heading {b.level}", b.text) for b in document.blocks if isinstance(b, Heading)
        ], name
        headers: list[tuple[str, ...] | None] = []  # a table's header; None for a table of the network
        for block in document.blocks:
            if isinstance(block, Table):
                headers.append(block.header)
            elif isinstance(block, Graph):
                headers += [None] * len(block.groups)
        assert len(word.tables) == len(headers), name
        for table, header in zip(word.tables, headers, strict=True):
            if header is not None:
                assert tuple(cell.text for cell in table.rows[0].cells) == header, name
        boxes = sum(len(b.items) for b in document.blocks if isinstance(b, CheckList))
        assert len(word.element.body.findall(f".//{qn('w:sdt')}")) == boxes, name
        assert word.core_properties.language == document.lang and word.core_properties.title == document.title


def test_pandoc_reads_the_real_documents_without_warnings(
    real_documents: list[tuple[str, Document]], tmp_path: Path
) -> None:
    need_pandoc()
    for name, document in real_documents:
        markdown = convert(write_docx(document), tmp_path)
        assert markdown.startswith(f"# {document.title}\n"), name
        for block in document.blocks:
            if isinstance(block, Heading):
                assert re.search(rf"^#{{{block.level}}} ", markdown, re.M), (name, block.text)


def test_pandoc_reads_text_xml_cannot_hold(tmp_path: Path) -> None:
    document = Document(NOT_XML, (Paragraph((Span(NOT_XML),)), Table((NOT_XML,), (((Span(NOT_XML),),),))), "nl")
    text = convert(write_docx(document), tmp_path, "plain")
    assert text.count("nul esc[31m vt ff rtlevil lone nonchar end") == 4
