"""The registry of question kinds (bouwsteen_tui.core.kinds): complete, documented, and each kind's presentation
and guard texts.

Every kind has a sample question and answer below; a kind added to the registry without one fails
``test_every_kind_has_a_sample``, and so is presented and scanned by the tests that follow.
"""

from __future__ import annotations

import inspect
import re
from datetime import date
from pathlib import Path
from typing import get_args

import pytest

from bouwsteen_tui.core.guard import scan_answer
from bouwsteen_tui.core.kinds import (
    KINDS,
    QUESTION_KINDS,
    Answer,
    AnswerBase,
    ChecklistAnswer,
    ChecklistQuestion,
    ChoiceAnswer,
    ChoiceQuestion,
    DateAnswer,
    DateQuestion,
    Entry,
    FieldKind,
    Form,
    Option,
    PartnerAnswer,
    PartnerQuestion,
    Question,
    Record,
    RecordField,
    RecordsAnswer,
    RecordsQuestion,
    ScaleAnswer,
    ScaleQuestion,
    Shown,
    TextAnswer,
    TextQuestion,
    empty_answer,
    guard_texts,
    present,
)
from bouwsteen_tui.core.kinds.base import strings_in
from bouwsteen_tui.core.privacy import IdentifierKind

DOCS = Path(__file__).resolve().parents[2] / "docs" / "content-format.md"
NUMBER = "85073003328"  # a synthetic national register number (valid check digits, no one's)


class StubNames:
    """Names that show what they were asked for."""

    def partner(self, partner_id: str) -> str:
        return f"P:{partner_id}"

    def record(self, source: str, record_id: str) -> str:
        return f"R:{source}/{record_id}"

    def date(self, value: date) -> str:
        return value.isoformat()

    def flag(self, value: bool) -> str:
        return "yes" if value else "no"


NAMES = StubNames()
OPTIONS = [Option(id="a", label="Optie A"), Option(id="b", label="Optie B")]
FIELDS = [
    RecordField(id="what", kind=FieldKind.LINE, label="Wat"),
    RecordField(id="who", kind=FieldKind.PARTNER, label="Wie"),
    RecordField(id="done", kind=FieldKind.YESNO, label="Klaar"),
]
SAMPLES: dict[str, tuple[Question, Answer]] = {
    "text": (TextQuestion(id="t", kind="text", label="T"), TextAnswer(text="regel 1\nregel 2")),
    "choice": (
        ChoiceQuestion(id="c", kind="choice", label="C", options=OPTIONS, ask_primary=True),
        ChoiceAnswer(selected=["b"], other=["eigen"], primary="other:eigen"),
    ),
    "checklist": (
        ChecklistQuestion(id="k", kind="checklist", label="K", items=OPTIONS), ChecklistAnswer(checked=["b"])
    ),
    "date": (DateQuestion(id="d", kind="date", label="D"), DateAnswer(value=date(2027, 3, 1))),
    "scale": (ScaleQuestion(id="s", kind="scale", label="S", options=OPTIONS), ScaleAnswer(value="a")),
    "records": (
        RecordsQuestion(id="r", kind="records", label="R", fields=FIELDS),
        RecordsAnswer(items=[Record(id="r-0001", values={"what": "bellen", "who": "p-1", "done": True})]),
    ),
    "partner": (PartnerQuestion(id="p", kind="partner", label="P"), PartnerAnswer(partners=["p-1", "self"])),
}

EXPECTED: dict[str, Shown] = {
    "text": Shown(Form.TEXT, (Entry("regel 1\nregel 2"),)),
    "choice": Shown(Form.LIST, (Entry("Optie B"), Entry("eigen", primary=True))),
    "checklist": Shown(Form.CHECKLIST, (Entry("Optie A", checked=False), Entry("Optie B"))),
    "date": Shown(Form.VALUE, (Entry("2027-03-01"),)),
    "scale": Shown(Form.VALUE, (Entry("Optie A"),)),
    "records": Shown(Form.RECORDS, (Entry("bellen", fields=(("what", "bellen"), ("who", "P:p-1"), ("done", "yes"))),)),
    "partner": Shown(Form.LIST, (Entry("P:p-1"), Entry("P:self"))),
}


def _kind_of(model: type) -> str:
    """The literal of a model's ``kind`` field."""
    (literal,) = get_args(model.model_fields["kind"].annotation)
    return str(literal)


def test_the_registry_and_the_unions_name_the_same_kinds() -> None:
    """``KINDS``, the ``Question`` union and the ``Answer`` union hold the same kinds, each question with the answer
    of its own ``kind``: a kind left out of one of them fails here."""
    questions = {_kind_of(q): q for q in get_args(get_args(Question)[0])}
    answers = {_kind_of(a): a for a in get_args(get_args(Answer)[0])}
    assert set(questions) == set(answers) == set(KINDS) == set(QUESTION_KINDS)
    for kind, spec in KINDS.items():
        assert (spec.kind, spec.question, spec.answer) == (kind, questions[kind], answers[kind])
        assert spec.answer().kind == kind


def test_no_kind_leaves_a_method_unwritten() -> None:
    """Every kind's question and answer implement what the bases ask (no abstract method is left)."""
    abstract = [k for k, spec in KINDS.items() if inspect.isabstract(spec.question) or inspect.isabstract(spec.answer)]
    assert abstract == []


def test_every_kind_has_a_sample() -> None:
    """The tests below present and scan a sample of every kind in the registry, and expect a presentation of each."""
    assert set(SAMPLES) == set(EXPECTED) == set(KINDS)
    assert all(question.kind == answer.kind == kind for kind, (question, answer) in SAMPLES.items())


def test_every_kind_is_documented_in_section_7() -> None:
    """docs/content-format.md has a ``### kind`` section in "7. Questions" for every kind, and lists each in the
    table of its keys; section 16 says how to add one."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("\n## 7. Questions") : text.index("\n## 8. ")]
    assert re.findall(r"^### (\w+)$", section, re.MULTILINE) == list(KINDS)
    kind_row = next(line for line in section.splitlines() if line.startswith("| `kind` |"))
    assert re.findall(r"`(\w+)`", kind_row)[1:] == list(KINDS)
    assert "\n## 16. Adding a question kind\n" in text


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_presents_its_sample_answer(kind: str) -> None:
    """A kind's answer reads as plain entries in its form: labels for option ids, names through the reader."""
    question, answer = SAMPLES[kind]
    assert present(question, answer, NAMES) == EXPECTED[kind]


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_empty_answer_presents_nothing_to_show(kind: str) -> None:
    """An empty answer of any kind has no entry worth showing (a checklist lists its items, none ticked)."""
    question, _answer = SAMPLES[kind]
    shown = present(question, empty_answer(question), NAMES)
    assert all(not e.checked for e in shown.entries) if shown.form is Form.CHECKLIST else shown.entries == ()


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_presents_an_answer_whose_question_is_gone(kind: str) -> None:
    """Without its question (a changed pack), an answer still reads: option ids by their remembered label, else
    as they are."""
    _question, answer = SAMPLES[kind]
    shown = present(None, answer, NAMES)
    assert shown.entries
    assert all(e.text or e.fields for e in shown.entries)


def test_a_question_of_another_kind_is_taken_as_unknown() -> None:
    """A scale answer under what is now a text question reads as if its question were gone (by its id)."""
    assert present(SAMPLES["text"][0], ScaleAnswer(value="a"), NAMES) == Shown(Form.VALUE, (Entry("a"),))


def test_a_removed_option_shows_by_its_remembered_label() -> None:
    """A choice whose option the pack dropped shows the label it had when chosen."""
    question, _ = SAMPLES["choice"]
    answer = ChoiceAnswer(selected=["weg"], labels={"weg": "Vroeger"})
    assert present(question, answer, NAMES).entries == (Entry("Vroeger"),)


def test_the_primary_mark_needs_a_question_that_asks_for_it() -> None:
    """A primary option is marked only where the question asks for one."""
    question = ChoiceQuestion(id="c", kind="choice", label="C", options=OPTIONS)
    answer = ChoiceAnswer(selected=["a"], primary="a")
    assert present(question, answer, NAMES).entries == (Entry("Optie A"),)


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_guard_scans_every_string_of_each_kind(kind: str) -> None:
    """Every string an answer of any kind holds is among the texts the guard scans (records: their values)."""
    _question, answer = SAMPLES[kind]
    scanned = [text for _field, _index, text in guard_texts(answer)]
    held = [s for r in answer.items for v in r.values.values() for s in strings_in(v)] \
        if isinstance(answer, RecordsAnswer) \
        else list(strings_in(answer))
    assert held and set(held) <= set(scanned)


def test_the_guard_finds_an_identifier_in_free_text() -> None:
    """A national number typed as free text is found, named by its question."""
    findings = scan_answer("t", TextAnswer(text=f"rrn {NUMBER}"))
    assert [(f.question_id, f.kind) for f in findings] == [("t", IdentifierKind.NATIONAL_NUMBER)]


def test_the_guard_names_a_record_field_and_its_record() -> None:
    """In records, the guard names the field and the record an identifier is in."""
    answer = RecordsAnswer(items=[Record(values={"what": "x"}), Record(values={"what": f"rrn {NUMBER}"})])
    assert guard_texts(answer) == [("what", 0, "x"), ("what", 1, f"rrn {NUMBER}")]


def test_a_kind_with_a_new_answer_field_is_scanned_by_default() -> None:
    """The default guard texts are every string of the answer, so a kind's new text field is never skipped."""

    class NoteAnswer(TextAnswer):
        note: str = ""

    assert [t for _f, _i, t in AnswerBase.guard_texts(NoteAnswer(text="a", note=NUMBER))] == ["text", "a", NUMBER]
