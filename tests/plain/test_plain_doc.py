"""docs/plain-mode.md holds a complete example session; this test replays it and compares every line.

The lines after "> " in the transcript are the input; the whole transcript is the output expected. The session
runs on a fresh workspace with the built-in Dutch pack, today fixed at 7 December 2026 (``core.dates.today``, the
date seam) and the new case's code fixed at C-7K4Q (codes are random). When a wording changes on purpose, run
``BOUWSTEEN_UPDATE_DOCS=1 pytest tests/plain/test_plain_doc.py`` to write the new transcript into the doc, and
read the diff.
"""

from __future__ import annotations

import io
import os
import re
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.plain import run_plain
from bouwsteen_tui.plain.console import PROMPT

DOC = Path(__file__).resolve().parents[2] / "docs" / "plain-mode.md"
SESSION = re.compile(r"(<!-- session -->\n```text\n)(.*?)(```\n<!-- /session -->)", re.DOTALL)


def _transcript() -> str:
    found = SESSION.search(DOC.read_text(encoding="utf-8"))
    assert found is not None, "docs/plain-mode.md has no <!-- session --> block"
    return found.group(2)


def _inputs(transcript: str) -> list[str]:
    """What was typed: each line echoed after the prompt ("> "; an empty line shows as ">")."""
    return [line[len(PROMPT):] for line in transcript.splitlines() if line == PROMPT.strip() or
            line.startswith(PROMPT)]


def test_the_documented_session_replays_exactly(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 12, 7))
    monkeypatch.setattr("bouwsteen_tui.core.session.new_case_code", lambda _taken=frozenset(): "C-7K4Q")
    expected = _transcript()
    typed = _inputs(expected)
    out = io.StringIO()
    code = run_plain(workspace=workspace_dir, content=None, language="nl",
                     stdin=io.StringIO("".join(f"{line}\n" for line in typed)), stdout=out)
    if os.environ.get("BOUWSTEEN_UPDATE_DOCS") == "1":
        text = DOC.read_text(encoding="utf-8")
        DOC.write_text(SESSION.sub(lambda m: m.group(1) + out.getvalue() + m.group(3), text), encoding="utf-8")
    assert code == 0
    assert out.getvalue() == expected
    assert len(typed) > 10
    assert "\x1b" not in expected
    assert max(len(line) for line in expected.splitlines()) <= 80
