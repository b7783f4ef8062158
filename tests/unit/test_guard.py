"""The identifier guard walks every string of every answer, whatever its shape (bouwsteen_tui.core.guard).

The numbers are synthetic (computed check digits): they belong to no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import ChoiceAnswer, Record, RecordsAnswer, TextAnswer
from bouwsteen_tui.core.guard import replace_identifiers, scan_answer
from bouwsteen_tui.core.kinds.base import strings_in as _strings
from bouwsteen_tui.core.privacy import IdentifierKind
from bouwsteen_tui.core.workspace import Workspace

NUMBER = "85073003328"  # a valid national register number
HAND_MADE_LINE = 'observations = ["85073003328"]'


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_list_value_in_a_record_field_is_scanned() -> None:
    """A record field holding a list of strings (a hand-made case file) is scanned item by item."""
    answer = RecordsAnswer(items=[Record(values={"observations": ["niets", NUMBER]})])
    findings = scan_answer("perspectives", answer)
    assert [(f.field_id, f.record_index, f.kind) for f in findings] == [
        ("observations", 0, IdentifierKind.NATIONAL_NUMBER)
    ]


def test_every_string_of_a_choice_answer_is_scanned() -> None:
    """Not only the user's own additions: every string of an answer is scanned, ids included."""
    answer = ChoiceAnswer(selected=["jan@example.org"], other=["bel 0470 12 34 56"], primary="x")
    assert sorted(f.kind for f in scan_answer("q", answer)) == [IdentifierKind.EMAIL, IdentifierKind.PHONE]


def test_an_unknown_shape_is_scanned_not_skipped() -> None:
    """Nested dicts, tuples and values of a type the guard does not know (here a number) are scanned as text."""

    class Odd:
        def __str__(self) -> str:
            return f"rrn {NUMBER}"

    value = {"a": ({"b": [Odd()]},), "key 0470123456": 85073003328, "flag": True}
    assert list(_strings(value)) == ["a", "b", f"rrn {NUMBER}", "key 0470123456", NUMBER, "flag"]


def test_replace_identifiers_cleans_list_values_in_records() -> None:
    """Ctrl+R replaces identifiers in every string of a record, lists included; other values stay."""
    record = Record(values={"observations": [f"rrn {NUMBER}", "rustig"], "text": "mail a@b.be", "ok": True})
    cleaned = replace_identifiers(RecordsAnswer(items=[record]), "C-7K4Q")
    assert isinstance(cleaned, RecordsAnswer)
    assert cleaned.items[0].values == {"observations": ["rrn C-7K4Q", "rustig"], "text": "mail C-7K4Q", "ok": True}
    assert cleaned.items[0].id == record.id


def test_replace_identifiers_works_on_the_users_own_spelling() -> None:
    """A number written with no-break spaces and an en dash is replaced as typed; the rest is left untouched."""
    text = "rrn 85.07.30\u2013033.28 en gsm 0470\u00a012\u00a034\u00a056\u00a0!"
    cleaned = replace_identifiers(TextAnswer(text=text), "C-7K4Q")
    assert cleaned == TextAnswer(text="rrn C-7K4Q en gsm C-7K4Q\u00a0!")


@pytest.fixture
def hand_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A demo workspace and a case file exported from it, edited by hand to hold a list value in a record."""
    demo = tmp_path / "demo"
    assert run(["demo", "--workspace", str(demo)], capsys)[0] == 0
    status, stdout, _ = run(
        ["export", "--workspace", str(demo), "--case", "C-7K4Q", "--format", "case", "--out", str(tmp_path / "o")],
        capsys,
    )
    assert status == 0
    path = Path(stdout.strip())
    text = path.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("observations = "))
    path.write_text(text.replace(old, HAND_MADE_LINE, 1), encoding="utf-8")
    return demo, path


def test_import_refuses_a_hand_made_list_value_with_an_identifier(
    hand_made: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``observations = ["85073003328"]`` in a record stops the import unless --allow-identifiers."""
    _, path = hand_made
    target = tmp_path / "target"
    Workspace.open(target).close()
    status, out, err = run(["import", str(path), "--workspace", str(target)], capsys)
    assert status == 1
    assert "rijksregisternummer" in err and "--allow-identifiers" in err
    assert NUMBER not in out + err
    with Workspace.open(target, read_only=True) as workspace:
        assert workspace.case_codes() == []
    assert run(["import", str(path), "--workspace", str(target), "--allow-identifiers"], capsys)[0] == 0


def test_export_withholds_a_case_with_a_hand_made_list_value(
    hand_made: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workspace case file edited by hand to hold the list value is withheld from export."""
    demo, _ = hand_made
    case_path = demo / "cases" / "C-7K4Q.toml"
    text = case_path.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("observations = "))
    case_path.write_text(text.replace(old, HAND_MADE_LINE, 1), encoding="utf-8")
    out = tmp_path / "out"
    status, stdout, err = run(["export", "--workspace", str(demo), "--out", str(out), "--format", "md"], capsys)
    assert status == 1
    assert "C-7K4Q" in err and "rijksregisternummer" in err
    assert NUMBER not in stdout + err
    assert not any("C-7K4Q" in p.name for p in out.iterdir())
