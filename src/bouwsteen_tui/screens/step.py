"""The step screen: goal and checklist, the parts as a list to jump through, the questions of one part."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Collapsible, Footer, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from bouwsteen_tui import commands
from bouwsteen_tui.core.answers import Answer, AnswerSet, Case, Record, Sheet, answers_question, step_progress
from bouwsteen_tui.core.content import Part, RecordsQuestion, Scope, Step
from bouwsteen_tui.core.guard import replace_identifiers, scan_answer
from bouwsteen_tui.core.privacy import mask
from bouwsteen_tui.dialogs.record import DraftStore, edit_record
from bouwsteen_tui.widgets.autosave import AutosaveTimer
from bouwsteen_tui.widgets.base import (
    TranslatedScreen,
    app_state,
    build_lookups,
    literal,
    printable,
    set_label,
    styled,
    tr,
)
from bouwsteen_tui.widgets.factory import question_widget
from bouwsteen_tui.widgets.header import AppHeader
from bouwsteen_tui.widgets.keys import highlight_a_row
from bouwsteen_tui.widgets.messages import AnswerChanged, NewPartnerRequested, ReplaceIdentifiersRequested
from bouwsteen_tui.widgets.partner import PartnerQuestionWidget
from bouwsteen_tui.widgets.questions import (
    ChecklistQuestionWidget,
    QuestionWidget,
)

if TYPE_CHECKING:
    from bouwsteen_tui.core.session import Session


class StepScreen(TranslatedScreen[None]):
    """Answer the questions of one step, part by part."""

    CSS_PATH = "step.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - Textual declares it so

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.NEXT_PART.binding(),
        commands.PREVIOUS_PART.binding(),
        commands.REVIEW.binding(),
        commands.HOME.binding(),
        commands.HELP.binding(),
    ]

    def __init__(self, step: Step, case_code: str = "", part_index: int = 0) -> None:
        super().__init__()
        self.step = step
        self.case_code = case_code
        self.part_index = max(0, min(part_index, len(step.parts) - 1))
        self._autosave = AutosaveTimer(self, self.save_now)
        self._reverting = False  # a read-only window is putting its widgets back to what is stored
        self._scanned: dict[str, tuple[Answer, list[str]]] = {}  # question id → (answer as scanned, kinds found)

    @property
    def session(self) -> Session:
        return app_state(self).session

    @property
    def document(self) -> AnswerSet:
        return self.session.document(self.step, self.case_code)

    @property
    def part(self) -> Part:
        return self.step.parts[self.part_index]

    # ----------------------------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        t = tr(self)
        yield AppHeader()
        with Horizontal(id="body"):
            with Vertical(id="nav"):
                yield Label(t("step.parts"), id="nav-title")
                yield OptionList(*self._nav_options(), id="parts")
            with VerticalScroll(id="main"):
                progress = step_progress(self.step, self.document)
                goal = Content.assemble(styled(f"{self.step.goal_heading}:", "bold"), " ", literal(self.step.goal))
                yield Static(goal, id="goal")
                with Collapsible(
                    title=self._intro_title(progress.checked, progress.checklist_total),
                    collapsed=True,
                    id="intro",
                ):
                    checklist = ChecklistQuestionWidget(self.step.checklist, self.document.stored(self.step.checklist))
                    checklist.show_label = False  # the collapsible's title says it
                    yield checklist
                yield Select[int](
                    [(self._part_label(i), i) for i in range(len(self.step.parts))],
                    value=self.part_index, allow_blank=False, id="part-select", compact=True,
                )  # the parts list for narrow terminals, where the side list is hidden
                yield Static(id="part-position")
                yield Static(id="part-title")
                yield Vertical(id="part")
                with Horizontal(id="part-buttons"):
                    yield Button(t("step.previous"), id="previous", compact=True)
                    yield Button(t("step.next"), id="next", variant="primary", compact=True)
        yield Footer()

    def _intro_title(self, checked: int, total: int) -> str:
        """The checklist's title and progress, shown literally: ``Collapsible`` hands its title to a label that
        takes ``Content`` as it is (a ``str`` would be read as markup), though it declares ``str``."""
        text = tr(self)("step.intro_title", label=self.step.checklist.label, checked=checked, total=total)
        return cast(str, literal(text))

    def _part_label(self, index: int) -> Text:
        """A part in the narrow parts list (a ``Select``): rich ``Text``, shown literally and searchable."""
        part = self.step.parts[index]
        total = len(self.step.parts)
        label = tr(self)("step.part_choice", current=index + 1, total=total, title=part.title)
        return Text(printable(label))

    @on(Select.Changed, "#part-select")
    async def _part_selected(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, int) and event.value != self.part_index:
            await self.show_part(event.value)

    def _nav_options(self) -> list[Option]:
        t = tr(self)
        options = [self._nav_option(index) for index in range(len(self.step.parts))]
        options.append(Option(literal(f"≡ {t('step.review')}"), id="review"))
        return options

    def _nav_option(self, index: int) -> Option:
        """A part in the parts list, with its mark: ● answered, ◐ begun, ○ not begun."""
        part = self.step.parts[index]
        answered = sum(1 for q in part.questions if answers_question(q, self.document.answers.get(q.id)))
        mark = "●" if answered == len(part.questions) else ("◐" if answered else "○")
        return Option(literal(f"{mark} {index + 1} {part.title}"), id=f"part-{index}")  # one numbering: places

    async def on_mount(self) -> None:
        self._set_titles()
        await self.show_part(self.part_index)

    def _set_titles(self) -> None:
        """The header: the case code first (a narrow header cuts from the right), then the step; the case's
        description (masked) as the sub-title."""
        t = tr(self)
        step = f"{t('step.label', number=self.step.number)}: {self.step.title}"
        if self.step.scope is Scope.CASE:
            case = self.session.case(self.case_code)
            self.title = f"{t('case.label', code=case.code)} · {step}"
            self.sub_title = mask(case.description)
        else:
            self.title = f"{self.session.pack.brand or 'BOUWSTEEN'} · {step}"
            self.sub_title = ""

    async def show_part(self, index: int, focus_question: str | None = None) -> None:
        """Show part ``index``: save first, then swap the question widgets."""
        self.save_now()
        self.part_index = max(0, min(index, len(self.step.parts) - 1))
        t = tr(self)
        part = self.part
        self.query_one("#part-position", Static).update(
            t("step.position", current=self.part_index + 1, total=len(self.step.parts))
        )
        self.query_one("#part-title", Static).update(styled(part.title, "bold"))  # its number: "Deel 6 van 8" above
        container = self.query_one("#part", Vertical)
        await container.remove_children()
        lookups = build_lookups(self.session, self.document, self.step, tr(self))
        widgets: list[Static | QuestionWidget] = []
        if part.guidance:
            widgets.append(Static("\n".join(f"• {g}" for g in part.guidance), classes="guidance", markup=False))
        widgets += [question_widget(q, self.document.stored(q), lookups) for q in part.questions]
        await container.mount_all(widgets)
        if self.session.workspace.read_only:  # another window writes: this one shows, but takes no input
            container.disabled = True
            self.query_one("#intro", Collapsible).disabled = True
        nav = self.query_one("#parts", OptionList)
        nav.highlighted = self.part_index
        select = self.query_one("#part-select", Select)
        with select.prevent(Select.Changed):
            select.value = self.part_index
        self.query_one("#previous", Button).disabled = self.part_index == 0
        last = self.part_index == len(self.step.parts) - 1
        set_label(self.query_one("#next", Button), t("step.to_review") if last else t("step.next"))
        self.query_one("#main", VerticalScroll).scroll_home(animate=False)
        self.session.remember_position(self.step.id, self.part_index, self.case_code)
        target = None
        if focus_question is not None:
            target = next((w for w in self.query(QuestionWidget) if w.question.id == focus_question), None)
        if target is None:
            target = next(iter(container.query(QuestionWidget)), None)
        if target is not None:
            target.focus_input(scroll_visible=False)
        if focus_question is not None and target is not None:
            self.call_after_refresh(target.scroll_visible, animate=False, top=True)
        elif index == 0:
            self.call_after_refresh(self.query_one("#main", VerticalScroll).scroll_home, animate=False)
        else:
            self.call_after_refresh(self.query_one("#part-position").scroll_visible, animate=False, top=True)

    # ----------------------------------------------------------------------------------- answers

    @on(AnswerChanged)
    async def _answer_changed(self, event: AnswerChanged) -> None:
        event.stop()
        if self.session.workspace.read_only:
            # Nothing is stored here. What the widgets announce while they are put back is no attempt of the
            # user's: only a real change is refused (with the reason) and undone, once, never in a loop.
            if self._reverting or event.answer == self.document.answers.get(event.question_id):
                return
            app_state(self).refuse_read_only()
            self._reverting = True
            try:
                await self.show_part(self.part_index, focus_question=event.question_id)  # back to what is stored
            finally:
                self.call_after_refresh(self._stop_reverting)
            return
        self.document.set(event.question_id, event.answer)
        if event.settled:
            self.save_now()
        else:
            self._schedule_save()
        if event.question_id == self.step.checklist.id:
            progress = step_progress(self.step, self.document)
            self.query_one("#intro", Collapsible).title = self._intro_title(progress.checked, progress.checklist_total)
        else:
            self._refresh_nav_marks(self.part_index)
        question = next((q for q in self.part.questions if q.id == event.question_id), None)
        if isinstance(question, RecordsQuestion):
            self._refresh_lookups()

    def _stop_reverting(self) -> None:
        self._reverting = False

    def _refresh_nav_marks(self, only: int | None = None) -> None:
        """Redraw a part's mark only when it changed: replacing a prompt re-renders the whole list, and this runs
        on every keystroke (then for the part being edited only)."""
        nav = self.query_one("#parts", OptionList)
        for index in range(len(self.step.parts)) if only is None else (only,):
            option = self._nav_option(index)
            if str(nav.get_option_at_index(index).prompt) != str(option.prompt):
                nav.replace_option_prompt_at_index(index, option.prompt)

    def _refresh_lookups(self) -> None:
        lookups = build_lookups(self.session, self.document, self.step, tr(self))
        for widget in self.query(QuestionWidget):
            if widget.lookups != lookups:
                widget.set_lookups(lookups)

    def _schedule_save(self) -> None:
        self._autosave.changed()

    @property
    def save_pending(self) -> bool:
        """Whether a change waits for its autosave."""
        return self._autosave.pending

    def save_now(self) -> None:
        """Save this step's document now (called on every navigation and when typing pauses)."""
        self._autosave.stop()
        document = self.document
        if isinstance(document, Case | Sheet):
            self.session.save(document)
        if isinstance(document, Case):
            self._show_identifiers(document)

    def _show_identifiers(self, case: Case) -> None:
        """The identifier guard: warn at each field of this part whose saved answer holds an identifier.

        Only answers changed since their last scan are scanned again: while someone types, that is one field,
        not every record of the part on each autosave.
        """
        for widget in self.query(QuestionWidget):
            answer = case.get(widget.question)
            scanned = self._scanned.get(widget.question.id)
            if scanned is not None and scanned[0] == answer:
                kinds = scanned[1]
            else:
                findings = scan_answer(widget.question.id, answer)
                kinds = list(dict.fromkeys(f.kind.value for f in findings))
                self._scanned[widget.question.id] = (answer.model_copy(deep=True), kinds)
            widget.show_identifiers(kinds)

    @on(ReplaceIdentifiersRequested)
    async def _replace_identifiers(self, event: ReplaceIdentifiersRequested) -> None:
        event.stop()
        document = self.document
        if not isinstance(document, Case):
            return
        question = self.session.pack.question(event.question_id)
        document.set(question.id, replace_identifiers(document.get(question), document.code))
        self.save_now()
        await self.show_part(self.part_index, focus_question=question.id)
        self.notify(tr(self)("guard.replaced", code=document.code), markup=False)

    @on(NewPartnerRequested)
    @work(exclusive=True, group="new-partner")
    async def _new_partner(self, event: NewPartnerRequested) -> None:
        source = self.session.pack.partner_records()
        if source is None:
            return
        lookups = build_lookups(self.session, self.document, self.step, tr(self))
        network = self.session.network_sheet()  # a half-typed partner is kept as a draft of the network map
        store = DraftStore(self.session, network, source.id) if network is not None else None
        record: Record | None = await edit_record(self.app, source, None, lookups, store)
        if record is None:
            return
        self.session.add_partner(record)
        added = self.session.partners()[-1]
        self._refresh_lookups()
        for widget in self.query(PartnerQuestionWidget):
            if widget.question.id == event.question_id:
                widget.select_partner(added.id)
        self.notify(tr(self)("partner.added", name=added.text(source.title_field_id)), markup=False)

    # ----------------------------------------------------------------------------------- navigation

    @on(OptionList.OptionSelected, "#parts")
    async def _nav_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == "review":
            self.action_review()
        elif event.option.id is not None:
            await self.show_part(int(event.option.id.removeprefix("part-")))

    @on(Button.Pressed, "#next")
    async def action_next_part(self) -> None:
        if self.part_index == len(self.step.parts) - 1:
            self.action_review()
        else:
            await self.show_part(self.part_index + 1)

    @on(Button.Pressed, "#previous")
    async def action_previous_part(self) -> None:
        if self.part_index > 0:
            await self.show_part(self.part_index - 1)

    def action_review(self) -> None:
        from bouwsteen_tui.screens.review import ReviewScreen

        self.save_now()
        self.app.push_screen(ReviewScreen(self.step, self.case_code), self._after_review)

    async def _after_review(self, target: tuple[int, str] | None) -> None:
        if target is not None:
            await self.show_part(target[0], focus_question=target[1])

    def action_home(self) -> None:
        self.save_now()
        self.dismiss(None)

    @on(events.DescendantFocus)
    def _highlight_on_focus(self, event: events.DescendantFocus) -> None:
        """A list that gets the focus (parts, records, partners, choices) always has a highlighted row."""
        highlight_a_row(event.widget)

    def focused_question(self) -> QuestionWidget | None:
        """The question that holds the focus (for F1 help)."""
        node = self.focused
        while node is not None:
            if isinstance(node, QuestionWidget):
                return node
            node = node.parent  # type: ignore[assignment]
        return None

    def on_unmount(self) -> None:
        self.save_now()
