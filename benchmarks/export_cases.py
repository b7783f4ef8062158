"""Export time per case per format at 1,000 cases (``benchmarks/run.py --only exportcases``).

Each format is exported on its own: every document format the exports know (``DOCUMENT_FORMATS``, in the order
written) and the calendar. The judged figure is the export without the disk: reading the 1,000 cases, building
their documents and rendering them to bytes (``workspace_outputs`` and each output's ``data()``), divided by the
number of cases; the role card and the network map are a small fixed share. Reading the cases alone is measured
in the same rounds as the baseline. A format too slow for the rounds (DOCX, through python-docx) is measured once.

Without ``--quick`` the export is also written to disk (``export_outputs``), beside a second baseline: writing the
same bytes again without rendering them. Each file is written atomically with fsync, so on most disks the writing,
not the rendering, is most of an export's time: it is reported, not judged (it measures the disk).
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

TARGET_MS = 3.0  # per case, for the formats of TARGETED (issue 14)
TARGETED = ("md", "html")
TODAY = date(2026, 11, 28)
ROUND_BUDGET = 30.0  # seconds a format may take over all rounds; a slower one is measured once


class Report(Protocol):
    def line(self, name: str, value: str, target: str, ok: bool | None) -> None: ...


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def bench_export_cases(report: Report, rounds: int, tmp: Path, big: Path, *, disk: bool = True) -> None:
    """Milliseconds per case for each format at 1,000 cases, against reading the cases (and writing the bytes)."""
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.files import atomic_write, make_dir
    from bouwsteen_tui.core.loader import load_pack_or_raise
    from bouwsteen_tui.core.workspace import Workspace
    from bouwsteen_tui.export import DOCUMENT_FORMATS, OutputKind, export_outputs, workspace_outputs

    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    formats = [*DOCUMENT_FORMATS, OutputKind.CALENDAR.value]
    with Workspace.open(big) as workspace:
        cases = len(workspace.case_codes())

        def ms(seconds: float) -> str:
            return f"{seconds / cases * 1000:.2f} ms"

        def render(fmt: str) -> int:
            outputs = workspace_outputs(workspace, pack, formats={fmt}, today=TODAY)
            return sum(len(output.data()) for output in outputs)

        render(formats[0])  # warm: the first read of the case files
        first = {fmt: _seconds(lambda f=fmt: render(f)) for fmt in formats}  # one run each, before the rounds
        loads, times = [], {fmt: [first[fmt]] for fmt in formats}
        for _ in range(rounds):  # the baseline and the formats in the same rounds, alternating
            loads.append(_seconds(workspace.load_cases))
            for fmt in formats:
                if first[fmt] * rounds <= ROUND_BUDGET:  # a slow format (DOCX) keeps its one run
                    times[fmt].append(_seconds(lambda f=fmt: render(f)))
        load = statistics.median(loads)
        report.line(f"read {cases:,} cases (baseline), per case", ms(load), "", None)
        for fmt in formats:
            seconds = statistics.median(times[fmt])
            per_case = seconds / cases * 1000
            targeted = fmt in TARGETED
            runs = "" if len(times[fmt]) > 1 else " (1 run)"
            report.line(f"export {fmt} without the disk, {cases:,} cases: per case{runs}", f"{per_case:.2f} ms",
                        f"<= {TARGET_MS:.0f} ms" if targeted else "", per_case <= TARGET_MS if targeted else None)
            report.line("  ratio to reading the cases", f"{seconds / load:.2f}x", "", None)
        if not disk:
            return
        for fmt in formats:
            out, copy = tmp / f"export-{fmt}", tmp / f"copy-{fmt}"
            shutil.rmtree(out, ignore_errors=True)
            start = time.perf_counter()
            written = export_outputs(workspace, pack, out, formats={fmt}, today=TODAY)
            seconds = time.perf_counter() - start
            data = [(path.name, path.read_bytes()) for path in written]
            make_dir(copy)
            start = time.perf_counter()
            for name, content in data:
                atomic_write(copy / name, content)
            writing = time.perf_counter() - start
            report.line(f"export {fmt} to disk, {len(data):,} files: per case", ms(seconds), "", None)
            report.line("  writing the same bytes without rendering (baseline)", ms(writing), "", None)
            if len(data) > 1:  # one file (the calendar): the baseline is a single write, no ratio worth giving
                report.line("  ratio to writing", f"{seconds / writing:.2f}x", "", None)
