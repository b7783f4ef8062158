"""Exchange: one case as a file to hand out (exercise cases).

:func:`export_case` turns a case into a :class:`CaseExchange`: a TOML document of its own kind
(``document = "case-exchange"``) with a schema version, the id of the content pack it answers, the case's short
description, status and answers, its author's organisation (``author``: the partner that "my organisation",
``self``, stands for in the case) and the partner records of the network map that the case refers to, with only
what the case needs of them (:func:`case_values`: organisation, type, contact person). :func:`read_case_file`
reads one back and refuses anything else with an :class:`ExchangeError`; :mod:`.case_import` adds it to a
workspace.

(All outputs in one zip to take home, a bundle, are written by :mod:`bouwsteen_tui.export.bundle`.)

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import (
    CASE_CODE_PATTERN,
    SELF_PARTNER,
    Answer,
    AnswerSet,
    Case,
    CaseStatus,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
    answer_fits,
    default_keep_until,
    new_record_id,
    partners_of,
)
from bouwsteen_tui.core.content import Pack, Question, Scope, field_for_role
from bouwsteen_tui.core.files import atomic_write, dump_document, make_dir
from bouwsteen_tui.core.workspace import Workspace

EXCHANGE_DOCUMENT = "case-exchange"
EXCHANGE_SCHEMA_VERSION = 2  # 2: the author's organisation (``author``); a version-1 file has none
# The partner fields a case file carries (by their role; the partner list's title field always): what a case needs
# to name a partner. Relationship strength, e-mail, phone and the other answers of the network step stay home.
CASE_FIELD_ROLES = ("organisation", "type", "contact")
AUTHOR_ID = "p-author"  # the id of the author's organisation in a case file (unless a partner has it)
# Limits of a case file (docs/content-format.md, "Case files"). A real case has some 5 to 20 partners, 5 to 50
# agreements and answers of a few paragraphs, so its file holds a few dozen kilobytes; each limit lies far above
# that and far below what slows the app down. A file over any limit is refused whole: nothing is added.
MAX_FILE_SIZE = 1024 * 1024  # bytes
MAX_PARTNERS = 200  # partner records carried along to the network map
MAX_ANSWERS = 500  # answers in the case
MAX_ITEMS = 500  # records of one records question, or choices of one list
MAX_RECORDS = 2_000  # records in the whole case, all questions together (a real case has tens)
MAX_TEXT = 50_000  # characters in one text: an answer, a field of a record, the short description
MAX_KEY_DEPTH = 8  # dots in one TOML key or table header (the case file's own keys have at most 4)


class ExchangeError(Exception):
    """A case file that cannot be imported, or an import that is not possible.

    ``reason`` is a short key the interface translates (``unreadable``, ``too_large``, ``too_deep``, ``not_toml``,
    ``not_utf8``, ``foreign``, ``newer``, ``invalid``, ``too_many_partners``, ``too_many_answers``, ``too_many_items``,
    ``too_many_records``, ``text_too_long``, ``pack_mismatch``, and for an undo ``not_imported``,
    ``case_changed``); ``values`` fill in its details.
    """

    def __init__(self, reason: str, **values: str) -> None:
        self.reason = reason
        self.values = values
        details = ", ".join(f"{k}={v}" for k, v in values.items())
        super().__init__(f"{reason}: {details}" if details else reason)


class ExchangedCase(AnswerSet):
    """The part of a case that travels: its short description, its status and its answers."""

    description: str = ""
    status: CaseStatus = CaseStatus.OPEN


class CaseExchange(BaseModel):
    """A case file: one case with the partners it refers to, for another workspace to import."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = EXCHANGE_SCHEMA_VERSION
    document: Literal["case-exchange"] = "case-exchange"
    pack_id: str
    language: str = ""
    source_code: str = Field(pattern=CASE_CODE_PATTERN)
    exported: datetime = Field(default_factory=lambda: dates.now())
    case: ExchangedCase = Field(default_factory=ExchangedCase)
    author: Record | None = None  # the author's organisation: what ``self`` ("my organisation") means in the case
    partners: list[Record] = Field(default_factory=list)


# --------------------------------------------------------------------------------------------- partner references


def _question_of(pack: Pack, question_id: str, answer: Answer) -> Question | None:
    """The question ``answer`` answers, if the pack still has it with the answer's kind."""
    try:
        question = pack.question(question_id)
    except KeyError:
        return None
    return question if answer_fits(question, answer) else None


def referenced_partners(pack: Pack, answers: AnswerSet) -> list[str]:
    """Ids of the network's partners that ``answers`` refer to, in order of first mention (not ``self``)."""
    found: list[str] = []
    for question_id, answer in answers.answers.items():
        for item in answer.partner_ids(_question_of(pack, question_id, answer)):
            if item and item != SELF_PARTNER and item not in found:
                found.append(item)
    return found


def names_self(pack: Pack, answers: AnswerSet) -> bool:
    """Whether ``answers`` refer to "my organisation" (:data:`SELF_PARTNER`) anywhere."""
    return any(
        SELF_PARTNER in answer.partner_ids(_question_of(pack, question_id, answer))
        for question_id, answer in answers.answers.items()
    )


def remap_partners(pack: Pack, answers: AnswerSet, mapping: dict[str, str]) -> dict[str, Answer]:
    """A copy of the answers with every partner reference in ``mapping`` replaced by its new id."""

    def swap(value: str) -> str:
        return mapping.get(value, value)

    return {
        question_id: answer.with_partners(_question_of(pack, question_id, answer), swap)
        for question_id, answer in answers.answers.items()
    }


# --------------------------------------------------------------------------------------------- case files


def network_step_id(pack: Pack) -> str | None:
    """The id of the step whose sheet holds the network's partners, if the pack has partners."""
    records = pack.partner_records()
    if records is None:
        return None
    step = pack.step_of(records.id)
    return step.id if step.scope is not Scope.CASE else None


def case_values(pack: Pack, record: Record) -> Record:
    """A partner record with only what a case needs of it: the fields of :data:`CASE_FIELD_ROLES` and the
    partner list's title field (with the labels of its chosen type), nothing of the relationship."""
    source = pack.partner_records()
    if source is None:
        return Record(id=record.id)
    keep = {source.title_field_id}
    for role in CASE_FIELD_ROLES:
        found = field_for_role(source, role)
        if found is not None:
            keep.add(found.id)
    values = {k: v for k, v in record.values.items() if k in keep}
    labels = {k: v for k, v in (record.labels or {}).items() if k in keep} or None
    return Record(id=record.id, values=values, labels=labels)


def own_organisation_of(workspace: Workspace, pack: Pack) -> str:
    """The organisation typed in the workspace's profile (role ``own_organisation``), or ``""``."""
    question = pack.question_for_role("own_organisation")
    if question is None:
        return ""
    sheet = workspace.load_sheet(pack.step_of(question.id).id)
    answer = sheet.answers.get(question.id) if sheet is not None else None
    return answer.text.strip() if isinstance(answer, TextAnswer) else ""


def export_case(pack: Pack, case: Case, network: Sheet | None, author: str = "") -> CaseExchange:
    """The exchange document of ``case``: its answers, the partner records it refers to (only
    :func:`case_values`), and ``author``, the author's organisation, as a named partner (empty when not typed)."""
    known = {record.id: record for record in partners_of(pack, network)}
    partners = [case_values(pack, known[pid]) for pid in referenced_partners(pack, case) if pid in known]
    source = pack.partner_records()
    author_id = AUTHOR_ID
    while author_id in known:  # an id of the file's own: the importer gives every partner an id of its own
        author_id = new_record_id("p")
    title = source.title_field_id if source is not None else "organisation"
    return CaseExchange(
        pack_id=pack.id,
        language=pack.language,
        source_code=case.code,
        case=ExchangedCase(
            description=case.description, status=case.status, answers=dict(case.model_copy(deep=True).answers)
        ),
        author=Record(id=author_id, values={title: author.strip()}),
        partners=partners,
    )


def encode_case_file(exchange: CaseExchange) -> bytes:
    """The case file as UTF-8 TOML: metadata first, then the case, then its partners."""
    return dump_document(exchange)


def case_file_name(code: str, language: str) -> str:
    """The file name of a case file: ``casus-C-7K4Q.toml`` in Dutch, ``case-C-7K4Q.toml`` otherwise."""
    return f"{'casus' if language == 'nl' else 'case'}-{code}.toml"


def write_case_file(path: Path, exchange: CaseExchange) -> None:
    """Write a case file atomically, readable by the owner only."""
    make_dir(path.parent)
    atomic_write(path, encode_case_file(exchange))


# A quoted string on one line (a key or a value), also when it is not closed on that line (a line of a multi-line
# array or string). Linear: a backslash and the character after it, or any other character but the quote.
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"?|\'[^\']*\'?')


def _kilobytes(size: int) -> str:
    return str(-(-size // 1024))


def deepest_key(text: str) -> int:
    """The most dots in one key or table header of a TOML text (a cheap look before parsing it).

    tomllib needs time and memory that grow with the square of a dotted key's depth: a single line
    ``a.a.a…=1`` of a few hundred kilobytes would take minutes and gigabytes, so such a file is refused unread.
    """
    deepest = 0
    for line in text.splitlines():
        line = _QUOTED.sub("", line).lstrip()  # dots inside quotes separate nothing (and "=" there ends nothing)
        key = line[: line.find("]")] if line.startswith("[") else line[: max(line.find("="), 0)]
        deepest = max(deepest, key.count("."))
    return deepest


def check_limits(exchange: CaseExchange) -> None:
    """Raise :class:`ExchangeError` when the case file exceeds a limit: too many partners, answers, records or
    choices, or a text that is too long. The error names the limit, what was found and where."""
    if len(exchange.partners) > MAX_PARTNERS:
        raise ExchangeError("too_many_partners", found=str(len(exchange.partners)), limit=str(MAX_PARTNERS))
    answers = exchange.case.answers
    if len(answers) > MAX_ANSWERS:
        raise ExchangeError("too_many_answers", found=str(len(answers)), limit=str(MAX_ANSWERS))

    def text(where: str, value: object) -> None:
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ExchangeError("text_too_long", where=where, found=str(len(value)), limit=str(MAX_TEXT))
        if isinstance(value, list):
            if len(value) > MAX_ITEMS:
                raise ExchangeError("too_many_items", where=where, found=str(len(value)), limit=str(MAX_ITEMS))
            for number, item in enumerate(value):
                text(f"{where}.{number}", item)

    def record(where: str, item: Record) -> None:
        for field_id, value in item.values.items():
            text(f"{where}.values.{field_id}", value)

    records = sum(len(a.items) for a in answers.values() if isinstance(a, RecordsAnswer))
    if records > MAX_RECORDS:
        raise ExchangeError("too_many_records", found=str(records), limit=str(MAX_RECORDS))
    text("case.description", exchange.case.description)
    for question_id, answer in answers.items():
        where = f"case.answers.{question_id}"
        if isinstance(answer, RecordsAnswer):
            if len(answer.items) > MAX_ITEMS:
                raise ExchangeError("too_many_items", where=where, found=str(len(answer.items)), limit=str(MAX_ITEMS))
            for number, item in enumerate(answer.items):
                record(f"{where}.items.{number}", item)
        else:
            for name, value in answer:
                text(f"{where}.{name}", value)
    for number, partner in enumerate(exchange.partners):
        record(f"partners.{number}", partner)
    if exchange.author is not None:
        record("author", exchange.author)


def read_case_file(path: Path) -> CaseExchange:
    """Read and validate a case file; anything else raises :class:`ExchangeError` (nothing is changed).

    The size is checked before the file is read whole, the depth of its keys before it is parsed, and the
    limits (:func:`check_limits`) before anything is returned.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_SIZE + 1)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise ExchangeError("unreadable", error=error.strerror or str(error)) from error
    if len(raw) > MAX_FILE_SIZE:
        limit = _kilobytes(MAX_FILE_SIZE)
        raise ExchangeError("too_large", size=_kilobytes(max(size, len(raw))), limit=limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:  # a file saved in another encoding (Windows-1252 …), or no text at all
        raise ExchangeError("not_utf8", byte=str(error.start + 1)) from error
    if deepest_key(text) > MAX_KEY_DEPTH:
        raise ExchangeError("too_deep", limit=str(MAX_KEY_DEPTH))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ExchangeError("not_toml", error=str(error)) from error
    except (RecursionError, MemoryError) as error:  # arrays or inline tables nested a thousand deep
        raise ExchangeError("too_deep", limit=str(MAX_KEY_DEPTH)) from error
    kind = data.get("document")
    if kind != EXCHANGE_DOCUMENT:
        raise ExchangeError("foreign", kind=kind if isinstance(kind, str) else "")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError("invalid", where="schema_version", error="missing or not a positive whole number")
    if version > EXCHANGE_SCHEMA_VERSION:
        raise ExchangeError("newer", version=str(version), supported=str(EXCHANGE_SCHEMA_VERSION))
    try:
        exchange = CaseExchange.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExchangeError("invalid", where=where, error=first["msg"]) from error
    except RecursionError as error:
        raise ExchangeError("too_deep", limit=str(MAX_KEY_DEPTH)) from error
    check_limits(exchange)
    return exchange


def draft_case(exchange: CaseExchange, code: str, today: date) -> Case:
    """The case of a case file under ``code``, starting ``today`` (partner ids not yet resolved)."""
    return Case(
        pack_id=exchange.pack_id,
        code=code,
        description=exchange.case.description,
        status=exchange.case.status,
        created=today,
        keep_until=default_keep_until(today),
        answers=dict(exchange.case.model_copy(deep=True).answers),
    )
