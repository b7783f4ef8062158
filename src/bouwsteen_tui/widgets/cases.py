"""The home screen's table of cases: light enough for thousands of rows.

Textual's ``DataTable`` renders and caches every cell as rich ``Text`` (and reads cells as markup, which loads
rich's emoji table): about 5 KB a row, 5 MiB for a workspace of 1,000 cases. ``CaseTable`` keeps each row as a
tuple of plain strings and draws only the lines on screen (the Line API), so a row costs its strings. Cells are
shown literally: a description such as ``[b]`` is never read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from bouwsteen_tui import commands
from bouwsteen_tui.widgets.base import default_css

GAP = "  "  # between columns
MIN_FLEXIBLE = 10  # the narrowest the flexible column gets, in cells
PAD = " "  # before the first column


def one_line(text: str) -> str:
    """A cell's text on one line: control characters (newlines, escapes) become spaces."""
    return text if text.isprintable() else "".join(ch if ch.isprintable() else " " for ch in text)


def fit(text: str, width: int) -> str:
    """``text`` padded or cut to exactly ``width`` cells; a cut ends in "…"."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…" if width > 0 else ""


class _RowMessage(Message):
    """A message about one row of a :class:`CaseTable` (not a base of each other: ``@on`` matches subclasses)."""

    def __init__(self, table: CaseTable, key: str | None) -> None:
        super().__init__()
        self.table = table
        self.key = key

    @property
    def control(self) -> CaseTable:
        return self.table


class CaseTable(ScrollView, can_focus=True):
    """Rows of cases with a header that stays in view, a row cursor, and Enter or a click to open a row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"case-table--header", "case-table--cursor", "case-table--even-row"}

    DEFAULT_CSS = default_css(__file__, "CaseTable")

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.CASES_UP.binding(),
        commands.CASES_DOWN.binding(),
        commands.CASES_PAGE_UP.binding(),
        commands.CASES_PAGE_DOWN.binding(),
        commands.CASES_LEFT.binding(),  # a table wider than the screen
        commands.CASES_RIGHT.binding(),
        commands.CASES_FIRST.binding(),
        commands.CASES_LAST.binding(),
        commands.CASES_OPEN.binding(),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=False, init=False)

    class RowHighlighted(_RowMessage):
        """The cursor is on another row (``key`` is ``None`` when the table is empty)."""

        key: str | None

    class RowSelected(_RowMessage):
        """A row is chosen: Enter, or a click on the row that has the cursor."""

        key: str

    def __init__(self, *, id: str | None = None, classes: str | None = None, zebra_stripes: bool = True) -> None:
        super().__init__(id=id, classes=classes)
        self.zebra_stripes = zebra_stripes
        self._labels: tuple[str, ...] = ()
        self._max_widths: tuple[int | None, ...] = ()
        self._flexible: int | None = None
        self._keys: list[str] = []
        self._cells: list[tuple[str, ...]] = []
        self._rows_by_key: dict[str, int] = {}
        self._natural: list[int] = []  # each column's width for its widest cell, within its maximum
        self._widths: list[int] = []  # as drawn: the flexible column gives way when the table is too wide
        self._highlighted: str | None = None
        self._shown: dict[int, Callable[[str], str]] = {}

    # ----------------------------------------------------------------------------------- data

    @property
    def columns_set(self) -> bool:
        """Whether the columns are set (:meth:`set_columns`)."""
        return bool(self._labels)

    def set_columns(
        self,
        labels: Sequence[str],
        max_widths: Sequence[int | None] | None = None,
        flexible: int | None = None,
        shown: Mapping[int, Callable[[str], str]] | None = None,
    ) -> None:
        """The column headings, the widest each column may be (``None``: as wide as its widest cell), and which
        column (an index) narrows, down to ``MIN_FLEXIBLE`` cells, so that the table fits its width.

        ``shown``: per column (an index), how a cell is shown, applied only to the rows drawn (a thousand rows are
        not all masked to draw twenty); it must not make a cell wider (masking keeps the length)."""
        self._shown = dict(shown or {})
        self._labels = tuple(one_line(label) for label in labels)
        self._max_widths = tuple(max_widths) if max_widths is not None else (None,) * len(self._labels)
        self._flexible = flexible
        self._measure()

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """All rows at once, as ``(key, cells)``; the cursor stays on the same key when it is still there."""
        current = self.cursor_key
        self._keys = [key for key, _ in rows]
        self._cells = [tuple(one_line(cell) for cell in cells) for _, cells in rows]
        self._rows_by_key = {key: index for index, key in enumerate(self._keys)}
        self._measure()
        index = self._rows_by_key.get(current, self.cursor_row) if current is not None else 0
        self.set_reactive(CaseTable.cursor_row, self.validate_cursor_row(index))
        self._cursor_moved()
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self._keys)

    @property
    def cursor_key(self) -> str | None:
        """The key of the row under the cursor; ``None`` when the table is empty."""
        return self._keys[self.cursor_row] if self._keys else None

    def move_to_key(self, key: str) -> bool:
        """Put the cursor on the row with ``key``; ``False`` when there is none."""
        index = self._rows_by_key.get(key)
        if index is None:
            return False
        self.cursor_row = index
        return True

    def _measure(self) -> None:
        widths = [cell_len(label) for label in self._labels]
        for cells in self._cells:
            for column, cell in enumerate(cells[: len(widths)]):
                if len(cell) > widths[column] or not cell.isascii():  # len() bounds cell_len() for ASCII
                    widths[column] = max(widths[column], cell_len(cell))
        for column, limit in enumerate(self._max_widths[: len(widths)]):
            if limit is not None:
                widths[column] = min(widths[column], max(limit, 1))
        self._natural = widths
        self._fit()

    def _fit(self) -> None:
        """Column widths for the width the table has now; sets the virtual size."""
        widths = list(self._natural)
        total = len(PAD) + sum(widths) + len(GAP) * max(len(widths) - 1, 0)
        available = self.scrollable_content_region.width if self.is_mounted else 0
        flexible = self._flexible
        if flexible is not None and 0 <= flexible < len(widths) and 0 < available < total:
            narrowed = max(widths[flexible] - (total - available), min(MIN_FLEXIBLE, widths[flexible]))
            total -= widths[flexible] - narrowed
            widths[flexible] = narrowed
        self._widths = widths
        self.virtual_size = Size(total, len(self._keys) + 1)  # + the header line

    # ----------------------------------------------------------------------------------- cursor

    def validate_cursor_row(self, value: int) -> int:
        return max(0, min(value, len(self._keys) - 1))

    def watch_cursor_row(self) -> None:
        self._cursor_moved()
        self.refresh()

    def _cursor_moved(self) -> None:
        self._scroll_to_cursor()
        key = self.cursor_key
        if key != self._highlighted:
            self._highlighted = key
            self.post_message(self.RowHighlighted(self, key))

    def _rows_in_view(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)  # the header takes a line

    def _scroll_to_cursor(self) -> None:
        if not self._keys or not self.is_mounted:
            return
        top = round(self.scroll_y)
        visible = self._rows_in_view()
        row = self.cursor_row
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        self._fit()
        self._scroll_to_cursor()

    def action_cursor(self, delta: int) -> None:
        self.cursor_row += delta

    def action_page(self, direction: int) -> None:
        self.cursor_row += direction * self._rows_in_view()

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = len(self._keys) - 1

    def action_select(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.RowSelected(self, key))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return  # the header, or the scrollbar
        row = round(self.scroll_y) + offset.y - 1
        if row >= len(self._keys):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.cursor_row = row

    # ----------------------------------------------------------------------------------- drawing

    def _line_text(self, cells: Sequence[str]) -> str:
        return PAD + GAP.join(fit(cell, width) for cell, width in zip(cells, self._widths, strict=False))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x = round(self.scroll_x)
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("case-table--header")
            text = self._line_text(self._labels)
        else:
            row = round(self.scroll_y) + y - 1
            if row >= len(self._keys):
                return Strip.blank(width, base)
            style = base
            if self.zebra_stripes and row % 2 == 1:
                style += self.get_component_rich_style("case-table--even-row")
            if row == self.cursor_row:
                style += self.get_component_rich_style("case-table--cursor")
            cells = self._cells[row]
            if self._shown:
                cells = tuple(one_line(self._shown[i](c)) if i in self._shown else c for i, c in enumerate(cells))
            text = self._line_text(cells)
        return Strip([Segment(text, style or Style())]).crop_extend(scroll_x, scroll_x + width, style)
