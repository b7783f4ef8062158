"""Bouwsteen uses Textual by its public API only, so that a new Textual release within the tested range works."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# a private module of Textual (textual.widgets._header), or private state of its objects
PRIVATE_MODULE = re.compile(r"\btextual(?:\.\w+)*\._\w+")
PRIVATE_STATE = re.compile(r"\._(?:bindings|merged_bindings|keymap|notifications|compositor|thread_id|nodes|"
                           r"border_title|border_subtitle|css_type_name|render_markup|markup)\b")


def test_the_source_uses_no_private_textual_name() -> None:
    """No import from a private Textual module and no read of a Textual object's private state in src/."""
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PRIVATE_MODULE.search(line) or PRIVATE_STATE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_tests_use_no_private_textual_name() -> None:
    """The tests, too, import Textual from its public modules and read no private state of its objects."""
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path == Path(__file__).resolve():
            continue  # its examples below
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PRIVATE_MODULE.search(line) or PRIVATE_STATE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_check_finds_a_private_name() -> None:
    """The patterns are not vacuous: they catch what this change removed."""
    assert PRIVATE_MODULE.search("from textual.widgets._header import HeaderClockSpace")
    assert PRIVATE_STATE.search("bindings = node._bindings")
    assert not PRIVATE_MODULE.search("from textual.widgets import Header")


def test_every_stylesheet_rule_belongs_to_a_class_that_reads_it() -> None:
    """Each rule of a widget's or a dialog's .tcss file reaches the DEFAULT_CSS of a class of its module, and
    each class that reads its styles from a file gets some: a renamed class cannot silently lose its styles."""
    import importlib
    import inspect

    from textual.dom import DOMNode

    from bouwsteen_tui.widgets.base import rule_blocks

    for sheet in sorted((ROOT / "src" / "bouwsteen_tui").rglob("*.tcss")):
        module_file = sheet.with_suffix(".py")
        source = module_file.read_text(encoding="utf-8") if module_file.exists() else ""
        if "default_css(__file__" not in source:
            continue  # an app's or a screen's CSS_PATH
        name = ".".join(module_file.relative_to(ROOT / "src").with_suffix("").parts)
        module = importlib.import_module(name)
        classes = [cls for _n, cls in inspect.getmembers(module, inspect.isclass)
                   if issubclass(cls, DOMNode) and cls.__module__ == name and "DEFAULT_CSS" in cls.__dict__]
        assert classes and all(cls.__dict__["DEFAULT_CSS"].strip() for cls in classes), name
        used = {block for cls in classes for block in cls.__dict__["DEFAULT_CSS"].split("\n")}
        rules = rule_blocks(sheet.read_text(encoding="utf-8"))
        assert [rule for rule in rules if not set(rule.split("\n")) <= used] == [], sheet.name
