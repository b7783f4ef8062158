"""The ledger of files written outside the workspace (core/ledger.py): fingerprints, what wipe may delete, what it
must leave, and a damaged ledger."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from bouwsteen_tui.core import ledger


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_recorded_file_carries_its_size_and_sha256(root: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "out" / "rolkaart.md", "# Rolkaart\n")
    assert ledger.record(root, [path], "export")
    found = ledger.read(root)
    assert [(e.path, e.what, e.size, e.sha256) for e in found.files] == [
        (str(path), "export", 11, hashlib.sha256(b"# Rolkaart\n").hexdigest())
    ]
    assert ledger.check(found.files[0]) == "same"
    assert found.unreadable == []
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in (root / ledger.LEDGER_DIR).iterdir())


def test_an_unchanged_file_is_deleted_a_changed_one_kept_a_missing_one_reported(root: Path, tmp_path: Path) -> None:
    same = write(tmp_path / "out" / "a.md", "a")
    changed = write(tmp_path / "out" / "b.md", "b")
    gone = write(tmp_path / "out" / "c.md", "c")
    assert ledger.record(root, [same, changed, gone], "export")
    changed.write_text("b, with my own notes", encoding="utf-8")
    gone.unlink()
    found = ledger.read(root)
    assert [ledger.check(e) for e in found.files] == ["same", "changed", "missing"]
    assert ledger.existing(found) == [same, changed]
    cleared = ledger.clear(found)
    assert cleared.deleted == [same] and not same.exists()
    assert cleared.changed == [changed] and changed.read_text(encoding="utf-8") == "b, with my own notes"
    assert cleared.missing == [gone]


def test_same_size_other_content_is_changed(root: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "x.md", "abc")
    ledger.record(root, [path], "case_file")
    path.write_text("abd", encoding="utf-8")
    assert ledger.check(ledger.read(root).files[0]) == "changed"


def test_a_file_replaced_by_a_link_is_changed_and_its_target_untouched(root: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "x.md", "abc")
    ledger.record(root, [path], "export")
    precious = write(tmp_path / "precious.md", "abc")  # same content, so only the link gives it away
    path.unlink()
    path.symlink_to(precious)
    cleared = ledger.clear(ledger.read(root))
    assert cleared.changed == [path] and precious.exists() and path.is_symlink()


def test_a_later_write_of_the_same_file_supersedes_the_earlier_record(root: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "kalender.ics", "v1")
    ledger.record(root, [path], "export")
    path.write_text("version 2", encoding="utf-8")
    ledger.record(root, [path], "export")
    found = ledger.read(root)
    assert len(found.files) == 1 and ledger.check(found.files[0]) == "same"


def test_folders_bouwsteen_created_go_when_empty_and_stay_when_not(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "bouwsteen-export"
    created = ledger.new_folders(out)
    assert created == [tmp_path / "new", out]
    assert ledger.new_folders(tmp_path) == []  # it exists: not ours to remove
    mine = write(out / "a.md", "a")
    ledger.record(root, [mine], "export", created)
    cleared = ledger.clear(ledger.read(root))
    assert cleared.folders_removed == [out, tmp_path / "new"] and not (tmp_path / "new").exists()

    out.mkdir(parents=True)
    mine = write(out / "a.md", "a")
    ledger.record(root, [mine], "export", ledger.new_folders(out))
    ledger.record(root, [mine], "export", [tmp_path / "new", out])
    theirs = write(out / "mine-not-bouwsteen.txt", "keep")
    cleared = ledger.clear(ledger.read(root))
    assert cleared.folders_kept == [out] and theirs.exists() and not mine.exists()  # its parent: not repeated


def test_a_rescue_copy_is_recorded_with_its_folders(root: Path, tmp_path: Path) -> None:
    rescue = tmp_path / "bouwsteen-reddingskopie-1"
    write(rescue / "cases" / "C-ABCD.toml", "x")
    write(rescue / "role.toml", "y")
    assert ledger.record_tree(root, rescue, "rescue")
    cleared = ledger.clear(ledger.read(root))
    assert len(cleared.deleted) == 2 and not rescue.exists()


def test_a_damaged_ledger_file_is_reported_and_the_rest_still_read(root: Path, tmp_path: Path) -> None:
    good = write(tmp_path / "good.md", "g")
    ledger.record(root, [good], "export")
    folder = root / ledger.LEDGER_DIR
    broken = write(folder / "00000000T000000-1-deadbeef.toml", "this is [not toml")
    foreign = write(folder / "00000000T000000-2-deadbeef.toml", 'document = "case"\nfiles = 3\n')
    nested = write(folder / "00000000T000000-3-deadbeef.toml", "a = " + "[" * 5000)
    found = ledger.read(root)
    assert [e.path for e in found.files] == [str(good)]
    assert sorted(found.unreadable) == sorted([broken, foreign, nested])


def test_a_ledger_folder_that_is_a_link_is_not_followed(root: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / ledger.LEDGER_DIR).symlink_to(elsewhere)
    path = write(tmp_path / "x.md", "x")
    assert not ledger.record(root, [path], "export")
    assert list(elsewhere.iterdir()) == []
    assert ledger.read(root).unreadable == [root / ledger.LEDGER_DIR]


def test_no_ledger_is_an_empty_one(root: Path) -> None:
    found = ledger.read(root)
    assert (found.files, found.folders, found.unreadable) == ([], [], [])
    assert ledger.clear(found).deleted == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_workspace_records_nothing_and_says_so(root: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "x.md", "x")
    root.chmod(0o500)
    try:
        assert not ledger.record(root, [path], "bundle")
    finally:
        root.chmod(0o700)
    assert ledger.read(root).files == []
