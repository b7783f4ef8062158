"""Shared helpers for widgets and screens: the catalogue, screens that translate their keys, and literal text."""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen, ScreenResultType

from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.i18n import Catalog

if TYPE_CHECKING:
    from textual.widgets import Button

    from bouwsteen_tui.commands import Command
    from bouwsteen_tui.core.answers import AnswerSet
    from bouwsteen_tui.core.content import Pack, Step
    from bouwsteen_tui.core.home_cache import HomeView
    from bouwsteen_tui.core.session import Session


class _HasCatalog(Protocol):
    catalog: Catalog
    start_view: HomeView | None  # the home screen at start, before the core is loaded (core/home_cache.py)

    @property
    def session(self) -> Session: ...

    @property
    def ready(self) -> bool: ...

    def refuse_read_only(self) -> bool: ...

    def key_for(self, command: Command) -> str: ...


def printable(text: str) -> str:
    """``text`` without control characters (as the Markdown export drops them), with ``\\n`` line ends.

    Textual and Rich pass an escape character through to the terminal: ``\\x1b[2J`` in a partner's name would
    clear the screen. Use this for text shown in rich ``Text``, a screen's title or anywhere ``literal`` is not.
    """
    if text.isprintable():
        return text
    return strip_control(text, keep_bidi=True)  # what the user typed shows as typed, direction marks included


def literal(text: str) -> Content:
    """``text`` to show exactly as it is: never read as Textual or Rich markup.

    Text a user typed or a content pack holds is data: ``bel school [/] ouders`` or ``[regio Noord]`` must show
    as typed, not vanish or raise a ``MarkupError``. Pass this instead of a ``str`` to any widget that would read
    a string as markup (``Static``, ``Label``, ``Option``, ``Selection``, ``RadioButton``, ``Button``,
    ``Checkbox``, ``Collapsible`` titles, border titles, ``TextArea`` placeholders). Control characters are
    dropped (see :func:`printable`).
    """
    return Content(printable(text))


def styled(text: str, style: str) -> Content:
    """``text`` literally, in ``style`` (e.g. ``"bold"``): the style is the app's, the text is data."""
    return Content.styled(printable(text), style)


def app_state(node: DOMNode) -> _HasCatalog:
    """The running Bouwsteen app, typed for what widgets may read from it (catalogue, session)."""
    return node.app  # type: ignore[return-value]


def tr(node: DOMNode) -> Catalog:
    """The interface catalogue of the running app."""
    return app_state(node).catalog


def _in(catalog: Catalog, text: str) -> str:
    """A catalogue key in ``catalog``'s language; one of Textual's English texts by its own words
    (``i18n/textual_nl.py``); anything else as it is."""
    for key in (text, f"textual:{text}"):
        if text and catalog.has(key):
            return catalog(key)
    return text


def translated(binding: Binding, catalog: Catalog) -> Binding:
    """``binding`` with its description and tooltip (catalogue keys, see ``commands.py``) in ``catalog``'s language;
    Textual's own bindings described in the same language (``i18n/textual_nl.py``)."""
    description = _in(catalog, binding.description)
    tooltip = _in(catalog, binding.tooltip)
    if description == binding.description and tooltip == binding.tooltip:
        return binding
    return dataclasses.replace(binding, description=description, tooltip=tooltip)


class TranslatedScreen(Screen[ScreenResultType]):
    """A screen whose keys are described in the interface language of the moment.

    Bindings are declared once (``commands.py``) with catalogue keys as descriptions. The footer and the key panel
    read them through :attr:`active_bindings`, Textual's public view of a screen's keys: translating there follows a
    change of language at once, for the screen's own keys, its widgets' and the app's.
    """

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated_bindings(super().active_bindings, tr(self))


def translated_bindings(active: dict[str, ActiveBinding], catalog: Catalog) -> dict[str, ActiveBinding]:
    """A screen's active bindings with their descriptions in the interface language (footer and key list)."""
    shown: dict[str, ActiveBinding] = {}
    for key, one in active.items():
        binding = translated(one.binding, catalog)
        shown[key] = ActiveBinding(one.node, binding, one.enabled, binding.tooltip)
    return shown


class TranslatedModalScreen(TranslatedScreen[ScreenResultType], ModalScreen[ScreenResultType]):
    """A dialog whose keys are described in the interface language (see :class:`TranslatedScreen`)."""


def rule_blocks(text: str) -> list[str]:
    """The top-level rules of a stylesheet (comments dropped), each with its nested rules."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    blocks: list[str] = []
    depth = start = 0
    for index, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                blocks.append(text[start:index + 1].strip())
                start = index + 1
    return blocks


@cache
def _stylesheet(path: Path) -> tuple[str, ...]:
    return tuple(rule_blocks(path.read_text(encoding="utf-8")))


def default_css(module_file: str, name: str) -> str:
    """The rules for the class ``name`` in the stylesheet beside ``module_file`` (``questions.py`` →
    ``questions.tcss``): those whose selector, or one of its selectors, starts with ``name``.

    For ``DEFAULT_CSS``: a widget's or a dialog's styles stay Textual's default styles of that class (scoped to it,
    below the app's own stylesheets, with Textual's rules for ``:focus`` or ``:hover`` still winning where they are
    more specific), as when they were written in the module, while the CSS itself lives in a ``.tcss`` file.
    """
    leading = re.compile(rf"(?:^|,)\s*{re.escape(name)}(?![\w-])")
    blocks = _stylesheet(Path(module_file).with_suffix(".tcss"))
    return "\n".join(block for block in blocks if leading.search(block.split("{", 1)[0]))


@dataclass
class Lookups:
    """What pickers need to offer: the network's partners and the records other fields refer to.

    It also names them for the kinds' presentation of answers (``core.kinds.Names``) in the wizard's lists.
    """

    partners: list[tuple[str, str]] = field(default_factory=list)  # (partner id, name)
    self_label: str = ""
    records: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # question id → (record id, title)
    no_partners: str = ""  # the hint while the map is empty, naming the pack's own network step

    def no_partners_hint(self, catalog: Catalog) -> str:
        """What to say while the network map has no partners: add one here, or fill in the network step."""
        return self.no_partners or catalog("partner.none_yet_here")

    def partner(self, partner_id: str) -> str:
        """A partner's name; my own organisation by its label; one no longer on the map as "?"."""
        from bouwsteen_tui.core.kinds.base import SELF_PARTNER  # the core loads after the first screen

        return self.self_label if partner_id == SELF_PARTNER else dict(self.partners).get(partner_id, "?")

    def record(self, source: str, record_id: str) -> str:
        """The title of a record of the question ``source``; "?" when it is gone."""
        return dict(self.records.get(source, [])).get(record_id, "?")

    def date(self, value: datetime.date) -> str:
        from bouwsteen_tui.core.dates import format_date

        return format_date(value)

    def flag(self, value: bool) -> str:
        """A yes/no value in a list: a tick for yes; no says nothing."""
        return "✓" if value else ""


def build_lookups(session: Session, document: AnswerSet, step: Step, catalog: Catalog) -> Lookups:
    """Partners of the network map and records of this document that fields may refer to."""
    # the core (pydantic) is imported here, not at the top: the app's first screen imports this module
    from bouwsteen_tui.core.answers import RecordsAnswer
    from bouwsteen_tui.core.content import RecordsQuestion

    source = session.pack.partner_records()
    partners = []
    if source is not None:
        for record in session.partners():
            partners.append((record.id, record.text(source.title_field_id) or "?"))
    records: dict[str, list[tuple[str, str]]] = {}
    for part in step.parts:
        for question in part.questions:
            if isinstance(question, RecordsQuestion):
                answer = document.get(question)
                assert isinstance(answer, RecordsAnswer)
                records[question.id] = [(r.id, r.text(question.title_field_id)) for r in answer.items]
    organisation = session.own_organisation()
    self_label = catalog("partner.self_named", name=organisation) if organisation else catalog("partner.self")
    place = network_place(session.pack)
    hint = catalog("partner.none_yet", number=place[0]) if place is not None else ""
    return Lookups(partners=partners, self_label=self_label, records=records, no_partners=hint)


def network_place(pack: Pack) -> tuple[int, int | None] | None:
    """Where a pack's partners are filled in: the number of its own network step (a trainer's pack may number it
    otherwise than the built-in step 3) and of the part holding the partner list, numbered by its place as the
    step screen numbers it (``None``: not found); ``None`` for a pack without a partner list."""
    source = pack.partner_records()
    if source is None:
        return None
    step = pack.step_of(source.id)
    place = next((i + 1 for i, p in enumerate(step.parts) if any(q.id == source.id for q in p.questions)), None)
    return step.number, place


T = TypeVar("T")


async def in_thread(node: DOMNode, work: Callable[[], T]) -> T:
    """Run ``work`` (disk, a whole import or export) on a thread and wait for it, so the event loop keeps drawing;
    its exception is raised here, in the caller."""
    from textual.worker import WorkerFailed

    worker: Any = node.run_worker(work, thread=True, exit_on_error=False)
    try:
        await worker.wait()
    except WorkerFailed as failed:
        raise failed.error from None
    return cast(T, worker.result)


def set_label(button: Button, label: str | Content) -> None:
    """Give ``button`` a new label and the width for it: Textual keeps a button's width when only its label
    changes, which cut "Volgend deel →" turned "Naar het overzicht →" to "Naar het"."""
    button.label = label
    button.refresh(layout=True)
