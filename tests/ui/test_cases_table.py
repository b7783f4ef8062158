"""CaseTable, the home screen's light table of cases: what it draws, its cursor, its messages, its cost."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from textual.app import App, ComposeResult

from bouwsteen_tui.widgets.cases import CaseTable

LABELS = ("Code", "Beschrijving", "Status")


def rows(count: int) -> list[tuple[str, tuple[str, ...]]]:
    return [(f"C-{i:04d}", (f"C-{i:04d}", f"casus {i}", "lopend")) for i in range(count)]


class TableApp(App[None]):
    CSS = "CaseTable { height: 8; }"

    def __init__(self, count: int = 3, max_widths: tuple[int | None, ...] | None = None) -> None:
        super().__init__()
        self.count = count
        self.max_widths = max_widths
        self.highlighted: list[str | None] = []
        self.selected: list[str] = []

    def compose(self) -> ComposeResult:
        yield CaseTable(id="cases")

    def on_mount(self) -> None:
        table = self.query_one(CaseTable)
        table.set_columns(LABELS, self.max_widths)
        table.set_rows(rows(self.count))
        table.focus()

    def on_case_table_row_highlighted(self, event: CaseTable.RowHighlighted) -> None:
        self.highlighted.append(event.key)

    def on_case_table_row_selected(self, event: CaseTable.RowSelected) -> None:
        self.selected.append(event.key)


def lines(table: CaseTable) -> list[str]:
    return [table.render_line(y).text.rstrip() for y in range(table.scrollable_content_region.height)]


async def test_header_and_rows_are_drawn_in_columns() -> None:
    """Line 0 is the header; each row's cells line up under it, two spaces apart."""
    app = TableApp()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        drawn = lines(table)
        assert drawn[0] == " Code    Beschrijving  Status"
        assert drawn[1] == " C-0000  casus 0       lopend"
        assert drawn[3] == " C-0002  casus 2       lopend"
        assert drawn[4] == ""
        assert table.row_count == 3 and table.cursor_key == "C-0000"


async def test_keys_move_the_cursor_and_enter_selects() -> None:
    """Down, End, Home and Enter: the cursor moves, each move is announced once, Enter names the row."""
    app = TableApp(count=20)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        await pilot.press("down", "down")
        assert table.cursor_key == "C-0002"
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected == ["C-0002"]
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_key == "C-0019"
        assert app.highlighted == ["C-0000", "C-0001", "C-0002", "C-0019"]
        await pilot.press("home", "up")  # up at the top stays there
        assert table.cursor_key == "C-0000"


async def test_the_header_stays_and_the_cursor_is_scrolled_into_view() -> None:
    """At the end of a long table the header is still line 0 and the last row is drawn."""
    app = TableApp(count=50)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        await pilot.press("end")
        await pilot.pause()
        drawn = lines(table)
        assert drawn[0].startswith(" Code")
        assert drawn[-1].startswith(" C-0049")
        await pilot.press("pageup")
        await pilot.pause()
        assert table.cursor_row == 49 - (table.scrollable_content_region.height - 1)
        assert any(line.startswith(f" {table.cursor_key}") for line in lines(table)[1:])


async def test_a_click_moves_the_cursor_and_a_second_click_opens() -> None:
    """Clicking a row puts the cursor on it; clicking it again selects it; the header does neither."""
    app = TableApp(count=5)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        await pilot.click(CaseTable, offset=(3, 3))
        await pilot.pause()
        assert table.cursor_key == "C-0002" and app.selected == []
        await pilot.click(CaseTable, offset=(3, 3))
        await pilot.pause()
        assert app.selected == ["C-0002"]
        await pilot.click(CaseTable, offset=(3, 0))
        await pilot.pause()
        assert table.cursor_key == "C-0002" and app.selected == ["C-0002"]


async def test_new_rows_keep_the_cursor_on_the_same_case() -> None:
    """After a refresh with a row added above, the cursor is still on the case it was on."""
    app = TableApp(count=5)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        await pilot.press("down", "down")
        table.set_rows([("C-AAAA", ("C-AAAA", "nieuw", "lopend")), *rows(5)])
        assert table.cursor_key == "C-0002" and table.cursor_row == 3
        table.set_rows(rows(2))  # the case is gone: the cursor stays in range
        assert table.cursor_key == "C-0001"
        table.set_rows([])
        assert table.cursor_key is None and table.row_count == 0
        assert lines(table)[0].startswith(" Code")
        assert table.move_to_key("C-0001") is False


async def test_cells_are_literal_one_line_and_cut_by_cell_width() -> None:
    """Markup is shown as typed, newlines become spaces, wide characters count double, long cells end in …"""
    app = TableApp(count=0, max_widths=(None, 10, None))
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        table.set_rows(
            [
                ("C-1", ("C-1", "[b]vet[/b]", "x")),
                ("C-2", ("C-2", "een\nnieuwe regel", "x")),
                ("C-3", ("C-3", "日本語", "x")),
            ]
        )
        await pilot.pause()
        drawn = lines(table)
        assert drawn[1] == " C-1   [b]vet[/b]  x"  # exactly 10 cells: not cut
        assert drawn[2] == " C-2   een nieuw…  x"
        assert drawn[3] == " C-3   日本語      x"  # 6 cells wide, padded to 10


async def test_a_thousand_rows_draw_only_what_is_on_screen() -> None:
    """With 1,000 rows only the visible lines are rendered, and each row is kept as its strings only."""
    app = TableApp(count=1000)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        drawn: list[int] = []
        render_line = table.render_line

        def counting(y: int):  # type: ignore[no-untyped-def]
            drawn.append(y)
            return render_line(y)

        table.render_line = counting  # type: ignore[method-assign]
        table.refresh()
        await pilot.press("end")
        await pilot.pause()
        assert drawn and max(drawn) < table.size.height
        assert table.virtual_size.height == 1001
        assert all(type(cell) is str for cells in table._cells for cell in cells)


def test_the_table_never_loads_the_emoji_table() -> None:
    """Cells are not markup: drawing them does not load rich's emoji codes (900 KiB), unlike DataTable."""
    code = textwrap.dedent(
        """
        import asyncio, sys
        from textual.app import App
        from bouwsteen_tui.widgets.cases import CaseTable

        class A(App):
            def compose(self):
                yield CaseTable()

        async def main():
            app = A()
            async with app.run_test(size=(60, 12)) as pilot:
                table = app.query_one(CaseTable)
                table.set_columns(["Code", ":smile:"])
                table.set_rows([("C-1", ("C-1", ":smile: [b]x[/b]"))])
                await pilot.pause()
                print(table.render_line(1).text.strip())
        asyncio.run(main())
        print("rich._emoji_codes" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["C-1   :smile: [b]x[/b]", "False"]


async def test_left_and_right_scroll_a_table_wider_than_the_screen() -> None:
    """On a narrow screen the columns past the edge are reached with the arrow keys."""
    app = TableApp(count=3)
    async with app.run_test(size=(16, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        assert table.virtual_size.width > table.scrollable_content_region.width
        assert "Status" not in lines(table)[0]
        for _ in range(20):
            await pilot.press("right")
        await pilot.pause()
        assert table.scroll_x > 0 and "Status" in lines(table)[0]
        for _ in range(20):
            await pilot.press("left")
        await pilot.pause()
        assert table.scroll_x == 0


async def test_selecting_is_not_taken_for_highlighting_by_on_handlers() -> None:
    """``@on(CaseTable.RowHighlighted)`` does not fire for a RowSelected (``@on`` matches message subclasses)."""
    from textual import on

    class OnApp(TableApp):
        @on(CaseTable.RowHighlighted)
        def _highlighted(self, event: CaseTable.RowHighlighted) -> None:
            self.highlighted.append(f"on:{event.key}")

    app = OnApp(count=3)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        app.highlighted.clear()
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected == ["C-0000"]
        assert app.highlighted == []


async def test_the_flexible_column_gives_way_so_the_table_fits() -> None:
    """The flexible column narrows (to no less than 10 cells) when the table is too wide, and widens again."""

    app = TableApp()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(CaseTable)
        table.set_columns(LABELS, flexible=1)
        table.set_rows([("C-1", ("C-1", "een heel lange beschrijving van deze casus", "lopend"))])
        await pilot.pause()
        assert table.virtual_size.width <= table.scrollable_content_region.width == 40
        assert lines(table)[1] == " C-1   een heel lange beschrijv…  lopend"
        await pilot.resize_terminal(80, 12)
        await pilot.pause()
        assert lines(table)[1] == " C-1   een heel lange beschrijving van deze casus  lopend"
        await pilot.resize_terminal(20, 12)
        await pilot.pause()
        assert lines(table)[1].startswith(" C-1   een heel …  ")  # 10 cells at least: the rest scrolls
