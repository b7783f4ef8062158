"""The background saver: the typing path hands over bytes; one thread writes them, newest snapshot wins."""

from __future__ import annotations

import threading
from pathlib import Path

from bouwsteen_tui.core.saver import BackgroundSaver


def test_submit_returns_before_the_write_happens(tmp_path: Path) -> None:
    """A slow disk never blocks the caller: submit() returns while the write is still waiting."""
    gate = threading.Event()
    written: list[bytes] = []

    def slow_write(path: Path, data: bytes) -> None:
        gate.wait(5)
        written.append(data)

    saver = BackgroundSaver(slow_write)
    saver.submit(tmp_path / "a.toml", b"one")  # a submit that waited for the write would wait for the gate
    assert written == []
    gate.set()
    assert saver.flush(5)
    assert written == [b"one"]
    saver.close()


def test_only_the_newest_snapshot_of_a_file_is_written_when_typing_outruns_the_disk(tmp_path: Path) -> None:
    """Snapshots queued while a write is busy coalesce: the file ends with the newest, older ones are skipped."""
    gate = threading.Event()
    busy = threading.Event()
    written: list[bytes] = []

    def write(path: Path, data: bytes) -> None:
        busy.set()
        gate.wait(5)
        written.append(data)

    saver = BackgroundSaver(write)
    target = tmp_path / "case.toml"
    saver.submit(target, b"v1")
    assert busy.wait(5)  # v1 is being written
    for version in (b"v2", b"v3", b"v4"):
        saver.submit(target, version)
    gate.set()
    assert saver.flush(5)
    assert written[0] == b"v1" and written[-1] == b"v4"
    assert len(written) == 2
    saver.close()


def test_a_failed_write_is_reported_and_the_saver_keeps_going(tmp_path: Path) -> None:
    """A full disk is reported through the callback; later saves still happen."""
    errors: list[tuple[Path, Exception]] = []
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        if data == b"fail":
            raise OSError(28, "No space left on device")
        written.append(path)

    saver = BackgroundSaver(write, on_error=lambda p, e: errors.append((p, e)))
    saver.submit(tmp_path / "a.toml", b"fail")
    saver.flush(5)
    saver.submit(tmp_path / "b.toml", b"ok")
    saver.flush(5)
    saver.close()
    assert [p.name for p, _e in errors] == ["a.toml"]
    assert written == [tmp_path / "b.toml"]


def test_a_snapshot_function_is_encoded_on_the_saver_thread(tmp_path: Path) -> None:
    """A callable snapshot is called on the saver's own thread, not the caller's, and its bytes are written."""
    written: dict[Path, bytes] = {}
    callers: list[str] = []

    def encode() -> bytes:
        callers.append(threading.current_thread().name)
        return b"encoded"

    saver = BackgroundSaver(lambda path, data: written.__setitem__(path, data))
    saver.submit(tmp_path / "a.toml", encode)
    assert saver.flush()
    saver.close()
    assert written == {tmp_path / "a.toml": b"encoded"}
    assert callers == ["bouwsteen-saver"]


def test_a_failed_write_is_kept_until_a_later_one_succeeds(tmp_path: Path) -> None:
    """What could not be written stays available (for a rescue copy) until the same file is written after all."""
    attempts: list[bytes] = []

    def write(path: Path, data: bytes) -> None:
        attempts.append(data)
        if len(attempts) == 1:
            raise OSError(28, "No space left on device")

    saver = BackgroundSaver(write)
    saver.submit(tmp_path / "a.toml", lambda: b"first")
    saver.flush()
    assert saver.failed() == {tmp_path / "a.toml": b"first"}
    saver.retry()
    saver.flush()
    assert saver.failed() == {}
    assert attempts == [b"first", b"first"]
    saver.close()
