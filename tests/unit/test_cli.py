"""The ``bouwsteen`` command line: version, help in both languages, check-content, list, wipe, export."""

from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import sys
import tomllib
import types
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bouwsteen_tui.cli import interface_language, main
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case, CaseStatus, Record, RecordsAnswer, Sheet, TextAnswer
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.core.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
MINIMAL = REPO / "tests" / "data" / "packs" / "minimal"
TODAY = date(2025, 3, 3)
SECRETS = ("GEHEIM-KADER-7731", "GEHEIM-AFSPRAAK-4410", "GEHEIM-PARTNER-9902")

HAS_EXPORT = importlib.util.find_spec("bouwsteen_tui.export") is not None


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No language or workspace from the environment; a fixed today; run from an empty folder."""
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    monkeypatch.setenv("BOUWSTEEN_WORKSPACE", str(tmp_path / "default-workspace"))
    monkeypatch.setattr(dates, "today", lambda: TODAY)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)


def run(argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    """Run ``bouwsteen argv`` in-process; return the exit code, stdout and stderr."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def two_cases(tmp_path: Path) -> Path:
    """A workspace with a role card, a network with a partner and two cases of the built-in pack, written through
    the API."""
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.save_sheet(Sheet(pack_id="bouwsteen", step_id="role", answers={"core_task": TextAnswer(text="mijn taak")}))
        ws.save_sheet(
            Sheet(
                pack_id="bouwsteen",
                step_id="network",
                answers={
                    "partners": RecordsAnswer(
                        items=[Record(id="p-0a1b2c3d", values={"organisation": "CLB", "notes": SECRETS[2]})]
                    )
                },
            )
        )
        ws.save_case(
            Case(
                pack_id="bouwsteen",
                code="C-7K4Q",
                description="leerling 4e leerjaar, vaak moe",
                keep_until=TODAY + timedelta(days=100),
                answers={
                    "shared_framing": TextAnswer(text=SECRETS[0]),
                    "agreements": RecordsAnswer(
                        items=[
                            Record(values={"what": SECRETS[1], "report_date": TODAY - timedelta(days=10)}),
                            Record(values={"what": "b", "report_date": TODAY + timedelta(days=20)}),
                            Record(values={"what": "c", "report_date": TODAY + timedelta(days=5)}),
                            Record(values={"what": "d"}),
                        ]
                    ),
                },
            )
        )
        ws.save_case(
            Case(
                pack_id="bouwsteen",
                code="C-9XWZ",
                description="broer en zus,\nvaak afwezig\x1b[31m in de ochtend en dit is een te lange beschrijving",
                status=CaseStatus.CLOSED,
                keep_until=TODAY - timedelta(days=1),
            )
        )
    return root


# --------------------------------------------------------------------------------------------- version and help


def test_version_prints_the_version_from_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen --version`` prints ``bouwsteen <version>`` and exits 0."""
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    code, out, _ = run(["--version"], capsys)
    assert code == 0
    assert out == f"bouwsteen {version}\n"


def test_help_is_dutch_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """The top-level help speaks Flemish Dutch, argparse's own words included."""
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert out.startswith("gebruik: bouwsteen")
    for words in ("opties:", "toon deze hulp en stop", "toon het versienummer en stop", "commando's:",
                  "check-content", "export", "list", "wipe", "--workspace MAP"):
        assert words in out, words
    for english in ("usage:", "options:", "show this help", "positional arguments"):
        assert english not in out, english


@pytest.mark.parametrize(
    "argv",
    [["--lang", "en", "--help"], ["--help", "--lang", "en"], ["--help", "--lang=en"]],
    ids=["before", "after", "equals"],
)
def test_help_in_english_with_lang_anywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang en`` anywhere on the command line makes the help English."""
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert out.startswith("usage: bouwsteen")
    for words in ("options:", "show this help and exit", "commands:", "--workspace DIR"):
        assert words in out, words
    assert "gebruik:" not in out


def test_help_in_english_with_environment(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``BOUWSTEEN_LANG=en`` makes the help English; ``--lang nl`` wins over it."""
    monkeypatch.setenv("BOUWSTEEN_LANG", "en")
    assert run(["--help"], capsys)[1].startswith("usage: bouwsteen")
    assert run(["--help", "--lang", "nl"], capsys)[1].startswith("gebruik: bouwsteen")


@pytest.mark.parametrize("command", ["check-content", "export", "list", "wipe", "import", "demo", "serve"])
def test_each_command_has_help_in_both_languages(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen COMMAND --help`` is translated like the top-level help."""
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    assert out.startswith(f"gebruik: bouwsteen {command}")
    assert "opties:" in out and "toon deze hulp en stop" in out
    code, out, _ = run([command, "--help", "--lang", "en"], capsys)
    assert code == 0
    assert out.startswith(f"usage: bouwsteen {command}")
    assert "options:" in out and "show this help and exit" in out


def test_usage_errors_are_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's error messages speak the interface language and exit with 2."""
    code, _, err = run(["export", "--case"], capsys)
    assert code == 2
    assert "gebruik: bouwsteen export" in err
    assert "bouwsteen export: fout: argument --case: verwacht één waarde" in err
    code, _, err = run(["--lang", "fr"], capsys)
    assert code == 2
    assert "ongeldige keuze: 'fr'" in err
    code, _, err = run(["--lang", "en", "wipe", "--bogus"], capsys)
    assert code == 2
    assert "error: unrecognized arguments: --bogus" in err


def test_interface_language_prescan() -> None:
    """The language is found before parsing: the last valid --lang, else BOUWSTEEN_LANG, else Dutch."""
    assert interface_language([], {}) == "nl"
    assert interface_language(["list", "--lang", "en"], {}) == "en"
    assert interface_language(["--lang=en", "--lang", "nl"], {}) == "nl"
    assert interface_language(["--lang", "xx"], {"BOUWSTEEN_LANG": "en"}) == "en"
    assert interface_language(["--", "--lang", "en"], {}) == "nl"
    assert interface_language([], {"BOUWSTEEN_LANG": "de"}) == "nl"


def test_python_dash_m_runs_the_cli() -> None:
    """``python -m bouwsteen_tui --version`` is the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "bouwsteen_tui", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("bouwsteen ")


# --------------------------------------------------------------------------------------------- check-content


def test_check_content_defaults_to_the_dutch_pack(capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen check-content`` checks the built-in Dutch pack and exits 0 with one OK line."""
    code, out, _ = run(["check-content"], capsys)
    assert code == 0
    assert out.count("\n") == 1
    assert out.startswith("OK: ")
    assert "'bouwsteen' (nl)" in out
    assert "3 stappen" in out


def test_check_content_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """The OK line follows the interface language."""
    code, out, _ = run(["check-content", str(MINIMAL), "--lang", "en"], capsys)
    assert code == 0
    assert "pack 'minimal' (en), 3 steps, 11 questions" in out


# --------------------------------------------------------------------------------------------- opening the wizard


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace the Textual app by a recorder, so the test sees how the wizard would be started."""
    calls: list[dict[str, Any]] = []

    def run_app(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    module = types.ModuleType("bouwsteen_tui.app")
    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bouwsteen_tui.app", module)
    return calls


def test_wizard_gets_workspace_content_and_language(
    tmp_path: Path, fake_app: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    """``bouwsteen --workspace W --content C --lang en`` starts the wizard with exactly those."""
    code, _, _ = run(["--workspace", str(tmp_path / "w"), "--content", str(MINIMAL), "--lang", "en"], capsys)
    assert code == 0
    assert fake_app == [{"workspace": tmp_path / "w", "content": MINIMAL, "language": "en", "timer_minutes": None}]


def test_wizard_defaults(tmp_path: Path, fake_app: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    """Without options: the workspace from BOUWSTEEN_WORKSPACE, the built-in content, the remembered language."""
    assert run([], capsys)[0] == 0
    assert fake_app == [
        {"workspace": tmp_path / "default-workspace", "content": None, "language": None, "timer_minutes": None}
    ]


def test_wizard_gets_the_timer(
    tmp_path: Path, fake_app: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    """``bouwsteen --timer 15`` starts the wizard with a 15-minute exercise timer."""
    assert run(["--workspace", str(tmp_path / "w"), "--timer", "15"], capsys)[0] == 0
    assert fake_app[0]["timer_minutes"] == 15


@pytest.mark.parametrize("value", ["0", "-5", "481", "abc", "2.5", ""])
def test_a_bad_timer_is_a_usage_error(value: str, fake_app: list[dict[str, Any]],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A timer that is not a whole number of minutes from 1 to 480 stops with exit 2 and a translated message."""
    code, _, err = run(["--timer", value], capsys)
    assert code == 2
    assert fake_app == []
    assert "argument --timer: geef een geheel aantal minuten van 1 tot 480" in err


def test_broken_content_does_not_start_the_wizard(
    tmp_path: Path, fake_app: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    """With a broken ``--content`` pack the problems are printed, one per line, and the wizard does not start."""
    broken = tmp_path / "pack"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "x"\nsteps = ["missing.toml"]\n', encoding="utf-8")
    code, out, err = run(["--content", str(broken)], capsys)
    assert code == 1
    assert fake_app == []
    assert out.splitlines() == [f"{broken / 'missing.toml'}: file not found"]
    assert "bouwsteen check-content" in err


# --------------------------------------------------------------------------------------------- list


def test_list_shows_code_description_status_and_dates_only(
    two_cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line per case: code, short description, status, next report-back date, keep-until; nothing else."""
    code, out, err = run(["list", "--workspace", str(two_cases)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].split() == ["CODE", "BESCHRIJVING", "STATUS", "TERUGKOPPELING", "BEWAREN", "TOT"]
    first, second = lines[1], lines[2]
    assert first.startswith("C-7K4Q")
    assert "leerling 4e leerjaar, vaak moe" in first
    assert "lopend" in first
    assert format_date(TODAY + timedelta(days=5)) in first  # the earliest report-back date still to come
    assert format_date(TODAY - timedelta(days=10)) not in first
    assert format_date(TODAY + timedelta(days=100)) in first
    assert "verlopen" not in first
    assert second.startswith("C-9XWZ")
    assert "afgesloten" in second
    assert f"{format_date(TODAY - timedelta(days=1))} (verlopen)" in second
    for secret in SECRETS:
        assert secret not in out + err
    assert "\x1b" not in out
    assert "1 casus(sen) voorbij de bewaardatum" in err


def test_list_shortens_descriptions_to_one_line(two_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A long description is cut to one short line without control characters."""
    out = run(["list", "--workspace", str(two_cases)], capsys)[1]
    second = out.splitlines()[2]
    assert "broer en zus, vaak afwezig [31m in de" in second
    assert "…" in second
    assert "beschrijving" not in second


def test_list_in_english(two_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Statuses and the expiry flag are translated."""
    out = run(["--lang", "en", "list", "--workspace", str(two_cases)], capsys)[1]
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["CODE", "DESCRIPTION", "STATUS"]
    assert " open " in lines[1]
    assert "closed" in lines[2] and "(expired)" in lines[2]


def test_list_does_not_change_the_workspace(two_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Listing reads only: a bad case file is reported, not moved, and no answer file changes.

    Only the index (a cache of case summaries, ``cases/index.jsonl``) may be written, so the next listing is fast.
    """
    bad = two_cases / "cases" / "C-BAD2.toml"
    bad.write_bytes(b"[[[")
    index = two_cases / "cases" / "index.jsonl"

    def files() -> dict[Path, bytes]:
        return {p: p.read_bytes() for p in two_cases.rglob("*") if p.is_file() and p != index}

    before = files()
    code, out, err = run(["list", "--workspace", str(two_cases)], capsys)
    assert code == 0
    assert len(out.splitlines()) == 3
    assert str(bad) in err
    assert files() == before


def test_list_empty_and_missing_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty workspace says so; a missing one is an error that names the folder and is not created."""
    with Workspace.open(tmp_path / "empty"):
        pass
    code, out, _ = run(["list", "--workspace", str(tmp_path / "empty")], capsys)
    assert code == 0
    assert "Geen casussen" in out
    missing = tmp_path / "missing"
    code, _, err = run(["list", "--workspace", str(missing)], capsys)
    assert code == 1
    assert str(missing) in err and "--workspace" in err
    assert not missing.exists()


def test_workspace_option_works_before_the_command(two_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen --workspace W list`` means the same as ``bouwsteen list --workspace W``."""
    assert run(["--workspace", str(two_cases), "list"], capsys)[1] == run(
        ["list", "--workspace", str(two_cases)], capsys
    )[1]


# --------------------------------------------------------------------------------------------- wipe


def test_wipe_refuses_without_confirmation(
    two_cases: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With stdin closed (no answer can come) nothing is deleted."""
    code, _, err = run(["wipe", "--workspace", str(two_cases)], capsys, stdin="", monkeypatch=monkeypatch)
    assert code == 1
    assert "Typ WISSEN" in err
    assert "Niets verwijderd" in err and "--yes" in err
    assert (two_cases / "cases" / "C-7K4Q.toml").exists()


def test_wipe_refuses_the_wrong_word(
    two_cases: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anything but the exact word shown deletes nothing."""
    for answer in ("ja\n", "wissen\n", "WIPE\n", "\n"):
        code, _, err = run(["wipe", "--workspace", str(two_cases)], capsys, stdin=answer, monkeypatch=monkeypatch)
        assert code == 1, answer
        assert "je typte niet WISSEN" in err
    assert (two_cases / "cases" / "C-7K4Q.toml").exists()


def test_wipe_deletes_with_the_word(
    two_cases: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing the word shown deletes the whole folder, set-aside files and leftovers included."""
    (two_cases / "set-aside").mkdir()
    (two_cases / "set-aside" / "cases__C-BAD2.toml.20250101T000000Z").write_bytes(b"[[[")
    (two_cases / "cases" / ".C-7K4Q.toml.abc.tmp").write_bytes(b"x")
    Workspace(two_cases).case_summaries()  # writes the index, cases/index.jsonl: Bouwsteen's own
    assert (two_cases / "cases" / "index.jsonl").is_file()
    code, out, err = run(["wipe", "--workspace", str(two_cases)], capsys, stdin="WISSEN\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert "2 casus(sen)" in err
    assert str(two_cases) in out
    assert not two_cases.exists()


def test_wipe_in_english_asks_for_wipe(
    two_cases: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In English the word is WIPE."""
    code, _, err = run(
        ["wipe", "--workspace", str(two_cases), "--lang", "en"], capsys, stdin="WIPE\n", monkeypatch=monkeypatch
    )
    assert code == 0, err
    assert "Type WIPE to confirm" in err
    assert not two_cases.exists()


def test_wipe_yes_skips_the_question(two_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--yes`` is for scripts on workshop laptops: no question asked."""
    code, _, err = run(["wipe", "--workspace", str(two_cases), "--yes"], capsys)
    assert code == 0, err
    assert not two_cases.exists()


@pytest.mark.parametrize(
    "layout",
    [
        {"notes.txt": b"my notes"},
        {},
        {"settings.toml": b'document = "settings"\n', "thesis.docx": b"PK"},
        {"cases/C-7K4Q.toml": b'document = "case"\n', "cases/holiday.jpg": b"\xff\xd8"},
        {"music/song.mp3": b"ID3", "settings.toml": b"x = 1\n"},
    ],
    ids=["notes", "empty", "foreign-file", "foreign-in-cases", "foreign-folder"],
)
def test_wipe_refuses_a_folder_that_is_not_a_workspace(
    layout: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that does not look like Bouwsteen's own is never deleted, not even with ``--yes``."""
    folder = tmp_path / "documents"
    folder.mkdir()
    for name, content in layout.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    code, _, err = run(["wipe", "--workspace", str(folder), "--yes"], capsys)
    assert code == 1
    assert "lijkt geen Bouwsteen-werkmap" in err
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


def test_wipe_names_foreign_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The refusal says which files made the folder look foreign."""
    with Workspace.open(tmp_path / "ws"):
        pass
    (tmp_path / "ws" / "thesis.docx").write_bytes(b"PK")
    (tmp_path / "ws" / "index.jsonl").write_bytes(b"{}")  # the index's name is Bouwsteen's only inside cases/
    err = run(["wipe", "--workspace", str(tmp_path / "ws"), "--yes"], capsys)[2]
    assert "thesis.docx" in err
    assert "index.jsonl" in err


def test_wipe_refuses_while_another_window_holds_the_workspace(
    two_cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workspace in use by another Bouwsteen window is not deleted."""
    with Workspace.open(two_cases) as holder:
        assert not holder.read_only
        code, _, err = run(["wipe", "--workspace", str(two_cases), "--yes"], capsys)
    assert code == 1
    assert "in gebruik" in err
    assert (two_cases / "cases" / "C-7K4Q.toml").exists()


def test_wipe_of_a_missing_workspace_is_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing to wipe is fine (exit 0) and says so."""
    code, out, _ = run(["wipe", "--workspace", str(tmp_path / "nowhere"), "--yes"], capsys)
    assert code == 0
    assert "niets te wissen" in out


# --------------------------------------------------------------------------------------------- export


def test_export_refuses_an_unknown_case(two_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown or malformed case code names the code and how to find the right one; nothing is written."""
    code, _, err = run(["export", "--workspace", str(two_cases), "--case", "C-ZZZZ"], capsys)
    assert code == 1
    assert "C-ZZZZ" in err and "bouwsteen list" in err
    code, _, err = run(["export", "--workspace", str(two_cases), "--case", "jan"], capsys)
    assert code == 1
    assert "'jan' is geen casuscode" in err
    assert not (Path.cwd() / "bouwsteen-export").exists()


def test_export_needs_an_existing_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exporting from a folder that is no workspace says how to fix it."""
    code, _, err = run(["export", "--workspace", str(tmp_path / "nowhere")], capsys)
    assert code == 1
    assert "--workspace" in err
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(not HAS_EXPORT, reason="bouwsteen_tui.export is not written yet")
def test_export_prints_the_paths_it_wrote(
    two_cases: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``bouwsteen export`` writes into --out and prints every path it wrote."""
    out_dir = tmp_path / "out"
    code, out, err = run(["export", "--workspace", str(two_cases), "--out", str(out_dir)], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Uitvoer in {out_dir}:"
    paths = [Path(line) for line in lines[1:]]
    assert paths
    for path in paths:
        assert path.is_file(), path
        assert out_dir in path.parents


@pytest.mark.skipif(not HAS_EXPORT, reason="bouwsteen_tui.export is not written yet")
def test_export_defaults_to_a_folder_in_the_current_directory(
    two_cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --out the outputs go to ./bouwsteen-export, and the folder is named."""
    code, out, err = run(["export", "--workspace", str(two_cases), "--case", "C-7K4Q", "--format", "md"], capsys)
    assert code == 0, err
    target = Path.cwd() / "bouwsteen-export"
    assert out.splitlines()[0] == f"Uitvoer in {target}:"
    assert all(target in Path(line).parents for line in out.splitlines()[1:])


@pytest.mark.skipif(not HAS_EXPORT, reason="bouwsteen_tui.export is not written yet")
def test_export_to_an_unwritable_folder_names_it(
    two_cases: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An --out that cannot be written names the folder and the option to fix it."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = run(["export", "--workspace", str(two_cases), "--out", str(blocker / "sub")], capsys)
    assert code == 1
    assert str(blocker / "sub") in err and "--out" in err



# --------------------------------------------------------------------------------------------- messages


def test_every_cli_message_has_both_languages_with_the_same_placeholders() -> None:
    """No message is empty in either language, and both fill in the same ``{names}``."""
    import string

    from bouwsteen_tui.i18n.cli import ARGPARSE_MESSAGES, MESSAGES

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    for key, (dutch, english) in MESSAGES.items():
        assert dutch.strip() and english.strip(), key
        assert names(dutch) == names(english), key
    for key, (dutch, english) in ARGPARSE_MESSAGES.items():
        assert dutch and english, key
        # named fields may be left out (argparse fills them from a dict); positional ones must all be there
        assert set(re.findall(r"%\(\w+\)[rs]", dutch)) <= set(re.findall(r"%\(\w+\)[rs]", key)), key
        assert len(re.findall(r"%[rs]", dutch)) == len(re.findall(r"%[rs]", key)), key


def test_export_withholds_a_case_with_identifiers(two_cases: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A case whose text holds a national register number is not exported; the message names case and field,
    never the value; --allow-identifiers exports it deliberately."""
    with Workspace.open(two_cases) as ws:
        case = ws.load_case("C-7K4Q")
        assert case is not None
        case.set("shared_framing", TextAnswer(text="leerling met nummer 12.03.15-124.19"))
        ws.save_case(case)
    out = tmp_path / "out"
    code, stdout, err = run(["export", "--workspace", str(two_cases), "--out", str(out), "--format", "md"], capsys)
    assert code == 1
    assert "C-7K4Q" in err and "rijksregisternummer" in err and "--allow-identifiers" in err
    assert "12.03.15" not in err + stdout
    names = {p.name for p in out.iterdir()}
    assert not any("C-7K4Q" in n for n in names)
    code, _, _ = run(["export", "--workspace", str(two_cases), "--out", str(out), "--format", "md",
                      "--allow-identifiers"], capsys)
    assert code == 0
    assert any("C-7K4Q" in p.name for p in out.iterdir())
