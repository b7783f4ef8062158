"""The interface's catalogue: every key the screens use exists, in Dutch and in English."""

from __future__ import annotations

import re
from pathlib import Path

from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.ui import MESSAGES

UI = Path(__file__).resolve().parents[2] / "src" / "bouwsteen_tui"
UI_FILES = [UI / "commands.py", *sorted((UI / "app").glob("*.py")), *sorted((UI / "screens").glob("*.py")),
            *sorted((UI / "widgets").glob("*.py")),
            *sorted((UI / "dialogs").glob("*.py"))]
PREFIXES = {key.split(".")[0] for key in MESSAGES}
LITERAL = re.compile(r"""["']([a-z]+(?:\.[a-z_0-9]+)+)["']""")


def _used_keys() -> set[str]:
    keys = set()
    for path in UI_FILES:
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            key = match.group(1)
            if key.split(".")[0] in PREFIXES and not key.endswith((".py", ".tcss", ".toml")):
                keys.add(key)
    return keys


def test_every_key_used_by_the_interface_exists() -> None:
    """A key used in a screen, widget or dialog but missing from the catalogue would crash or show a key."""
    used = _used_keys()
    assert len(used) > 100, "the scan found too few keys to mean anything"
    missing = sorted(k for k in used if k not in MESSAGES)
    assert missing == []


def test_every_message_has_dutch_and_english_text() -> None:
    """No empty translation, and the two languages differ where the text is more than a name or a symbol."""
    for key, (dutch, english) in MESSAGES.items():
        assert dutch.strip() and english.strip(), key


def test_placeholders_match_between_languages() -> None:
    """The Dutch and English texts take the same {values}, so switching language never fails to format."""
    field = re.compile(r"{(\w+)}")
    for key, (dutch, english) in MESSAGES.items():
        assert set(field.findall(dutch)) == set(field.findall(english)), key


def test_catalog_formats_in_the_chosen_language() -> None:
    """Catalog picks the language and fills in values."""
    assert Catalog("nl", MESSAGES)("step.position", current=3, total=6) == "Deel 3 van 6"
    assert Catalog("en", MESSAGES)("step.position", current=3, total=6) == "Part 3 of 6"


def test_no_netherlands_only_terms() -> None:
    """Flemish Dutch: none of the Netherlands-only terms the glossary warns about, in content or interface."""
    banned = ["intern begeleider", "veilig thuis", "meldcode", "wijkteam"]
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8").casefold() for p in (root / "content" / "nl").glob("*.toml")]
    texts += [dutch.casefold() for dutch, _english in MESSAGES.values()]
    from bouwsteen_tui.i18n.cli import MESSAGES as CLI_MESSAGES

    texts += [dutch.casefold() for dutch, _english in CLI_MESSAGES.values()]
    found = [term for term in banned for text in texts if term in text]
    assert found == []
