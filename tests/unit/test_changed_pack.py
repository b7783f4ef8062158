"""Answers to a content pack that changed since they were given (issue 11, item 9): the core rules.

An answer that no longer fits its question is kept untouched, never counted as answered, and shown by the labels
its options had when they were chosen.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from bouwsteen_tui.core.answers import (
    ChecklistAnswer,
    ChoiceAnswer,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    Sheet,
    TextAnswer,
    answers_question,
    field_fits,
    fits,
    fitting_part,
    remember_labels,
    step_progress,
)
from bouwsteen_tui.core.content import (
    ChecklistQuestion,
    ChoiceQuestion,
    FieldKind,
    Option,
    Part,
    RecordField,
    RecordsQuestion,
    ScaleQuestion,
    Scope,
    Step,
    TextQuestion,
)
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.session import Session
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export.network_sheet import render_network
from bouwsteen_tui.export.role_card import render_role_card
from tests.conftest import DATA

A, B, C = Option(id="a", label="Optie A"), Option(id="b", label="Optie B"), Option(id="c", label="Optie C")
MANY = ChoiceQuestion(id="many", kind="choice", label="Meerdere", options=[A, C])  # option b was removed
ONE = ChoiceQuestion(id="one", kind="choice", label="Eén", options=[A, B, C], multiple=False, allow_other=False)
SCALE = ScaleQuestion(id="scale", kind="scale", label="Schaal", options=[Option(id="laag", label="Laag"),
                                                                          Option(id="midden", label="Midden")])
TICK = ChecklistQuestion(id="tick", kind="checklist", label="Lijst", items=[A])
TEXT = TextQuestion(id="scale", kind="text", label="Schaal, nu als tekst")
STRENGTH = RecordField(id="band", kind=FieldKind.YESNO, label="Band")  # was a scale: zwak / sterk
CHOSEN = RecordField(id="kind", kind=FieldKind.CHOICE, label="Soort", options=[A, B])
RECORDS = RecordsQuestion(id="partners", kind="records", label="Partners",
                          fields=[RecordField(id="naam", kind=FieldKind.LINE, label="Naam"), STRENGTH, CHOSEN])


def test_a_removed_option_makes_a_choice_no_longer_fit() -> None:
    """A selected option the pack no longer has: the answer does not fit; the remaining ones do."""
    assert not fits(MANY, ChoiceAnswer(selected=["a", "b"]))
    assert fits(MANY, ChoiceAnswer(selected=["a", "c"], other=["eigen"]))


def test_several_options_do_not_fit_a_question_that_now_takes_one() -> None:
    """A choice that became single (``multiple = false``) does not fit two selected options."""
    assert not fits(ONE, ChoiceAnswer(selected=["a", "b"]))
    assert fits(ONE, ChoiceAnswer(selected=["b"]))


def test_an_own_addition_does_not_fit_once_the_pack_no_longer_allows_one() -> None:
    """``allow_other = false``: the user's own text no longer fits (a blank one does)."""
    assert not fits(ONE, ChoiceAnswer(other=["eigen tekst"]))
    assert fits(ONE, ChoiceAnswer(other=["  "]))


def test_a_removed_scale_step_or_checklist_item_does_not_fit() -> None:
    """A scale value or a ticked item the pack no longer has does not fit; an empty scale does."""
    assert not fits(SCALE, ScaleAnswer(value="hoog"))
    assert fits(SCALE, ScaleAnswer(value=""))
    assert not fits(TICK, ChecklistAnswer(checked=["a", "weg"]))


def test_an_answer_of_another_kind_does_not_fit() -> None:
    """A scale answer to a question that is now a text question does not fit."""
    assert not fits(TEXT, ScaleAnswer(value="laag"))


def test_record_field_values_fit_their_fields_kind_and_options() -> None:
    """A yes/no field takes a bool, not a former scale step; a choice field only its options; empty fits."""
    assert not field_fits(STRENGTH, "sterk")
    assert field_fits(STRENGTH, False)
    assert not field_fits(CHOSEN, "weg")
    assert field_fits(CHOSEN, "b")
    assert field_fits(CHOSEN, "")
    assert not field_fits(RecordField(id="d", kind=FieldKind.DATE, label="D"), "morgen")
    assert field_fits(RecordField(id="d", kind=FieldKind.DATE, label="D"), date(2027, 1, 15))


def test_records_with_one_value_that_no_longer_fits_do_not_fit() -> None:
    """One record whose yes/no field still holds ``"sterk"`` makes the records answer not fit."""
    good = Record(values={"naam": "School", "band": True})
    bad = Record(values={"naam": "CLB", "band": "sterk"})
    assert fits(RECORDS, RecordsAnswer(items=[good]))
    assert not fits(RECORDS, RecordsAnswer(items=[good, bad]))


def test_an_answer_that_no_longer_fits_is_not_counted_as_answered() -> None:
    """Step progress counts only answers that fit: 1 of 3 here, though all three are filled in."""
    step = Step(
        id="s", number=1, title="Stap", scope=Scope.PROFILE, goal="Doel", checklist=TICK,
        parts=[Part(id="p", title="Deel", questions=[MANY, SCALE, RECORDS])],
    )
    sheet = Sheet(pack_id="p", step_id="s")
    sheet.set("many", ChoiceAnswer(selected=["a"]))
    sheet.set("scale", ScaleAnswer(value="hoog"))
    sheet.set("partners", RecordsAnswer(items=[Record(values={"naam": "CLB", "band": "sterk"})]))
    assert step_progress(step, sheet).answered == 1
    assert not answers_question(SCALE, sheet.answers["scale"])


def test_step_progress_counts_the_answers_kept_apart() -> None:
    """Two kept answers (a removed scale step, records with a former scale value) are counted as kept."""
    step = Step(
        id="s", number=1, title="Stap", scope=Scope.PROFILE, goal="Doel", checklist=TICK,
        parts=[Part(id="p", title="Deel", questions=[MANY, SCALE, RECORDS])],
    )
    sheet = Sheet(pack_id="p", step_id="s")
    sheet.set("scale", ScaleAnswer(value="hoog"))
    sheet.set("partners", RecordsAnswer(items=[Record(values={"naam": "CLB", "band": "sterk"})]))
    progress = step_progress(step, sheet)
    assert (progress.answered, progress.kept) == (0, 2)


def test_a_case_summary_does_not_count_an_answer_that_no_longer_fits(tmp_path: Path) -> None:
    """Saved through the session, a case's answered questions (the home's count) leave out a kept answer."""
    pack = load_pack_or_raise(DATA / "packs" / "every-kind")
    with Workspace.open(tmp_path / "ws") as workspace:
        session = Session(pack, workspace)
        case = session.new_case("test")
        case.set("case_partners", PartnerAnswer(partners=["self"]))
        case.set("ideas", ScaleAnswer(value="hoog"))  # "ideas" is a records question now
        session.save(case)
        assert session.summary(case.code).answered == ("case_partners",)


def test_an_input_starts_from_what_still_fits() -> None:
    """Removed options, steps and a primary that was removed are left out; another kind gives an empty answer."""
    part = fitting_part(MANY, ChoiceAnswer(selected=["a", "b"], primary="b", labels={"b": "Optie B"}))
    assert isinstance(part, ChoiceAnswer)
    assert (part.selected, part.primary) == (["a"], "")
    assert fitting_part(SCALE, ScaleAnswer(value="hoog")) == ScaleAnswer()
    assert fitting_part(TEXT, ScaleAnswer(value="laag")) == TextAnswer()


def test_the_label_of_a_chosen_option_is_remembered_with_the_answer() -> None:
    """Choosing an option stores its label, so the answer can still be read if the option is removed later."""
    answer = remember_labels(MANY, ChoiceAnswer(selected=["a"]))
    assert isinstance(answer, ChoiceAnswer) and answer.labels == {"a": "Optie A"}
    scale = remember_labels(SCALE, ScaleAnswer(value="midden"))
    assert isinstance(scale, ScaleAnswer) and scale.labels == {"midden": "Midden"}


def test_a_removed_options_label_is_taken_over_from_the_earlier_answer() -> None:
    """A record edited after its choice field lost an option keeps that option's remembered label."""
    earlier = RecordsAnswer(items=[Record(id="r-0001", values={"kind": "weg"}, labels={"kind": {"weg": "Weg"}})])
    edited = RecordsAnswer(items=[Record(id="r-0001", values={"naam": "CLB", "kind": "weg"})])
    answer = remember_labels(RECORDS, edited, earlier)
    assert isinstance(answer, RecordsAnswer)
    assert answer.items[0].labels == {"kind": {"weg": "Weg"}}


def test_an_answer_without_options_is_saved_without_labels() -> None:
    """Text answers and files written before labels existed stay as they were: no ``labels`` table appears."""
    sheet = Sheet(pack_id="p", step_id="s")
    sheet.set("scale", remember_labels(SCALE, ScaleAnswer()))
    sheet.set("text", remember_labels(TEXT, TextAnswer(text="Hallo")))
    assert b"labels" not in dump_document(sheet)


def test_the_export_shows_a_removed_option_and_scale_step_by_their_old_labels(tmp_path: Path) -> None:
    """The every-kind pack without option "b" and scale step "high": the role card reads "Optie B" and "3"."""
    pack_dir = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "every-kind", pack_dir)
    profile = pack_dir / "profile.toml"
    profile.write_text(
        profile.read_text(encoding="utf-8")
        .replace('{ id = "b", label = "Optie B" }, ', "")
        .replace(', { id = "high", label = "3" }', ""),
        encoding="utf-8",
    )
    pack = load_pack_or_raise(pack_dir)
    sheet = Sheet(pack_id=pack.id, step_id="profile")
    sheet.set("many", ChoiceAnswer(selected=["a", "b"], labels={"a": "Optie A", "b": "Optie B"}))
    sheet.set("how_much", ScaleAnswer(value="high", labels={"high": "3"}))
    card = render_role_card(pack, sheet, None)
    assert "**Meerdere keuzes:** Optie A, Optie B" in card
    assert "**Schaal:** 3" in card
    assert "high" not in card


def test_the_export_shows_a_record_value_whose_field_changed_kind_by_its_old_label(tmp_path: Path) -> None:
    """The partners' "Relatie" field went from scale to yes/no: the network map reads "sterk", not "strong"."""
    pack_dir = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "every-kind", pack_dir)
    network = pack_dir / "network.toml"
    network.write_text(
        network.read_text(encoding="utf-8").replace(
            '{ id = "strength", kind = "scale", label = "Relatie", '
            'options = [{ id = "weak", label = "zwak" }, { id = "strong", label = "sterk" }] }',
            '{ id = "strength", kind = "yesno", label = "Relatie" }',
        ),
        encoding="utf-8",
    )
    pack = load_pack_or_raise(pack_dir)
    sheet = Sheet(pack_id=pack.id, step_id="network")
    record = Record(values={"organisation": "School", "strength": "strong"}, labels={"strength": {"strong": "sterk"}})
    sheet.set("partners", RecordsAnswer(items=[record]))
    text = render_network(pack, sheet, None)
    assert "**Relatie:** sterk" in text
    assert "strong" not in text
