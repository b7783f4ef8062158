"""Every question kind of the registry (bouwsteen_tui.core.kinds) has its own widget (widgets/factory.py)."""

from __future__ import annotations

from bouwsteen_tui.core.kinds import KINDS
from bouwsteen_tui.widgets.factory import widget_class
from bouwsteen_tui.widgets.questions import QuestionWidget
from tests.unit.test_kinds import SAMPLES


def test_every_kind_has_a_widget_of_its_own() -> None:
    """The factory gives each kind a question widget, and no two kinds the same one."""
    widgets = {kind: widget_class(SAMPLES[kind][0]) for kind in KINDS}
    assert all(issubclass(w, QuestionWidget) and w is not QuestionWidget for w in widgets.values())
    assert len(set(widgets.values())) == len(KINDS)
