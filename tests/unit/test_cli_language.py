"""The command line speaks the workspace's language (issue 15.6): ``--lang``, else ``BOUWSTEEN_LANG``, else the
language remembered in the workspace, else Dutch; the rule of the app. ``--lang`` holds for one run only.

And a bundle is all or nothing (issue 15.7): one identifier in one case writes no zip at all.
"""

from __future__ import annotations

import io
import socket
import sys
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import TextAnswer
from bouwsteen_tui.core.demo import DEMO_CASE_CODES
from bouwsteen_tui.core.workspace import Workspace

TODAY = date(2025, 3, 3)
CODE = DEMO_CASE_CODES[0]


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No language or workspace from the environment; a fixed today; run from an empty folder."""
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    monkeypatch.setenv("BOUWSTEEN_WORKSPACE", str(tmp_path / "default-workspace"))
    monkeypatch.setattr(dates, "today", lambda: TODAY)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A workspace whose settings say English: the demo, made with ``--lang en``."""
    root = tmp_path / "english"
    assert main(["demo", "--workspace", str(root), "--lang", "en"]) == 0
    capsys.readouterr()
    assert stored_language(root) == "en"
    return root


def stored_language(root: Path) -> str | None:
    with Workspace.open(root, read_only=True) as workspace:
        return workspace.load_settings().language


def put_identifier(root: Path) -> None:
    with Workspace.open(root) as workspace:
        case = workspace.load_case(CODE)
        assert case is not None
        case.set("shared_framing", TextAnswer(text="call 0470 12 34 56"))
        workspace.save_case(case)


# --------------------------------------------------------------------------------------------- the language


def test_list_speaks_the_workspaces_english(english: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No --lang, no BOUWSTEEN_LANG: ``list`` answers in the language the workspace remembers."""
    code, out, err = run(["list", "--workspace", str(english)], capsys)
    assert code == 0, err
    assert out.startswith("CODE") and "DESCRIPTION" in out and "KEEP UNTIL" in out
    assert "BESCHRIJVING" not in out and "lopend" not in out


def test_export_speaks_the_workspaces_english(english: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``export`` says where it wrote and warns in English, and writes the English pack's files."""
    out_dir = tmp_path / "out"
    code, out, err = run(["export", "--workspace", str(english), "--out", str(out_dir), "--format", "md"], capsys)
    assert code == 0, err
    assert out.startswith(f"Outputs in {out_dir}:")
    assert "These files hold what you filled in" in err
    assert "Uitvoer" not in out and "bestanden" not in err
    assert (out_dir / "role-card.md").is_file() and not (out_dir / "rolkaart.md").exists()


def test_no_message_mixes_the_languages(english: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An identifier in an English workspace: every line of the warning and of the refusal is English."""
    put_identifier(english)
    code, out, err = run(["export", "--workspace", str(english), "--bundle", str(tmp_path / "b.zip")], capsys)
    assert code == 1 and out == ""
    assert "possibly identifying data in" in err and "No bundle written" in err
    for dutch in ("mogelijk", "gegevens", "Geen bundel", "telefoonnummer", "Casus", "wizard) of"):
        assert dutch not in err, dutch


def test_wipe_asks_for_wipe_in_an_english_workspace(english: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The word to type is the workspace's: WIPE, and WIPE is accepted."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("WIPE\n"))
    code, out, err = run(["wipe", "--workspace", str(english)], capsys)
    assert code == 0, err
    assert "WIPE" in err and "WISSEN" not in err
    assert "deleted" in out
    assert not english.exists()


def test_wipe_refuses_wissen_in_an_english_workspace(english: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """WISSEN is not the word in English: nothing is deleted, and the refusal names WIPE."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("WISSEN\n"))
    code, _, err = run(["wipe", "--workspace", str(english)], capsys)
    assert code == 1
    assert "you did not type WIPE" in err
    assert english.is_dir()


def test_import_speaks_the_workspaces_english(english: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A case file handed out of an English workspace is imported into it with English words."""
    out_dir = tmp_path / "handout"
    code, out, err = run(["export", "--workspace", str(english), "--case", CODE, "--format", "case",
                          "--out", str(out_dir)], capsys)
    assert code == 0, err
    assert f"Case {CODE} is in" in err
    case_file = Path(out.splitlines()[0].strip())
    code, out, err = run(["import", str(case_file), "--workspace", str(english)], capsys)
    assert code == 0, err
    assert out.startswith("Case added as ") and "Casus" not in out


def test_lang_overrides_for_one_run_and_the_workspace_keeps_its_language(
    english: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--lang nl`` gives Dutch for that run; the settings still say English, byte for byte, after list and
    export; the next run without --lang is English again."""
    settings = (english / "settings.toml").read_bytes()
    code, out, _ = run(["list", "--workspace", str(english), "--lang", "nl"], capsys)
    assert code == 0 and "BESCHRIJVING" in out
    code, out, _ = run(["--lang", "nl", "export", "--workspace", str(english), "--out", str(tmp_path / "o"),
                        "--format", "md"], capsys)
    assert code == 0 and out.startswith("Uitvoer in ")
    assert (english / "settings.toml").read_bytes() == settings
    assert stored_language(english) == "en"
    code, out, _ = run(["list", "--workspace", str(english)], capsys)
    assert code == 0 and "DESCRIPTION" in out


def test_the_environment_comes_before_the_workspace(english: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """BOUWSTEEN_LANG=nl outranks the workspace's English; --lang outranks BOUWSTEEN_LANG."""
    monkeypatch.setenv("BOUWSTEEN_LANG", "nl")
    assert "BESCHRIJVING" in run(["list", "--workspace", str(english)], capsys)[1]
    assert "DESCRIPTION" in run(["list", "--workspace", str(english), "--lang", "en"], capsys)[1]


def test_without_a_remembered_language_it_is_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A workspace without settings, or a missing one: Dutch."""
    root = tmp_path / "ws"
    Workspace.open(root).close()
    assert run(["list", "--workspace", str(root)], capsys)[1].startswith("Geen casussen in ")
    code, _, err = run(["export", "--workspace", str(tmp_path / "nowhere")], capsys)
    assert code == 1 and err.startswith(f"Er is geen werkmap in {tmp_path / 'nowhere'}.")


def test_help_does_not_read_the_workspace(english: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The help is printed while parsing, before a workspace is known: it follows --lang and BOUWSTEEN_LANG only
    (Dutch here), and reading it loads nothing from the workspace."""
    assert main(["list", "--workspace", str(english), "--help"]) == 0
    assert "gebruik:" in capsys.readouterr().out


def test_serve_speaks_the_workspaces_language_and_checks_the_port_before_announcing(
    english: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A taken port: serve says so (in the workspace's English) and never first claims it is running."""
    pytest.importorskip("textual_serve")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run(["serve", "--port", str(port), "--workspace", str(english)], capsys)
    assert code == 1
    assert out == ""  # not "Bouwsteen now runs in your browser", not the address
    assert f"Port {port} is already in use" in err and "Poort" not in err


# --------------------------------------------------------------------------------------------- bundles


def test_a_bundle_with_an_identifier_leaves_an_older_bundle_alone(english: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """All or nothing: a refused bundle neither writes nor replaces the file; the last line names the case, Ctrl+R
    and --allow-identifiers; the phone number is never printed."""
    bundle = tmp_path / "results.zip"
    bundle.write_bytes(b"an older bundle")
    put_identifier(english)
    code, out, err = run(["export", "--workspace", str(english), "--bundle", str(bundle)], capsys)
    assert code == 1 and out == ""
    assert bundle.read_bytes() == b"an older bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "english", "results.zip"]
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"No bundle written to {bundle}: {CODE} ")
    assert "Ctrl+R" in last and "--allow-identifiers" in last
    assert "0470" not in err


def test_a_bundle_for_one_clean_case_is_written(english: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Only the cases in the bundle count: --case names a clean case while another holds an identifier."""
    put_identifier(english)
    bundle = tmp_path / "one.zip"
    code, out, err = run(["export", "--workspace", str(english), "--bundle", str(bundle),
                          "--case", DEMO_CASE_CODES[1], "--format", "md"], capsys)
    assert code == 0, err
    assert bundle.is_file() and out.startswith(f"Bundle written to {bundle}")
