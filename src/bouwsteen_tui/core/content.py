"""Content packs: the methodology as data.

A content pack is a folder with a ``pack.toml`` (metadata, introduction, closing sentence and the list of step
files) and one TOML file per step. Every step has a goal, a checklist and numbered parts; every part holds
questions of a kind (free text, choices, checklist, date, scale, repeatable records, partner reference).

Reading a pack from its folder, and every problem a pack can have, is :mod:`bouwsteen_tui.core.loader`.

This module is part of the core: it imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from pydantic import Field, PrivateAttr

# The question kinds live in core/kinds (one module per kind); their names stay importable from here, where many
# modules look for them.
from bouwsteen_tui.core.kinds import QUESTION_KINDS as QUESTION_KINDS
from bouwsteen_tui.core.kinds import ChecklistQuestion as ChecklistQuestion
from bouwsteen_tui.core.kinds import ChoiceQuestion as ChoiceQuestion
from bouwsteen_tui.core.kinds import DateQuestion as DateQuestion
from bouwsteen_tui.core.kinds import FieldKind as FieldKind
from bouwsteen_tui.core.kinds import Option as Option
from bouwsteen_tui.core.kinds import PartnerQuestion as PartnerQuestion
from bouwsteen_tui.core.kinds import Question as Question
from bouwsteen_tui.core.kinds import RecordField as RecordField
from bouwsteen_tui.core.kinds import RecordsQuestion as RecordsQuestion
from bouwsteen_tui.core.kinds import ScaleQuestion as ScaleQuestion
from bouwsteen_tui.core.kinds import TextQuestion as TextQuestion
from bouwsteen_tui.core.kinds.base import Id, Label, _Model
from bouwsteen_tui.core.languages import LANGUAGES as LANGUAGES
from bouwsteen_tui.core.paths import builtin_content_root as builtin_content_root
from bouwsteen_tui.core.paths import builtin_pack_dir as builtin_pack_dir
from bouwsteen_tui.core.roles import OWN_READER


class Scope(StrEnum):
    """Where the answers to a step are stored."""

    PROFILE = "profile"  # once per workspace: the role card
    CASE = "case"  # once per case: the case agreement sheet
    NETWORK = "network"  # once per workspace: the network map


class Part(_Model):
    """A numbered part of a step ("1 Wat is mijn opdracht?") with its questions."""

    id: Id
    number: int | None = Field(default=None, ge=1)  # the methodology's number; extra parts have none
    title: Label
    guidance: list[str] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1)


class Step(_Model):
    """One step of the methodology."""

    id: Id
    number: int = Field(ge=1)
    title: Label
    short_title: str = ""
    scope: Scope
    goal_heading: str = "Doel"
    goal: Label
    checklist: ChecklistQuestion
    parts_heading: str = ""
    sheet: str = ""  # exported as one of the method's sheets (core/roles.py SHEETS): "role_card" …
    parts: list[Part] = Field(min_length=1)

    def questions(self) -> Iterator[Question]:
        yield self.checklist
        for part in self.parts:
            yield from part.questions


class Pack(_Model):
    """A whole content pack."""

    id: Id
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")]
    version: str = "1"
    brand: str = ""
    title: Label
    introduction: str = ""
    closing: str = ""
    partner_source: str = ""  # id of the partner list; the same as role = "partners" on that question
    calendar_title: str = ""  # the calendar's name; default: the pack's title
    steps: list[Step] = Field(min_length=1)
    _roles: dict[tuple[str, int], Question | None] = PrivateAttr(default_factory=dict)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def questions(self) -> Iterator[tuple[Step, Question]]:
        for step in self.steps:
            for question in step.questions():
                yield step, question

    def question(self, question_id: str) -> Question:
        for _step, question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def question_ids(self) -> set[str]:
        return {q.id for _s, q in self.questions()}

    def step_of(self, question_id: str) -> Step:
        for step, question in self.questions():
            if question.id == question_id:
                return step
        raise KeyError(question_id)

    def question_for_role(self, role: str) -> Question | None:
        """The question that plays ``role`` (see core/roles.py), if the pack declares one.

        The partner list may also be named the older way, with ``partner_source`` in ``pack.toml``. The answer is
        remembered per pack (a pack is frozen): the exports ask it for every document.
        """
        key = (role, id(self.steps))  # a copy with other steps (model_copy) shares the dict, never an answer
        if key not in self._roles:
            self._roles[key] = self._find_role(role)
        return self._roles[key]

    def _find_role(self, role: str) -> Question | None:
        for _step, question in self.questions():
            if question.role == role:
                return question
        if role == "partners" and self.partner_source:
            try:
                return self.question(self.partner_source)
            except KeyError:
                return None
        return None

    def records_for_role(self, role: str) -> RecordsQuestion | None:
        """The records question that plays ``role``, if any."""
        question = self.question_for_role(role)
        return question if isinstance(question, RecordsQuestion) else None

    def step_for_role(self, role: str) -> Step | None:
        """The step holding the question that plays ``role``, if any."""
        question = self.question_for_role(role)
        return self.step_of(question.id) if question is not None else None

    def sheet_step(self, sheet: str) -> Step | None:
        """The step a pack exports as one of the method's sheets (``sheet = "role_card"`` …), if any."""
        return next((step for step in self.steps if step.sheet == sheet), None)

    def role_of(self, question: Question) -> str:
        """The role ``question`` plays: its own ``role``, or "partners" for the question named by partner_source."""
        if question.role:
            return question.role
        return "partners" if question.id == self.partner_source and self.partner_source else ""

    def readers_of(self, question: Question) -> frozenset[str]:
        """Who reads ``question``'s answer (core/roles.py READERS): always the professional ("own"), and the
        readers the pack declares on it (``readers = ["partners", "family"]``)."""
        return frozenset({OWN_READER, *question.readers})

    def partner_records(self) -> RecordsQuestion | None:
        """The records question that holds the network's partners (role ``partners``), if the pack has one."""
        return self.records_for_role("partners")


def field_for_role(question: Question | None, role: str) -> RecordField | None:
    """The field of a records question that plays the field role ``role``, if it declares one."""
    if not isinstance(question, RecordsQuestion):
        return None
    return next((f for f in question.fields if f.role == role), None)


