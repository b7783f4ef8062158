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
