"""The workspace against hostile folders: symbolic links, an unreadable or missing ``cases/``, misnamed case files,
files nested thousands of levels deep, and OS errors named by their kind."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bouwsteen_tui.core import documents as documents_module
from bouwsteen_tui.core import workspace as workspace_module
from bouwsteen_tui.core.answers import Case, Settings, Sheet, TextAnswer
from bouwsteen_tui.core.files import OS_ERROR_KINDS, dump_document, os_error_kind
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError
from bouwsteen_tui.i18n import Catalog, os_error_text
from bouwsteen_tui.i18n.cli import MESSAGES as CLI_MESSAGES
from bouwsteen_tui.i18n.ui import MESSAGES as UI_MESSAGES

CODE = "C-7K4Q"
DEEP = b"a = " + b"[" * 5000 + b"\n"  # nested far past any parser's recursion limit


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def workspace(root: Path) -> Iterator[Workspace]:
    with Workspace.open(root) as ws:
        yield ws


def a_case(code: str = CODE) -> Case:
    return Case(pack_id="minimal", code=code, description="oefening", answers={"x": TextAnswer(text="tekst")})


def kinds(workspace: Workspace) -> dict[str, str]:
    """The problems found, as {file name: kind}."""
    return {p.file.name: p.kind for p in workspace.problems}


# --------------------------------------------------------------------------------------------- OS error kinds


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk_full"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission"),
        (OSError(errno.EPERM, "Operation not permitted"), "permission"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "missing"),
        (OSError(errno.ELOOP, "Too many levels of symbolic links"), "symlink"),
        (OSError(errno.EIO, "Input/output error"), "other"),
        (ValueError("not an OS error"), "other"),
    ],
)
def test_an_os_error_has_a_reason_kind(error: BaseException, kind: str) -> None:
    """Every OS error maps to one reason kind, which an interface translates."""
    assert os_error_kind(error) == kind


@pytest.mark.parametrize("kind", OS_ERROR_KINDS)
@pytest.mark.parametrize("messages", [UI_MESSAGES, CLI_MESSAGES], ids=["app", "cli"])
def test_every_reason_kind_has_its_own_words_in_both_languages(kind: str, messages: dict[str, tuple[str, str]]) -> None:
    """The app and the CLI say each reason in Dutch and in English, each kind differently."""
    dutch = os_error_text(Catalog("nl", messages), kind)
    english = os_error_text(Catalog("en", messages), kind)
    assert dutch != english
    others = {os_error_text(Catalog("nl", messages), k) for k in OS_ERROR_KINDS if k != kind}
    assert dutch not in others


def test_an_unexpected_error_is_named_by_its_symbol_not_its_english_words() -> None:
    """An error without a kind or a sentence of its own shows its symbolic name (ECHILD), never strerror's English
    (an EIO has its own sentence: i18n/oserrors.py)."""
    text = os_error_text(Catalog("nl", CLI_MESSAGES), "other", errno.ECHILD)
    assert "ECHILD" in text and "onverwachte" in text
    assert os.strerror(errno.ECHILD) not in text


@pytest.mark.parametrize(("code", "kind"), [(errno.ENOSPC, "disk_full"), (errno.EROFS, "read_only"),
                                            (errno.EACCES, "permission"), (errno.ENOENT, "missing")])
def test_a_failed_save_carries_its_reason_kind(workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
                                               code: int, kind: str) -> None:
    """WorkspaceError says which kind of failure stopped a save, so the app can say it in the user's language."""

    def failing(path: Path, data: bytes) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(workspace_module, "atomic_write", failing)
    with pytest.raises(WorkspaceError) as caught:
        workspace.save_case(a_case())
    assert caught.value.kind == kind


@pytest.mark.parametrize("kind", documents_module.PROBLEM_KINDS)
@pytest.mark.parametrize("messages", [UI_MESSAGES, CLI_MESSAGES], ids=["app", "cli"])
def test_every_problem_kind_has_a_translated_message(kind: str, messages: dict[str, tuple[str, str]]) -> None:
    """The app and the CLI can say every problem the workspace reports in Dutch and in English."""
    dutch, english = messages[f"problem.{kind}"]
    assert dutch.strip() and english.strip() and dutch != english


def test_every_problem_kind_the_workspace_uses_is_listed() -> None:
    """No problem kind is reported without being listed (and so translated): the workspace and the document
    reader it is built on both report problems."""
    source = "\n".join(Path(m.__file__).read_text(encoding="utf-8") for m in (workspace_module, documents_module))

    used = set(re.findall(r'kind="(\w+)"', source))
    used |= set(re.findall(r'_set_aside\(.*, "(\w+)"\)\s*$', source, re.MULTILINE))
    assert {"corrupt", "symlink", "misnamed"} <= used  # the scan finds both ways of reporting
    assert used <= set(documents_module.PROBLEM_KINDS)


# --------------------------------------------------------------------------------------------- symbolic links


def test_a_symlinked_set_aside_folder_is_not_followed(workspace: Workspace, root: Path, tmp_path: Path) -> None:
    """A set-aside/ that links elsewhere receives nothing: the corrupt file stays where it was, byte for byte, and
    the link is reported by name."""
    elsewhere = tmp_path / "readable-by-others"
    elsewhere.mkdir()
    (root / "set-aside").symlink_to(elsewhere, target_is_directory=True)
    bad = workspace.case_path(CODE)
    bad.write_bytes(b"not = [toml")
    assert workspace.load_case(CODE) is None
    assert list(elsewhere.iterdir()) == []
    assert bad.read_bytes() == b"not = [toml"
    assert kinds(workspace)["set-aside"] == "symlink_folder"


def test_a_symlinked_cases_folder_is_not_read(root: Path, tmp_path: Path) -> None:
    """A cases/ that links elsewhere is neither listed nor written into; it is reported by name."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / f"{CODE}.toml").write_bytes(dump_document(a_case()))
    root.mkdir()
    (root / "cases").symlink_to(elsewhere, target_is_directory=True)
    with Workspace.open(root) as ws:
        assert ws.case_codes() == []
        assert ws.load_case(CODE) is None
        assert kinds(ws)["cases"] == "symlink_folder"
        with pytest.raises(WorkspaceError) as caught:
            ws.save_case(a_case("C-2345"))
    assert caught.value.kind == "symlink"
    assert sorted(p.name for p in elsewhere.iterdir()) == [f"{CODE}.toml"]


@pytest.mark.parametrize("name", ["settings.toml", "network.toml", f"cases/{CODE}.toml"])
def test_a_symlinked_file_is_neither_read_nor_replaced(workspace: Workspace, root: Path, tmp_path: Path,
                                                       name: str) -> None:
    """A workspace file that is a link is not followed: not loaded, not moved, not written; reported by name."""
    target = tmp_path / "outside.toml"
    target.write_bytes(b"not = [toml")
    (root / name).symlink_to(target)
    if name == "settings.toml":
        assert workspace.load_settings() == Settings()
    elif name == "network.toml":
        assert workspace.load_sheet("network") is None
    else:
        assert workspace.case_summaries() == []
    assert (root / name).is_symlink()
    assert target.read_bytes() == b"not = [toml"
    assert kinds(workspace)[Path(name).name] == "symlink"
    assert not (root / "set-aside").exists()


def test_saving_over_a_symlinked_file_is_refused(workspace: Workspace, root: Path, tmp_path: Path) -> None:
    """A save never writes through a link nor replaces it: it fails with the kind ``symlink``."""
    target = tmp_path / "outside.toml"
    target.write_bytes(b"")
    (root / "role.toml").symlink_to(target)
    with pytest.raises(WorkspaceError) as caught:
        workspace.save_sheet(Sheet(pack_id="minimal", step_id="role"))
    assert caught.value.kind == "symlink"
    assert (root / "role.toml").is_symlink()
    assert target.read_bytes() == b""


def test_a_symlinked_index_is_not_read(workspace: Workspace, root: Path, tmp_path: Path) -> None:
    """The index is a cache: a link in its place is not followed (its summaries are not believed); the summaries
    come from the case files."""
    workspace.save_case(a_case())
    workspace.case_summaries()
    target = tmp_path / "outside.jsonl"
    target.write_bytes(workspace.index_path.read_bytes().replace(b"oefening", b"planted"))
    workspace.index_path.unlink()
    workspace.index_path.symlink_to(target)
    assert [s.description for s in workspace.case_summaries()] == ["oefening"]
    assert b"planted" in target.read_bytes()


def test_a_workspace_root_that_is_a_symlink_works(tmp_path: Path) -> None:
    """The folder the user chose may itself be a link: Bouwsteen works inside it as usual."""
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    with Workspace.open(tmp_path / "link") as ws:
        ws.save_case(a_case())
        ws.save_settings(Settings(language="en"))
    with Workspace.open(tmp_path / "link") as ws:
        assert ws.case_codes() == [CODE]
        assert ws.load_settings().language == "en"
        assert ws.problems == []


# --------------------------------------------------------------------------------------------- cases/ folder


def test_a_file_named_cases_is_reported_not_replaced(root: Path) -> None:
    """A file where cases/ belongs is reported with the fix; it stays, and the rest of the workspace works."""
    root.mkdir()
    (root / "cases").write_bytes(b"my notes")
    with Workspace.open(root) as ws:
        assert not ws.read_only
        assert ws.case_codes() == []
        assert kinds(ws) == {"cases": "not_folder"}
        ws.save_sheet(Sheet(pack_id="minimal", step_id="role"))
        with pytest.raises(WorkspaceError) as caught:
            ws.save_case(a_case())
    assert caught.value.kind == "not_folder"
    assert (root / "cases").read_bytes() == b"my notes"


def test_an_unreadable_cases_folder_is_reported(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cases/ that cannot be read (chmod 000; simulated, tests run as root) is a problem, not "no cases"."""
    workspace.save_case(a_case())
    real_scandir = os.scandir

    def denied(path: object = ".") -> object:
        if Path(str(path)) == workspace.cases_dir:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module.os, "scandir", denied)
    assert workspace.case_summaries() == []
    assert workspace.case_codes() == []
    problems = [p for p in workspace.problems if p.file == workspace.cases_dir]
    assert [p.kind for p in problems] == ["folder_unreadable"]  # once, however often it is met
    assert workspace.case_path(CODE).exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder; the test above simulates it")
def test_a_chmod_000_cases_folder_is_reported(workspace: Workspace) -> None:
    """The real thing, for a user who is not root: chmod 000 cases/ is reported, nothing is deleted."""
    workspace.save_case(a_case())
    workspace.cases_dir.chmod(0)
    try:
        assert workspace.case_codes() == []
        assert kinds(workspace)["cases"] == "folder_unreadable"
    finally:
        workspace.cases_dir.chmod(0o700)
    assert workspace.case_path(CODE).exists()


@pytest.mark.parametrize(("name", "kind", "fix"), [("c-7k4q.toml", "misnamed", "C-7K4Q.toml"),
                                                   ("C-7K4Q.TOML", "misnamed", "C-7K4Q.toml"),
                                                   ("notes.toml", "not_a_case", "")])
def test_a_misnamed_case_file_is_reported_not_loaded(workspace: Workspace, name: str, kind: str, fix: str) -> None:
    """A .toml in cases/ not named like a case is reported by name with the fix; not loaded, not deleted."""
    data = dump_document(a_case())
    (workspace.cases_dir / name).write_bytes(data)
    assert workspace.case_codes() == []
    [problem] = workspace.problems
    assert (problem.file.name, problem.kind, problem.detail) == (name, kind, fix)
    assert (workspace.cases_dir / name).read_bytes() == data


def test_the_index_and_legacy_index_are_not_reported_as_misnamed(workspace: Workspace) -> None:
    """Bouwsteen's own files in cases/ are not case files and not problems."""
    workspace.save_case(a_case())
    workspace.case_summaries()
    (workspace.cases_dir / "index.toml").write_bytes(b"")
    assert workspace.case_codes() == [CODE]
    assert workspace.problems == []


# --------------------------------------------------------------------------------------------- deep nesting


@pytest.mark.parametrize("name", ["settings.toml", "network.toml", f"cases/{CODE}.toml"])
def test_a_deeply_nested_file_is_set_aside_byte_for_byte(workspace: Workspace, root: Path, name: str) -> None:
    """5,000 nested ``[`` is a corrupt file: set aside untouched, reported; never a RecursionError."""
    (root / name).write_bytes(DEEP)
    workspace.load_settings()
    workspace.load_sheet("network")
    workspace.load_cases()
    [problem] = workspace.problems
    assert problem.kind == "corrupt"
    assert problem.set_aside_to is not None
    assert problem.set_aside_to.read_bytes() == DEEP
    assert not (root / name).exists()


def test_a_deeply_nested_index_is_rebuilt(workspace: Workspace) -> None:
    """A deeply nested index (header or a line) is a stale cache: the summaries come from the case files."""
    workspace.save_case(a_case())
    for content in (b"[" * 5000 + b"\n", b'{"schema_version":2,"document":"case-index"}\n' + b"[" * 5000 + b"\n"):
        workspace.index_path.write_bytes(content)
        assert [s.code for s in workspace.case_summaries()] == [CODE]
    assert workspace.problems == []
