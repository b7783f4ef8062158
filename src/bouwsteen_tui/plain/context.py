"""What every part of the dialogue shares: the console, the catalogue, the session, and small ways to ask.

A question is asked, its answer read; a wrong answer is refused with a message that says what is expected, and
asked again. The word for stop ends the dialogue from anywhere (:class:`StopRequested`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bouwsteen_tui.core.dates import format_date
from bouwsteen_tui.core.kinds import SELF_PARTNER, RecordsAnswer, RecordsQuestion
from bouwsteen_tui.core.privacy import mask
from bouwsteen_tui.plain.console import Console, StopRequested
from bouwsteen_tui.plain.words import Word, command, spelled

if TYPE_CHECKING:
    from bouwsteen_tui.core.answers import AnswerSet
    from bouwsteen_tui.core.content import Step
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.i18n import Catalog


class Refused(Exception):
    """An answer that cannot be kept; the message says why and what is expected."""


@dataclass
class Context:
    """The console, the catalogue and the session of one plain dialogue."""

    console: Console
    t: Catalog
    session: Session

    @property
    def read_only(self) -> bool:
        return self.session.workspace.read_only

    def w(self, word: Word) -> str:
        """A command word as the interface names it."""
        return spelled(word, self.t.language)

    def say(self, text: str = "", *, indent: int = 0) -> None:
        self.console.say(text, indent=indent)

    def read(self) -> str:
        """A line typed; the word for stop ends the dialogue."""
        line = self.console.read()
        if command(line) is Word.STOP:
            raise StopRequested
        return line

    def refuse_read_only(self) -> bool:
        """``True`` (and the user is told why) when this workspace may not be changed."""
        if not self.read_only:
            return False
        workspace = self.session.workspace
        if workspace.in_use:
            self.say(self.t("read_only.refused"))
        else:
            self.say(self.t("read_only.refused_other", reason=workspace.read_only_reason))
        return True

    def yes_no(self, question: str) -> bool:
        """Ask a yes/no question until it is answered; an empty line is no."""
        while True:
            self.say(question)
            self.say(self.t("plain.yes_no", yes=self.w(Word.YES), no=self.w(Word.NO)))
            line = self.read()
            answer = command(line)
            if answer is Word.YES:
                return True
            if answer is Word.NO or not line.strip():
                return False
            self.say(self.t("plain.not_yes_no", yes=self.w(Word.YES), no=self.w(Word.NO)))

    def choose(self, options: list[str], expected: str = "") -> int | Word | None:
        """Number ``options`` and read a choice: its index, a command word, or ``None`` for an empty line.

        Anything else is refused with the range expected, and asked again.
        """
        for number, option in enumerate(options, 1):
            self.say(f"{number}. {option}", indent=2)
        self.say(expected or self.t("plain.choose"))
        while True:
            line = self.read()
            word = command(line)
            if word is not None:
                return word
            if not line.strip():
                return None
            try:
                return numbers(line, len(options), self.t, several=False)[0]
            except Refused as refused:
                self.say(str(refused))

    def masked(self, text: str) -> str:
        """A case's short description as menus show it: identifiers masked, on one line."""
        return " ".join(mask(text).split())


def numbers(text: str, count: int, t: Catalog, *, several: bool = True) -> list[int]:
    """The numbers typed (``1, 3`` or ``1 3``), each from 1 to ``count``, as 0-based indexes in the order typed.

    Raises :class:`Refused` for anything else, saying what is expected.
    """
    pieces = text.replace(",", " ").replace(";", " ").split()
    if not pieces:
        return []
    if not several and len(pieces) > 1:
        raise Refused(t("plain.one_number", count=count))
    found: list[int] = []
    for piece in pieces:
        if not piece.isdigit() or not 1 <= int(piece) <= count:
            raise Refused(t("plain.bad_number", text=piece, count=count))
        if int(piece) - 1 not in found:
            found.append(int(piece) - 1)
    return found


class PlainNames:
    """Names partners, records, dates and yes/no for the kinds' presentation (``core.kinds.Names``), in words."""

    def __init__(self, ctx: Context, document: AnswerSet | None = None, step: Step | None = None) -> None:
        session = ctx.session
        self.t = ctx.t
        source = session.pack.partner_records()
        self.partners: list[tuple[str, str]] = []
        if source is not None:
            self.partners = [(r.id, r.text(source.title_field_id) or "?") for r in session.partners()]
        organisation = session.own_organisation()
        self.self_label = (
            ctx.t("partner.self_named", name=organisation) if organisation else ctx.t("partner.self")
        )
        self.records: dict[str, list[tuple[str, str]]] = {}
        if document is not None and step is not None:
            for question in step.questions():
                if isinstance(question, RecordsQuestion):
                    answer = document.get(question)
                    assert isinstance(answer, RecordsAnswer)
                    self.records[question.id] = [(r.id, r.text(question.title_field_id)) for r in answer.items]

    def partner_choices(self) -> list[tuple[str, str]]:
        """(id, name) of every partner one may pick: my own organisation first, then the network's."""
        return [(SELF_PARTNER, self.self_label), *self.partners]

    def partner(self, partner_id: str) -> str:
        return dict(self.partner_choices()).get(partner_id, "?")

    def record(self, source: str, record_id: str) -> str:
        return dict(self.records.get(source, [])).get(record_id, "?") or self.t("record.untitled")

    def date(self, value: date) -> str:
        return format_date(value)

    def flag(self, value: bool) -> str:
        return self.t("yes") if value else self.t("form.no")
