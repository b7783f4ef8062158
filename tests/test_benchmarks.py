"""The benchmark command keeps working (its figures are not judged here: timing belongs in benchmarks, not tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the benchmark command

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def test_the_autosave_benchmark_runs_and_prints_its_figure_beside_the_target() -> None:
    """``--only save`` runs without building a wheel; it prints the figure, its target and a verdict line."""
    result = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--only", "save"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode in (0, 1), result.stderr  # 1 only means a target was missed on this machine
    lines = result.stdout.splitlines()
    figure = next(line for line in lines if line.startswith("autosave of a large case"))
    assert " ms" in figure and "< 5 ms" in figure and ("PASS" in figure or "FAIL" in figure)
    assert lines[-1] in ("all targets met", "FAILED: a target was missed")
    assert (lines[-1] == "all targets met") == (result.returncode == 0)


def test_the_export_per_case_benchmark_runs_and_judges_markdown_and_html() -> None:
    """``--only exportcases`` times each format at 1,000 cases against reading them; the document formats judged
    (Markdown, HTML) print the figure, the 3 ms target and a verdict, every format the exports know is there."""
    from bouwsteen_tui.export import FORMATS

    result = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--only", "exportcases"], capture_output=True, text=True, timeout=600
    )
    assert result.returncode in (0, 1), result.stderr  # 1 only means a target was missed on this machine
    lines = result.stdout.splitlines()
    assert any(line.startswith("read 1,000 cases (baseline)") for line in lines)
    figures = {line.split()[1]: line for line in lines if line.startswith("export ") and "per case" in line}
    assert set(figures) == set(FORMATS)
    for fmt in ("md", "html"):
        if fmt in figures:
            assert " ms" in figures[fmt] and "<= 3 ms" in figures[fmt] and ("PASS" in figures[fmt]
                                                                           or "FAIL" in figures[fmt])
    assert lines[-1] in ("all targets met", "FAILED: a target was missed")
    assert (lines[-1] == "all targets met") == (result.returncode == 0)
