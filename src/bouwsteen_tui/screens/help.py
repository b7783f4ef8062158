"""Help (F1) for the focused question and the methodology; the privacy screen."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Markdown

from bouwsteen_tui import commands
from bouwsteen_tui.core.content import Question
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.widgets.base import TranslatedModalScreen, app_state, default_css, printable, tr

# every ASCII punctuation sign may be escaped in Markdown (CommonMark): then none starts a link, code, HTML or list
_MD_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def _md_escape(text: str) -> str:
    """Pack text as Markdown that shows it as written: ``[link](x)``, `` `code` `` and ``<b>`` stay text."""
    return _MD_PUNCTUATION.sub(r"\\\1", printable(text))


def _outside(t: Catalog, root: Path | None) -> str:
    """A part of the privacy text: the files Bouwsteen wrote outside the workspace that are still there (reads the
    ledger and looks at each file: run it on a thread); "…" under the heading when ``root`` is ``None``."""
    from bouwsteen_tui.core import ledger

    lines = [f"### {_md_escape(t('privacy.outside.title'))}", ""]
    if root is None:
        return "\n".join([*lines, "…"])
    found = ledger.existing(ledger.read(root))
    if not found:
        return "\n".join([*lines, _md_escape(t("privacy.outside.none"))])
    lines += [_md_escape(t("privacy.outside.some", count=len(found))), ""]
    return "\n".join([*lines, *(f"- {_md_escape(str(path))}" for path in found)])


def kind_help(t: Catalog, question: Question) -> str:
    """How to answer ``question``: for a choice, one option or several, with or without an answer of one's own;
    and, when its options have help, where that shows."""
    from bouwsteen_tui.core.content import ChecklistQuestion, ChoiceQuestion, ScaleQuestion

    key = f"help.kind.{question.kind}"
    if isinstance(question, ChoiceQuestion):
        key = f"help.kind.choice.{'multiple' if question.multiple else 'single'}"
        key += ".other" if question.allow_other else ""
    text = t(key)
    options = question.items if isinstance(question, ChecklistQuestion) else \
        question.options if isinstance(question, ChoiceQuestion | ScaleQuestion) else []
    if any(option.help.strip() for option in options):
        text += " " + t("help.option_help")
    return text


# the commands the help's list of keys names, by the user's keys if they remapped them (settings.toml [keymap])
_KEYS_IN_HELP = (commands.NEXT_PART, commands.PREVIOUS_PART, commands.REVIEW, commands.HOME, commands.PALETTE,
                 commands.QUIT)


class HelpScreen(TranslatedModalScreen[None]):
    """Help for the focused question, the keys, and the methodology's introduction and closing sentence."""

    DEFAULT_CSS = default_css(__file__, "HelpScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        commands.CLOSE.binding(key="escape,f1"),
    ]

    def __init__(self, question: Question | None) -> None:
        super().__init__()
        self.question = question

    def markdown(self) -> str:
        t = tr(self)
        pack = app_state(self).session.pack
        parts: list[str] = []
        if self.question is not None:
            parts.append(f"## {_md_escape(self.question.label)}")
            if self.question.help:
                parts.append(_md_escape(self.question.help))
            if self.question.example:
                parts.append(f"**{t('help.example')}** {_md_escape(self.question.example)}")
            parts.append(kind_help(t, self.question))
        parts.append(f"## {t('help.keys_title')}")
        keys = {c.id.removeprefix(commands.PREFIX): app_state(self).key_for(c) for c in _KEYS_IN_HELP}
        parts.append(t("help.keys", **keys))
        parts.append(f"## {_md_escape(pack.brand)}: {_md_escape(pack.title)}".replace(": ", ": ", 1))
        if pack.introduction:
            parts.append(_md_escape(pack.introduction))
        if pack.closing:
            parts.append(f"> {_md_escape(pack.closing)}")
        parts.append(f"## {t('help.safety_title')}")
        parts.append(t("help.safety"))
        return "\n\n".join(parts)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(tr(self)("help.title"), classes="title")
            with VerticalScroll():
                yield Markdown(self.markdown())
            yield Label(tr(self)("help.close_hint"), classes="close-hint")

    def action_close(self) -> None:
        self.dismiss(None)


class PrivacyScreen(TranslatedModalScreen[None]):
    """What is stored where, that nothing leaves the device, how to delete, and shared secrecy in plain words."""

    DEFAULT_CSS = default_css(__file__, "PrivacyScreen")
    BINDINGS: ClassVar[list[BindingType]] = [commands.CLOSE.binding()]

    def __init__(self) -> None:
        super().__init__()
        self.outside_loaded = False  # the files outside the workspace are read on a thread; "…" until then

    def markdown(self, outside: str) -> str:
        t = tr(self)
        root = app_state(self).session.workspace.root
        return t("privacy.body", root=str(root).replace("_", "\\_"), outside=outside)

    def compose(self) -> ComposeResult:
        t = tr(self)
        with Vertical():
            yield Label(t("privacy.title"), classes="title")
            with VerticalScroll():
                yield Markdown(self.markdown(_outside(t, None)))
            yield Label(t("help.close_hint"), classes="close-hint")

    def on_mount(self) -> None:
        self._read_outside()

    @work(thread=True, exclusive=True, group="privacy-outside", exit_on_error=False)
    def _read_outside(self) -> None:
        """Read the ledger and look at each file it names (a disk's worth of work) away from the event loop."""
        text = _outside(tr(self), app_state(self).session.workspace.root)
        with contextlib.suppress(RuntimeError):  # the app has stopped meanwhile: no one to show it to
            self.app.call_from_thread(self._show_outside, text)

    def _show_outside(self, text: str) -> None:
        if self.is_mounted:
            self.query_one(Markdown).update(self.markdown(text))
            self.outside_loaded = True

    def action_close(self) -> None:
        self.dismiss(None)
