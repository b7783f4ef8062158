"""Test isolation: every data path points at a temporary folder; no colour or theme leaks in from outside."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (the default run) starts two workers per core, not one.

    The screen tests spend about half their time waiting, not computing: Textual's Pilot lets the app go idle
    after every key it presses (two short sleeps a key). With one worker per core those waits leave the cores
    idle; with two, one worker computes while the other waits (on two cores: ~30 % less time for the screen
    tests). ``PYTEST_XDIST_AUTO_NUM_WORKERS`` still sets the number outright.
    """
    chosen = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "")
    if chosen.isdigit():
        return int(chosen)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 2 * cores


@pytest.fixture(autouse=True)
def _isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the user's workspace, colour settings or language."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    monkeypatch.setenv("BOUWSTEEN_WORKSPACE", str(tmp_path / "default-workspace"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    """An empty workspace folder."""
    return tmp_path / "workspace"


@pytest.fixture
def every_kind_pack() -> Path:
    """A small pack with every question kind."""
    return DATA / "packs" / "every-kind"
