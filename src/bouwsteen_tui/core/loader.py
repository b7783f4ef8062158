"""Loading a content pack from its folder, and every problem it can have.

The loader never raises on bad content: :func:`load_pack` returns the pack (or ``None``) together with a list
of :class:`ContentProblem`, each naming the file, the line where TOML gives one, and the field path. Beyond what
the models themselves check, it checks ids (unique, references that resolve) and roles (core/roles.py).

This module is part of the core: it imports neither textual nor rich.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bouwsteen_tui.core import roles
from bouwsteen_tui.core.content import Pack, Scope, Step
from bouwsteen_tui.core.kinds import QUESTION_KINDS, FieldKind, PartnerQuestion, RecordsQuestion


@dataclass(frozen=True)
class ContentProblem:
    """One problem in a content pack: which file, which line (if known), which field, what is wrong."""

    file: Path
    message: str
    line: int | None = None
    field: str = ""

    def __str__(self) -> str:
        where = f"{self.file}"
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """Raised by :func:`load_pack_or_raise` when a pack has problems."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


_TOML_LINE = re.compile(r"at line (\d+)")


def _read_toml(path: Path, problems: list[ContentProblem]) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(ContentProblem(path, "file not found"))
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(ContentProblem(path, f"cannot read the file: {error}"))
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE.search(str(error))
        line = int(match.group(1)) if match else None
        message = str(error).split(" (at ")[0]
        problems.append(ContentProblem(path, f"TOML syntax error: {message}", line=line))
        return None


def _field_path(loc: tuple[int | str, ...], data: Any) -> str:
    """Render a pydantic error location as ``parts[2].questions[0].kind``, using ids where known."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            ident = node[part].get("id") if isinstance(node, list) and part < len(node) and isinstance(
                node[part], dict
            ) else None
            out += f"[{part}]" if ident is None else f"[{part}:{ident}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
        elif part in QUESTION_KINDS:
            # pydantic names the union branch it tried; that is noise for a trainer
            continue
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def _line_of(text: str, data: Any, loc: tuple[int | str, ...]) -> int | None:
    """Best-effort line number for an error: the line that defines the nearest object's ``id``."""
    node = data
    ident: str | None = None
    for part in loc:
        if part in QUESTION_KINDS and not (isinstance(node, dict) and part in node):
            continue  # the union branch pydantic tried, not a key of the data
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        else:
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            ident = node["id"]
    if ident is None:
        return None
    pattern = re.compile(r'^\s*id\s*=\s*["\']' + re.escape(ident) + r'["\']', re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _validation_problems(
    path: Path, error: ValidationError, data: Any, prefix: str = ""
) -> list[ContentProblem]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        text = ""
    problems = []
    for detail in error.errors():
        loc = tuple(detail["loc"])
        msg = detail["msg"]
        if detail["type"] == "union_tag_invalid":
            tag = detail.get("ctx", {}).get("tag", "?")
            msg = f"unknown question kind {tag!r}; expected one of: {', '.join(QUESTION_KINDS)}"
        elif detail["type"] == "missing":
            msg = "required field missing"
        elif msg.startswith("Value error, "):
            msg = msg.removeprefix("Value error, ")
        field = _field_path(loc, data)
        problems.append(ContentProblem(path, msg, line=_line_of(text, data, loc), field=prefix + field))
    return problems


def _check_ids(pack: Pack, files: dict[str, Path]) -> list[ContentProblem]:
    """Cross-file checks: ids unique across the pack, partner source exists."""
    problems: list[ContentProblem] = []
    seen: dict[str, str] = {}
    step_ids: set[str] = set()
    for step in pack.steps:
        path = files.get(step.id, Path("?"))
        if step.id in step_ids:
            problems.append(ContentProblem(path, f"duplicate step id {step.id!r}", field="id"))
        step_ids.add(step.id)
        part_ids: set[str] = set()
        for part in step.parts:
            if part.id in part_ids:
                problems.append(
                    ContentProblem(path, f"duplicate part id {part.id!r}", field=f"parts.{part.id}")
                )
            part_ids.add(part.id)
        for question in step.questions():
            if question.id in seen:
                problems.append(
                    ContentProblem(
                        path,
                        f"duplicate question id {question.id!r} (also in step {seen[question.id]!r})",
                        field=f"question {question.id}",
                    )
                )
            else:
                seen[question.id] = step.id
    for step in pack.steps:
        records = {q.id for q in step.questions() if isinstance(q, RecordsQuestion)}
        for question in step.questions():
            if not isinstance(question, RecordsQuestion):
                continue
            for record_field in question.fields:
                if record_field.kind is FieldKind.RECORD and record_field.source not in records:
                    problems.append(
                        ContentProblem(
                            files.get(step.id, Path("?")),
                            f"source {record_field.source!r} is not a records question of this step",
                            field=f"question {question.id}.fields.{record_field.id}.source",
                        )
                    )
    if pack.partner_source:
        source_step = seen.get(pack.partner_source)
        if source_step is None:
            problems.append(
                ContentProblem(
                    files["pack"],
                    f"no question with id {pack.partner_source!r}",
                    field="partner_source",
                )
            )
        else:
            question = pack.question(pack.partner_source)
            if not isinstance(question, RecordsQuestion):
                problems.append(
                    ContentProblem(
                        files["pack"], "must name a records question", field="partner_source"
                    )
                )
            elif pack.step(source_step).scope is Scope.CASE:
                problems.append(
                    ContentProblem(
                        files["pack"],
                        "must name a question of a profile or network step, not of a case step",
                        field="partner_source",
                    )
                )
    uses_partners = any(
        isinstance(q, PartnerQuestion)
        or (isinstance(q, RecordsQuestion) and any(f.kind is FieldKind.PARTNER for f in q.fields))
        for _s, q in pack.questions()
    )
    if uses_partners and pack.question_for_role("partners") is None:
        problems.append(
            ContentProblem(
                files["pack"],
                "the pack asks for partners but has no partner list: put role = \"partners\" on the records "
                "question with partners (or name it with partner_source)",
                field="partner_source",
            )
        )
    return problems + _check_roles(pack, files) + _check_readers(pack, files)


def _check_roles(pack: Pack, files: dict[str, Path]) -> list[ContentProblem]:
    """Roles and sheets (core/roles.py): known, on the right kind and scope, each at most once."""
    declared = [
        roles.Declared(step.id, step.scope.value, q.id, q.kind, q.role,
                       tuple((f.id, f.kind.value, f.role) for f in q.fields) if isinstance(q, RecordsQuestion) else ())
        for step, q in pack.questions()
    ]
    sheets = [(step.id, step.scope.value, step.sheet) for step in pack.steps]
    problems = []
    for found in roles.check(pack.language, sheets, declared):
        path = files.get(found.step_id, Path("?"))
        try:
            line = roles.declaration_line(path.read_text(encoding="utf-8"), found.name, found.after)
        except OSError:
            line = None
        problems.append(ContentProblem(path, found.message, line, found.where))
    listed = next((q.id for _s, q in pack.questions() if q.role == "partners"), "")
    if listed and pack.partner_source and pack.partner_source != listed:
        message = roles.problem(pack.language, "partner_source", source=pack.partner_source, other=listed)
        problems.append(ContentProblem(files["pack"], message, field="partner_source"))
    return problems


# What check-content says about an unknown name in ``readers``, in the pack's language (nl, or en for any other).
READERS_PROBLEM = (
    "onbekende lezer {reader!r} in readers van vraag {question!r}; kies uit: {choices} "
    "(je eigen verslag bevat altijd elk antwoord)",
    "unknown reader {reader!r} in readers of question {question!r}; expected one of: {choices} "
    "(your own record always holds every answer)",
)


def _check_readers(pack: Pack, files: dict[str, Path]) -> list[ContentProblem]:
    """Every name in a question's ``readers`` is a reader of core/roles.py (READERS)."""
    choices = roles.listing(name for name in roles.READERS if name != roles.OWN_READER)
    nl, en = READERS_PROBLEM
    problems = []
    for step, question in pack.questions():
        for reader in question.readers:
            if reader in roles.READERS:
                continue
            path = files.get(step.id, Path("?"))
            message = (nl if pack.language == "nl" else en).format(reader=reader, question=question.id,
                                                                     choices=choices)
            problems.append(ContentProblem(path, message, _readers_line(path, question.id),
                                           f"question {question.id}.readers"))
    return problems


def _readers_line(path: Path, question_id: str) -> int | None:
    """The line of ``readers = [...]`` at or after the line that defines ``question_id`` (best effort)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    start = re.search(r'^\s*id\s*=\s*["\']' + re.escape(question_id) + r'["\']', text, re.MULTILINE)
    found = re.compile(r"^\s*readers\s*=", re.MULTILINE).search(text, start.start() if start else 0)
    return text.count("\n", 0, found.start()) + 1 if found else None


def load_pack(folder: Path) -> tuple[Pack | None, list[ContentProblem]]:
    """Load and validate the pack in ``folder``; return it with every problem found.

    The pack is ``None`` when it cannot be used at all. Problems are listed per file so that a trainer can
    fix them all in one go.
    """
    folder = Path(folder)
    problems: list[ContentProblem] = []
    pack_file = folder / "pack.toml"
    if not folder.is_dir():
        return None, [ContentProblem(folder, "not a folder (a content pack is a folder with pack.toml)")]
    meta = _read_toml(pack_file, problems)
    if meta is None:
        return None, problems
    step_files = meta.get("steps", [])
    if not isinstance(step_files, list) or not step_files or not all(isinstance(s, str) for s in step_files):
        problems.append(
            ContentProblem(pack_file, "must be a list of step file names, e.g. [\"step1.toml\"]", field="steps")
        )
        return None, problems
    files: dict[str, Path] = {"pack": pack_file}
    steps: list[Any] = []
    for name in step_files:
        path = folder / name
        data = _read_toml(path, problems)
        if data is None:
            continue
        try:
            step = Step.model_validate(data)
        except ValidationError as error:
            problems.extend(_validation_problems(path, error, data))
            continue
        files.setdefault(step.id, path)
        steps.append(step)
    if problems:
        return None, problems
    try:
        pack = Pack.model_validate({**meta, "steps": steps})
    except ValidationError as error:
        problems.extend(_validation_problems(pack_file, error, meta))
        return None, problems
    problems.extend(_check_ids(pack, files))
    return (None if problems else pack), problems


def load_pack_or_raise(folder: Path) -> Pack:
    """Load a pack, raising :class:`ContentError` with every problem when it is broken."""
    pack, problems = load_pack(folder)
    if pack is None or problems:
        raise ContentError(problems)
    return pack
