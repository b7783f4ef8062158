"""The package as a user gets it: a wheel installed into a fresh venv, run from outside the repository.

Slow (about a minute): it builds the wheel, creates a venv and installs the dependencies from the package index.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds and installs a wheel in a fresh venv

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 900


def sh(args: list[str | Path], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a command; fail the test with its output when it fails."""
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_installs_and_runs_outside_the_repository(tmp_path: Path) -> None:
    """From the installed wheel, outside the source tree: both built-in packs pass, the demo loads, --version is
    pyproject's."""
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    # Nothing may point back into the repository or its venv.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env = {k: v for k, v in env.items() if not k.startswith("BOUWSTEEN_")}
    env["BOUWSTEEN_WORKSPACE"] = str(tmp_path / "workspace")

    wheels = tmp_path / "wheels"
    sh([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", wheels, REPO], cwd=outside, env=env)
    (wheel,) = wheels.glob("bouwsteen-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for language in ("nl", "en"):
        assert f"bouwsteen_tui/content/{language}/pack.toml" in names
        assert f"bouwsteen_tui/core/demo/{language}.toml" in names  # the demo's example data
    assert not any(name.startswith(("tests/", ".venv/")) for name in names)
    prose = REPO / "src" / "bouwsteen_tui" / "i18n" / "text"  # the help and privacy texts, read at import
    assert {f"bouwsteen_tui/i18n/text/{p.name}" for p in prose.iterdir()} <= names

    venv = tmp_path / "venv"
    sh([sys.executable, "-m", "venv", venv], cwd=outside, env=env)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    bouwsteen = bindir / "bouwsteen"
    sh([python, "-m", "pip", "install", wheel], cwd=outside, env=env)
    purelib = Path(
        sh([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=outside, env=env)
        .stdout.strip()
    )

    result = sh([bouwsteen, "check-content"], cwd=outside, env=env)
    assert result.stdout.startswith("OK: ")
    assert "(nl)" in result.stdout
    assert str(purelib / "bouwsteen_tui" / "content" / "nl") in result.stdout  # the installed pack, not the repo's

    english = purelib / "bouwsteen_tui" / "content" / "en"
    assert english.is_dir()
    result = sh([bouwsteen, "check-content", english, "--lang", "en"], cwd=outside, env=env)
    assert result.stdout.startswith("OK: ")
    assert "pack 'bouwsteen' (en)" in result.stdout

    result = sh([bouwsteen, "demo", "--workspace", tmp_path / "demo", "--lang", "en"], cwd=outside, env=env)
    assert "C-7K4Q" in result.stdout  # the installed demo file was read and validated

    result = sh([bouwsteen, "--version"], cwd=outside, env=env)
    assert result.stdout == f"bouwsteen {version}\n"

    # the interface's catalogue reads its prose files from the installed package
    show = "from bouwsteen_tui.i18n.ui import MESSAGES; print(MESSAGES['privacy.body'][1].splitlines()[0])"
    result = sh([python, "-c", show], cwd=outside, env=env)
    assert result.stdout == "## What is stored where?\n"

    # every document in every format from the installed package: the HTML writer reads its style sheet from it,
    # the Word writer needs python-docx (a dependency of the wheel)
    out = tmp_path / "documents"
    result = sh([bouwsteen, "export", "--workspace", tmp_path / "demo", "--out", out, "--format", "all"],
                cwd=outside, env=env)
    written = {path.name for path in out.iterdir()}
    for stem in ("role-card", "case-record-C-7K4Q", "agreement-sheet-C-7K4Q", "family-sheet-C-7K4Q", "network-map"):
        assert {f"{stem}.md", f"{stem}.html", f"{stem}.docx"} <= written, (stem, sorted(written))
    assert "calendar.ics" in written
    page = (out / "role-card.html").read_text(encoding="utf-8")
    assert "@page" in page and "<script" not in page  # the installed style sheet is inlined
