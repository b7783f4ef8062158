"""Help (F1) for the focused question and the methodology; the privacy screen."""

from __future__ import annotations

import re
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Markdown

from bouwsteen_tui.core.content import Question
from bouwsteen_tui.widgets.base import app_state, localize_bindings, printable, tr

_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 90%; max-width: 110; height: 90%; border: thick $primary; background: $surface; padding: 0 1;
}}
{name} .title {{ text-style: bold; width: 1fr; padding-bottom: 1; }}
{name} VerticalScroll {{ height: 1fr; }}
{name} .close-hint {{ color: $text-muted; width: 1fr; }}
"""


# every ASCII punctuation sign may be escaped in Markdown (CommonMark): then none starts a link, code, HTML or list
_MD_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def _md_escape(text: str) -> str:
    """Pack text as Markdown that shows it as written: ``[link](x)``, `` `code` `` and ``<b>`` stay text."""
    return _MD_PUNCTUATION.sub(r"\\\1", printable(text))


class HelpScreen(ModalScreen[None]):
    """Help for the focused question, the keys, and the methodology's introduction and closing sentence."""

    DEFAULT_CSS = _CSS.format(name="HelpScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1", "close", "key.close"),
    ]

    def __init__(self, question: Question | None) -> None:
        super().__init__()
        localize_bindings(self)
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
            parts.append(t(f"help.kind.{self.question.kind}"))
        parts.append(f"## {t('help.keys_title')}")
        parts.append(t("help.keys"))
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


class PrivacyScreen(ModalScreen[None]):
    """What is stored where, that nothing leaves the device, how to delete, and shared secrecy in plain words."""

    DEFAULT_CSS = _CSS.format(name="PrivacyScreen")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "key.close")]

    def __init__(self) -> None:
        super().__init__()
        localize_bindings(self)

    def compose(self) -> ComposeResult:
        t = tr(self)
        root = app_state(self).session.workspace.root
        with Vertical():
            yield Label(t("privacy.title"), classes="title")
            with VerticalScroll():
                yield Markdown(t("privacy.body", root=str(root).replace("_", "\\_")))
            yield Label(t("help.close_hint"), classes="close-hint")

    def action_close(self) -> None:
        self.dismiss(None)
