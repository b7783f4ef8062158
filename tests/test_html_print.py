"""The HTML documents printed as a browser prints them: headless Chromium to PDF, counted with pdfinfo.

Slow (a browser per document) and skipped without ``chromium`` or poppler's ``pdfinfo``. A role card prints on one
A4 page; the long documents (every block kind, 25 partners) print on A4 within a few pages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import write_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import workspace_outputs
from bouwsteen_tui.export.model import Builder, Document
from bouwsteen_tui.export.strings import t
from bouwsteen_tui.export.writers.html import write_html
from tests.html_samples import every_block, network, role_card

pytestmark = [
    pytest.mark.slow,
    # skipped without the tools, except in CI (CI=true), where a missing tool is a failure: .ci/run installs them
    pytest.mark.skipif(shutil.which("chromium") is None and os.environ.get("CI") != "true",
                       reason="chromium is not installed"),
    pytest.mark.skipif(shutil.which("pdfinfo") is None and os.environ.get("CI") != "true",
                       reason="pdfinfo (poppler-utils) is not installed"),
]

TODAY = date(2026, 11, 28)
A4 = (595.0, 842.0)  # points, as pdfinfo reports them (595.28 x 841.89)


def network_only(count: int) -> Document:
    b = Builder()
    b.heading(2, "Netwerk")
    b.graph(network(count, long_names=True))
    return b.build("Netwerkkaart", "nl-BE", date="2026-11-28")


def print_pdf(document: Document, folder: Path, name: str) -> tuple[int, tuple[float, float]]:
    """Print ``document`` to ``folder/name.pdf`` with headless Chromium: (number of pages, page size in points)."""
    page = folder / f"{name}.html"
    pdf = folder / f"{name}.pdf"
    page.write_text(write_html(document), encoding="utf-8")
    profile = folder / f"{name}-profile"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.is_file() and pdf.stat().st_size > 0, f"no PDF for {name}"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert pages is not None and size is not None, info
    return int(pages[1]), (float(size[1]), float(size[2]))


def test_a_role_card_prints_on_one_a4_page(tmp_path: Path) -> None:
    pages, size = print_pdf(role_card(), tmp_path, "role-card")
    assert pages == 1
    assert abs(size[0] - A4[0]) < 2 and abs(size[1] - A4[1]) < 2


def test_an_english_role_card_prints_on_one_a4_page(tmp_path: Path) -> None:
    pages, _size = print_pdf(role_card("en-GB"), tmp_path, "role-card-en")
    assert pages == 1


@pytest.mark.parametrize("count", [1, 25])
def test_a_network_map_prints_on_one_page(tmp_path: Path, count: int) -> None:
    """The picture scales to the page width: 1 or 25 partners fit one A4 page with their caption."""
    pages, size = print_pdf(network_only(count), tmp_path, f"network-{count}")
    assert pages == 1
    assert abs(size[0] - A4[0]) < 2


def test_a_long_document_prints_on_a_few_a4_pages(tmp_path: Path) -> None:
    """Every block kind, a table of 31 rows and a map of 25 partners: more than one page, not a runaway."""
    pages, size = print_pdf(every_block(network(25, long_names=True)), tmp_path, "every-block")
    assert 2 <= pages <= 5
    assert abs(size[1] - A4[1]) < 2


def demo_documents(language: str, root: Path) -> dict[str, Document]:
    """The demo workspace's documents in ``language``, by file name (without extension)."""
    pack = load_pack_or_raise(builtin_pack_dir(language))
    with Workspace.open(root) as workspace:
        write_demo(workspace, pack)
    with Workspace.open(root, read_only=True) as workspace:
        outputs = workspace_outputs(workspace, pack, today=TODAY)
    documents = {o.filename.rsplit(".", 1)[0]: o.document() for o in outputs}
    return {name: document for name, document in documents.items() if document is not None}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_demo_documents_print_on_a4_and_the_role_card_on_one_page(language: str, tmp_path: Path) -> None:
    """The real role card of the demo workspace prints on exactly one A4 page; every other demo document (case
    record, agreement sheet, family sheet, network map) prints on A4 within a few pages."""
    documents = demo_documents(language, tmp_path / "ws")
    card = t(language, "file.role_card")
    assert card in documents
    for name, document in documents.items():
        pages, size = print_pdf(document, tmp_path, name)
        assert abs(size[0] - A4[0]) < 2 and abs(size[1] - A4[1]) < 2, name
        if name == card:
            assert pages == 1, f"the role card prints on {pages} pages"
        else:
            assert 1 <= pages <= 5, f"{name}: {pages} pages"
