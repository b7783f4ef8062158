"""Killing a writing process at any moment never corrupts a file."""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import Case, Record, RecordsAnswer, TextAnswer
from bouwsteen_tui.core.workspace import Workspace

KILLS = 200
CODE = "C-2345"


def _writer(root: Path) -> None:
    """Child process: save ever-growing versions of one case as fast as it can, until killed."""
    workspace = Workspace(root)  # no lock: the parent holds none, and this child is the only writer
    version = 0
    while True:
        version += 1
        case = Case(pack_id="bouwsteen", code=CODE, description=f"versie {version}")
        case.set("shared_framing", TextAnswer(text="tekst " * (version % 500)))
        case.set(
            "agreements",
            RecordsAnswer(items=[Record(values={"what": f"afspraak {i}", "by_when": date(2027, 1, 1)})
                                 for i in range(version % 50)]),
        )
        workspace.save(case)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_during_saves_never_corrupts_the_case_file(tmp_path: Path) -> None:
    """200 times: a child saves in a loop, is SIGKILLed at a random moment; the file always loads intact."""
    root = tmp_path / "ws"
    Workspace.open(root).close()
    rng = random.Random(20261128)
    versions = []
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                _writer(root)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.002, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        workspace = Workspace(root)
        if (root / "cases" / f"{CODE}.toml").exists():
            case = workspace.load_case(CODE)
            assert workspace.problems == [], workspace.problems
            assert case is not None
            assert case.description.startswith("versie ")
            versions.append(case.description)
    assert len(versions) >= KILLS - 5, "the child rarely got to write: the test proves nothing"
    # temp files of interrupted saves are left behind, never in place of the case; opening cleans them up
    Workspace.open(root).close()
    assert not list((root / "cases").glob(".*.tmp"))
