"""The system's reasons in the interface language (issue 16, part 2): the command line never shows ``strerror``
("File exists.", "Permission denied"), for any errno this platform has."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from bouwsteen_tui.cli.workspace import why
from bouwsteen_tui.i18n import Catalog, os_error_text
from bouwsteen_tui.i18n.cli import MESSAGES as CLI
from bouwsteen_tui.i18n.oserrors import ERRNO_SENTENCES, errno_key
from bouwsteen_tui.i18n.ui import MESSAGES as UI


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_errno_is_said_in_the_systems_words(language: str) -> None:
    """Every errno of this platform: ``why()`` gives a sentence of the catalogue, never the system's text."""
    t = Catalog(language, CLI)
    for code, name in sorted(errno.errorcode.items()):
        reason = why(OSError(code, os.strerror(code), "uitvoer"), t)
        assert reason.startswith("uitvoer: ")
        assert os.strerror(code) not in reason, name
        if errno_key(code) is not None:  # those that need their own advice have it, not the catch-all
            assert reason == f"uitvoer: {t(errno_key(code) or '')}"


def test_the_errors_met_in_practice_have_their_own_sentence() -> None:
    """"File exists" (an --out that is a file), "Is a directory", a folder that is not empty, a busy file …"""
    t = Catalog("nl", CLI)
    for name in ("EEXIST", "EISDIR", "ENOTDIR", "ENOTEMPTY", "EBUSY", "EXDEV", "ENAMETOOLONG", "EIO", "EMFILE"):
        code = getattr(errno, name)
        assert errno_key(code) == f"oserror.errno.{name}"
        assert "onverwachte" not in os_error_text(t, "other", code)
    assert os_error_text(t, "other", errno.EEXIST) == "er bestaat al een bestand of map met die naam"
    assert os_error_text(Catalog("en", CLI), "other", errno.EEXIST) == "a file or folder with that name already exists"
    assert os_error_text(t, "permission", errno.EACCES).startswith("je hebt er geen toegang")  # the kind's words


def test_the_sentences_are_in_both_catalogues() -> None:
    assert all(f"oserror.errno.{name}" in UI and f"oserror.errno.{name}" in CLI for name in ERRNO_SENTENCES)


def test_export_to_a_file_says_so_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen export --out FILE``: the system said "File exists."; now a Dutch sentence."""
    from bouwsteen_tui.cli import main

    workspace = tmp_path / "ws"
    assert main(["demo", "--workspace", str(workspace)]) == 0
    out = tmp_path / "een-bestand"
    out.write_text("x", encoding="utf-8")
    assert main(["export", "--workspace", str(workspace), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "er bestaat al een bestand of map met die naam" in err
    assert "File exists" not in err and "EEXIST" not in err
