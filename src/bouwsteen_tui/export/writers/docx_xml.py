"""The WordprocessingML that python-docx has no API for: hyperlinks, check boxes, list numbering, shading, and a
zip that gives the same bytes for the same document.

Used by :mod:`bouwsteen_tui.export.writers.docx` only. Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from urllib.parse import quote

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.package import OpcPackage
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.export.strings import one_line

# What XML 1.0 cannot hold beyond the control characters strip_control removes: lone surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")

CHECKED, UNCHECKED = "\u2612", "\u2610"  # ☒ ☐
_BOX_FONT = "MS Gothic"  # the font Word itself gives a check box content control

# The bullets Word writes for a multi-level list: a dot (Symbol), a circle (Courier New), a square (Wingdings).
_BULLETS = (("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings"))
LEVELS = 9


def xml_text(text: str) -> str:
    """``text`` without what an XML document cannot hold or should not show: control characters (tabs and line
    feeds stay), bidi controls, lone surrogates, U+FFFE and U+FFFF."""
    return _NOT_XML.sub("", strip_control(text))


def line_text(text: str, limit: int = 0) -> str:
    """One line of XML-safe text (a heading, a document property), cut to ``limit`` characters if given (python-docx
    allows 255 in a property)."""
    line = one_line(xml_text(text))
    return line[: limit - 1] + "…" if 0 < limit < len(line) else line


# --------------------------------------------------------------------------------------------- inline


def link_target(address: str, kind: str) -> str:
    """The target of a link: ``mailto:`` before an e-mail address, ``https://`` before a ``www.`` address; what an
    address may not hold as typed (a space, a non-ASCII letter) percent-encoded."""
    target = {"email": "mailto:", "www": "https://"}.get(kind, "") + address
    return quote(target, safe=":/?#[]@!$&'()*+,;=%~-._")


def add_hyperlink(paragraph: Paragraph, text: str, target: str) -> None:
    """A ``w:hyperlink`` to ``target`` (an external relationship of the document part) around a run of ``text``."""
    r_id = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    run = paragraph.add_run(text, style="Hyperlink")
    link = OxmlElement("w:hyperlink", {qn("r:id"): r_id})
    run._r.addprevious(link)
    link.append(run._r)


def add_check_box(paragraph: Paragraph, checked: bool, box_id: int) -> None:
    """A Word check box (a ``w14:checkbox`` content control) showing ☒ or ☐; readers that do not know content
    controls show the character."""
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w', 'w14')}><w:sdtPr>"
        f'<w:rPr><w:rFonts w:ascii="{_BOX_FONT}" w:eastAsia="{_BOX_FONT}" w:hAnsi="{_BOX_FONT}"/></w:rPr>'
        f'<w:id w:val="{box_id}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="{_BOX_FONT}"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="{_BOX_FONT}"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="{_BOX_FONT}" w:eastAsia="{_BOX_FONT}" '
        f'w:hAnsi="{_BOX_FONT}" w:hint="eastAsia"/></w:rPr><w:t>{CHECKED if checked else UNCHECKED}</w:t></w:r>'
        "</w:sdtContent></w:sdt>"
    )
    paragraph._p.append(sdt)


# --------------------------------------------------------------------------------------------- paragraphs


def set_numbering(paragraph: Paragraph, num_id: int, level: int) -> None:
    """Put the paragraph in list ``num_id`` at ``level`` (0 is the outer list)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def shade(paragraph: Paragraph, fill: str, border: str) -> None:
    """A box around the paragraph in ``border`` colour on a ``fill`` background, indented a little (so that pandoc
    reads it as a block quote, as the Markdown writes a notice)."""
    p_pr = paragraph._p.get_or_add_pPr()
    sides = "".join(
        f'<w:{side} w:val="single" w:sz="6" w:space="4" w:color="{border}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    # pPr's children have a fixed order; pBdr and shd come right after the numbering, before spacing and ind.
    anchor = next((child for child in p_pr if child.tag in {qn("w:spacing"), qn("w:ind"), qn("w:jc")}), None)
    for element in (
        parse_xml(f"<w:pBdr {nsdecls('w')}>{sides}</w:pBdr>"),
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
    ):
        if anchor is None:
            p_pr.append(element)
        else:
            anchor.addprevious(element)


def repeat_header(row_tr: BaseOxmlElement) -> None:
    """Mark a table row as a header row, repeated at the top of each page."""
    row_tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


# --------------------------------------------------------------------------------------------- numbering


def _level(level: int, kind: str) -> str:
    indent = f'<w:pPr><w:ind w:left="{360 * (level + 1)}" w:hanging="360"/></w:pPr>'
    if kind == "decimal":
        return (
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="%{level + 1}."/><w:lvlJc w:val="left"/>{indent}</w:lvl>'
        )
    glyph, font = _BULLETS[level % len(_BULLETS)]
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>{indent}'
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>'
    )


class Numbering:
    """The document's lists: a multi-level bullet list and numbered list definition, and a list instance (a
    ``w:num``) for each list, so that a numbered list starts at 1 and two lists in a row stay two lists."""

    def __init__(self, numbering: BaseOxmlElement) -> None:
        self._numbering = numbering
        ids = [int(value) for value in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
        first = max(ids, default=-1) + 1
        self._abstract: dict[str, int] = {}
        first_num = numbering.find(qn("w:num"))
        for offset, kind in enumerate(("bullet", "decimal")):
            self._abstract[kind] = first + offset
            levels = "".join(_level(level, kind) for level in range(LEVELS))
            element = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{first + offset}">'
                f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
            )
            if first_num is None:
                numbering.append(element)
            else:
                first_num.addprevious(element)  # every abstractNum comes before the first num

    def new(self, kind: str) -> int:
        """A new list of ``kind`` (``bullet``, ``decimal``) starting at 1; its ``numId``."""
        num = self._numbering.add_num(self._abstract[kind])
        for level in range(LEVELS):
            num.add_lvlOverride(ilvl=level).add_startOverride(1)
        return int(num.numId)


# --------------------------------------------------------------------------------------------- the package


def drop_thumbnail(package: OpcPackage) -> None:
    """Leave out the template's preview picture (a blank page that a file browser would show for the document)."""
    rels = package.rels
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
        del rels[r_id]


def fixed_zip(data: bytes, when: datetime) -> bytes:
    """The package again, each entry stamped ``when`` with the same attributes: the same bytes every run."""
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, read and write for the owner, read for the others
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
