"""``bouwsteen import FILE`` while a Bouwsteen window holds the workspace (issue 15, part 5): it says exactly what to
do, with the file's full path, in the workspace's language; nothing changes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bouwsteen_tui.cli import main
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import DEMO_CASE_CODES, write_demo
from bouwsteen_tui.core.exchange import export_case, write_case_file
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace

HOLD = """
import sys
from pathlib import Path
from bouwsteen_tui.core.workspace import Workspace
workspace = Workspace.open(Path(sys.argv[1]))
print("read-only" if workspace.read_only else "held", flush=True)
sys.stdin.readline()
workspace.close()
"""


def case_file(tmp_path: Path) -> Path:
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    with Workspace.open(tmp_path / "trainer") as workspace:
        _, network, cases = write_demo(workspace, pack)
    path = tmp_path / "handout" / "casus-C-7K4Q.toml"
    write_case_file(path, export_case(pack, cases[0], network, author="CLB Voorbeeldstad"))
    assert cases[0].code == DEMO_CASE_CODES[0]
    return path


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", ("Bouwsteen is open op deze werkmap", "Ctrl+P → Casus importeren → kies",
             "sluit dat venster en voer hetzelfde commando opnieuw uit")),
     ("en", ("Bouwsteen is open on this workspace", "Ctrl+P → Import a case → choose",
             "close that window and run the same command again"))],
)
def test_import_while_another_process_holds_the_workspace_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str,
    expected: tuple[str, ...]
) -> None:
    """Another process (a running app) holds the lock: the import names the window, the palette command with the
    file's full path, and the alternative; exit 1; the workspace is unchanged."""
    source = case_file(tmp_path)
    root = tmp_path / "participant"
    with Workspace.open(root):
        pass
    before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    monkeypatch.chdir(source.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        code = main(["import", source.name, "--workspace", str(root), "--lang", lang])  # a relative path
        err = capsys.readouterr().err
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert code == 1
    text = " ".join(err.split())
    for part in expected:
        assert part in text
    assert str(source) in text  # the full path, where only the name was typed
    assert str(root) in text
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*")) == before
