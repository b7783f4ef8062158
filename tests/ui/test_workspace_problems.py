"""The wizard with a hostile workspace: a deeply nested settings file, a linked set-aside/, a file named cases and a
full disk are each told in the user's language, and the home screen opens."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core import workspace as workspace_module
from bouwsteen_tui.core.lock import WriterLock
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.screens.home import HomeScreen
from tests.ui.helpers import messages, until

SIZE = (100, 40)
DEEP = b"a = " + b"[" * 5000 + b"\n"


def make_app(workspace: Path, language: str | None = None) -> BouwsteenApp:
    return BouwsteenApp(workspace, language=language, background_saves=False, preload=True)


def notices(app: BouwsteenApp) -> list[str]:
    return messages(app)


async def test_a_deeply_nested_settings_file_is_set_aside_and_the_home_screen_opens(workspace_dir: Path) -> None:
    """5,000 nested ``[`` in settings.toml: no traceback; the file is set aside byte for byte and said so."""
    workspace_dir.mkdir()
    (workspace_dir / "settings.toml").write_bytes(DEEP)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("settings.toml" in n and "beschadigd" in n for n in notices(app))
    [kept] = (workspace_dir / "set-aside").iterdir()
    assert kept.read_bytes() == DEEP


async def test_a_deeply_nested_settings_file_does_not_stop_the_wizard_loading_on_its_thread(
    workspace_dir: Path,
) -> None:
    """Loaded the usual way (on a thread after the first frame), the wizard still reaches its home screen."""
    workspace_dir.mkdir()
    (workspace_dir / "settings.toml").write_bytes(DEEP)
    app = BouwsteenApp(workspace_dir, background_saves=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.ready)
        assert app.ready
        assert app.load_error == ""
        assert isinstance(app.screen, HomeScreen)


async def test_a_symlinked_set_aside_folder_is_named_in_the_notice(workspace_dir: Path, tmp_path: Path) -> None:
    """A set-aside/ that links elsewhere receives nothing; the notice names it and the fix, in Dutch."""
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    with Workspace.open(workspace_dir):
        pass
    (workspace_dir / "set-aside").symlink_to(elsewhere, target_is_directory=True)
    (workspace_dir / "role.toml").write_bytes(b"not = [toml")
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any(str(workspace_dir / "set-aside") in n and "symbolische link" in n and "gewone map" in n
                   for n in notices(app))
    assert list(elsewhere.iterdir()) == []
    assert (workspace_dir / "role.toml").read_bytes() == b"not = [toml"


async def test_a_file_named_cases_is_named_in_the_notice(workspace_dir: Path) -> None:
    """A file where cases/ belongs: the notice names it and the fix; the file is kept."""
    workspace_dir.mkdir()
    (workspace_dir / "cases").write_bytes(b"notes")
    app = make_app(workspace_dir, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any(str(workspace_dir / "cases") in n and "rename or move that file" in n for n in notices(app))
    assert (workspace_dir / "cases").read_bytes() == b"notes"


async def test_an_unreadable_cases_folder_is_named_in_the_notice(workspace_dir: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A cases/ that cannot be read (chmod 000; simulated, tests run as root) is not shown as "0 cases" alone: the
    notice names the folder and the fix."""
    with Workspace.open(workspace_dir):
        pass
    real_scandir = os.scandir

    def denied(path: object = ".") -> object:
        if Path(str(path)) == workspace_dir / "cases":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module.os, "scandir", denied)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any(f"chmod 700 {workspace_dir / 'cases'}" in n for n in notices(app))


async def test_a_read_only_folder_is_not_called_in_use(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workspace that cannot be locked because the disk is read-only says so in Dutch, not "another window"."""
    with Workspace.open(workspace_dir):
        pass

    def read_only(self: object) -> bool:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(WriterLock, "acquire", read_only)
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        [notice] = [n for n in notices(app) if str(workspace_dir) in n]
    assert "alleen-lezen" in notice
    assert os.strerror(errno.EROFS) not in notice
    assert "ander Bouwsteen-venster" not in notice


async def test_a_full_disk_is_told_in_dutch(workspace_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A save that fails on a full disk says "de schijf is vol", not the system's English words."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        def full(path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(workspace_module, "atomic_write", full)
        settings = app.session.settings
        try:
            app.workspace.save_settings(settings)
        except workspace_module.WorkspaceError as error:
            app._save_failed(app.workspace.settings_path, error)
        await pilot.pause()
        [notice] = [n for n in notices(app) if "settings.toml" in n]
    assert "de schijf is vol" in notice
    assert os.strerror(errno.ENOSPC) not in notice
