"""One widget per question kind, made by :func:`bouwsteen_tui.widgets.factory.question_widget`.

A question widget gets its question and answer as attributes, shows them, and posts
:class:`~bouwsteen_tui.widgets.messages.AnswerChanged` when the user changes the answer. It never touches the workspace.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, RadioButton, RadioSet, Select, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from bouwsteen_tui import commands
from bouwsteen_tui.core.answers import (
    Answer,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    ScaleAnswer,
    TextAnswer,
    fits,
    fitting_part,
    is_answered,
    remember_labels,
)
from bouwsteen_tui.core.content import (
    ChecklistQuestion,
    ChoiceQuestion,
    DateQuestion,
    Question,
    ScaleQuestion,
    TextQuestion,
)
from bouwsteen_tui.core.dates import format_date, parse_date
from bouwsteen_tui.i18n.identifiers import identifier_phrase
from bouwsteen_tui.widgets.base import Lookups, default_css, literal, printable, tr
from bouwsteen_tui.widgets.fitted import FittedTextArea, input_with_hint
from bouwsteen_tui.widgets.messages import AnswerChanged, ReplaceIdentifiersRequested
from bouwsteen_tui.widgets.option_help import FittedOptionRadioSet, OptionRadioSet, option_help

OTHER_PREFIX = "other:"


class QuestionWidget(Vertical):
    """Label, help and the input for one question."""

    DEFAULT_CSS = default_css(__file__, "QuestionWidget")

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.REPLACE_IDENTIFIERS.binding(),
    ]

    def __init__(self, question: Question, answer: Answer, lookups: Lookups | None = None) -> None:
        super().__init__(id=f"q-{question.id}", classes="question")
        self.question = question
        # An answer that no longer fits the question (the pack changed) is shown as it was, and the input starts
        # from what still fits; nothing is written until the user changes this question.
        self.kept: Answer | None = None if fits(question, answer) or not is_answered(answer) else answer
        self.answer = answer if fits(question, answer) else fitting_part(question, answer)
        self.lookups = lookups or Lookups()
        self.identifier_kinds: list[str] = []
        self.set_class(self.kept is not None, "-kept")

    show_label = True

    def compose(self) -> ComposeResult:
        if self.show_label:
            yield Label(literal(self.question.label), classes="q-label")
        if self.question.help:
            yield Static(literal(self.question.help), classes="q-help")
        yield Static(literal(self._kept_text()), classes="q-kept")
        yield from self.compose_input()
        yield Static("", classes="q-warning")

    def show_identifiers(self, kinds: list[str]) -> None:
        """Warn that the saved answer holds identifiers (``IdentifierKind`` values), or clear the warning."""
        if kinds == self.identifier_kinds:
            return
        self.identifier_kinds = kinds
        self.set_class(bool(kinds), "-identifiers")
        if kinds:
            t = tr(self)
            self.query_one(".q-warning", Static).update(literal(t("guard.warning", kinds=identifier_phrase(t, kinds))))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "replace_identifiers":
            return bool(self.identifier_kinds)
        return True

    def action_replace_identifiers(self) -> None:
        self.post_message(ReplaceIdentifiersRequested(self.question.id))

    def compose_input(self) -> ComposeResult:
        yield from ()

    def _kept_text(self) -> str:
        """The earlier answer that no longer fits, with the labels its options had (empty when none)."""
        if self.kept is None:
            return ""
        from bouwsteen_tui.widgets.summary import kept_summary

        old = "; ".join(" ".join(line.split()) for line in kept_summary(self.question, self.kept, self.lookups))
        return tr(self)("question.kept", old=old)

    def changed(self, answer: Answer, *, settled: bool = True) -> None:
        """Keep ``answer`` (with the labels of its chosen options) and tell the screen."""
        answer = remember_labels(self.question, answer, self.answer)
        self.answer = answer
        if self.kept is not None:  # the user changed this question: what they chose now is the answer
            self.kept = None if fits(self.question, answer) or not is_answered(answer) else answer
            self.set_class(self.kept is not None, "-kept")
            self.query_one(".q-kept", Static).update(literal(self._kept_text()))
        self.post_message(AnswerChanged(self.question.id, answer, settled=settled))

    def set_lookups(self, lookups: Lookups) -> None:
        """New partners or records to offer (the screen calls this after a change elsewhere)."""
        self.lookups = lookups

    def focus_input(self, scroll_visible: bool = True) -> None:
        """Focus the first focusable input of this question."""
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus(scroll_visible=scroll_visible)
                return


class TextQuestionWidget(QuestionWidget):
    """Free text: a text area where Enter makes a new line and Tab moves on, or a one-line input."""

    DEFAULT_CSS = default_css(__file__, "TextQuestionWidget")

    question: TextQuestion

    def compose_input(self) -> ComposeResult:
        assert isinstance(self.answer, TextAnswer)
        placeholder = self.question.placeholder or self.question.example
        text = printable(self.answer.text)  # an editor shows control characters raw: they would reach the terminal
        if self.question.multiline:
            area = FittedTextArea(text, soft_wrap=True, tab_behavior="focus", placeholder=literal(placeholder),
                                  show_cursor=True)
            area.border_subtitle = literal(tr(self)("hint.textarea"))
            yield area
        else:
            yield from input_with_hint(text, placeholder=printable(placeholder), select_on_focus=False)

    def _typed(self, text: str) -> None:
        # An editor announces its first value when it is mounted: that is the stored answer (as shown, without
        # control characters), not a change by the user, and must not be written back over it.
        assert isinstance(self.answer, TextAnswer)
        if text != self.answer.text and text != printable(self.answer.text):
            self.changed(TextAnswer(text=text), settled=False)

    @on(TextArea.Changed)
    def _area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._typed(event.text_area.text)

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._typed(event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()


class ChoiceQuestionWidget(QuestionWidget):
    """Options (one or several) plus the user's own additions, and optionally which one is primary."""

    DEFAULT_CSS = default_css(__file__, "ChoiceQuestionWidget")

    question: ChoiceQuestion

    def _answer(self) -> ChoiceAnswer:
        assert isinstance(self.answer, ChoiceAnswer)
        return self.answer

    def compose_input(self) -> ComposeResult:
        answer = self._answer()
        t = tr(self)
        if self.question.multiple:
            selections: list[Selection[str]] = [
                Selection(literal(o.label), o.id, o.id in answer.selected) for o in self.question.options
            ]
            selections += [Selection(literal(text), OTHER_PREFIX + text, True) for text in answer.other]
            options = SelectionList[str](*selections, id="options")
            yield options
            yield from option_help(self.question.options, options)
            if self.question.allow_other:
                yield Input(
                    printable(answer.adding or ""),
                    placeholder=printable(self.question.other_label) or t("choice.add_other"), id="other",
                    classes="other-row", select_on_focus=False,
                )
                yield Static(t("hint.add_other"), classes="q-hint")
            if self.question.ask_primary:
                yield Label(t("choice.primary"), classes="q-help")
                yield Select[str](self._primary_options(), value=answer.primary or Select.NULL,
                                  prompt=t("choice.primary_prompt"), id="primary")
        else:
            with OptionRadioSet(id="options") as radio:
                for option in self.question.options:
                    yield RadioButton(literal(option.label), value=option.id in answer.selected, name=option.id)
            yield from option_help(self.question.options, radio)
            if self.question.allow_other:
                yield Input(printable(answer.other[0]) if answer.other else "",
                            placeholder=printable(self.question.other_label) or t("choice.other"), id="other",
                            select_on_focus=False)

    def _primary_options(self) -> list[tuple[Text, str]]:
        """The chosen options, as (label, value); labels are rich ``Text``, shown literally (and searchable)."""
        answer = self._answer()
        labels = {o.id: o.label for o in self.question.options}
        return [(Text(printable(labels[s])), s) for s in answer.selected if s in labels] + \
            [(Text(printable(o)), OTHER_PREFIX + o) for o in answer.other]

    def _refresh_primary(self) -> None:
        if not self.question.ask_primary:
            return
        select = self.query_one("#primary", Select)
        answer = self._answer()
        with select.prevent(Select.Changed):
            select.set_options(self._primary_options())
            valid = {v for _l, v in self._primary_options()}
            if answer.primary in valid:
                select.value = answer.primary
            else:
                answer.primary = ""

    @on(SelectionList.SelectedChanged, "#options")
    def _multi_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        chosen = list(event.selection_list.selected)
        answer = self._answer().model_copy()
        answer.selected = [c for c in chosen if not c.startswith(OTHER_PREFIX)]
        answer.other = [c.removeprefix(OTHER_PREFIX) for c in chosen if c.startswith(OTHER_PREFIX)]
        self.answer = answer
        self._refresh_primary()
        self.changed(self.answer)

    @on(Input.Submitted, "#other")
    def _add_other(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.question.multiple:
            self.screen.focus_next()
            return
        text = event.value.strip()
        if not text:
            self.screen.focus_next()
            return
        selection_list = self.query_one("#options", SelectionList)
        if text not in self._answer().other:
            selection_list.add_option(Selection(literal(text), OTHER_PREFIX + text, True))
        event.input.value = ""

    @on(Input.Changed, "#other")
    def _other_changed(self, event: Input.Changed) -> None:
        event.stop()
        current = self._answer()
        answer = current.model_copy()
        if self.question.multiple:  # typed, not yet added with Enter: kept apart, so that it is not lost
            answer.adding = event.value if event.value.strip() else None
            if printable(answer.adding or "") != printable(current.adding or ""):
                self.changed(answer, settled=False)
            return
        answer.other = [event.value] if event.value.strip() else []
        if [printable(o) for o in answer.other] != [printable(o) for o in current.other]:
            self.changed(answer, settled=False)

    @on(RadioSet.Changed, "#options")
    def _single_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        answer = self._answer().model_copy()
        answer.selected = [event.pressed.name] if event.pressed.name else []
        self.changed(answer)

    @on(Select.Changed, "#primary")
    def _primary_changed(self, event: Select.Changed) -> None:
        event.stop()
        answer = self._answer().model_copy()
        answer.primary = event.value if isinstance(event.value, str) else ""
        self.changed(answer)


class ChecklistQuestionWidget(QuestionWidget):
    """A self-check: items to tick."""

    DEFAULT_CSS = default_css(__file__, "ChecklistQuestionWidget")

    question: ChecklistQuestion

    def compose_input(self) -> ComposeResult:
        assert isinstance(self.answer, ChecklistAnswer)
        checked = set(self.answer.checked)
        items = SelectionList[str](*(Selection(literal(i.label), i.id, i.id in checked) for i in self.question.items))
        yield items
        yield from option_help(self.question.items, items)

    @on(SelectionList.SelectedChanged)
    def _changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        order = [i.id for i in self.question.items]
        chosen = set(event.selection_list.selected)
        self.changed(ChecklistAnswer(checked=[i for i in order if i in chosen]))


class DateQuestionWidget(QuestionWidget):
    """A date typed as dd-mm-jjjj, checked as the user types."""

    DEFAULT_CSS = default_css(__file__, "DateQuestionWidget")

    question: DateQuestion

    def compose_input(self) -> ComposeResult:
        assert isinstance(self.answer, DateAnswer)
        t = tr(self)
        yield Input(format_date(self.answer.value), placeholder=t("date.placeholder"), max_length=10,
                    select_on_focus=False)
        yield Static(t("date.hint"), classes="q-hint")
        yield Static("", classes="q-error")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        error = self.query_one(".q-error", Static)
        try:
            value = parse_date(event.value)
        except ValueError:
            error.update(tr(self)("date.invalid"))
            self.add_class("-has-error")
            return
        error.update("")
        self.remove_class("-has-error")
        if isinstance(self.answer, DateAnswer) and self.answer.value == value:
            return
        self.changed(DateAnswer(value=value), settled=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()


class ScaleQuestionWidget(QuestionWidget):
    """A small ordered scale shown as a row of radio buttons."""

    DEFAULT_CSS = default_css(__file__, "ScaleQuestionWidget")

    question: ScaleQuestion

    def compose_input(self) -> ComposeResult:
        assert isinstance(self.answer, ScaleAnswer)
        with FittedOptionRadioSet() as radio:
            for option in self.question.options:
                yield RadioButton(literal(option.label), value=option.id == self.answer.value, name=option.id)
        yield from option_help(self.question.options, radio)

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.changed(ScaleAnswer(value=event.pressed.name or ""))


__all__ = ["QuestionWidget"]
