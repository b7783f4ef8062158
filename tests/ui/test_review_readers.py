"""The review says who reads each answer: partners, the family, or only the user's own case record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.screens.review import ReviewScreen
from tests.ui.sample import CASE_CODE, write_sample


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bouwsteen_tui.core.dates.today", lambda: date(2026, 11, 28))


def prompts(review: ReviewScreen) -> dict[str, str]:
    """Question id → the plain text of its entry in the review."""
    answers = review.query_one("#answers", OptionList)
    out: dict[str, str] = {}
    for index in range(answers.option_count):
        option = answers.get_option_at_index(index)
        if option.id and option.id.startswith("q-"):
            out[option.id.split("-", 2)[2]] = str(option.prompt)
    return out


@pytest.mark.parametrize(
    ("language", "both", "partners", "own"),
    [
        ("nl", "zichtbaar voor partners · zichtbaar voor het gezin", "zichtbaar voor partners",
         "alleen in je casusverslag"),
        ("en", "visible to partners · visible to the family", "visible to partners", "only in your case record"),
    ],
)
async def test_the_case_review_names_the_readers_of_each_answer(tmp_path: Path, language: str, both: str,
                                                                partners: str, own: str) -> None:
    """Agreements, the family contact and the next meeting: partners and family; the partners involved and the
    actions: partners only; perspectives, strengths, capacity: only the user's own case record."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language=language, background_saves=False, preload=True)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_step("case", 0, CASE_CODE)
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        entries = prompts(review)
        for question_id in ("agreements", "family_contact", "next_meeting"):
            assert entries[question_id].rstrip().endswith(both), question_id
        for question_id in ("case_partners", "actions", "task_division"):
            assert entries[question_id].rstrip().endswith(partners), question_id
        for question_id in ("shared_framing", "perspectives", "priorities", "strengths", "capacity"):
            assert entries[question_id].rstrip().endswith(own), question_id
        assert not review.query("#review-sheet")


async def test_the_role_card_review_says_once_that_it_is_meant_for_partners(tmp_path: Path) -> None:
    """Step 1: one line under the intro, nothing under each answer."""
    app = BouwsteenApp(write_sample(tmp_path / "ws"), language="nl", background_saves=False, preload=True)
    async with app.run_test(size=(120, 40)) as pilot:
        steps = app.screen.query_one("#steps", OptionList)
        steps.focus()
        steps.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        note = review.query_one("#review-sheet", Static)
        assert str(note.render()) == "Alles uit deze stap komt op je rolkaart, en die is bedoeld voor partners."
        assert not any("zichtbaar" in text or "casusverslag" in text for text in prompts(review).values())
