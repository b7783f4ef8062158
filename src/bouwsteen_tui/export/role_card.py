"""The role card (step 1): who I am, my remit, offer, mandate, limits, message."""

from __future__ import annotations

from datetime import date

from bouwsteen_tui.core.answers import Sheet
from bouwsteen_tui.core.content import Pack, Scope
from bouwsteen_tui.export.generic import SheetRenderer, sheet_language, step_for, today_or
from bouwsteen_tui.export.model import Document, plain
from bouwsteen_tui.export.network_map import PartnerDirectory
from bouwsteen_tui.export.strings import t
from bouwsteen_tui.export.writers.markdown import write_markdown

# --------------------------------------------------------------------------------------------- role card


def build_role_card(
    pack: Pack,
    profile_sheet: Sheet | None,
    network_sheet: Sheet | None,
    lang: str | None = None,
    *,
    today: date | None = None,
) -> Document:
    """The role card (step 1): who I am, my remit and way of working, offer, mandate, limits, message.

    Every part is a heading with its answers as a short labelled list, so that a typical card fits one A4 page.
    The step's checklist is the author's self-check, not a message for partners: the card leaves it out.
    """
    language = sheet_language(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    step = step_for(pack, Scope.PROFILE, profile_sheet) if profile_sheet is not None else None
    step = step or pack.sheet_step("role_card") or step_for(pack, Scope.PROFILE, None)
    answers = profile_sheet if profile_sheet is not None else Sheet(pack_id=pack.id, step_id=step.id if step else "")
    renderer = SheetRenderer(pack, answers, directory, compact=True)
    if step is None:
        renderer.doc.paragraph(plain(t(language, "empty.sheet")))
    else:
        renderer.step(step)
    return renderer.doc.build(t(language, "title.role_card"), t(language, "lang.tag"), date=today_or(today).isoformat(),
                              reader="partners")


def render_role_card(
    pack: Pack,
    profile_sheet: Sheet | None,
    network_sheet: Sheet | None,
    lang: str | None = None,
    *,
    today: date | None = None,
) -> str:
    """:func:`build_role_card` as Markdown."""
    return write_markdown(build_role_card(pack, profile_sheet, network_sheet, lang, today=today))
