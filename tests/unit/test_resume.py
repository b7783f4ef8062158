"""Where to resume (``Session.resume_point``): one answer for the home screen's Verder, the start and a language
switch."""

from __future__ import annotations

from pathlib import Path

from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.loader import load_pack
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace


def session_at(root: Path) -> Session:
    pack, problems = load_pack(builtin_pack_dir("nl"))
    assert pack is not None and not problems
    return Session(pack, Workspace.open(root))


def test_nothing_to_resume_in_a_new_workspace(workspace_dir: Path) -> None:
    """A workspace where nobody has worked yet has no position to resume."""
    assert session_at(workspace_dir).resume_point() is None


def test_resume_at_the_step_and_part_last_seen(workspace_dir: Path) -> None:
    """The step remembered is looked up in the pack, with the part the user was in."""
    session = session_at(workspace_dir)
    session.remember_position("network", 2)
    resume = session.resume_point()
    assert resume is not None
    step, position = resume
    assert (step.id, position.part_index, position.case_code) == ("network", 2, "")


def test_no_resume_at_a_step_the_pack_does_not_have(workspace_dir: Path) -> None:
    """A position in a step another pack had (a trainer's pack, since swapped) is not offered."""
    session = session_at(workspace_dir)
    session.remember_position("no-such-step", 0)
    assert session.resume_point() is None


def test_resume_in_a_case_step_needs_the_case(workspace_dir: Path) -> None:
    """A case step resumes in its case while the workspace holds it, and not in a case it does not hold."""
    session = session_at(workspace_dir)
    code = session.new_case("broer en zus").code
    session.remember_position("case", 1, code)
    resume = session.resume_point()
    assert resume is not None and resume[1].case_code == code
    session.remember_position("case", 1, "C-ZZZZ")
    assert session.resume_point() is None


def test_resume_at_a_part_the_step_still_has(workspace_dir: Path) -> None:
    """A part beyond the step's last (the pack lost parts since) resumes at its last part, as the step opens it."""
    session = session_at(workspace_dir)
    session.remember_position("network", 99)
    resume = session.resume_point()
    assert resume is not None
    step, position = resume
    assert position.part_index == len(step.parts) - 1
    assert session.settings.position.part_index == 99  # what was remembered is not changed by asking
