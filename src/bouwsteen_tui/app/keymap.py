"""The user's own keys: the ``[keymap]`` table of the workspace's ``settings.toml``, checked, for Textual's keymap.

``[keymap]`` maps a command's id (``bouwsteen.review``, see ``commands.py`` and the README) to one key or several,
comma-separated, as Textual names them (``"f5"``, ``"ctrl+o"``, ``"a,insert"``). An entry that names no command or
no key is left out and reported; the others apply.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.keys import REPLACED_KEYS, Keys, key_to_character

from bouwsteen_tui.commands import BY_ID

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
NAMED_KEYS = frozenset(
    {key.value.rpartition("+")[2] for key in Keys if not key.value.startswith("<")} | set(REPLACED_KEYS)
)


@dataclass(frozen=True)
class KeymapProblem:
    """An entry of ``[keymap]`` that was left out: ``unknown`` command or ``bad_key``."""

    kind: str
    name: str
    keys: str


def is_key(text: str) -> bool:
    """Whether ``text`` is one key as Textual names it: modifiers, then a key name or a character."""
    *modifiers, name = text.strip().split("+")
    if not name or any(modifier not in MODIFIERS for modifier in modifiers):
        return False
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    return name in NAMED_KEYS or key_to_character(name) is not None


# How a key is written for people (the help text, hints): Textual's names turned into the usual spelling.
_KEY_WORDS = {"escape": "Esc", "delete": "Del", "insert": "Ins", "pageup": "PgUp", "pagedown": "PgDn", "enter": "Enter"}


def key_label(keys: str) -> str:
    """``keys`` as comma-separated Textual key names (``"ctrl+n"``, ``"a,insert"``), written for people: the first
    key, as "Ctrl+N", "Esc", "F1", "Shift+Tab"."""
    first = keys.split(",")[0].strip()
    return "+".join(_KEY_WORDS.get(part, part.upper() if len(part) == 1 else part.capitalize())
                    for part in first.split("+"))


def checked_keymap(table: dict[str, object]) -> tuple[dict[str, str], list[KeymapProblem]]:
    """The entries of ``table`` that name a command and keys (for ``App.set_keymap``), and the others."""
    keymap: dict[str, str] = {}
    problems: list[KeymapProblem] = []
    for name, keys in table.items():
        if name not in BY_ID:
            problems.append(KeymapProblem("unknown", name, str(keys)))
        elif not isinstance(keys, str) or not keys.strip() or not all(is_key(key) for key in keys.split(",")):
            problems.append(KeymapProblem("bad_key", name, repr(keys) if not isinstance(keys, str) else keys))
        else:
            keymap[name] = ",".join(key.strip() for key in keys.split(","))
    return keymap, problems
