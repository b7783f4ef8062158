"""Every question kind of the registry (bouwsteen_tui.core.kinds) has its own widget (widgets/factory.py), and the
wizard's lists read answers through the kinds, as the exports do."""

from __future__ import annotations

from bouwsteen_tui.core.kinds import KINDS, FieldKind, RecordField
from bouwsteen_tui.widgets.base import Lookups
from bouwsteen_tui.widgets.factory import widget_class
from bouwsteen_tui.widgets.questions import QuestionWidget
from bouwsteen_tui.widgets.summary import field_text
from tests.unit.test_kinds import SAMPLES


def test_every_kind_has_a_widget_of_its_own() -> None:
    """The factory gives each kind a question widget, and no two kinds the same one."""
    widgets = {kind: widget_class(SAMPLES[kind][0]) for kind in KINDS}
    assert all(issubclass(w, QuestionWidget) and w is not QuestionWidget for w in widgets.values())
    assert len(set(widgets.values())) == len(KINDS)


def test_a_partner_field_with_several_partners_lists_their_names() -> None:
    """A records list names the partners of a partner field that holds several (a case file may), as the exports
    do, instead of showing their ids: both take the field's text from the kinds."""
    field = RecordField(id="who", kind=FieldKind.PARTNER, label="Wie")
    lookups = Lookups(partners=[("p-1", "VBS De Linde")], self_label="Mijn organisatie")
    assert field_text(field, ["p-1", "self"], lookups) == "VBS De Linde, Mijn organisatie"
