"""Screen tests: every notification an app gives is recorded (see ``tests/ui/helpers.py``)."""

from __future__ import annotations

import pytest

from tests.ui.helpers import record_notices


@pytest.fixture(autouse=True)
def _record_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read notifications through ``helpers.notices(app)``, not through Textual's private list."""
    record_notices(monkeypatch)
