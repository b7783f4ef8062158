"""The review screen of a step: every answer, who reads it, with jump-to-edit.

Who reads an answer (core/roles.py READERS): under each answer of a case step a dim line names the documents it
appears in beyond the user's own case record ("zichtbaar voor partners · zichtbaar voor het gezin"), or says it
stays there ("alleen in je casusverslag"). The role card and the network map are written for partners as a whole:
their review says so once, under the intro, rather than under every answer; a question of such a step still
shows the readers the pack declares on it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from bouwsteen_tui import commands
from bouwsteen_tui.core.answers import Answer, fits, is_answered
from bouwsteen_tui.core.content import Question, Scope, Step
from bouwsteen_tui.core.numbering import numbered_title
from bouwsteen_tui.core.roles import OWN_READER, READERS
from bouwsteen_tui.widgets.base import Lookups, TranslatedScreen, app_state, build_lookups, default_css, printable, tr
from bouwsteen_tui.widgets.header import AppHeader
from bouwsteen_tui.widgets.keys import highlight_a_row
from bouwsteen_tui.widgets.summary import answer_summary


def orphan_text(answer: Answer, lookups: Lookups | None = None) -> str:
    """A kept answer to a question the pack no longer has, as one line (its question is unknown).

    Options show by the label they had when chosen where it is known, else by their id.
    """
    return " · ".join(" ".join(line.split()) for line in answer_summary(None, answer, lookups or Lookups()))


class ReviewScreen(TranslatedScreen[tuple[int, str] | None]):
    """All answers of a step; Enter on one jumps to its part to edit it."""

    DEFAULT_CSS = default_css(__file__, "ReviewScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        commands.BACK.binding(),
        commands.HELP.binding(),
    ]

    def __init__(self, step: Step, case_code: str = "") -> None:
        super().__init__()
        self.step = step
        self.case_code = case_code

    def compose(self) -> ComposeResult:
        yield AppHeader()
        t = tr(self)
        yield Static(t("review.intro"), id="review-intro")
        if self.step.sheet in ("role_card", "network_map"):
            yield Static(t(f"review.sheet.{self.step.sheet}"), id="review-sheet")
        yield OptionList(*self._options(), id="answers")
        yield Footer()

    def on_mount(self) -> None:
        t = tr(self)
        self.title = t("review.title", number=self.step.number, title=self.step.title)
        if self.step.scope is Scope.CASE:
            self.sub_title = self.case_code

    def _options(self) -> list[Option | None]:
        t = tr(self)
        session = app_state(self).session
        document = session.document(self.step, self.case_code)
        lookups = build_lookups(session, document, self.step, t)
        options: list[Option | None] = []
        for index, part in enumerate(self.step.parts):
            heading = Text(printable(numbered_title(index + 1, part.title)), style="bold")  # as the step screen
            options.append(Option(heading, id=f"h-{index}", disabled=True))
            for question in part.questions:
                stored = document.stored(question)
                kept = is_answered(stored) and not fits(question, stored)  # the pack changed since: not answered
                lines = answer_summary(question, stored, lookups)
                prompt = Text()
                prompt.append(f"  {printable(question.label)}\n", style="bold" if lines and not kept else "dim")
                if lines:
                    for line in lines[:8]:
                        prompt.append(f"    {printable(line)}\n")
                    if len(lines) > 8:
                        prompt.append(f"    … (+{len(lines) - 8})\n")
                if kept:
                    prompt.append(f"    {t('review.kept')}\n", style="italic")
                elif not lines:
                    prompt.append(f"    {t('review.unanswered')}\n", style="italic dim")
                readers = self.readers_line(question)
                if readers:
                    prompt.append(f"    {readers}\n", style="dim")
                options.append(Option(prompt, id=f"q-{index}-{question.id}"))
            options.append(None)
        asked = session.pack.question_ids()  # an answer whose kind no longer fits shows at its question above
        orphans = {qid: a for qid, a in document.orphans(session.pack).items() if qid not in asked}
        if orphans:
            options.append(Option(Text(t("review.orphans"), style="bold"), id="h-orphans", disabled=True))
            for question_id, answer in orphans.items():
                prompt = Text()
                prompt.append(f"  {printable(question_id)}\n", style="bold")
                prompt.append(f"    {printable(orphan_text(answer, lookups))}\n")
                options.append(Option(prompt, id=f"o-{question_id}", disabled=True))
        return options

    def readers_line(self, question: Question) -> str:
        """Who reads ``question``'s answer besides the user, as labels joined by " · "; for a case step with no
        other readers, that it stays in the case record; else (role card, network map, other steps) nothing."""
        t = tr(self)
        readers = app_state(self).session.pack.readers_of(question)
        others = [name for name in READERS if name in readers and name != OWN_READER]
        if others:
            return " · ".join(t(f"review.reader.{name}") for name in others)
        return t(f"review.reader.{OWN_READER}") if self.step.scope is Scope.CASE else ""

    @on(events.DescendantFocus)
    def _highlight_on_focus(self, event: events.DescendantFocus) -> None:
        """The list of answers has a highlighted answer (the first, not its part's heading), so Enter jumps to it."""
        highlight_a_row(event.widget)

    @on(OptionList.OptionSelected)
    def _jump(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("q-"):
            _, index, question_id = option_id.split("-", 2)
            self.dismiss((int(index), question_id))

    def action_back(self) -> None:
        self.dismiss(None)
