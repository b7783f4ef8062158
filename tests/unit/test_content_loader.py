"""The content loader on broken packs: one clear message per problem, naming the file, the line and the field.

Each test copies the tiny valid pack in ``tests/data/packs/minimal`` into ``tmp_path``, breaks it in one way and
checks both :func:`load_pack` and ``bouwsteen check-content DIR``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import ContentProblem, load_pack

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "packs" / "minimal"

Edit = Callable[[str], str]


def replace(old: str, new: str, count: int = 1) -> Edit:
    """An edit that replaces ``old`` by ``new`` and fails loudly when ``old`` is not in the file."""

    def edit(text: str) -> str:
        assert old in text, f"the minimal pack no longer contains {old!r}; update the test"
        return text.replace(old, new, count)

    return edit


def broken_pack(tmp_path: Path, edits: dict[str, Edit]) -> Path:
    """A copy of the minimal pack with ``edits`` applied, file name → edit."""
    folder = tmp_path / "pack"
    shutil.copytree(MINIMAL, folder)
    for name, edit in edits.items():
        path = folder / name
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the first line of ``path`` that contains ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def only_problem(folder: Path) -> ContentProblem:
    pack, problems = load_pack(folder)
    assert pack is None
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def check_content(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """Run ``bouwsteen check-content DIR``; return the exit code and the lines printed on stdout."""
    code = main(["check-content", str(folder)])
    return code, capsys.readouterr().out.splitlines()


# --------------------------------------------------------------------------------------------- the valid pack


def test_minimal_pack_is_valid() -> None:
    """The pack the other tests break is itself valid, so each test sees only the problem it makes."""
    pack, problems = load_pack(MINIMAL)
    assert problems == []
    assert pack is not None and pack.id == "minimal"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_builtin_packs_pass_check_content(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The built-in packs pass ``bouwsteen check-content DIR`` with exit code 0 and an OK line naming them."""
    code, lines = check_content(builtin_pack_dir(language), capsys)
    assert code == 0
    assert len(lines) == 1
    assert lines[0].startswith("OK: ")
    assert f"({language})" in lines[0]


# --------------------------------------------------------------------------------------------- one problem each


def test_toml_syntax_error_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unclosed string is reported with the file and the line TOML gives, and check-content exits 1."""
    folder = broken_pack(tmp_path, {"role.toml": replace('label = "Since when?"', 'label = "Since when?')})
    problem = only_problem(folder)
    assert problem.file == folder / "role.toml"
    assert problem.line == line_of(folder / "role.toml", '"Since when?')
    assert "TOML syntax error" in problem.message

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]
    assert lines[0].startswith(f"{folder / 'role.toml'}:{problem.line}: TOML syntax error")


def test_unknown_question_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown kind names the kind, the kinds allowed, the question's place and its line."""
    folder = broken_pack(tmp_path, {"role.toml": replace('kind = "date"', 'kind = "essay"')})
    problem = only_problem(folder)
    assert problem.file == folder / "role.toml"
    assert "unknown question kind 'essay'" in problem.message
    assert "text, choice, checklist" in problem.message
    assert problem.field == "parts[0:task].questions[2:since]"
    assert problem.line == line_of(folder / "role.toml", 'id = "since"')

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


def test_duplicate_question_id_across_steps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A question id used in two steps is reported once, in the file of the second use, naming the first step."""
    folder = broken_pack(tmp_path, {"case.toml": replace('id = "case_partners"', 'id = "core_task"')})
    problem = only_problem(folder)
    assert problem.file == folder / "case.toml"
    assert "duplicate question id 'core_task'" in problem.message
    assert "'role'" in problem.message
    assert "core_task" in problem.field

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


def test_duplicate_option_id_within_a_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two options with the same id in one choice give one message with the question's place and line."""
    folder = broken_pack(tmp_path, {"role.toml": replace('{ id = "referring"', '{ id = "guiding"')})
    problem = only_problem(folder)
    assert problem.file == folder / "role.toml"
    assert "duplicate option id 'guiding'" in problem.message
    assert problem.field == "parts[0:task].questions[1:way_of_working]"
    assert problem.line == line_of(folder / "role.toml", 'id = "way_of_working"')

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


def test_missing_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A question without a label is reported as a missing required field at ``….label``."""
    folder = broken_pack(tmp_path, {"role.toml": replace('label = "What is my core task?"\n', "")})
    problem = only_problem(folder)
    assert problem.file == folder / "role.toml"
    assert problem.message == "required field missing"
    assert problem.field == "parts[0:task].questions[0:core_task].label"
    assert problem.line == line_of(folder / "role.toml", 'id = "core_task"')

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


def test_choice_without_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A choice with an empty option list is reported at its ``options``."""
    folder = broken_pack(
        tmp_path,
        {
            "role.toml": replace(
                'options = [\n    { id = "preventive", label = "preventive" },\n'
                '    { id = "guiding", label = "guiding" },\n    { id = "referring", label = "referring" },\n]',
                "options = []",
            )
        },
    )
    problem = only_problem(folder)
    assert problem.file == folder / "role.toml"
    assert problem.field == "parts[0:task].questions[1:way_of_working].options"
    assert "at least 1 item" in problem.message
    assert problem.line == line_of(folder / "role.toml", 'id = "way_of_working"')

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


def test_record_field_without_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record field of kind ``record`` must say which records question it refers to."""
    folder = broken_pack(tmp_path, {"case.toml": replace('source = "actions"\n', "")})
    problem = only_problem(folder)
    assert problem.file == folder / "case.toml"
    assert "needs a source" in problem.message
    assert problem.field == "parts[0:actions].questions[2:agreements].fields[1:action]"
    assert problem.line == line_of(folder / "case.toml", 'id = "action"')

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


def test_step_file_listed_but_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A step file named in pack.toml that does not exist is reported with its path."""
    folder = broken_pack(tmp_path, {})
    (folder / "case.toml").unlink()
    problem = only_problem(folder)
    assert problem.file == folder / "case.toml"
    assert problem.message == "file not found"

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(problem)]


# --------------------------------------------------------------------------------------------- all at once


def test_several_problems_in_several_files_are_all_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Problems in different files come out together, one line each, so a trainer fixes them in one go."""
    folder = broken_pack(
        tmp_path,
        {
            "role.toml": replace('kind = "date"', 'kind = "essay"'),
            "case.toml": replace('source = "actions"\n', ""),
            "network.toml": replace('label = "Organisation"\n', ""),
        },
    )
    pack, problems = load_pack(folder)
    assert pack is None
    assert {p.file.name for p in problems} == {"role.toml", "case.toml", "network.toml"}
    assert len(problems) == 3, "\n".join(map(str, problems))
    messages = " | ".join(str(p) for p in problems)
    assert "unknown question kind 'essay'" in messages
    assert "needs a source" in messages
    assert "fields[0:organisation].label: required field missing" in messages

    code, lines = check_content(folder, capsys)
    assert code == 1
    assert lines == [str(p) for p in problems]


def test_problem_count_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """stdout carries only the problem lines (fit for grep); the count is on stderr."""
    folder = broken_pack(
        tmp_path,
        {"role.toml": replace('kind = "date"', 'kind = "essay"'), "case.toml": replace('source = "actions"\n', "")},
    )
    assert main(["check-content", str(folder)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert "2 problemen gevonden" in captured.err


def test_not_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check-content on a path that is no pack folder says so and exits 1."""
    code, lines = check_content(tmp_path / "nowhere", capsys)
    assert code == 1
    assert len(lines) == 1
    assert "not a folder" in lines[0]
