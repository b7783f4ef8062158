"""Test isolation: every data path points at a temporary folder; no colour or theme leaks in from outside."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"


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
