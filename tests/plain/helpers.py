"""Running a plain-mode dialogue in the test process: lines in, the transcript and exit code out."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from bouwsteen_tui.core.answers import Case, Sheet
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.plain import run_plain

DATA = Path(__file__).resolve().parents[1] / "data"
EVERY_KIND = DATA / "packs" / "every-kind"


@dataclass
class Run:
    code: int
    output: str

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


def dialogue(workspace: Path, lines: list[str], *, content: Path | None = EVERY_KIND, language: str = "nl") -> Run:
    """Run plain mode on ``workspace`` with ``lines`` as its input (a pipe: each line is echoed after "> ")."""
    out = io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    code = run_plain(workspace=workspace, content=content, language=language, stdin=stdin, stdout=out)
    return Run(code, out.getvalue())


def sheet(workspace: Path, step_id: str) -> Sheet:
    """A sheet as saved on disk."""
    with Workspace.open(workspace, read_only=True) as opened:
        found = opened.load_sheet(step_id)
    assert found is not None, f"no sheet {step_id} saved"
    return found


def cases(workspace: Path) -> list[Case]:
    with Workspace.open(workspace, read_only=True) as opened:
        return opened.load_cases()
