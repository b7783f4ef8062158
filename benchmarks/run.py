"""Bouwsteen's speed and memory, as ratios against baselines measured in the same run.

    .venv/bin/python benchmarks/run.py [--quick] [--only GROUP[,GROUP…]]

The groups: app, cli, save, exportmb, exportcases, typing, and issue 17's memory, usablehome, opencase, typingp95,
switchpart, review (user_speed.py).

Prints each figure beside its target and exits 1 when a target is missed. Every figure is a ratio against a
baseline measured in this same run (alternating, median of several rounds), so a busy machine does not fool it.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import user_speed
from export_cases import bench_export_cases  # benchmarks/ is on the path: this script's own folder

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
MARKER = b"De drie stappen"  # the first screen: the home screen's first heading (hello.py prints it too)
READY = b"vragen beantwoord"  # the home screen is ready: the steps with their progress, read from the workspace
STEP = b"Deel 1 van"  # step 1 is open on its first part (Enter on the home screen's first step)

# --------------------------------------------------------------------------------------------- helpers


def run_in_pty(
    argv: list[str],
    marker: bytes | tuple[bytes, ...],
    timeout: float = 60.0,
    then: tuple[bytes, bytes] | None = None,
    settle: float = 0.0,
) -> tuple[float, int]:
    """Start ``argv`` in a 100×30 pseudo-terminal; seconds until ``marker`` is drawn, and peak RSS in KiB.

    A tuple of markers waits until all of them are drawn.

    Once the marker is on screen, Ctrl+Q is sent and the process's own peak memory is read from wait4().
    With ``then=(keys, next_marker)`` the keys are typed first, and Ctrl+Q waits for ``next_marker``.
    With ``settle``, Ctrl+Q waits that many seconds more (what loads after the screen counts towards the memory).
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TEXTUAL_THEME")}
    env["TERM"] = "xterm-256color"
    first = marker if isinstance(marker, tuple) else (marker,)
    stages = [(first, b"")] + ([((then[1],), then[0])] if then else [])  # (what to wait for, keys typed before)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    buffer = b""
    elapsed: float | None = None
    quit_at: float | None = None
    deadline = start + timeout + settle
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.02)
            if ready:
                with contextlib.suppress(OSError):
                    buffer += os.read(master, 65536)
                if stages and all(text in buffer for text in stages[0][0]):
                    stages.pop(0)
                    if elapsed is None:
                        elapsed = time.perf_counter() - start
                    buffer = b""
                    if stages:
                        os.write(master, stages[0][1])  # the next keys
                    else:
                        quit_at = time.perf_counter() + settle
            if quit_at is not None and time.perf_counter() >= quit_at:
                os.write(master, b"\x11")  # Ctrl+Q
                quit_at = None
            pid, _status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = 0  # reaped here; keeps Popen from waiting again
                if elapsed is None or stages:
                    raise RuntimeError(f"{argv[0]} exited before drawing {marker!r}: {buffer[-400:]!r}")
                return elapsed, int(usage.ru_maxrss)
        raise RuntimeError(f"{argv[0]} did not draw {marker!r} and quit within {timeout}s: {buffer[-400:]!r}")
    finally:
        if proc.returncode is None:
            proc.kill()
            proc.wait()
        os.close(master)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def make_workspace(root: Path, cases: int) -> Path:
    """A workspace with ``cases`` generated cases, each with agreements and perspectives."""
    from bouwsteen_tui.core.answers import Case, PartnerAnswer, Record, RecordsAnswer, Sheet, TextAnswer
    from bouwsteen_tui.core.files import dump_document
    from bouwsteen_tui.core.workspace import Workspace

    ws = Workspace.open(root)
    network = Sheet(pack_id="bouwsteen", step_id="network")
    partners = [
        Record(id=f"p-{i:04x}", values={"organisation": f"Partner {i}", "type": "school", "strength": "workable"})
        for i in range(20)
    ]
    network.set("partners", RecordsAnswer(items=partners))
    ws.save(network)
    start = date(2026, 9, 1)
    for i in range(cases):
        code = "C-" + "".join("23456789ABCDEFGHJKMNPQRSTUVWXYZ"[(i // 31**k) % 31] for k in range(5))
        case = Case(
            pack_id="bouwsteen", code=code, description=f"oefencasus {i}", created=start, keep_until=date(2027, 6, 30)
        )
        case.set("case_partners", PartnerAnswer(partners=[p.id for p in partners[:3]]))
        case.set("shared_framing", TextAnswer(text="Een gedeelde situering van enkele zinnen. " * 5))
        case.set(
            "agreements",
            RecordsAnswer(
                items=[
                    Record(
                        values={
                            "what": f"afspraak {j}",
                            "who": partners[j % 20].id,
                            "report_date": start + timedelta(days=30 + j),
                            "adjust_date": start + timedelta(days=60),
                        }
                    )
                    for j in range(5)
                ]
            ),
        )
        # written without fsync: this is set-up, not what is measured
        (ws.cases_dir / f"{code}.toml").write_bytes(dump_document(case))
    ws.close()
    return root


def large_case() -> object:
    from bouwsteen_tui.core.answers import Case, PartnerAnswer, Record, RecordsAnswer, TextAnswer

    case = Case(pack_id="bouwsteen", code="C-BENCH")
    case.set("case_partners", PartnerAnswer(partners=[f"p-{i:04x}" for i in range(20)]))
    case.set(
        "perspectives",
        RecordsAnswer(
            items=[
                Record(
                    values={
                        "partner": f"p-{i:04x}",
                        "observations": "Observatie. " * 20,
                        "interpretations": "Interpretatie. " * 20,
                    }
                )
                for i in range(20)
            ]
        ),
    )
    case.set(
        "agreements",
        RecordsAnswer(
            items=[
                Record(
                    values={
                        "what": f"Afspraak {j}: " + "concreet " * 10,
                        "who": f"p-{j % 20:04x}",
                        "by_when": date(2027, 1, 1),
                        "report_date": date(2027, 2, 1),
                        "report_to": "klasleerkracht",
                        "adjust_date": date(2027, 3, 1),
                        "adjust_how": "nieuw overleg",
                    }
                )
                for j in range(50)
            ]
        ),
    )
    case.set("shared_framing", TextAnswer(text="Situering. " * 100))
    return case


# --------------------------------------------------------------------------------------------- figures


class Report:
    def __init__(self) -> None:
        self.failed = False

    def line(self, name: str, value: str, target: str, ok: bool | None) -> None:
        mark = "" if ok is None else ("PASS" if ok else "FAIL")
        if ok is False:
            self.failed = True
        print(f"{name:<58} {value:>16}   {target:<14} {mark}", flush=True)


def rounds_alternating(rounds: int, *runs: Callable[[], tuple[float, int]]) -> list[list[tuple[float, int]]]:
    results: list[list[tuple[float, int]]] = [[] for _ in runs]
    for _ in range(rounds):
        for index, run in enumerate(runs):
            results[index].append(run())
    return results


def install_wheel(tmp: Path) -> Path:
    """The ``bouwsteen`` command as a user gets it: the wheel, installed (and so byte-compiled) into a venv.

    An editable install of the source tree starts slower than what users run when ``PYTHONDONTWRITEBYTECODE`` is
    set, as it is on some machines: every start compiles the modules again. The venv borrows this environment's
    dependencies through a ``.pth`` file, so no download is needed.
    """
    wheels = tmp / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(HERE.parent)], check=True
    )
    (wheel,) = wheels.glob("bouwsteen-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = subprocess.run(
        [sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "bouwsteen-benchmark-deps.pth").write_text(ours + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
    )
    return venv / "bin"


def bench_app(report: Report, rounds: int, bindir: Path, tmp: Path, big: Path) -> None:
    """Time to first screen and to a ready home screen, and peak memory, against the hello-world app."""
    bouwsteen = str(bindir / "bouwsteen")
    empty = tmp / "empty"

    def hello() -> tuple[float, int]:
        return run_in_pty([str(bindir / "python"), str(HERE / "hello.py")], MARKER)

    def app_first() -> tuple[float, int]:
        shutil.rmtree(empty, ignore_errors=True)
        return run_in_pty([bouwsteen, "--workspace", str(empty)], MARKER)

    def app_ready_empty() -> tuple[float, int]:
        shutil.rmtree(empty, ignore_errors=True)
        return run_in_pty([bouwsteen, "--workspace", str(empty)], READY)

    def app_ready_big() -> tuple[float, int]:
        (big / "settings.toml").unlink(missing_ok=True)  # start on the home screen every time
        return run_in_pty([bouwsteen, "--workspace", str(big)], READY)

    def app_step_one() -> tuple[float, int]:
        shutil.rmtree(empty, ignore_errors=True)
        return run_in_pty([bouwsteen, "--workspace", str(empty)], READY, then=(b"\r", STEP))

    base, first_runs, empty_runs, big_runs, step_runs = rounds_alternating(
        rounds, hello, app_first, app_ready_empty, app_ready_big, app_step_one
    )
    t_hello = statistics.median(t for t, _ in base)
    t_first = statistics.median(t for t, _ in first_runs)
    t_empty = statistics.median(t for t, _ in empty_runs)
    t_big = statistics.median(t for t, _ in big_runs)
    m_hello = statistics.median(m for _, m in base)
    m_app = max(m for _, m in empty_runs + big_runs)  # start-up: until the home screen is ready
    m_step = statistics.median(m for _, m in step_runs)
    report.line("hello-world Textual app: first screen (baseline)", f"{t_hello * 1000:.0f} ms", "", None)
    report.line("bouwsteen, empty workspace: first screen", f"{t_first * 1000:.0f} ms", "", None)
    report.line("  ratio to hello world", f"{t_first / t_hello:.2f}x", "<= 1.30x", t_first / t_hello <= 1.3)
    report.line("bouwsteen, empty workspace: home screen ready", f"{t_empty * 1000:.0f} ms", "", None)
    report.line("  ratio to hello world (for information)", f"{t_empty / t_hello:.2f}x", "", None)
    report.line("bouwsteen, 1,000 cases: home screen ready", f"{t_big * 1000:.0f} ms", "", None)
    report.line("  ratio to empty workspace", f"{t_big / t_empty:.2f}x", "<= 1.50x", t_big / t_empty <= 1.5)
    report.line("peak memory, hello world (baseline)", f"{m_hello / 1024:.1f} MiB", "", None)
    report.line("peak memory, bouwsteen to a ready home screen (largest run)", f"{m_app / 1024:.1f} MiB", "", None)
    # issue 17 moved the memory baseline to hello world with pydantic (--only memory): this one is for information
    report.line("  ratio to hello world (for information; target: memory)", f"{m_app / m_hello:.2f}x", "", None)
    report.line("peak memory, bouwsteen with step 1 open", f"{m_step / 1024:.1f} MiB", "", None)
    report.line("  ratio to hello world (for information)", f"{m_step / m_hello:.2f}x", "", None)


def bench_cli(report: Report, rounds: int, sizes: list[int], bindir: Path, tmp: Path, big: Path) -> None:
    """``list`` and ``export``: the per-case cost at several sizes, against the empty workspace."""
    from bouwsteen_tui.core.workspace import Workspace

    bouwsteen = str(bindir / "bouwsteen")
    empty = tmp / "empty-cli"
    Workspace.open(empty).close()
    list_empty = statistics.median(timed([bouwsteen, "list", "--workspace", str(empty)]) for _ in range(rounds))
    report.line("bouwsteen list, empty workspace (baseline)", f"{list_empty * 1000:.0f} ms", "", None)
    per_case: dict[str, dict[int, float]] = {"list": {}, "export": {}}
    for size in sizes:
        root = big if size == 1000 else make_workspace(tmp / f"ws{size}", size)
        for command in ("list", "export"):
            # Markdown and the calendar, as the README's figure says (all formats: --only exportcases)
            extra = ["--out", str(tmp / f"out{size}"), "--format", "md,ics"] if command == "export" else []
            argv = [bouwsteen, command, "--workspace", str(root), *extra]
            timed(argv)  # warm: builds the index once
            seconds = statistics.median(timed(argv) for _ in range(max(1, rounds // 2)))
            cost = (seconds - list_empty) / size
            per_case[command][size] = cost
            report.line(f"bouwsteen {command}, {size:,} cases", f"{seconds:.2f} s", "", None)
            report.line("  per case", f"{cost * 1e3:.3f} ms", "", None)
    for command, costs in per_case.items():
        small, large = costs[sizes[-2]], costs[sizes[-1]]
        report.line(
            f"{command}: per-case cost {sizes[-1]:,} vs {sizes[-2]:,} cases (flat = linear)",
            f"{large / small:.2f}x",
            "<= 1.50x",
            large / small <= 1.5,
        )


def bench_save(report: Report, tmp: Path) -> None:
    """Autosave of a large case: the typing path only serialises and hands over to the saver thread."""
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.loader import load_pack_or_raise
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.core.workspace import Workspace

    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    session = Session(pack, Workspace.open(tmp / "save"), background=True)
    case = large_case()
    typing = []
    for _ in range(100):
        start = time.perf_counter()
        session.save(case)  # type: ignore[arg-type]
        typing.append(time.perf_counter() - start)
    session.flush()
    disk = []
    for _ in range(30):
        start = time.perf_counter()
        session.workspace.save(case)  # type: ignore[arg-type]
        disk.append(time.perf_counter() - start)
    session.close()
    t_typing = statistics.median(typing)
    report.line(
        "autosave of a large case (50 agreements, 20 partners)", f"{t_typing * 1000:.2f} ms", "< 5 ms", t_typing < 0.005
    )
    report.line("  the write itself, on the saver thread (fsync)", f"{statistics.median(disk) * 1000:.2f} ms", "", None)


EXPORT_SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
# Text without a space that exercises every pattern over user text: a path, colons, brackets and dash runs,
# an @ without a domain, e-mail addresses glued to digits, and an entity-like "&x;".
EXPORT_UNIT = "a.b/c:[[--x@y-jan@x.be9&amp;_*"


def bench_export_mb(report: Report, rounds: int) -> None:
    """Export time per megabyte of user text without spaces, at 10 KB to 5 MB: linear means flat.

    The text is a case's shared framing and the 'what' of an agreement with a report-back date, so it runs through
    the Markdown sheet (paragraph, table cell, the agreement in full) and the calendar. The cost of an empty case
    (measured in the same rounds) is subtracted; small texts are exported several times per round.
    """
    from bouwsteen_tui.core.answers import Case, Record, RecordsAnswer, TextAnswer
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.loader import load_pack_or_raise
    from bouwsteen_tui.export import render_calendar, render_case_sheet

    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    stamp = datetime(2026, 11, 28, tzinfo=UTC)

    def case_with(text: str) -> Case:
        case = Case(pack_id="bouwsteen", code="C-BENCH", created=date(2026, 10, 1), keep_until=date(2027, 6, 30))
        case.set("shared_framing", TextAnswer(text=text or "x"))
        agreement = Record(values={"what": text or "x", "report_date": date(2026, 12, 11)})
        case.set("agreements", RecordsAnswer(items=[agreement]))
        return case

    def export_time(case: Case, repeat: int) -> float:
        start = time.perf_counter()
        for _ in range(repeat):
            render_case_sheet(pack, case, None, None, date(2026, 11, 28))
            render_calendar(pack, [case], None, stamp=stamp)
        return (time.perf_counter() - start) / repeat

    empty = case_with("")
    per_mb: dict[int, float] = {}
    for size in EXPORT_SIZES:
        case = case_with((EXPORT_UNIT * (size // len(EXPORT_UNIT) + 1))[:size])
        repeat = max(1, 1_000_000 // size)
        runs = rounds if size < 5_000_000 else 3
        pairs = [(export_time(case, repeat), export_time(empty, repeat)) for _ in range(runs)]
        seconds = statistics.median(full - base for full, base in pairs)
        per_mb[size] = seconds / (size / 1_000_000)
        report.line(f"export of {size / 1000:,.0f} KB of text without spaces", f"{seconds * 1000:.1f} ms", "", None)
        report.line("  per MB", f"{per_mb[size] * 1000:.0f} ms", "", None)
    ratio = per_mb[EXPORT_SIZES[-1]] / per_mb[EXPORT_SIZES[0]]
    report.line("export: time per MB, 5 MB vs 10 KB (flat = linear)", f"{ratio:.2f}x", "<= 1.50x", ratio <= 1.5)


def bench_typing(report: Report, bindir: Path) -> None:
    """Event-loop time per keystroke while typing in a case with 50 agreements, saves included (keystrokes.py)."""
    figures = user_speed.keystrokes(bindir)
    percentile = user_speed.percentile
    hello, ours = figures["hello"], figures["bouwsteen"]
    report.line("typing: Textual app with one TextArea, p50 / p99 (baseline)",
                f"{statistics.median(hello) * 1000:.1f} / {percentile(hello, 0.99) * 1000:.1f} ms", "", None)
    p99 = percentile(ours, 0.99)
    report.line("typing in a case with 50 agreements, p50 / p99",
                f"{statistics.median(ours) * 1000:.1f} / {p99 * 1000:.1f} ms", "p99 < 16 ms", p99 < 0.016)
    report.line("  p99 ratio to the baseline", f"{p99 / percentile(hello, 0.99):.2f}x", "", None)
    report.line("  p95, one TextArea / the case (for information)",
                f"{percentile(hello, 0.95) * 1000:.1f} / {percentile(ours, 0.95) * 1000:.1f} ms", "", None)


GROUPS = ("app", "cli", "save", "exportmb", "exportcases", "typing", "memory", "usablehome", "opencase",
          "switchpart", "review", "typingp95")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and sizes (for a smoke run)")
    parser.add_argument(
        "--only",
        metavar="GROUP[,GROUP…]",
        help="some groups of figures, comma-separated: app (start and memory), cli (list and export), save "
        "(autosave), exportmb (export per MB of text), exportcases (export per case per format at 1,000 cases), "
        "typing (event-loop time per keystroke), memory (against hello world with pydantic; flat in the cases), "
        "usablehome (to the usable home), opencase (a large case at its last part), typingp95 (key press to "
        "painted character), switchpart (parts within a step), review (the review of a full step 2)",
    )
    parser.add_argument("--rounds", type=int, help="rounds per figure (default 7, or 3 with --quick)")
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 7)
    sizes = [100, 1000] if args.quick else [100, 1000, 5000]
    groups = args.only.split(",") if args.only else list(GROUPS)
    if unknown := [group for group in groups if group not in GROUPS]:
        parser.error(f"unknown group {', '.join(unknown)}; the groups: {', '.join(GROUPS)}")
    report = Report()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {rounds} rounds, median\n")

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bindir = install_wheel(tmp) if set(groups) - {"save", "exportmb", "exportcases"} else BIN
        print(f"{'figure':<58} {'value':>16}   {'target':<14}")
        big = make_workspace(tmp / "big", 1000)
        subprocess.run(
            [str(bindir / "bouwsteen"), "list", "--workspace", str(big)], check=True, stdout=subprocess.DEVNULL
        )
        if "app" in groups:
            bench_app(report, rounds, bindir, tmp, big)
            print()
        if "cli" in groups:
            bench_cli(report, rounds, sizes, bindir, tmp, big)
            print()
        if "save" in groups:
            bench_save(report, tmp)
            print()
        if "exportmb" in groups:
            bench_export_mb(report, rounds)
            print()
        if "exportcases" in groups:
            bench_export_cases(report, rounds, tmp, big, disk=not args.quick)
            print()
        if "typing" in groups:
            bench_typing(report, bindir)
            print()
        if "memory" in groups:
            user_speed.bench_memory(report, rounds, bindir, tmp, big)
            print()
        if "usablehome" in groups:
            user_speed.bench_usable_home(report, rounds, bindir, big)
            print()
        if "opencase" in groups:
            user_speed.bench_open_case(report, bindir, rounds)
            print()
        if "switchpart" in groups:
            user_speed.bench_switch_part(report, bindir, rounds)
            print()
        if "review" in groups:
            user_speed.bench_review(report, bindir, rounds)
            print()
        if "typingp95" in groups:
            user_speed.bench_typing_paint(report, bindir)
            print()
    print("FAILED: a target was missed" if report.failed else "all targets met")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
