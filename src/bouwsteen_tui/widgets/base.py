"""Shared helpers for widgets and screens: the catalogue, translated key bindings, and literal text."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from textual.binding import Binding
from textual.content import Content
from textual.dom import DOMNode

from bouwsteen_tui.core.text import strip_control
from bouwsteen_tui.i18n import Catalog

if TYPE_CHECKING:
    from bouwsteen_tui.core.answers import AnswerSet
    from bouwsteen_tui.core.content import Step
    from bouwsteen_tui.core.session import Session


class _HasCatalog(Protocol):
    catalog: Catalog

    @property
    def session(self) -> Session: ...

    @property
    def ready(self) -> bool: ...

    def refuse_read_only(self) -> bool: ...


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


def localize_bindings(node: DOMNode) -> None:
    """Replace binding descriptions and tooltips (catalogue keys) by their text in the current language.

    Bindings are declared with catalogue keys (``"key.next_part"``) so that the footer and the key panel
    follow the interface language; Textual copies the bindings per instance, so this is safe.
    """
    catalog = tr(node)
    bindings = node._bindings
    for key, key_bindings in list(bindings.key_to_bindings.items()):
        translated: list[Binding] = []
        for binding in key_bindings:
            description = catalog(binding.description) if catalog.has(binding.description) else binding.description
            tooltip = catalog(binding.tooltip) if binding.tooltip and catalog.has(binding.tooltip) else binding.tooltip
            translated.append(dataclasses.replace(binding, description=description, tooltip=tooltip))
        bindings.key_to_bindings[key] = translated


@dataclass
class Lookups:
    """What pickers need to offer: the network's partners and the records other fields refer to.

    It also names them for the kinds' presentation of answers (``core.kinds.Names``) in the wizard's lists.
    """

    partners: list[tuple[str, str]] = field(default_factory=list)  # (partner id, name)
    self_label: str = ""
    records: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # question id → (record id, title)

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
    return Lookups(partners=partners, self_label=self_label, records=records)
