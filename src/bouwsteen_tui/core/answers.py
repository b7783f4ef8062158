"""Answers: what the user typed, as pydantic models keyed by question id.

Three documents hold answers: the role card (a profile step), the network (a network step) and any number of
cases (case steps). Each is a :class:`Sheet` or a :class:`Case`; both carry a schema version and the id of the
content pack they answer. Answers to questions that the current pack no longer has are kept as they are.

This module is part of the core: it imports neither textual nor rich.
"""

from __future__ import annotations

import secrets
import sys
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.content import Pack, Scope, Step

# The answer of each question kind lives with its question in core/kinds; the names stay importable from here,
# where many modules look for them.
from bouwsteen_tui.core.kinds import SELF_PARTNER as SELF_PARTNER
from bouwsteen_tui.core.kinds import Answer as Answer
from bouwsteen_tui.core.kinds import ChecklistAnswer as ChecklistAnswer
from bouwsteen_tui.core.kinds import ChoiceAnswer as ChoiceAnswer
from bouwsteen_tui.core.kinds import DateAnswer as DateAnswer
from bouwsteen_tui.core.kinds import FieldValue as FieldValue
from bouwsteen_tui.core.kinds import OptionLabels as OptionLabels
from bouwsteen_tui.core.kinds import PartnerAnswer as PartnerAnswer
from bouwsteen_tui.core.kinds import Question
from bouwsteen_tui.core.kinds import Record as Record
from bouwsteen_tui.core.kinds import RecordsAnswer as RecordsAnswer
from bouwsteen_tui.core.kinds import ScaleAnswer as ScaleAnswer
from bouwsteen_tui.core.kinds import TextAnswer as TextAnswer
from bouwsteen_tui.core.kinds import answer_fits as answer_fits
from bouwsteen_tui.core.kinds import answers_question as answers_question
from bouwsteen_tui.core.kinds import empty_answer as empty_answer
from bouwsteen_tui.core.kinds import field_fits as field_fits
from bouwsteen_tui.core.kinds import fits as fits
from bouwsteen_tui.core.kinds import fitting_part as fitting_part
from bouwsteen_tui.core.kinds import is_answered as is_answered
from bouwsteen_tui.core.kinds import new_record_id as new_record_id
from bouwsteen_tui.core.kinds import option_label as option_label
from bouwsteen_tui.core.kinds import remember_labels as remember_labels
from bouwsteen_tui.core.kinds.base import AnswerModel as _Answer
from bouwsteen_tui.core.summaries import SCHEMA_VERSION as SCHEMA_VERSION
from bouwsteen_tui.core.summaries import CaseStatus as CaseStatus
from bouwsteen_tui.core.summaries import CaseSummary as CaseSummary
from bouwsteen_tui.core.summaries import StepProgress as StepProgress

# Unambiguous letters and digits: no 0/O, 1/I/L, so a code can be read aloud in a meeting.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CASE_CODE_PATTERN = r"^C-[2-9A-HJKMNP-Z]{4,8}$"


def new_case_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh random pseudonymous case code such as ``C-7K4Q`` that is not in ``taken``."""
    length = 4
    for attempt in range(10_000):
        if attempt and attempt % 100 == 0:
            length += 1  # the 4-letter space (~920,000 codes) is crowded: use longer codes
        code = "C-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
        if code not in taken:
            return code
    raise RuntimeError("no free case code found")  # pragma: no cover - astronomically unlikely


DraftValue = bool | str | list[str]


class RecordDraft(_Answer):
    """A record dialog's content as typed (invalid dates as text), saved while the dialog is open.

    Kept in the document that owns the record, so that a crash loses nothing: the dialog offers it back when
    the record (or, for a new record, its question) is opened again. Removed when the dialog closes.
    """

    question_id: str
    record_id: str = ""  # empty while the record is new
    values: dict[str, DraftValue] = Field(default_factory=dict)
    saved: datetime = Field(default_factory=lambda: _now())


# Where a case keeps its short description while it is being edited: not a question id (those match [a-z][a-z0-9_]*),
# so no records widget takes it for one of its own drafts.
DESCRIPTION_DRAFT = "~description"


def draft_key(question_id: str, record_id: str = "") -> str:
    """Where the draft of a record lives in :attr:`AnswerSet.drafts`: question id and record id (or "new")."""
    return f"{question_id}:{record_id or 'new'}"


def _now() -> datetime:
    return dates.now()


class AnswerSet(BaseModel):
    """Answers keyed by question id, shared by sheets and cases."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    answers: dict[str, Answer] = Field(default_factory=dict)
    # half-filled record dialogs (see RecordDraft); left out of the file when there are none
    drafts: dict[str, RecordDraft] = Field(default_factory=dict, exclude_if=lambda drafts: not drafts)

    def get(self, question: Question) -> Answer:
        """The stored answer to ``question``, or a fresh empty one of the right kind."""
        answer = self.answers.get(question.id)
        if answer is None or not answer_fits(question, answer):
            return empty_answer(question)
        return answer

    def stored(self, question: Question) -> Answer:
        """The stored answer to ``question`` as it is, even if it no longer fits; else a fresh empty one."""
        answer = self.answers.get(question.id)
        return empty_answer(question) if answer is None else answer

    def set(self, question_id: str, answer: Answer) -> None:
        self.answers[question_id] = answer

    def orphans(self, pack: Pack) -> dict[str, Answer]:
        """Answers kept for questions the pack no longer has (or whose kind changed)."""
        known = {q.id: q for _s, q in pack.questions()}
        return {
            qid: a
            for qid, a in self.answers.items()
            if qid not in known or not answer_fits(known[qid], a)
        }


class Sheet(AnswerSet):
    """The answers to a profile or network step: the role card, the network map."""

    schema_version: int = SCHEMA_VERSION
    document: Literal["sheet"] = "sheet"
    pack_id: str
    step_id: str
    updated: datetime = Field(default_factory=_now)


def default_keep_until(today: date) -> date:
    """30 June of the current school year (a Flemish school year runs 1 September – 30 June)."""
    year = today.year if today.month < 9 else today.year + 1
    return date(year, 6, 30)


class Case(AnswerSet):
    """One case of step 2, named by a pseudonymous code, never by a child's name."""

    schema_version: int = SCHEMA_VERSION
    document: Literal["case"] = "case"
    pack_id: str
    code: str = Field(pattern=CASE_CODE_PATTERN)
    description: str = ""
    status: CaseStatus = CaseStatus.OPEN
    created: date = Field(default_factory=lambda: dates.today())  # asked when made: tests replace dates.today
    keep_until: date = Field(default_factory=lambda: default_keep_until(dates.today()))
    closed_on: date | None = None  # when the case was closed (retention: delete what was closed long ago)
    updated: datetime = Field(default_factory=_now)


class Position(BaseModel):
    """Where the user was: a step, a part within it, and for case steps the case."""

    model_config = ConfigDict(extra="ignore")

    step_id: str = ""
    part_index: int = 0
    case_code: str = ""


class TextDraft(BaseModel):
    """One line typed into a dialog that was not closed yet (a new case's short description)."""

    model_config = ConfigDict(extra="ignore")

    text: str = ""
    saved: datetime = Field(default_factory=lambda: _now())


class Settings(BaseModel):
    """Per-workspace preferences: language, theme, the last position, the user's own keys, the last export."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    document: Literal["settings"] = "settings"
    language: str = ""
    theme: str = ""
    position: Position = Field(default_factory=Position)
    case_draft: TextDraft | None = None  # the description of a new case being typed (see TextDraft)
    # the user's own keys: command id ("bouwsteen.review") → keys ("f5"); checked by the interface, which reports and
    # leaves out a bad entry, so one typo never sets the whole file aside
    keymap: dict[str, object] = Field(default_factory=dict)
    # the app's last export (folder, formats) and import (folder); a hand-edited wrong type is forgotten, not fatal
    export_folder: str = ""
    export_formats: list[str] = Field(default_factory=list)
    import_folder: str = ""

    @field_validator("export_folder", "import_folder", mode="before")
    @classmethod
    def _folder(cls, value: object) -> object:
        return value if isinstance(value, str) else ""

    @field_validator("export_formats", mode="before")
    @classmethod
    def _formats(cls, value: object) -> object:
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


# --------------------------------------------------------------------------------------------- progress


def step_progress(step: Step, answers: AnswerSet) -> StepProgress:
    """Progress of ``step`` given ``answers``: the checklist counts apart from the questions."""
    questions = [q for part in step.parts for q in part.questions]
    answered = sum(1 for q in questions if answers_question(q, answers.answers.get(q.id)))
    given = sum(1 for q in questions if (a := answers.answers.get(q.id)) is not None and is_answered(a))
    checklist = answers.get(step.checklist)  # a ticked item the pack no longer has is not counted
    ticked = set(checklist.checked) if isinstance(checklist, ChecklistAnswer) else set()
    checked = len(ticked & {i.id for i in step.checklist.items})
    return StepProgress(
        answered=answered, total=len(questions), checked=checked, checklist_total=len(step.checklist.items),
        kept=given - answered,
    )


def partners_of(pack: Pack, network: AnswerSet | None) -> list[Record]:
    """The partners of the network map, in the user's order."""
    source = pack.partner_records()
    if source is None or network is None:
        return []
    answer = network.get(source)
    return list(answer.items) if isinstance(answer, RecordsAnswer) else []


def scope_steps(pack: Pack, scope: Scope) -> list[Step]:
    """The steps of ``pack`` whose answers live in a document of ``scope``."""
    return [s for s in pack.steps if s.scope is scope]


# --------------------------------------------------------------------------------------------- summaries

REPORT_DATE_FIELD = "report_date"  # without a pack: record fields with this id hold report-back dates


def report_date_field(pack: Pack) -> tuple[str, str] | None:
    """(question id, field id) of the agreements' report-back date (roles ``agreements``/``report_date``)."""
    question = pack.records_for_role("agreements")
    found = next((f for f in question.fields if f.role == "report_date"), None) if question is not None else None
    return (question.id, found.id) if question is not None and found is not None else None


def summarize(case: Case, mtime_ns: int = 0, size: int = 0, pack: Pack | None = None) -> CaseSummary:
    """The summary of ``case`` for lists and the index.

    Given the ``pack``, an answer that no longer fits its question does not count as answered, and the
    report-back dates are those of its agreements (by role); without it, of every record field ``report_date``.
    """
    questions = {q.id: q for _s, q in pack.questions()} if pack is not None else {}
    where = report_date_field(pack) if pack is not None else None
    report_dates = sorted(
        d
        for question_id, answer in case.answers.items()
        if isinstance(answer, RecordsAnswer) and (pack is None or (where is not None and question_id == where[0]))
        for record in answer.items
        if (d := record.date(where[1] if where is not None else REPORT_DATE_FIELD)) is not None
    )
    return CaseSummary(
        code=case.code,
        pack_id=case.pack_id,
        description=case.description,
        status=case.status,
        created=case.created,
        keep_until=case.keep_until,
        closed_on=case.closed_on,
        answered=tuple(sorted(
            sys.intern(qid) for qid, answer in case.answers.items()
            if is_answered(answer) and (qid not in questions or fits(questions[qid], answer))
        )),
        report_dates=tuple(report_dates),
        mtime_ns=mtime_ns,
        size=size,
    )
