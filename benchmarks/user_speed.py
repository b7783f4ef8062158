"""Speed as users feel it (issue 17): memory, the usable home, opening a case, typing, parts and the review.

``benchmarks/run.py --only memory|usablehome|opencase|typingp95|switchpart|review`` (several: comma-separated).
Every figure is set against a baseline measured in the same run, and the app runs from the installed wheel:

- ``memory``: peak RSS (as ``run_in_pty`` reports it) of the usable home with 1,000 cases against a Textual hello
  world that also imports pydantic and defines one model (hello_pydantic.py), and of the home with 5,000 cases
  against the home with 100. Each app quits a second after its screen is drawn, so memory that loading after
  the first paint takes (the step screens, a deferred pydantic) is counted too.
- ``usablehome``: from starting the command to the usable home on screen in a pseudo-terminal: the first step's
  title and the first case's code both drawn, with 1,000 cases, against hello.py's first screen; as every start
  after the first (drawn from the home screen's cache), and as the first start (no cache: drawn once the core is
  loaded).
- ``opencase``, ``switchpart``, ``review``: in process with Pilot (screens.py).
- ``typingp95``: key press to painted character in a case with 50 agreements (keystrokes.py).
"""

from __future__ import annotations

import json
import statistics
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

HERE = Path(__file__).resolve().parent
FIRST_CASE = b"C-22222"  # the code run.make_workspace gives its first case, the first row of the home's table
SETTLE = 1.0  # memory: each app quits this long after its screen is drawn, so what loads after the paint counts
_cached: dict[str, Any] = {}  # each in-process script runs once per run, however many groups read it


class Report(Protocol):
    def line(self, name: str, value: str, target: str, ok: bool | None) -> None: ...


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def first_step_title() -> bytes:
    from bouwsteen_tui.core.content import builtin_pack_dir
    from bouwsteen_tui.core.loader import load_pack_or_raise

    return load_pack_or_raise(builtin_pack_dir("nl")).steps[0].title.encode()


def home_runner(
    bindir: Path, root: Path, settle: float = 0.0, *, cached: bool = True
) -> Callable[[], tuple[float, int]]:
    """Starts ``bouwsteen`` on ``root``'s home screen; seconds until the usable home is drawn, and peak RSS (with
    ``settle``: the peak until that many seconds after the usable home, when the app quits).

    ``cached=False`` removes the home screen's cache first (``home-cache.json``, written by every start once the
    core is loaded): the first start on a workspace, or after the content pack changed."""
    from run import run_in_pty

    usable = (first_step_title(), FIRST_CASE)

    def run() -> tuple[float, int]:
        (root / "settings.toml").unlink(missing_ok=True)  # start on the home screen every time
        if not cached:
            (root / "home-cache.json").unlink(missing_ok=True)
        return run_in_pty([str(bindir / "bouwsteen"), "--workspace", str(root)], usable, settle=settle)

    run_in_pty([str(bindir / "bouwsteen"), "--workspace", str(root)], usable, settle=1.0)  # a start writes the cache
    return run


def workspace_of(bindir: Path, tmp: Path, cases: int) -> Path:
    """A workspace with ``cases`` cases and its index built (the index is read, not built, by a start)."""
    from run import make_workspace

    root = tmp / f"home{cases}"
    if not root.exists():
        make_workspace(root, cases)
        subprocess.run([str(bindir / "bouwsteen"), "list", "--workspace", str(root)], check=True,
                       stdout=subprocess.DEVNULL)
    return root


def bench_memory(report: Report, rounds: int, bindir: Path, tmp: Path, big: Path) -> None:
    from run import MARKER, rounds_alternating, run_in_pty

    def baseline() -> tuple[float, int]:
        return run_in_pty([str(bindir / "python"), str(HERE / "hello_pydantic.py")], MARKER, settle=SETTLE)

    small, large = workspace_of(bindir, tmp, 100), workspace_of(bindir, tmp, 5000)
    homes = (home_runner(bindir, root, SETTLE) for root in (big, small, large))
    runs = rounds_alternating(rounds, baseline, *homes)
    m_base, m_big, m_small, m_large = (statistics.median(m for _, m in results) / 1024 for results in runs)
    report.line("peak memory, hello world + pydantic and one model (baseline)", f"{m_base:.1f} MiB", "", None)
    report.line("peak memory, usable home with 1,000 cases", f"{m_big:.1f} MiB", "", None)
    report.line("  ratio to the baseline", f"{m_big / m_base:.2f}x", "<= 1.30x", m_big / m_base <= 1.3)
    report.line("peak memory, usable home with 100 cases", f"{m_small:.1f} MiB", "", None)
    report.line("peak memory, usable home with 5,000 cases", f"{m_large:.1f} MiB", "", None)
    report.line("  ratio 5,000 to 100 cases (flat in the cases)", f"{m_large / m_small:.2f}x", "<= 1.20x",
                m_large / m_small <= 1.2)


def bench_usable_home(report: Report, rounds: int, bindir: Path, big: Path) -> None:
    from run import MARKER, rounds_alternating, run_in_pty

    def hello() -> tuple[float, int]:
        return run_in_pty([str(bindir / "python"), str(HERE / "hello.py")], MARKER)

    runs = rounds_alternating(rounds, hello, home_runner(bindir, big), home_runner(bindir, big, cached=False))
    t_base, t_home, t_first = (statistics.median(t for t, _ in results) for results in runs)
    report.line("hello-world Textual app: first screen (baseline)", f"{t_base * 1000:.0f} ms", "", None)
    report.line("usable home, 1,000 cases: step titles and case rows drawn", f"{t_home * 1000:.0f} ms", "", None)
    report.line("  ratio to hello world", f"{t_home / t_base:.2f}x", "<= 1.50x", t_home / t_base <= 1.5)
    report.line("the same, first start (no home cache yet, or a changed pack)", f"{t_first * 1000:.0f} ms", "", None)
    report.line("  its ratio to hello world (for information)", f"{t_first / t_base:.2f}x", "", None)


def _script(bindir: Path, name: str, *args: str) -> Any:
    if name not in _cached:
        argv = [str(bindir / "python"), str(HERE / name), *args]
        done = subprocess.run(argv, check=True, capture_output=True, text=True)
        _cached[name] = json.loads(done.stdout)
    return _cached[name]


def bench_open_case(report: Report, bindir: Path, rounds: int) -> None:
    figures = screens(bindir, rounds)
    empty, large = statistics.median(figures["open_empty"]), statistics.median(figures["open_large"])
    report.line("open an empty case at its last part (baseline)", f"{empty * 1000:.0f} ms", "", None)
    report.line("open a case with 50 agreements, 20 partners, last part", f"{large * 1000:.0f} ms", "", None)
    report.line("  ratio to the empty case", f"{large / empty:.2f}x", "<= 1.50x", large / empty <= 1.5)


# Switching parts and opening the review: targets set after measuring them (issue 17), against opening an empty case
# in the same run. Measured on 7 December (medians 0.45x to 0.67x of it; p95 from 0.9x to 1.7x, as noisy as the
# machine), the target is the median: no more than 0.8 of opening a case. The p95 is reported for information.
SCREEN_P50 = 0.8


def _against_an_empty_case(report: Report, figures: Any, key: str, name: str) -> None:
    times, empty = figures[key], statistics.median(figures["open_empty"])
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    report.line(f"{name}, p50 / p95", f"{p50 * 1000:.0f} / {p95 * 1000:.0f} ms", "", None)
    report.line("  p50 ratio to opening an empty case", f"{p50 / empty:.2f}x", f"<= {SCREEN_P50:.2f}x",
                p50 / empty <= SCREEN_P50)
    report.line("  p95 ratio to it (for information)", f"{p95 / empty:.2f}x", "", None)


def bench_switch_part(report: Report, bindir: Path, rounds: int) -> None:
    _against_an_empty_case(report, screens(bindir, rounds), "switch", "switch parts within step 2 (large case)")


def bench_review(report: Report, bindir: Path, rounds: int) -> None:
    _against_an_empty_case(report, screens(bindir, rounds), "review", "open the review of a full step 2")


def screens(bindir: Path, rounds: int) -> Any:
    return _script(bindir, "screens.py", str(2 * rounds))  # quicker rounds than a start: twice as many


def keystrokes(bindir: Path) -> Any:
    return _script(bindir, "keystrokes.py")


def bench_typing_paint(report: Report, bindir: Path) -> None:
    figures = keystrokes(bindir)
    hello, ours = figures["hello_paint"], figures["bouwsteen_paint"]
    h95, p95 = percentile(hello, 0.95), percentile(ours, 0.95)
    report.line("key press to painted character: one TextArea, p50 / p95",
                f"{statistics.median(hello) * 1000:.1f} / {h95 * 1000:.1f} ms", "", None)
    report.line("key press to painted character: case with 50 agreements",
                f"{statistics.median(ours) * 1000:.1f} / {p95 * 1000:.1f} ms", "p95 < 16 ms", p95 < 0.016)
    report.line("  p95 ratio to the baseline (for information)", f"{p95 / h95:.2f}x", "", None)
