"""The home screen's cases: the table's rows, and the dialogs that add, describe, keep, close and delete a case."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial, wraps
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from textual import on, work
from textual.widgets import Button, Static

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.core.summaries import CaseStatus
from bouwsteen_tui.widgets.base import TranslatedScreen, app_state, literal, set_label, tr
from bouwsteen_tui.widgets.cases import CaseTable

if TYPE_CHECKING:
    from bouwsteen_tui.core.content import Step
    from bouwsteen_tui.core.home_cache import HomeView
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.i18n import Catalog

# The widest a case's description is shown, in cells; a longer one ends in "…" (the whole one is in its dialog).
# On a narrow terminal the description column gives way, so that every other column stays in view.
DESCRIPTION_WIDTH = 40
COLUMNS = ("code", "description", "status", "progress", "report_back", "keep_until")

# The home screen is drawn before the core (pydantic models) is loaded, so the core is imported in methods.


P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="CaseActions")


def when_ready(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R | None]:
    """An action of the home screen that needs the core. Drawn from the cache at start, the screen is usable before
    the core is loaded: an action asked for then (Enter on a step, a case's button, a key) runs as soon as it is,
    so nothing the user did is lost (the last one asked for runs; see :meth:`CaseActions.run_pending`)."""

    @wraps(method)
    def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        if self._ready:
            return method(self, *args, **kwargs)
        self._pending = partial(method, self, *args, **kwargs)
        return None

    return run


def _date_problem(text: str, t: Catalog) -> str:
    """Why ``text`` is not a date a dialog can keep (it is empty or invalid), or ``""``."""
    from bouwsteen_tui.core.dates import parse_date

    try:
        return "" if parse_date(text) is not None else t("date.invalid")
    except ValueError:
        return t("date.invalid")


class CaseActions(TranslatedScreen[None]):
    """The part of the home screen that shows and changes the cases (:class:`~bouwsteen_tui.screens.home.HomeScreen`
    adds the steps and the outputs, and composes the table and its buttons)."""

    _ready: bool  # the core is loaded (set by the home screen)
    _view: HomeView | None  # what the screen shows now
    _pending: Callable[[], object] | None = None  # an action asked for before the core was loaded (when_ready)

    def run_pending(self) -> None:
        """Run the action asked for before the core was loaded, if any (the home screen's setup calls it)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    @property
    def session(self) -> Session:
        return app_state(self).session

    def refresh_all(self) -> None:
        """Re-read everything the home screen shows (the home screen's own)."""
        raise NotImplementedError

    def _draw_outputs(self) -> None:
        raise NotImplementedError

    def open_step(self, step: Step, case_code: str = "", part_index: int = 0) -> None:
        raise NotImplementedError

    def _draw_cases(self, view: HomeView) -> None:
        t = tr(self)
        table = self.query_one("#cases", CaseTable)
        if not table.columns_set:
            from bouwsteen_tui.core.privacy import mask  # the descriptions drawn are masked (not all of them at once)

            widths = tuple(DESCRIPTION_WIDTH if key == "description" else None for key in COLUMNS)
            described = COLUMNS.index("description")
            table.set_columns([t(f"case.col.{key}") for key in COLUMNS], widths, flexible=described,
                              shown={described: mask})
        today = dates.today()
        total = len(view.case_questions)
        status_of = {status: t(f"case.status.{status.value}") for status in CaseStatus}
        expired = " " + t("case.expired")
        rows: list[tuple[str, tuple[str, ...]]] = []
        for case in view.cases:
            status = status_of[case.status]
            if case.closed_on is not None:
                status = t("case.status.closed_on", date=format_date(case.closed_on))
            keep = format_date(case.keep_until)
            if case.expired(today):
                keep += expired
            report = format_date(case.next_report_back(today)) or "—"
            description = case.description or "—"
            rows.append((case.code, (case.code, description, status, f"{view.answered(case)}/{total}", report, keep)))
        table.set_rows(rows)  # the cursor stays on the case it was on
        for button_id in ("open-case", "describe-case", "toggle-case", "keep-case", "delete-case"):
            self.query_one(f"#{button_id}", Button).disabled = not view.cases
        self._label_toggle(view)

    def _label_toggle(self, view: HomeView) -> None:
        """"Afsluiten" for an open case, "Heropenen" for a closed one (the selected case)."""
        code = self._selected_case()
        summary = view.case(code) if code is not None else None
        if summary is not None:
            closed = summary.status is CaseStatus.CLOSED
            set_label(self.query_one("#toggle-case", Button), tr(self)("case.reopen" if closed else "case.close"))

    def _refresh_other_packs(self) -> None:
        """Under the case list: how many cases of other packs the workspace holds, and the command that opens them
        (they are never listed, changed or deleted here: a case belongs to the pack it was made with)."""
        from bouwsteen_tui.i18n.packs import other_pack_lines

        lines = other_pack_lines(self.session.other_packs(), self.session.workspace.root, tr(self))
        found = self.query("#other-packs")
        if not lines and not found:
            return
        if found:
            note = found.first(Static)
        else:  # mounted under the case buttons the first time there is something to say
            note = Static("", id="other-packs", classes="hint", markup=False)
            self.query_one("#case-buttons").parent.mount(note, after="#case-buttons")  # type: ignore[union-attr]
        note.update(literal("\n".join(lines)))
        note.display = bool(lines)

    def _selected_case(self) -> str | None:
        return self.query_one("#cases", CaseTable).cursor_key

    def _case_to_change(self) -> str | None:
        """The selected case, unless the window is read-only (then it says why) or no case is selected."""
        if app_state(self).refuse_read_only():
            return None
        return self._selected_case()

    def _case_step(self) -> Step | None:
        from bouwsteen_tui.core.content import Scope

        return next((s for s in self.session.pack.steps if s.scope is Scope.CASE), None)

    @on(Button.Pressed, "#new-case")
    @when_ready
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

    @on(Button.Pressed, "#import-case")
    @when_ready
    @work(exclusive=True, group="case-dialog")
    async def action_import_case(self) -> None:
        """Import a case file (the palette's "Casus importeren", the button under the list): the case is then
        listed and selected, and a report says what the import added."""
        from bouwsteen_tui.dialogs.import_case import import_case_file

        await import_case_file(self, self._show_imported)

    def _show_imported(self, code: str) -> None:
        """After an import (``code``) or its undo (``""``): the list as it is now, the imported case selected."""
        self.refresh_all()
        if code:
            self.query_one("#cases", CaseTable).move_to_key(code)

    @on(CaseTable.RowSelected, "#cases")
    @on(Button.Pressed, "#open-case")
    @when_ready
    def action_open_case(self) -> None:
        code = self._selected_case()
        step = self._case_step()
        if code is not None and step is not None:
            self.open_step(step, code)

    @on(Button.Pressed, "#describe-case")
    @when_ready
    @work(exclusive=True, group="case-dialog")
    async def action_describe_case(self) -> None:
        from bouwsteen_tui.dialogs.confirm import TextDialog

        code = self._case_to_change()
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
    @when_ready
    @work(exclusive=True, group="case-dialog")
    async def action_keep_until(self) -> None:
        """Change how long the selected case is kept; the date is checked before it is stored."""
        from bouwsteen_tui.core.dates import parse_date
        from bouwsteen_tui.dialogs.confirm import TextDialog

        code = self._case_to_change()
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
    @when_ready
    def action_toggle_case(self) -> None:
        code = self._case_to_change()
        if code is None:
            return
        closed = self.session.summary(code).status is CaseStatus.CLOSED
        self.session.set_case_status(code, CaseStatus.OPEN if closed else CaseStatus.CLOSED)
        self.refresh_all()

    @on(Button.Pressed, "#delete-case")
    @when_ready
    @work(exclusive=True, group="case-dialog")
    async def action_delete_case(self) -> None:
        from bouwsteen_tui.dialogs.confirm import ConfirmDialog

        code = self._case_to_change()
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
        if self._view is not None:
            self._label_toggle(self._view)
        self._draw_outputs()  # the case sheet listed is the selected case's
