"""The Word files open in LibreOffice: each exported DOCX converts to PDF with LibreOffice's own reader.

Slow (LibreOffice starts once for all files) and skipped without ``soffice`` (Debian's
``libreoffice-writer-nogui``), except in CI (``CI=true``), where a missing tool is a failure: .ci/run installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import write_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import export_outputs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None and os.environ.get("CI") != "true",
                       reason="LibreOffice (soffice) is not installed"),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_libreoffice_opens_every_exported_word_file(language: str, tmp_path: Path) -> None:
    """Every document of the demo, written as DOCX, is read by LibreOffice and printed to a PDF with pages."""
    pack = load_pack_or_raise(builtin_pack_dir(language))
    with Workspace.open(tmp_path / "ws") as workspace:
        write_demo(workspace, pack)
        files = export_outputs(workspace, pack, tmp_path / "out", formats={"docx"}, today=date(2026, 11, 28))
    assert len(files) == 8
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for path in files:
        pdf = tmp_path / "pdf" / f"{path.stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, (path.name, result.stdout, result.stderr)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages >= 1, path.name
