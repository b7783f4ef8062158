"""The widget of a partner question: pick partners of the network map, or add a new one to it.

Apart from the other question widgets because it is the one that reads the network (its partners come in as
:class:`~bouwsteen_tui.widgets.base.Lookups`, refreshed when the map changes) and asks for a new partner.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Button, SelectionList, Static
from textual.widgets.selection_list import Selection

from bouwsteen_tui.core.answers import SELF_PARTNER, PartnerAnswer
from bouwsteen_tui.core.content import PartnerQuestion
from bouwsteen_tui.widgets.base import Lookups, default_css, literal, tr
from bouwsteen_tui.widgets.keys import highlight_a_row
from bouwsteen_tui.widgets.messages import NewPartnerRequested
from bouwsteen_tui.widgets.questions import QuestionWidget


class PartnerQuestionWidget(QuestionWidget):
    """Pick partners of the network map, or add a new one to it."""

    DEFAULT_CSS = default_css(__file__, "PartnerQuestionWidget")

    question: PartnerQuestion

    def compose_input(self) -> ComposeResult:
        yield from self._list()
        yield Button(tr(self)("partner.new"), id="new-partner", variant="default", compact=True)

    def _choices(self, lookups: Lookups) -> list[tuple[str, str]]:
        """My own organisation first, then the network's partners."""
        return [(SELF_PARTNER, lookups.self_label or tr(self)("partner.self")), *lookups.partners]

    def _list(self) -> ComposeResult:
        assert isinstance(self.answer, PartnerAnswer)
        chosen = set(self.answer.partners)
        if not self.lookups.partners:
            yield Static(self.lookups.no_partners_hint(tr(self)), classes="empty")
        yield SelectionList[str](
            *(Selection(literal(name), pid, pid in chosen) for pid, name in self._choices(self.lookups)), id="partners"
        )

    def set_lookups(self, lookups: Lookups) -> None:
        super().set_lookups(lookups)
        assert isinstance(self.answer, PartnerAnswer)
        selection_list = self.query_one("#partners", SelectionList)
        chosen = set(self.answer.partners)
        before = selection_list.highlighted
        value = selection_list.get_option_at_index(before).value if before is not None else None
        with selection_list.prevent(SelectionList.SelectedChanged):
            selection_list.clear_options()
            selection_list.add_options([Selection(literal(n), p, p in chosen) for p, n in self._choices(lookups)])
        if value is not None:  # the partner that was highlighted stays so (a list with the focus always has one)
            count = selection_list.option_count
            selection_list.highlighted = next(
                (i for i in range(count) if selection_list.get_option_at_index(i).value == value), None
            )
        if selection_list.has_focus:
            highlight_a_row(selection_list, near=before)
        for empty in self.query(".empty"):
            empty.display = not lookups.partners

    def select_partner(self, partner_id: str) -> None:
        """Tick a partner (a new one just added from here)."""
        self.query_one("#partners", SelectionList).select(partner_id)

    @on(SelectionList.SelectedChanged, "#partners")
    def _changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        known = {p for p, _n in self._choices(self.lookups)}
        assert isinstance(self.answer, PartnerAnswer)
        # keep references to partners that are not listed (e.g. removed from the map): the checks flag them
        kept = [p for p in self.answer.partners if p not in known]
        self.changed(PartnerAnswer(partners=kept + list(event.selection_list.selected)))

    @on(Button.Pressed, "#new-partner")
    def _new(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(NewPartnerRequested(self.question.id))
