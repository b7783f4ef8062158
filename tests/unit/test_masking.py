"""Nothing Bouwsteen writes to a terminal shows an identifier in full (privacy.mask, the CLI's output).

Every command runs on a workspace with identifiers planted in case descriptions, answers, a partner's name, a
broken case file and a broken content pack; none of the planted values may appear in stdout or stderr. The
numbers are synthetic (computed check digits): they belong to no one.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.answers import Record, RecordsAnswer, TextAnswer
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.privacy import mask
from bouwsteen_tui.core.workspace import Workspace

PLANTED = {
    "85.07.30-033.28": "national number, dotted",
    "85073003328": "national number, bare",
    "0470123456": "mobile, bare",
    "0470 12 34 56": "mobile, spaced",
    "jan.peeters@example.org": "e-mail address",
    "BE68 5390 0754 7034": "IBAN",
    "12.03.15-124.19": "national number, born from 2000",
}
# Parts that would betray a value even if the rest were masked.
TELLTALES = ["033.28", "03328", "123456", "34 56", "peeters", "5390", "124.19"]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run a command; return its exit status and everything it wrote (stdout and stderr)."""
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def assert_clean(output: str) -> None:
    for value in [*PLANTED, *TELLTALES]:
        assert value not in output, (value, output)


@pytest.fixture
def planted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A demo workspace with identifiers in two descriptions, an answer, a partner's name and a broken case."""
    root = tmp_path / "planted"
    assert run(["demo", "--workspace", str(root)], capsys)[0] == 0
    with Workspace.open(root) as workspace:
        first, second = workspace.case_codes()[:2]
        case = workspace.load_case(first)
        assert case is not None
        case.description = "RRN 85.07.30-033.28 gsm 0470123456"
        case.set("shared_framing", TextAnswer(text="mail jan.peeters@example.org, rek. BE68 5390 0754 7034"))
        workspace.save_case(case)
        case = workspace.load_case(second)
        assert case is not None
        case.description = "leerling 12.03.15-124.19, mama 0470 12 34 56"
        workspace.save_case(case)
        network = workspace.load_sheet("network")
        assert network is not None
        partners = network.answers["partners"]
        assert isinstance(partners, RecordsAnswer)
        record = partners.items[0]
        values = {**record.values, "organisation": "CAW 0470 12 34 56"}
        partners.items[0] = Record(id=record.id, values=values)
        workspace.save_sheet(network)
    (root / "cases" / "C-BAD2.toml").write_text(
        'schema_version = 1\ndocument = "case"\npack_id = "bouwsteen"\ncode = "C-BAD2"\n'
        'status = "85073003328"\ndescription = 85073003328\n',
        encoding="utf-8",
    )
    return root


def test_mask_hides_each_kind_and_keeps_the_shape() -> None:
    """Digits and letters of an identifier become •; separators stay; an IBAN keeps its country and last two."""
    text = "RRN 85.07.30-033.28 gsm 0470 12 34 56, jan@school.be, BE68 5390 0754 7034."
    assert mask(text) == "RRN ••.••.••-•••.•• gsm •••• •• •• ••, j••@••••••.••, BE68 •••• •••• ••34."


def test_mask_keeps_the_users_spelling_and_the_length() -> None:
    """Masking works on the text as typed (no-break spaces, en dash stay) and does not change its length."""
    text = "nr 85.07.30\u2013033.28\u00a0en 0470\u00a012\u00a034\u00a056"
    masked = mask(text)
    assert masked == "nr ••.••.••\u2013•••.••\u00a0en ••••\u00a0••\u00a0••\u00a0••"
    assert len(masked) == len(text)


def test_mask_leaves_text_without_identifiers_alone() -> None:
    """Dates, amounts and enterprise numbers are not masked."""
    text = "Afspraak 12/03/2025, € 1.250,00, KBO 0456.789.012, lokaal 2.14"
    assert mask(text) == text


def test_list_masks_identifiers_in_descriptions(planted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``bouwsteen list`` shows a description with its identifiers masked, not as typed."""
    status, output = run(["list", "--workspace", str(planted)], capsys)
    assert status == 0
    assert "RRN ••.••.••-•••.•• gsm ••••••••••" in output
    assert_clean(output)


def test_no_command_prints_a_planted_identifier(
    planted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every command, on success and on error, masks the identifiers planted in the workspace."""
    ws = ["--workspace", str(planted)]
    codes = [c for c in Workspace.open(planted, read_only=True).case_codes() if c != "C-BAD2"]
    outputs = [
        run(["list", *ws], capsys)[1],
        run(["export", *ws, "--out", str(tmp_path / "md")], capsys)[1],
        run(["export", *ws, "--out", str(tmp_path / "md2"), "--allow-identifiers"], capsys)[1],
        run(["export", *ws, "--case", codes[0], "--format", "case", "--out", str(tmp_path / "c")], capsys)[1],
        run(["export", *ws, "--bundle", str(tmp_path / "b.zip")], capsys)[1],
        run(["export", *ws, "--case", "85073003328"], capsys)[1],  # a bad case code, echoed in the error
        run(["list", "85.07.30-033.28", *ws], capsys)[1],  # argparse's error quotes the argument
    ]
    status, output = run(
        ["export", *ws, "--case", codes[0], "--format", "case", "--out", str(tmp_path / "c"), "--allow-identifiers"],
        capsys,
    )
    assert status == 0
    outputs.append(output)
    case_file = Path(output.splitlines()[0].strip())
    target = tmp_path / "target"
    Workspace.open(target).close()
    outputs.append(run(["import", str(case_file), "--workspace", str(target)], capsys)[1])
    outputs.append(run(["import", str(case_file), "--workspace", str(target), "--allow-identifiers"], capsys)[1])
    outputs.append(run(["demo", *ws], capsys)[1])  # refused: the workspace holds data
    pack = tmp_path / "pack"
    shutil.copytree(builtin_pack_dir("nl"), pack)
    step = pack / "step1.toml"
    step.write_text(step.read_text(encoding="utf-8").replace('id = "', 'id = "0470 12 34 56 ', 1), encoding="utf-8")
    outputs.append(run(["check-content", str(pack)], capsys)[1])
    monkeypatch.setattr("sys.stdin", io.StringIO("nee\n"))
    outputs.append(run(["wipe", *ws], capsys)[1])
    outputs.append(run(["wipe", *ws, "--yes"], capsys)[1])
    assert all(outputs)
    for output in outputs:
        assert_clean(output)
