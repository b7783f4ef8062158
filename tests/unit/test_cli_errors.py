"""The command line's error paths: each OS error (read-only, full, no permission, missing) in its own words in the
user's language; an unreadable or linked ``cases/``, misnamed case files and deeply nested files named with the
fix; nothing deleted."""

from __future__ import annotations

import contextlib
import errno
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core import workspace as workspace_module
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.lock import WriterLock
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.i18n import Catalog, os_error_text
from bouwsteen_tui.i18n.cli import MESSAGES

CODE, OTHER = DEMO_CASE_CODES[0], DEMO_CASE_CODES[1]
DEEP = b"a = " + b"[" * 5000 + b"\n"
DEEP_JSON = b"[" * 5000 + b"\n"


def deep(name: str) -> bytes:
    """5,000 nested ``[`` in the file's own format."""
    return DEEP_JSON if name.endswith(".jsonl") else DEEP
ERRORS = {  # errno → the reason kind it must be told as
    errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full",
    errno.EACCES: "permission",
    errno.ENOENT: "missing",
}


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No language or workspace from the environment; run from an empty folder."""
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    monkeypatch.setenv("BOUWSTEEN_WORKSPACE", str(tmp_path / "default-workspace"))
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A workspace with the demo: a role card, a network map, two cases."""
    root = tmp_path / "demo"
    with Workspace.open(root) as workspace:
        write_demo(workspace, load_pack_or_raise(builtin_pack_dir("nl")))
    return root


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def reason(kind: str, language: str, code: int | None = None) -> str:
    return os_error_text(Catalog(language, MESSAGES), kind, code)


def fail_with(code: int) -> object:
    def failing(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return failing


def assert_told(err: str, code: int, language: str) -> None:
    """The error is told in its own words in ``language``, without the system's English words."""
    assert reason(ERRORS[code], language) in err
    if language == "nl":
        assert os.strerror(code) not in err
    for other in set(ERRORS.values()) - {ERRORS[code]}:
        assert reason(other, language) not in err


# --------------------------------------------------------------------------------------------- one message per error


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("code", list(ERRORS), ids=list(ERRORS.values()))
def test_wipe_names_the_real_reason_it_cannot_write(demo: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, code: int,
                                                     language: str) -> None:
    """``wipe`` on a folder it cannot lock (read-only, full, no permission, gone) says why, not "in use by another
    window"; nothing is deleted."""
    monkeypatch.setattr(WriterLock, "acquire", fail_with(code))
    status, _, err = run(["wipe", "--workspace", str(demo), "--yes", "--lang", language], capsys)
    assert status == 1
    assert_told(err, code, language)
    assert "in gebruik" not in err and "in use" not in err
    assert (demo / "cases" / f"{CODE}.toml").exists()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("code", list(ERRORS), ids=list(ERRORS.values()))
def test_import_names_the_real_reason_a_save_failed(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, code: int,
                                                     language: str) -> None:
    """``import`` that cannot save says why in the user's language, one sentence, one language."""
    status, out, _ = run(["export", "--workspace", str(demo), "--case", CODE, "--format", "case",
                          "--out", str(tmp_path / "handout")], capsys)
    assert status == 0
    monkeypatch.setattr(workspace_module, "atomic_write", fail_with(code))
    status, _, err = run(["import", out.strip(), "--workspace", str(demo), "--lang", language], capsys)
    assert status == 1
    assert_told(err, code, language)
    assert "could not save" not in err


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("code", list(ERRORS), ids=list(ERRORS.values()))
def test_export_names_the_real_reason_writing_failed(demo: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, code: int,
                                                     language: str) -> None:
    """``export`` that cannot write its outputs says why in the user's language."""
    import bouwsteen_tui.export as export_module

    monkeypatch.setattr(export_module, "export_outputs", fail_with(code))
    status, _, err = run(["export", "--workspace", str(demo), "--lang", language, "--allow-identifiers"], capsys)
    assert status == 1
    assert_told(err, code, language)


@pytest.mark.parametrize("code", list(ERRORS), ids=list(ERRORS.values()))
def test_demo_names_the_real_reason_a_save_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """``demo`` that cannot save says why in Dutch."""
    monkeypatch.setattr(workspace_module, "atomic_write", fail_with(code))
    status, _, err = run(["demo", "--workspace", str(tmp_path / "new")], capsys)
    assert status == 1
    assert_told(err, code, "nl")


def test_import_of_an_unreadable_file_says_why_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A case file that is not there is refused in Dutch words, not the system's English."""
    status, _, err = run(["import", str(tmp_path / "nowhere.toml"), "--workspace", str(tmp_path / "ws")], capsys)
    assert status == 1
    assert reason("missing", "nl") in err
    assert os.strerror(errno.ENOENT) not in err


# --------------------------------------------------------------------------------------------- the cases folder


def test_list_names_an_unreadable_cases_folder(demo: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """``list`` with a cases/ it cannot read (chmod 000; simulated, tests run as root) names the folder and the fix
    instead of "no cases", and fails."""
    real_scandir = os.scandir

    def denied(path: object = ".") -> object:
        if Path(str(path)).name == "cases":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module.os, "scandir", denied)
    status, out, err = run(["list", "--workspace", str(demo)], capsys)
    assert status == 1
    assert "Geen casussen" not in out
    assert f"chmod 700 {demo / 'cases'}" in err
    assert (demo / "cases" / f"{CODE}.toml").exists()


def test_list_names_a_file_called_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file named ``cases`` where the folder belongs is named with the fix; it is kept."""
    root = tmp_path / "ws"
    root.mkdir()
    (root / "settings.toml").write_text('document = "settings"\nschema_version = 2\n', encoding="utf-8")
    (root / "cases").write_bytes(b"notes")
    status, out, err = run(["list", "--workspace", str(root)], capsys)
    assert status == 1
    assert "Geen casussen" not in out
    assert str(root / "cases") in err and "hernoem of verplaats dat bestand" in err
    assert (root / "cases").read_bytes() == b"notes"


def test_list_names_a_symlinked_cases_folder(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A cases/ that is a symbolic link is not followed; ``list`` names it and the fix."""
    moved = tmp_path / "elsewhere"
    (demo / "cases").rename(moved)
    (demo / "cases").symlink_to(moved, target_is_directory=True)
    status, out, err = run(["list", "--workspace", str(demo), "--lang", "en"], capsys)
    assert status == 1
    assert CODE not in out
    assert str(demo / "cases") in err and "symbolic link" in err and "normal folder" in err


def test_list_names_a_case_file_in_lower_case(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A case file named in lower case is named with the name to give it; the other cases are listed."""
    (demo / "cases" / f"{CODE}.toml").rename(demo / "cases" / f"{CODE.lower()}.toml")
    status, out, err = run(["list", "--workspace", str(demo)], capsys)
    assert status == 0
    assert OTHER in out and CODE not in out
    assert f"{CODE.lower()}.toml" in err and f"hernoem het naar {CODE}.toml" in err
    assert (demo / "cases" / f"{CODE.lower()}.toml").exists()


# --------------------------------------------------------------------------------------------- deep nesting


@pytest.mark.parametrize("name", [f"cases/{CODE}.toml", "network.toml", "cases/index.jsonl", "settings.toml"])
def test_list_survives_a_deeply_nested_file(demo: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """5,000 nested ``[`` in one file: ``list`` shows the rest, names a bad case file, and changes nothing."""
    run(["list", "--workspace", str(demo)], capsys)  # an index to spoil
    (demo / name).write_bytes(deep(name))
    status, out, err = run(["list", "--workspace", str(demo)], capsys)
    assert status == 0
    assert OTHER in out
    if name.endswith(f"{CODE}.toml"):
        assert CODE not in out and f"{CODE}.toml" in err and "beschadigd" in err
    else:
        assert CODE in out
    assert (demo / name).read_bytes() == deep(name) or name.endswith(".jsonl")  # only the cache is rewritten


@pytest.mark.parametrize("name", [f"cases/{CODE}.toml", "network.toml", "cases/index.jsonl", "settings.toml"])
def test_export_survives_a_deeply_nested_file(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              name: str) -> None:
    """5,000 nested ``[`` in one file: ``export`` writes the rest and names the bad file."""
    run(["list", "--workspace", str(demo)], capsys)  # an index to spoil
    (demo / name).write_bytes(deep(name))
    out = tmp_path / "out"
    status, stdout, err = run(["export", "--workspace", str(demo), "--out", str(out), "--allow-identifiers"], capsys)
    assert status == 0
    assert any(OTHER in line for line in stdout.splitlines())
    if not name.endswith(".jsonl"):
        assert Path(name).name in err


def test_import_refuses_a_deeply_nested_case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A case file nested thousands deep is refused in words, never with a RecursionError."""
    source = tmp_path / "deep.toml"
    source.write_bytes(DEEP)
    status, _, err = run(["import", str(source), "--workspace", str(tmp_path / "ws")], capsys)
    assert status == 1
    assert "dieper genest" in err
    assert not (tmp_path / "ws").exists()



# --------------------------------------------------------------------------------------------- for real, not as root


def as_plain_user(argv: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """Run ``bouwsteen argv`` as a user without root's powers (``nobody`` via setpriv when the tests run as root),
    so that permissions really apply; ``folder`` is handed to that user first."""
    command = [sys.executable, "-m", "bouwsteen_tui", *argv]
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(folder), "LANG": "C.UTF-8"}
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("setpriv is needed to drop root's powers")
        nobody = pwd.getpwnam("nobody")
        for path in [folder, *folder.rglob("*")]:
            os.lchown(path, nobody.pw_uid, nobody.pw_gid)
        command = [setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups", *command]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (pytest's own is root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="bouwsteen-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        with contextlib.suppress(OSError):
            path.chmod(0o700)
    shutil.rmtree(folder, ignore_errors=True)


def test_list_names_a_chmod_000_cases_folder_for_real(shared_tmp: Path) -> None:
    """``chmod 000 cases``, really: ``list`` names the folder and the fix instead of "no cases"; nothing deleted."""
    root = shared_tmp / "ws"
    with Workspace.open(root) as workspace:
        write_demo(workspace, load_pack_or_raise(builtin_pack_dir("nl")))
    done = as_plain_user(["list", "--workspace", str(root)], shared_tmp)  # hands the folder over first
    assert done.returncode == 0, done.stderr
    (root / "cases").chmod(0)
    done = as_plain_user(["list", "--workspace", str(root)], shared_tmp)
    assert done.returncode == 1
    assert "Geen casussen" not in done.stdout
    assert f"chmod 700 {root / 'cases'}" in done.stderr
    (root / "cases").chmod(0o700)
    assert (root / "cases" / f"{CODE}.toml").exists()


def test_wipe_of_a_read_only_folder_says_so_for_real(shared_tmp: Path) -> None:
    """``wipe`` of a folder its user may not write (chmod 555), really: the permission is named, not "in use by
    another window"; nothing is deleted."""
    root = shared_tmp / "ws"
    with Workspace.open(root) as workspace:
        write_demo(workspace, load_pack_or_raise(builtin_pack_dir("nl")))
    (root / ".lock").unlink(missing_ok=True)  # a lock file of an older Bouwsteen, if any
    as_plain_user(["list", "--workspace", str(root)], shared_tmp)  # hands the folder over
    (root / ".lock").unlink(missing_ok=True)
    root.chmod(0o555)
    done = as_plain_user(["wipe", "--workspace", str(root), "--yes"], shared_tmp)
    root.chmod(0o755)
    assert done.returncode == 1
    assert reason("permission", "nl") in done.stderr
    assert "in gebruik" not in done.stderr
    assert (root / "cases" / f"{CODE}.toml").exists()
