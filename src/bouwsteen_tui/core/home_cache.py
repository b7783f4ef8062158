"""What the home screen shows, and a cache of it on disk, so that the first frame of the app is the usable home.

The home screen draws a :class:`HomeView`. Once the core is loaded it is made from the session (:func:`view_of`);
before that, at start, :func:`read_start` makes it without pydantic and without parsing any TOML file of the pack or
of a case: the pack's titles and each step's progress come from ``<root>/home-cache.json``, the cases from the case
index (``cases/index.jsonl``), the resume point and the theme from ``settings.toml``.

The cache holds no answer: the pack's title, introduction and step titles, and per step how many questions are
answered. It is used only while every file it was made from is unchanged, compared by stamp (inode, size and
modification time of each file of the content pack and of each sheet; every write in the workspace replaces its
file, so each write gives a new inode). A step whose sheet changed since shows its title without its progress; a
changed pack, a missing, corrupt or foreign cache gives no view at all (the home waits for the core, as on the very
first start). It is written by the window that holds the workspace, once the core is loaded and when it closes
(:func:`write_cache`); a failed write is harmless and ignored.

Part of the core: imports neither textual nor rich, nor pydantic (the app reads it before its first frame).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, Any

from bouwsteen_tui.core.case_index import INDEX_FILE, read_index
from bouwsteen_tui.core.files import NOFOLLOW, TOO_DEEP, atomic_write, folder_state
from bouwsteen_tui.core.paths import sheet_file
from bouwsteen_tui.core.summaries import CaseStatus, CaseSummary, StepProgress

if TYPE_CHECKING:
    from bouwsteen_tui.core.session import Session

CACHE_FILE = "home-cache.json"
CACHE_DOCUMENT = "home-cache"
CACHE_FORMAT = 1  # raised whenever what is cached changes meaning: an older cache is then not used
MAX_PACK_FILES = 200  # a content folder with more files is not stamped (nor cached): a pack has a handful
MAX_ENTRIES = 4  # packs and languages remembered at once (the built-in pack in Dutch and English, trainers' packs)
CASE_SCOPE = "case"

Stamp = tuple[int, int, int]  # inode, size, modification time in nanoseconds


@dataclass(frozen=True, slots=True)
class StepView:
    """One step as the home screen lists it.

    ``progress``: ``None`` for a case step (its line counts the cases), and while it is not known (the step's sheet
    changed since the cache was written; the core fills it in). ``exported``: whether the step has an output to
    show (a sheet with answers, or answers kept from an earlier version of the pack)."""

    id: str
    number: int
    title: str
    scope: str
    parts: int
    progress: StepProgress | None = None
    exported: bool = False

    @property
    def is_case(self) -> bool:
        return self.scope == CASE_SCOPE


@dataclass(frozen=True, slots=True)
class Resume:
    """Where the user left off: a step, its part (within the step's parts) and, for a case step, the case."""

    step: StepView
    part_index: int
    case_code: str = ""


@dataclass(frozen=True, slots=True)
class HomeView:
    """Everything the home screen draws: the pack's titles, the steps, this pack's cases and where to resume.

    ``from_core``: made from the loaded session (every figure exact) rather than from the cache at start."""

    pack_id: str
    brand: str
    title: str
    introduction: str
    steps: tuple[StepView, ...]
    case_questions: frozenset[str]
    cases: tuple[CaseSummary, ...] = ()
    resume: Resume | None = None
    from_core: bool = False
    _by_code: dict[str, CaseSummary] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update((case.code, case) for case in self.cases)

    def case(self, code: str) -> CaseSummary | None:
        return self._by_code.get(code)

    def answered(self, case: CaseSummary) -> int:
        """How many of the case steps' questions ``case`` answers."""
        return len(self.case_questions.intersection(case.answered))


def sorted_cases(cases: list[CaseSummary]) -> list[CaseSummary]:
    """Cases as lists show them: open ones first, then by code."""
    return sorted(cases, key=lambda c: (c.status is CaseStatus.CLOSED, c.code))


def resume_of(steps: tuple[StepView, ...], position: object, has_case: Any) -> Resume | None:
    """The resume point of a remembered ``position`` (settings' ``[position]``), as the session finds it: the step
    must be in the pack and a case step's case must exist; the part is kept within the step's parts."""
    if not isinstance(position, dict):
        return None
    step_id, part, code = position.get("step_id"), position.get("part_index", 0), position.get("case_code", "")
    step = next((s for s in steps if s.id == step_id), None)
    if step is None or not isinstance(part, int) or not isinstance(code, str) or (step.is_case and not has_case(code)):
        return None
    return Resume(step, max(0, min(part, step.parts - 1)), code)


# --------------------------------------------------------------------------------------------- from the session


def view_of(session: Session) -> HomeView:
    """The home screen's view of a loaded session."""
    from bouwsteen_tui.core.answers import step_progress

    pack = session.pack
    steps = []
    for step in pack.steps:
        if step.scope == CASE_SCOPE:
            steps.append(StepView(step.id, step.number, step.title, step.scope.value, len(step.parts)))
            continue
        progress = step_progress(step, session.sheet(step.id))
        exported = session.has_sheet(step.id) and bool(progress.answered or progress.kept)
        steps.append(StepView(step.id, step.number, step.title, step.scope.value, len(step.parts), progress, exported))
    questions = frozenset(q.id for s in pack.steps if s.scope == CASE_SCOPE for p in s.parts for q in p.questions)
    resume = session.resume_point()
    found = None
    if resume is not None:
        step_view = next(s for s in steps if s.id == resume[0].id)
        found = Resume(step_view, resume[1].part_index, resume[1].case_code)
    return HomeView(pack.id, pack.brand, pack.title, pack.introduction, tuple(steps), questions,
                    tuple(session.cases()), found, from_core=True)


# --------------------------------------------------------------------------------------------- stamps


def stamp(path: Path) -> Stamp | None:
    """A file's inode, size and modification time; ``None`` when it is not there (or is not a plain file)."""
    try:
        found = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns) if S_ISREG(found.st_mode) else None


def pack_stamps(folder: Path) -> dict[str, Stamp] | None:
    """The stamp of every file in a content pack's folder (its sub-folders too), by path within it; ``None`` when
    the folder cannot be read or holds too many files to be a pack."""
    stamps: dict[str, Stamp] = {}
    try:
        for top, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(top) / name
                found = stamp(path)
                if found is not None:
                    stamps[path.relative_to(folder).as_posix()] = found
                if len(stamps) > MAX_PACK_FILES:
                    return None
    except OSError:
        return None
    return stamps or None


# --------------------------------------------------------------------------------------------- the cache file


def _key(pack_dir: Path, language: str) -> str:
    return f"{language}:{pack_dir}"


def _read_entries(root: Path) -> dict[str, Any]:
    """The cache's entries by key; none when the file is missing, corrupt or foreign."""
    try:
        fd = os.open(root / CACHE_FILE, os.O_RDONLY | NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            data = json.loads(handle.read())
    except (OSError, ValueError, *TOO_DEEP):
        return {}
    if not isinstance(data, dict) or data.get("document") != CACHE_DOCUMENT or data.get("format") != CACHE_FORMAT:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _progress(value: object) -> StepProgress | None:
    if isinstance(value, list) and len(value) == 5 and all(type(v) is int for v in value):
        return StepProgress(*value)
    return None


def _step_view(item: object, root: Path) -> StepView:
    """A cached step; its progress only when its sheet's stamp is unchanged. ``ValueError`` when malformed."""
    if not isinstance(item, dict):
        raise ValueError("a step is an object")
    id_, number, title, scope, parts = (item.get(k) for k in ("id", "number", "title", "scope", "parts"))
    if not (isinstance(id_, str) and type(number) is int and isinstance(title, str) and isinstance(scope, str)
            and type(parts) is int and parts > 0):
        raise ValueError("a step has a missing or wrongly typed field")
    if scope == CASE_SCOPE:
        return StepView(id_, number, title, scope, parts)
    sheet = item.get("sheet")
    now = stamp(sheet_file(root, id_))
    same = (now is None and sheet is None) or (now is not None and sheet == list(now))
    progress = _progress(item.get("progress")) if same else None
    exported = bool(progress is not None and item.get("exported") is True)
    return StepView(id_, number, title, scope, parts, progress, exported)


def read_start(
    root: Path,
    pack_dir: Path,
    language: str,
    settings: dict[str, Any] | None = None,
    index: dict[str, CaseSummary] | None = None,
) -> HomeView | None:
    """The home screen's view at start, from the cache, the case index and the settings (``settings``: the parsed
    ``settings.toml``; ``index``: the case index, :func:`read_start_index`; each read here when not given);
    ``None`` when the cache has no valid entry for this pack."""
    entry = _read_entries(root).get(_key(pack_dir, language))
    if not isinstance(entry, dict):
        return None
    stamps = pack_stamps(pack_dir)
    if stamps is None or entry.get("pack_stamps") != {k: list(v) for k, v in stamps.items()}:
        return None
    try:
        pack_id, brand, title, intro = (entry.get(k) for k in ("pack_id", "brand", "title", "introduction"))
        questions = entry.get("case_questions")
        if not (isinstance(pack_id, str) and isinstance(brand, str) and isinstance(title, str)
                and isinstance(intro, str) and isinstance(questions, list)
                and all(isinstance(q, str) for q in questions) and isinstance(entry.get("steps"), list)):
            return None
        steps = tuple(_step_view(item, root) for item in entry["steps"])
    except ValueError:
        return None
    found = read_start_index(root) if index is None else index
    mine = [case for case in found.values() if case.pack_id == pack_id]
    cases = tuple(sorted_cases(mine))
    codes = {case.code for case in cases}
    position = (settings or {}).get("position")
    return HomeView(pack_id, brand, title, intro, steps, frozenset(questions), cases,
                    resume_of(steps, position, codes.__contains__))


def read_start_index(root: Path) -> dict[str, CaseSummary]:
    """The case index (every pack's cases), as the first frame reads it; the session, given it, reads it no more."""
    if folder_state(root / "cases") != "ok":  # as Workspace reads it: a link or a file there gives none
        return {}
    return read_index(root / "cases" / INDEX_FILE)


def write_cache(root: Path, pack_dir: Path, language: str, view: HomeView) -> bool:
    """Remember ``view`` (made from the core: :func:`view_of`) for the next start; whether the cache was written.

    Only the window that holds the workspace calls it. Nothing is written when the entry is unchanged.
    """
    stamps = pack_stamps(pack_dir)
    if stamps is None or not view.from_core:
        return False
    steps = []
    for step in view.steps:
        item: dict[str, Any] = {"id": step.id, "number": step.number, "title": step.title, "scope": step.scope,
                                "parts": step.parts}
        if not step.is_case and step.progress is not None:
            found = stamp(sheet_file(root, step.id))
            item["sheet"] = list(found) if found is not None else None
            item["progress"] = [step.progress.answered, step.progress.total, step.progress.checked,
                                step.progress.checklist_total, step.progress.kept]
            item["exported"] = step.exported
        steps.append(item)
    entry = {
        "pack_stamps": {k: list(v) for k, v in stamps.items()},
        "pack_id": view.pack_id, "brand": view.brand, "title": view.title, "introduction": view.introduction,
        "case_questions": sorted(view.case_questions), "steps": steps,
    }
    entries = _read_entries(root)
    key = _key(pack_dir, language)
    if entries.get(key) == entry:
        return False
    entries.pop(key, None)
    entries[key] = entry  # the newest last: the oldest entries are dropped first
    kept = dict(list(entries.items())[-MAX_ENTRIES:])
    data = {"document": CACHE_DOCUMENT, "format": CACHE_FORMAT, "entries": kept}
    with contextlib.suppress(OSError):
        atomic_write(root / CACHE_FILE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        return True
    return False
