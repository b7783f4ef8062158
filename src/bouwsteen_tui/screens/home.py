"""The home screen: the three steps with their progress, the cases, the outputs."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from bouwsteen_tui import commands
from bouwsteen_tui.screens.home_cases import CaseActions, when_ready
from bouwsteen_tui.widgets.base import app_state, literal, set_label, tr
from bouwsteen_tui.widgets.cases import CaseTable
from bouwsteen_tui.widgets.header import AppHeader
from bouwsteen_tui.widgets.keys import highlight_a_row, typed_key_acts

if TYPE_CHECKING:
    from bouwsteen_tui.core.content import Step
    from bouwsteen_tui.core.home_cache import HomeView

# The home screen is drawn before the core (pydantic models) is loaded, from a HomeView (core/home_cache.py): the core
# is imported in methods. Its cases (the table and what changes them) are in home_cases.py.


class HomeScreen(CaseActions):
    """Where every session starts: steps, cases (:class:`CaseActions`), outputs."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - Textual declares it so
    AUTO_FOCUS = "#steps"  # not the first focusable widget (the scrolling #home): a focus moved restyles the screen

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.NEW_CASE.binding(),
        commands.DESCRIBE_CASE.binding(),
        commands.TOGGLE_CASE.binding(),
        commands.KEEP_UNTIL.binding(),
        commands.DELETE_CASE.binding(),
        commands.PREVIEW.binding(),
        commands.HELP.binding(),
        commands.QUIT.binding(action="app.quit", show=True),  # shown here; the app's own is hidden
    ]

    def __init__(self) -> None:
        super().__init__()
        # the breakpoint's class from the start, as Textual sets it on the first resize: set then, it would restyle
        # every widget of the first frame once more
        width = self.app.size.width
        self.add_class(next(name for least, name in reversed(self.HORIZONTAL_BREAKPOINTS) if width >= least))
        self._ready = False  # the core is loaded: the screen shows the session and its actions run
        self._view: HomeView | None = None  # what the screen shows now

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # until anything is shown only the app's own keys (quit, help) work; drawn from the cache at start, an action
        # asked before the core is loaded runs once it is (see when_ready)
        if not self._ready and self._view is None:
            return None
        # a letter acts on the table of cases only while it has the focus, and never on a button (widgets/keys.py)
        return True if typed_key_acts(self, action, self.query_one("#cases", CaseTable)) else None

    def compose(self) -> ComposeResult:
        t = tr(self)
        full = app_state(self).ready or app_state(self).start_view is not None
        yield AppHeader()
        with VerticalScroll(id="home"):
            yield Static("", id="intro", markup=False)
            if full:
                yield self._resume_button()
            yield Label(t("home.steps"), classes="section", id="steps-title")
            if full:
                yield from self._compose_rest()
            else:
                # Without a cached view (the first start, a changed pack) the first frame comes before the core is
                # loaded, made of light widgets only: the rest is mounted once it is (see setup()).
                yield Static(t("home.loading"), id="steps-loading", classes="hint")
        yield Footer()

    def _resume_button(self) -> Button:
        button = Button(tr(self)("home.resume"), id="resume", variant="primary", compact=True)
        button.display = False  # shown by _draw_resume() when there is somewhere to resume
        return button

    def _compose_rest(self) -> ComposeResult:
        """The steps, the cases and the outputs: composed once there is something to show in them."""
        t = tr(self)
        yield OptionList(id="steps")
        yield Label(t("home.cases"), classes="section")
        yield Static(t("home.cases_hint"), classes="hint")
        yield CaseTable(id="cases")
        with Horizontal(id="case-buttons"):
            # What acts on the selected case first: Tab from the table, then Enter, opens that case. The new and the
            # imported case come after, so Enter never opens a dialog where the user meant the case they selected.
            yield Button(t("case.open"), id="open-case", compact=True)
            yield Button(t("case.describe"), id="describe-case", compact=True)
            yield Button(t("case.close"), id="toggle-case", compact=True)
            yield Button(t("case.keep_until"), id="keep-case", compact=True)
            yield Button(t("case.delete"), id="delete-case", compact=True, variant="error")
            yield Button(t("case.new"), id="new-case", compact=True)
            yield Button(t("case.import"), id="import-case", compact=True)
        yield Label(t("home.outputs"), classes="section")
        yield Static(t("home.outputs_hint"), classes="hint")
        yield OptionList(id="outputs")

    def on_mount(self) -> None:
        self.title = "BOUWSTEEN"
        if app_state(self).ready:  # otherwise the app calls setup() when the core is loaded
            self.setup()
        elif (view := app_state(self).start_view) is not None:
            self.draw(view)  # from the cache: the usable home in the first frame (#steps has the focus: AUTO_FOCUS)

    def setup(self) -> None:
        """Fill the screen from the session (once the core is loaded), then run what was asked before."""
        if self._ready:
            return
        if not self.query("#cases"):
            self._mount_rest_then_setup()
            return
        self._ready = True
        drawn_before = self._view is not None
        self.refresh_all()
        if not drawn_before:
            self.query_one("#steps", OptionList).focus()
        if self.session.settings.case_draft is not None:  # the new-case dialog was open when the app stopped
            self.notify(tr(self)("draft.case_notice"), timeout=10)
        self.run_pending()

    async def compose_again(self) -> None:
        """Compose and fill the screen once more: in the interface's language, after a switch."""
        self._ready, self._view = False, None
        await self.recompose()
        self.setup()

    @work(exclusive=True, group="home-setup")
    async def _mount_rest_then_setup(self) -> None:
        home = self.query_one("#home", VerticalScroll)
        await home.mount(self._resume_button(), before="#steps-title")
        await self.query_one("#steps-loading").remove()
        await home.mount_compose(self._compose_rest())
        self.setup()

    def on_screen_resume(self) -> None:
        if self._ready:
            self.refresh_all()

    def refresh_all(self) -> None:
        """Re-read progress, cases and outputs from the session."""
        from bouwsteen_tui.core.home_cache import view_of

        self.draw(view_of(self.session))
        self._refresh_other_packs()

    def draw(self, view: HomeView) -> None:
        """Show ``view``: the pack's titles, where to resume, the steps, the cases and the outputs."""
        self._view = view
        self.title = f"{view.brand or 'BOUWSTEEN'} · {view.title}"
        self.sub_title = ""
        self.query_one("#intro", Static).update(literal(view.introduction))
        if len(view.steps) != 3:  # a trainer's pack: the heading drawn before loading assumed the method's three
            self.query_one("#steps-title", Label).update(tr(self)("home.steps_n", count=len(view.steps)))
        self._draw_resume(view)
        self._draw_steps(view)
        self._draw_cases(view)
        self._draw_outputs()

    def _draw_resume(self, view: HomeView) -> None:
        t = tr(self)
        button = self.query_one("#resume", Button)
        resume = view.resume
        button.display = resume is not None
        if resume is not None:
            where = t("home.resume_where", number=resume.step.number, part=resume.part_index + 1)
            if resume.step.is_case:
                where += f" · {resume.case_code}"
            set_label(button, literal(f"{t('home.resume')}: {where}"))

    def _step(self, step_id: str) -> Step | None:
        return next((s for s in self.session.pack.steps if s.id == step_id), None)

    def _draw_steps(self, view: HomeView) -> None:
        t = tr(self)
        options = []
        for step in view.steps:
            progress = step.progress
            if step.is_case:
                status = t("home.case_count", count=len(view.cases))
            elif progress is None:  # its sheet changed since the cache was written: the core counts it
                status = t("home.progress_loading")
            else:
                status = t("home.progress", answered=progress.answered, total=progress.total,
                           checked=progress.checked, checklist=progress.checklist_total)
            options.append(Option(literal(f"{step.number}  {step.title}\n   {status}"), id=step.id))
        steps = self.query_one("#steps", OptionList)
        highlighted = steps.highlighted
        steps.clear_options()
        steps.add_options(options)
        steps.highlighted = highlighted if highlighted is not None else 0

    def _draw_outputs(self) -> None:
        view = self._view
        if view is None:
            return
        t = tr(self)
        options = []
        selected = self._selected_case()
        summary = view.case(selected) if selected is not None else None
        for step in view.steps:
            if step.is_case:
                # the sheet of the case selected above: one line, however many cases the workspace holds
                if summary is not None and summary.answered:
                    line = literal(t("output.case_sheet", code=summary.code))
                    options.append(Option(line, id=f"case:{summary.code}"))
            elif step.exported:  # kept answers are exported too
                key = "output.network" if step.scope == "network" else "output.role_card"
                options.append(Option(literal(t(key, title=step.title)), id=f"step:{step.id}"))
        outputs = self.query_one("#outputs", OptionList)
        before = outputs.highlighted_option
        outputs.clear_options()
        if options:
            outputs.add_options(options)
        else:
            outputs.add_option(Option(literal(t("output.none")), disabled=True))
        if before is not None and before.id is not None:  # the same output stays highlighted when it is still there
            index = next((i for i, option in enumerate(options) if option.id == before.id), None)
            outputs.highlighted = index
        if outputs.has_focus:
            highlight_a_row(outputs)

    # ----------------------------------------------------------------------------------- steps

    @on(OptionList.OptionSelected, "#steps")
    @when_ready
    def _step_selected(self, event: OptionList.OptionSelected) -> None:
        from bouwsteen_tui.core.content import Scope

        step = self._step(event.option.id or "")
        if step is None:
            return
        resume = self.session.resume_point()
        if resume is not None and resume[0].id == step.id:  # where the user left off, as "Verder" does
            self.action_resume()
        elif step.scope is Scope.CASE:
            code = self._selected_case()
            if code is None:
                self.action_new_case()
            else:
                self.open_step(step, code)
        else:
            self.open_step(step)

    def open_step(self, step: Step, case_code: str = "", part_index: int = 0) -> None:
        from bouwsteen_tui.screens.step import StepScreen

        self.app.push_screen(StepScreen(step, case_code, part_index))

    @on(Button.Pressed, "#resume")
    @when_ready
    def action_resume(self) -> None:
        if (resume := self.session.resume_point()) is not None:
            step, position = resume
            self.open_step(step, position.case_code, position.part_index)

    # ----------------------------------------------------------------------------------- outputs

    @on(OptionList.OptionSelected, "#outputs")
    @when_ready
    def _output_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.preview(event.option.id)

    @when_ready
    def action_preview(self) -> None:
        outputs = self.query_one("#outputs", OptionList)
        option = outputs.highlighted_option
        if option is not None and option.id:
            self.preview(option.id)
        else:
            outputs.focus()  # its first output is highlighted (see _highlight_on_focus): Enter opens it

    @on(events.DescendantFocus)
    def _highlight_on_focus(self, event: events.DescendantFocus) -> None:
        """A list that gets the focus always has a highlighted row (its first enabled one), so Enter acts on it."""
        highlight_a_row(event.widget)

    def preview(self, target: str) -> None:
        """Show an output (``step:<id>`` or ``case:<code>``) as it will be exported."""
        from bouwsteen_tui.screens.preview import PreviewScreen

        self.app.push_screen(PreviewScreen(target))
