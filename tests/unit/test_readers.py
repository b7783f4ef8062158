"""Readers: who besides the professional reads an answer (``readers = [...]`` on a question, roles.READERS).

The built-in packs follow the domain notes' table "Who reads what": the agreement sheet holds the case's
partners, the chosen actions, who takes them on, the agreements, the family's contact person and the next
meeting; the family sheet the agreements, the family's contact person and the next meeting; perspectives,
priorities, strengths and the family's capacity stay in the professional's own record. The loader reports a name
that is no reader.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bouwsteen_tui.core import roles
from bouwsteen_tui.core.content import Pack, Scope, builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack, load_pack_or_raise

DATA = Path(__file__).resolve().parents[1] / "data"
NO_ROLES = DATA / "packs" / "no-roles"
MINIMAL = DATA / "packs" / "minimal"

PARTNERS = {"case_partners", "actions", "task_division", "agreements", "family_contact", "next_meeting"}
FAMILY = {"agreements", "family_contact", "next_meeting"}


def by_role(pack: Pack, reader: str) -> dict[str, str]:
    """Question id → role (or id when it has none) of every question ``reader`` reads."""
    return {q.id: q.role or q.id for _s, q in pack.questions() if reader in pack.readers_of(q)}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_builtin_packs_give_partners_and_family_only_what_they_need(language: str) -> None:
    """Partners read the table's six answers, the family three; nothing else leaves the professional's record."""
    pack = load_pack_or_raise(builtin_pack_dir(language))
    assert set(by_role(pack, "partners").values()) == PARTNERS
    assert set(by_role(pack, "family").values()) == FAMILY
    private = {"shared_framing", "perspectives", "differences", "priorities", "common_ground", "strengths",
               "involvement", "communication", "capacity"}
    for question_id in private:
        assert pack.readers_of(pack.question(question_id)) == {roles.OWN_READER}, question_id
    for step, question in pack.questions():
        assert roles.OWN_READER in pack.readers_of(question)
        if step.scope is not Scope.CASE:
            assert question.readers == [], question.id  # the role card and network map are whole documents


def test_both_builtin_packs_declare_the_same_readers() -> None:
    nl, en = (load_pack_or_raise(builtin_pack_dir(language)) for language in ("nl", "en"))
    assert [(q.id, q.readers) for _s, q in nl.questions()] == [(q.id, q.readers) for _s, q in en.questions()]


def copy_with(tmp_path: Path, source: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(source, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


AGREEMENTS = 'id = "agreements"\nkind = "records"\n'


def test_an_unknown_reader_is_reported_with_file_line_question_and_choices(tmp_path: Path) -> None:
    """A typo in readers is one problem: the file, the line of readers, the question, and the names to choose."""
    folder = copy_with(tmp_path, NO_ROLES, "casus.toml", AGREEMENTS, AGREEMENTS + 'readers = ["partners", "gezin"]\n')
    pack, problems = load_pack(folder)
    assert pack is None
    (problem,) = problems
    assert problem.file == folder / "casus.toml"
    lines = (folder / "casus.toml").read_text(encoding="utf-8").split("\n")
    assert problem.line == lines.index('readers = ["partners", "gezin"]') + 1
    assert problem.field == "question agreements.readers"
    assert problem.message.startswith(
        "onbekende lezer 'gezin' in readers van vraag 'agreements'; kies uit: 'partners', 'family'"
    )


def test_reader_problems_follow_the_packs_language(tmp_path: Path) -> None:
    """An English pack gets the problem in English."""
    old = 'id = "core_task"\nkind = "text"\n'
    folder = copy_with(tmp_path, MINIMAL, "role.toml", old, old + 'readers = ["parents"]\n')
    assert [p.message for p in load_pack(folder)[1]] == [
        "unknown reader 'parents' in readers of question 'core_task'; expected one of: 'partners', 'family' "
        "(your own record always holds every answer)"
    ]


def test_known_readers_load_and_are_read_back(tmp_path: Path) -> None:
    """Valid readers load without problems; readers_of adds the professional's own record."""
    folder = copy_with(tmp_path, NO_ROLES, "casus.toml", AGREEMENTS, AGREEMENTS + 'readers = ["partners", "family"]\n')
    pack, problems = load_pack(folder)
    assert problems == [] and pack is not None
    assert pack.readers_of(pack.question("agreements")) == {"own", "partners", "family"}
