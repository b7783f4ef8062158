"""``bouwsteen export --format``: every output format the exports know, ``all``, ``case``, several at once; the
help lists them; a Rich progress bar on stderr appears only on a terminal and only past about a second."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.cli import progress as cli_progress
from bouwsteen_tui.export import DOCUMENT_FORMATS, FORMATS, OutputKind


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo workspace (the built-in pack, two cases)."""
    root = tmp_path / "demo"
    assert main(["demo", "--workspace", str(root)]) == 0
    capsys.readouterr()
    return root


def export(demo: Path, out: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, set[str], str]:
    """Run ``bouwsteen export --format fmt``; the exit code, the extensions written and stderr."""
    code = main(["export", "--workspace", str(demo), "--out", str(out), "--format", fmt])
    err = capsys.readouterr().err
    written = {p.suffix.lstrip(".") for p in out.iterdir()} if out.is_dir() else set()
    return code, written, err


@pytest.mark.parametrize("kind", [kind.value for kind in OutputKind])
def test_each_output_format_can_be_chosen_alone(demo: Path, tmp_path: Path, kind: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``--format X`` for every OutputKind value (a format added to the exports is offered with no change here)."""
    code, written, err = export(demo, tmp_path / "out", kind, capsys)
    assert code == 0, err
    assert written == {kind}


def test_all_writes_every_format_and_a_document_per_case_in_each(demo: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """``all`` (the default) is every format; each case gives its three documents in every document format."""
    out = tmp_path / "out"
    code, written, err = export(demo, out, "all", capsys)
    assert code == 0, err
    assert written == set(FORMATS)
    for fmt in DOCUMENT_FORMATS:
        case_files = [p for p in out.glob(f"*-C-*.{fmt}")]
        assert len(case_files) == 6, fmt  # two demo cases × casusverslag, afsprakenblad, gezinsblad


def test_several_formats_separated_by_commas(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format ics,MD`` writes those two, case and order aside."""
    code, written, err = export(demo, tmp_path / "out", "ics,MD", capsys)
    assert code == 0, err
    assert written == {"md", "ics"}


@pytest.mark.parametrize("fmt", ["pdf", "md,pdf", ""])
def test_an_unknown_format_is_a_usage_error_that_lists_the_choices(demo: Path, tmp_path: Path, fmt: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing is written; the message names the formats the exports know, all and case."""
    out = tmp_path / "out"
    code, _, err = export(demo, out, fmt, capsys)
    assert code == 2
    assert not out.exists()
    assert "Onbekend formaat" in err
    choices = err.split("Kies uit:")[1]
    for name in [*FORMATS, "all", "case"]:
        assert name in choices


def test_case_cannot_be_combined_with_another_format(demo: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """``case`` writes the case itself, not outputs: combined with a format it is a usage error."""
    code = main(["export", "--workspace", str(demo), "--case", "C-7K4Q", "--format", "case,md",
                 "--out", str(tmp_path / "out")])
    assert code == 2
    assert "combineer" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("lang", "every"), [("nl", "alle formaten"), ("en", "every format")])
def test_the_help_lists_every_format(lang: str, every: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``export --help`` names each output format with what it holds, then all and case, in both languages."""
    assert main(["export", "--help", "--lang", lang]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for kind in OutputKind:
        assert f"{kind.value} (" in text
    assert f"all ({every}" in text and "case (" in text


def test_every_format_has_its_line_in_the_help_catalogue() -> None:
    """A format added to export.OutputKind needs its description for --help (i18n/cli_help.py FORMAT_MESSAGES)."""
    from bouwsteen_tui.i18n.cli_help import FORMAT_MESSAGES

    assert {f"format.{kind.value}" for kind in OutputKind} <= set(FORMAT_MESSAGES)
    for key, pair in FORMAT_MESSAGES.items():
        assert all(text.startswith(key.removeprefix("format.") + " (") for text in pair), key


# --------------------------------------------------------------------------------------------- progress


def test_the_bar_appears_only_past_the_threshold() -> None:
    """Before a second has passed nothing is drawn; after it, the bar shows the label and done of total."""
    clock, stream = Clock(), Terminal()
    with cli_progress.DelayedProgress("Exporteren", stream=stream, clock=clock) as bar:
        for done in range(1, 4):
            clock.now += 0.3  # 0.9 s after three files
            bar(done, 10)
        assert not bar.appeared
        assert stream.getvalue() == ""
        clock.now += 0.2  # 1.1 s
        bar(4, 10)
        assert bar.appeared
        drawn = stream.getvalue()
        assert "Exporteren" in drawn and "4/10" in drawn
        clock.now += 0.01  # a redraw ten times a second at most, but always the last one
        bar(5, 10)
        assert "5/10" not in stream.getvalue()
        bar(10, 10)
        assert "10/10" in stream.getvalue()


def test_the_bar_never_appears_off_a_terminal() -> None:
    """Output piped to a file or another program gets no bar, however long the export takes."""
    clock, stream = Clock(), io.StringIO()
    with cli_progress.DelayedProgress("Exporteren", stream=stream, clock=clock) as bar:
        clock.now += 60
        bar(1, 2)
        bar(2, 2)
    assert not bar.appeared
    assert stream.getvalue() == ""


def test_a_slow_export_on_a_terminal_shows_the_bar(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The export command passes its progress to the bar: a slow writer (each file 'takes' 0.4 s on the clock the
    bar reads) makes it appear on stderr, and it counts the files."""
    import bouwsteen_tui.export as exports

    clock, stream = Clock(), Terminal()
    monkeypatch.setattr(cli_progress, "now", clock)
    monkeypatch.setattr("sys.stderr", stream)
    slow = exports.WRITERS["md"]

    def slow_writer(document: exports.Document) -> bytes:
        clock.now += 0.4
        return slow(document)

    monkeypatch.setitem(exports.WRITERS, "md", slow_writer)
    out = tmp_path / "out"
    assert main(["export", "--workspace", str(demo), "--out", str(out), "--format", "md"]) == 0
    total = len(list(out.iterdir()))
    drawn = stream.getvalue()
    assert "Exporteren" in drawn and f"/{total}" in drawn
    assert f"{total}/{total}" in drawn


def test_a_quick_export_on_a_terminal_shows_no_bar(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The same export, with no time passing, draws nothing: the bar is for exports that take a while."""
    clock, stream = Clock(), Terminal()
    monkeypatch.setattr(cli_progress, "now", clock)
    monkeypatch.setattr("sys.stderr", stream)
    assert main(["export", "--workspace", str(demo), "--out", str(tmp_path / "out"), "--format", "md"]) == 0
    assert "Exporteren" not in stream.getvalue()


def test_the_export_warns_about_abbreviations_the_family_sheet_leaves_unexplained(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo's third agreement of C-7K4Q involves the family and says "CLB" without explaining it: an export
    that writes documents names it; a calendar alone says nothing about it."""
    code, _written, err = export(demo, tmp_path / "out", "md", capsys)
    assert code == 0
    assert "Gezinsblad C-7K4Q, afspraak 3: CLB wordt niet uitgelegd." in err
    assert "C-3MXR, afspraak" not in err
    _code, _written, err = export(demo, tmp_path / "ics", "ics", capsys)
    assert "Gezinsblad" not in err
