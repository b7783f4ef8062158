"""The home screen: the three steps with their progress, the cases, the outputs."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.widgets.base import app_state, literal, localize_bindings, tr
from bouwsteen_tui.widgets.cases import CaseTable

# The widest a case's description is shown, in cells; a longer one ends in "…" (the whole one is in its dialog).
# On a narrow terminal the description column gives way, so that every other column stays in view.
DESCRIPTION_WIDTH = 40
COLUMNS = ("code", "description", "status", "progress", "report_back", "keep_until")

if TYPE_CHECKING:
    from bouwsteen_tui.core.content import Step
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.i18n import Catalog

# The home screen is drawn before the core (pydantic models) is loaded, so the core is imported in methods.


def _date_problem(text: str, t: Catalog) -> str:
    """Why ``text`` is not a date a dialog can keep (it is empty or invalid), or ``""``."""
    from bouwsteen_tui.core.dates import parse_date

    try:
        return "" if parse_date(text) is not None else t("date.invalid")
    except ValueError:
        return t("date.invalid")


class HomeScreen(Screen[None]):
    """Where every session starts: steps, cases, outputs."""

    CSS_PATH = "home.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 - Textual declares it so

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_case", "key.new_case"),
        Binding("r", "describe_case", "key.describe_case", show=False),
        Binding("c", "toggle_case", "key.close_case", show=False),
        Binding("k", "keep_until", "key.keep_until", show=False),
        Binding("delete", "delete_case", "key.delete_case", show=False),
        Binding("p", "preview", "key.preview"),
        Binding("f1", "app.help", "key.help"),
        Binding("ctrl+q", "app.quit", "key.quit", priority=True),  # shown here; the app's own is hidden
    ]

    def __init__(self) -> None:
        super().__init__()
        localize_bindings(self)
        self._ready = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # until the core is loaded only the app's own keys (quit, help) work
        return True if self._ready else None

    @property
    def session(self) -> Session:
        return app_state(self).session

    def compose(self) -> ComposeResult:
        t = tr(self)
        yield Header()
        with VerticalScroll(id="home"):
            yield Static("", id="intro", markup=False)
            if app_state(self).ready:
                yield self._resume_button()
            yield Label(t("home.steps"), classes="section", id="steps-title")
            if app_state(self).ready:
                yield from self._compose_rest()
            else:
                # The first frame comes before the core is loaded, and is made of light widgets only: the steps,
                # the resume button, the cases and the outputs are mounted once it is (see setup()).
                yield Static(t("home.loading"), id="steps-loading", classes="hint")
        yield Footer()

    def _resume_button(self) -> Button:
        button = Button(tr(self)("home.resume"), id="resume", variant="primary", compact=True)
        button.display = False  # shown by _refresh_resume() when there is somewhere to resume
        return button

    def _compose_rest(self) -> ComposeResult:
        """The steps, the cases and the outputs: composed once the core is loaded, so the first frame is sooner."""
        t = tr(self)
        yield OptionList(id="steps")
        yield Label(t("home.cases"), classes="section")
        yield Static(t("home.cases_hint"), classes="hint")
        yield CaseTable(id="cases")
        with Horizontal(id="case-buttons"):
            yield Button(t("case.new"), id="new-case", compact=True)
            yield Button(t("case.open"), id="open-case", compact=True)
            yield Button(t("case.describe"), id="describe-case", compact=True)
            yield Button(t("case.close"), id="toggle-case", compact=True)
            yield Button(t("case.keep_until"), id="keep-case", compact=True)
            yield Button(t("case.delete"), id="delete-case", compact=True, variant="error")
        yield Label(t("home.outputs"), classes="section")
        yield Static(t("home.outputs_hint"), classes="hint")
        yield OptionList(id="outputs")

    def on_mount(self) -> None:
        self.title = "BOUWSTEEN"
        if app_state(self).ready:  # otherwise the app calls setup() when the core is loaded
            self.setup()

    def setup(self) -> None:
        """Fill the screen from the session (once the core is loaded)."""
        if self._ready:
            return
        if not self.query("#cases"):
            self._mount_rest_then_setup()
            return
        self._ready = True
        pack = self.session.pack
        self.title = f"{pack.brand or 'BOUWSTEEN'} · {pack.title}"
        self.sub_title = ""
        self.query_one("#intro", Static).update(literal(pack.introduction))
        if len(pack.steps) != 3:  # a trainer's pack: the heading drawn before loading assumed the method's three
            self.query_one("#steps-title", Label).update(tr(self)("home.steps_n", count=len(pack.steps)))
        self._set_columns()
        self.refresh_all()
        self.query_one("#steps", OptionList).focus()
        if self.session.settings.case_draft is not None:  # the new-case dialog was open when the app stopped
            self.notify(tr(self)("draft.case_notice"), timeout=10)

    def _set_columns(self) -> None:
        t = tr(self)
        widths = tuple(DESCRIPTION_WIDTH if key == "description" else None for key in COLUMNS)
        table = self.query_one("#cases", CaseTable)
        table.set_columns([t(f"case.col.{key}") for key in COLUMNS], widths, flexible=COLUMNS.index("description"))

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
        self._refresh_resume()
        self._refresh_steps()
        self._refresh_cases()
        self._refresh_outputs()

    def _refresh_resume(self) -> None:
        from bouwsteen_tui.core.content import Scope

        t = tr(self)
        position = self.session.settings.position
        button = self.query_one("#resume", Button)
        step = self._step(position.step_id)
        usable = step is not None and (step.scope is not Scope.CASE or self.session.has_case(position.case_code))
        button.display = usable
        if step is not None and usable:
            where = t("home.resume_where", number=step.number, part=position.part_index + 1)
            if step.scope is Scope.CASE:
                where += f" · {position.case_code}"
            button.label = literal(f"{t('home.resume')}: {where}")

    def _step(self, step_id: str) -> Step | None:
        return next((s for s in self.session.pack.steps if s.id == step_id), None)

    def _refresh_steps(self) -> None:
        from bouwsteen_tui.core.answers import step_progress
        from bouwsteen_tui.core.content import Scope

        t = tr(self)
        options = []
        for step in self.session.pack.steps:
            if step.scope is Scope.CASE:
                count = len(self.session.cases())
                status = t("home.case_count", count=count)
            else:
                progress = step_progress(step, self.session.sheet(step.id))
                status = t("home.progress", answered=progress.answered, total=progress.total,
                           checked=progress.checked, checklist=progress.checklist_total)
            options.append(Option(literal(f"{step.number}  {step.title}\n   {status}"), id=step.id))
        steps = self.query_one("#steps", OptionList)
        highlighted = steps.highlighted
        steps.clear_options()
        steps.add_options(options)
        steps.highlighted = highlighted if highlighted is not None else 0

    def _refresh_cases(self) -> None:
        from bouwsteen_tui.core import dates
        from bouwsteen_tui.core.answers import CaseStatus
        from bouwsteen_tui.core.content import Scope
        from bouwsteen_tui.core.privacy import mask

        t = tr(self)
        table = self.query_one("#cases", CaseTable)
        today = dates.today()
        case_steps = [s for s in self.session.pack.steps if s.scope is Scope.CASE]
        question_ids = {q.id for s in case_steps for p in s.parts for q in p.questions}
        total = len(question_ids)
        rows: list[tuple[str, tuple[str, ...]]] = []
        for case in self.session.cases():
            answered = len(question_ids.intersection(case.answered))
            status = t(f"case.status.{case.status.value}")
            if case.closed_on is not None:
                status = t("case.status.closed_on", date=format_date(case.closed_on))
            keep = format_date(case.keep_until)
            if case.expired(today):
                keep += " " + t("case.expired")
            report = format_date(case.next_report_back(today)) or "—"
            description = mask(case.description) or "—"
            rows.append((case.code, (case.code, description, status, f"{answered}/{total}", report, keep)))
        table.set_rows(rows)  # the cursor stays on the case it was on
        has_cases = bool(self.session.cases())
        for button_id in ("open-case", "describe-case", "toggle-case", "keep-case", "delete-case"):
            self.query_one(f"#{button_id}", Button).disabled = not has_cases
        code = self._selected_case()
        if code is not None:
            closed = self.session.summary(code).status is CaseStatus.CLOSED
            self.query_one("#toggle-case", Button).label = t("case.reopen") if closed else t("case.close")

    def _refresh_outputs(self) -> None:
        from bouwsteen_tui.core.answers import step_progress
        from bouwsteen_tui.core.content import Scope

        t = tr(self)
        options = []
        selected = self._selected_case()
        for step in self.session.pack.steps:
            if step.scope is Scope.CASE:
                # the sheet of the case selected above: one line, however many cases the workspace holds
                if selected is not None and self.session.summary(selected).answered:
                    options.append(Option(literal(t("output.case_sheet", code=selected)), id=f"case:{selected}"))
                continue
            progress = step_progress(step, self.session.sheet(step.id)) if self.session.has_sheet(step.id) else None
            if progress is not None and (progress.answered or progress.kept):  # kept answers are exported too
                key = {Scope.PROFILE: "output.role_card", Scope.NETWORK: "output.network"}[step.scope]
                options.append(Option(literal(t(key, title=step.title)), id=f"step:{step.id}"))
        outputs = self.query_one("#outputs", OptionList)
        outputs.clear_options()
        if options:
            outputs.add_options(options)
        else:
            outputs.add_option(Option(literal(t("output.none")), disabled=True))

    def _selected_case(self) -> str | None:
        return self.query_one("#cases", CaseTable).cursor_key

    # ----------------------------------------------------------------------------------- steps

    @on(OptionList.OptionSelected, "#steps")
    def _step_selected(self, event: OptionList.OptionSelected) -> None:
        from bouwsteen_tui.core.content import Scope

        step = self._step(event.option.id or "")
        if step is None:
            return
        if step.scope is Scope.CASE:
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
    def action_resume(self) -> None:
        position = self.session.settings.position
        step = self._step(position.step_id)
        if step is not None:
            self.open_step(step, position.case_code, position.part_index)

    # ----------------------------------------------------------------------------------- cases

    def _case_step(self) -> Step | None:
        from bouwsteen_tui.core.content import Scope

        return next((s for s in self.session.pack.steps if s.scope is Scope.CASE), None)

    @on(Button.Pressed, "#new-case")
    @work(exclusive=True, group="case-dialog")
    async def action_new_case(self) -> None:
        from bouwsteen_tui.dialogs.confirm import TextDialog

        if app_state(self).refuse_read_only():
            return
        t = tr(self)
        if self._case_step() is None:
            return
        value = ""
        draft = self.session.settings.case_draft  # typed before the app stopped: offer it back
        if draft is not None:
            from bouwsteen_tui.dialogs.confirm import ChoiceDialog
            from bouwsteen_tui.dialogs.drafts import local_time

            choice = await self.app.push_screen_wait(ChoiceDialog(
                t("draft.title"), t("draft.case_body", time=local_time(draft.saved), text=draft.text),
                [("discard", t("draft.discard")), ("continue", t("draft.continue"))], focus="continue",
            ))
            if not choice:
                return
            if choice == "continue":
                value = draft.text
            else:
                self.session.keep_case_draft(None)
        description = await self.app.push_screen_wait(
            TextDialog(t("case.new_title"), t("case.new_body"), value=value,
                       placeholder=t("case.description_placeholder"), original="",
                       required=t("case.description_required"), on_draft=self.session.keep_case_draft)
        )
        if description is None:
            return
        case = self.session.new_case(description)
        self.refresh_all()
        self.notify(t("case.created", code=case.code), markup=False)
        step = self._case_step()
        if step is not None:
            self.open_step(step, case.code)

    @on(CaseTable.RowSelected, "#cases")
    @on(Button.Pressed, "#open-case")
    def action_open_case(self) -> None:
        code = self._selected_case()
        step = self._case_step()
        if code is not None and step is not None:
            self.open_step(step, code)

    @on(Button.Pressed, "#describe-case")
    @work(exclusive=True, group="case-dialog")
    async def action_describe_case(self) -> None:
        from bouwsteen_tui.dialogs.confirm import TextDialog

        if app_state(self).refuse_read_only():
            return
        code = self._selected_case()
        if code is None:
            return
        t = tr(self)
        current = self.session.summary(code).description
        value = current
        draft = self.session.description_draft(code)  # typed before the app stopped: offer it back
        if draft is not None:
            from bouwsteen_tui.dialogs.confirm import ChoiceDialog
            from bouwsteen_tui.dialogs.drafts import local_time

            typed = str(draft.values.get("description", ""))
            choice = await self.app.push_screen_wait(ChoiceDialog(
                t("draft.title"), t("draft.case_body", time=local_time(draft.saved), text=typed),
                [("discard", t("draft.discard")), ("continue", t("draft.continue"))], focus="continue",
            ))
            if not choice:
                return
            if choice == "continue":
                value = typed
            else:
                self.session.keep_description_draft(code, None)
        description = await self.app.push_screen_wait(
            TextDialog(t("case.describe_title", code=code), t("case.new_body"), value=value, original=current,
                       required=t("case.description_required"),
                       on_draft=partial(self.session.keep_description_draft, code))
        )
        if description is not None:
            self.session.describe_case(code, description)
            self.refresh_all()

    @on(Button.Pressed, "#keep-case")
    @work(exclusive=True, group="case-dialog")
    async def action_keep_until(self) -> None:
        """Change how long the selected case is kept; the date is checked before it is stored."""
        from bouwsteen_tui.core.dates import parse_date
        from bouwsteen_tui.dialogs.confirm import TextDialog

        if app_state(self).refuse_read_only():
            return
        code = self._selected_case()
        if code is None:
            return
        t = tr(self)
        current = format_date(self.session.summary(code).keep_until)
        text = await self.app.push_screen_wait(
            TextDialog(t("case.keep_title", code=code), t("case.keep_body"), value=current,
                       placeholder=t("date.placeholder"), check=lambda text: _date_problem(text, t))
        )
        if text is None:
            return
        try:
            keep_until = parse_date(text)
        except ValueError:
            keep_until = None
        if keep_until is None:
            self.notify(t("date.invalid"), severity="error")
            return
        self.session.keep_case_until(code, keep_until)
        self.refresh_all()

    @on(Button.Pressed, "#toggle-case")
    def action_toggle_case(self) -> None:
        from bouwsteen_tui.core.answers import CaseStatus

        if app_state(self).refuse_read_only():
            return
        code = self._selected_case()
        if code is None:
            return
        closed = self.session.summary(code).status is CaseStatus.CLOSED
        self.session.set_case_status(code, CaseStatus.OPEN if closed else CaseStatus.CLOSED)
        self.refresh_all()

    @on(Button.Pressed, "#delete-case")
    @work(exclusive=True, group="case-dialog")
    async def action_delete_case(self) -> None:
        from bouwsteen_tui.dialogs.confirm import ConfirmDialog

        if app_state(self).refuse_read_only():
            return
        code = self._selected_case()
        if code is None:
            return
        t = tr(self)
        sure = await self.app.push_screen_wait(
            ConfirmDialog(t("case.delete_title", code=code), t("case.delete_body", code=code), t("case.delete"),
                          danger=True)
        )
        if sure:
            self.session.delete_case(code)
            self.refresh_all()
            self.notify(t("case.deleted", code=code), markup=False)

    @on(CaseTable.RowHighlighted, "#cases")
    def _case_highlighted(self) -> None:
        from bouwsteen_tui.core.answers import CaseStatus

        code = self._selected_case()
        if code is not None:
            closed = self.session.summary(code).status is CaseStatus.CLOSED
            t = tr(self)
            self.query_one("#toggle-case", Button).label = t("case.reopen") if closed else t("case.close")
        self._refresh_outputs()  # the case sheet listed is the selected case's

    # ----------------------------------------------------------------------------------- outputs

    @on(OptionList.OptionSelected, "#outputs")
    def _output_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.preview(event.option.id)

    def action_preview(self) -> None:
        outputs = self.query_one("#outputs", OptionList)
        option = outputs.highlighted_option
        if option is not None and option.id:
            self.preview(option.id)
        else:
            outputs.focus()

    def preview(self, target: str) -> None:
        """Show an output (``step:<id>`` or ``case:<code>``) as it will be exported."""
        from bouwsteen_tui.screens.preview import PreviewScreen

        self.app.push_screen(PreviewScreen(target))
