"""Every user command, declared once: its id, action, key, texts and whether the palette offers it.

One :class:`Command` gives both the key binding of a screen, dialog or widget (``Command.binding()`` in its
``BINDINGS``) and, when it has a palette title, the app's entry in the command palette. Its ``id`` is the binding's
id: the name under which a user remaps the key in the ``[keymap]`` table of the workspace's ``settings.toml``
(Textual's keymap; see the README). Texts are catalogue keys (``i18n/ui.py``), translated where they are shown, so
the footer, the key panel and the palette follow the interface language when it changes.

A command without a key, or with a key but not in the palette, says why in ``no_key`` / ``no_palette``
(``tests/ui/test_commands.py`` holds every command to that).

A key that types a character (``a``, ``n``, ``p`` …) must not eat what the user types: such a command says where it
acts in ``typed`` (``ON_ITS_LIST`` or ``ON_THE_SCREEN``; ``widgets/keys.py`` applies it, docs/architecture.md,
"Keys", describes it, ``tests/ui/test_typed_keys.py`` tries every such command on every kind of focused widget).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.binding import Binding

PREFIX = "bouwsteen."

# Where a command whose key types a character acts (``Command.typed``); never in a text field, on a button, a check
# box or a choice, where the user may be typing a sentence:
ON_ITS_LIST = "list"  # only while the list or table it acts on has the focus
ON_THE_SCREEN = "screen"  # while the focus is on a list, table, tab row or text that scrolls of its screen, or nowhere


def types_a_character(key: str) -> bool:
    """Whether ``key`` (as Textual names keys: "a", "ctrl+n", "insert") types a character in a text field."""
    return len(key) == 1 and key.isprintable()


@dataclass(frozen=True)
class Command:
    """One thing a user can do: by a key (``key``), from the command palette (``palette``), or both."""

    id: str  # "bouwsteen.review": the binding id, the name in settings.toml's [keymap]
    action: str  # the action its key runs, in the namespace of the screen, dialog or widget that binds it
    key: str = ""  # the default key(s), comma-separated; "" for a command only in the palette
    footer: str = ""  # catalogue key of the short text in the footer and the key panel
    palette: str = ""  # catalogue key of its name in the palette; "" when the palette does not offer it
    palette_help: str = ""  # catalogue key of its explanation in the palette
    palette_action: str = ""  # what the palette runs (an app action, from wherever the user is): "app.<action>"
    show: bool = True  # in the footer
    priority: bool = False
    no_key: str = ""  # why a palette command has no key
    no_palette: str = ""  # why a key is not in the palette
    typed: str = ""  # for a key that types a character: ON_ITS_LIST or ON_THE_SCREEN

    @property
    def typed_keys(self) -> list[str]:
        """Its default keys that type a character (``typed`` says where they act)."""
        return [key for key in self.key.split(",") if types_a_character(key)]

    def binding(self, *, key: str = "", action: str = "", show: bool | None = None) -> Binding:
        """The key binding; ``key``, ``action`` and ``show`` differ where one command is bound in several places
        (quit is shown in the footer of the home screen only; the help screen also closes with F1)."""
        if not self.key:
            raise ValueError(f"{self.id} has no key")
        return Binding(key or self.key, action or self.action, self.footer, show=self.show if show is None else show,
                       priority=self.priority, id=self.id)


def _command(name: str, action: str, key: str = "", **fields: Any) -> Command:
    return Command(f"{PREFIX}{name}", action, key, **fields)


# ------------------------------------------------------------------------------------------ the whole app

QUIT = _command("quit", "quit", "ctrl+q", footer="key.quit", palette="cmd.quit", palette_help="cmd.quit_help",
                palette_action="app.quit", show=False, priority=True)
PALETTE = _command("palette", "command_palette", "ctrl+p", footer="key.palette", show=False, priority=True,
                   no_palette="it opens the palette itself")
LANGUAGE = _command("language", "switch_language", "ctrl+l", footer="key.language", palette="cmd.language",
                    palette_help="cmd.language_help", palette_action="app.switch_language", show=False)
HELP = _command("help", "app.help", "f1", footer="key.help", palette="cmd.help", palette_help="cmd.help_help",
                palette_action="app.help")
EXPORT_ALL = _command("export_all", "", palette="cmd.export", palette_help="cmd.export_help",
                      palette_action="app.export_all",
                      no_key="done a few times a year; the home screen's outputs have buttons for it")
THEME = _command("theme", "", palette="cmd.theme", palette_help="cmd.theme_help",
                 palette_action="app.toggle_contrast", no_key="set once: the workspace keeps the choice")
PRIVACY = _command("privacy", "", palette="cmd.privacy", palette_help="cmd.privacy_help",
                   palette_action="app.privacy", no_key="read once; the help screen links to it too")
KEYS = _command("keys", "", palette="cmd.keys", palette_help="cmd.keys_help",
                palette_action="app.show_help_panel",
                no_key="the app's key list (app/keys.py); the palette is its way in")

# ------------------------------------------------------------------------------------------ the home screen

NEW_CASE = _command("new_case", "new_case", "n", footer="key.new_case", palette="cmd.new_case",
                    palette_help="cmd.new_case_help", palette_action="app.new_case", typed=ON_THE_SCREEN)
IMPORT_CASE = _command("import_case", "", palette="cmd.import_case", palette_help="cmd.import_case_help",
                       palette_action="app.import_case",
                       no_key="done a few times a workshop; the home screen has a button for it under the cases")
DESCRIBE_CASE = _command("describe_case", "describe_case", "r", footer="key.describe_case", show=False,
                         no_palette="acts on the case selected in the home screen's table", typed=ON_ITS_LIST)
TOGGLE_CASE = _command("toggle_case", "toggle_case", "c", footer="key.close_case", show=False,
                       no_palette="acts on the case selected in the home screen's table", typed=ON_ITS_LIST)
KEEP_UNTIL = _command("keep_until", "keep_until", "k", footer="key.keep_until", show=False,
                      no_palette="acts on the case selected in the home screen's table", typed=ON_ITS_LIST)
DELETE_CASE = _command("delete_case", "delete_case", "delete", footer="key.delete_case", show=False,
                       no_palette="acts on the case selected in the home screen's table")
PREVIEW = _command("preview", "preview", "p", footer="key.preview",
                   no_palette="shows the output selected in the home screen's list", typed=ON_THE_SCREEN)

# ------------------------------------------------------------------------------------------ a step

NEXT_PART = _command("next_part", "next_part", "ctrl+n", footer="key.next_part", priority=True,
                     no_palette="the palette goes to any part by name")
PREVIOUS_PART = _command("previous_part", "previous_part", "ctrl+t", footer="key.previous_part", show=False,
                         priority=True, no_palette="the palette goes to any part by name")
REVIEW = _command("review", "review", "ctrl+o", footer="key.review", priority=True,
                  no_palette="the overview of the step on screen")
HOME = _command("home", "home", "escape", footer="key.home", no_palette="Escape leaves every screen")
REPLACE_IDENTIFIERS = _command("replace_identifiers", "replace_identifiers", "ctrl+r",
                               footer="key.replace_identifiers", no_palette="acts on the answer being typed")
ADD_RECORD = _command("add_record", "add", "a,insert", footer="key.add_record",
                      no_palette="acts on the list that has the focus", typed=ON_ITS_LIST)
DELETE_RECORD = _command("delete_record", "delete", "delete", footer="key.delete_record", show=False,
                         no_palette="acts on the list that has the focus")
MOVE_UP = _command("move_up", "move(-1)", "shift+up", footer="key.move_up", show=False,
                   no_palette="acts on the list that has the focus")
MOVE_DOWN = _command("move_down", "move(1)", "shift+down", footer="key.move_down", show=False,
                     no_palette="acts on the list that has the focus")

# ------------------------------------------------------------------------------------------ outputs, dialogs

EXPORT = _command("export", "export", "x", footer="key.export",
                  no_palette="exports the output on screen; the palette has 'export everything'", typed=ON_THE_SCREEN)
DONE = _command("done", "done", "ctrl+s", footer="key.done", show=False, no_palette="closes the open dialog")
BACK = _command("back", "back", "escape", footer="key.back", no_palette="Escape leaves every screen")
CLOSE = _command("close", "close", "escape", footer="key.close", no_palette="Escape leaves every screen")
CANCEL = _command("cancel", "cancel", "escape", footer="key.cancel", no_palette="Escape leaves every screen")

# ------------------------------------------------------------------------------------------ the case table

_IN_TABLE = "moves in the home screen's table of cases"
CASES_UP = _command("cases.up", "cursor(-1)", "up", show=False, no_palette=_IN_TABLE)
CASES_DOWN = _command("cases.down", "cursor(1)", "down", show=False, no_palette=_IN_TABLE)
CASES_PAGE_UP = _command("cases.page_up", "page(-1)", "pageup", show=False, no_palette=_IN_TABLE)
CASES_PAGE_DOWN = _command("cases.page_down", "page(1)", "pagedown", show=False, no_palette=_IN_TABLE)
CASES_LEFT = _command("cases.left", "scroll_left", "left", show=False, no_palette=_IN_TABLE)
CASES_RIGHT = _command("cases.right", "scroll_right", "right", show=False, no_palette=_IN_TABLE)
CASES_FIRST = _command("cases.first", "first", "home", show=False, no_palette=_IN_TABLE)
CASES_LAST = _command("cases.last", "last", "end", show=False, no_palette=_IN_TABLE)
CASES_OPEN = _command("cases.open", "select", "enter", show=False, no_palette="opens the case selected in the table")

COMMANDS: tuple[Command, ...] = (
    NEW_CASE, IMPORT_CASE, EXPORT_ALL, LANGUAGE, THEME, HELP, PRIVACY, KEYS, QUIT, PALETTE,
    DESCRIBE_CASE, TOGGLE_CASE, KEEP_UNTIL, DELETE_CASE, PREVIEW,
    NEXT_PART, PREVIOUS_PART, REVIEW, HOME, REPLACE_IDENTIFIERS, ADD_RECORD, DELETE_RECORD, MOVE_UP, MOVE_DOWN,
    EXPORT, DONE, BACK, CLOSE, CANCEL,
    CASES_UP, CASES_DOWN, CASES_PAGE_UP, CASES_PAGE_DOWN, CASES_LEFT, CASES_RIGHT, CASES_FIRST, CASES_LAST, CASES_OPEN,
)
"""Every command, in the order the palette offers them after the pack's steps."""

PALETTE_COMMANDS: tuple[Command, ...] = tuple(c for c in COMMANDS if c.palette)
BY_ID: dict[str, Command] = {command.id: command for command in COMMANDS}
PACK_COMMANDS = "one 'go to' per step and part of the pack: too many, and changing with the pack, for keys"
"""Why the palette's commands that go to a step or a part have no key."""
