"""BouwsteenApp: screens, commands, theme and language. No domain logic lives here."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.content import Content
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from bouwsteen_tui import commands
from bouwsteen_tui.app.keymap import KeymapProblem, checked_keymap, key_label
from bouwsteen_tui.app.keys import toggle_keys
from bouwsteen_tui.app.loading import collect_garbage_again, pack_folder, remember_home
from bouwsteen_tui.app.notices import WorkspaceNotices
from bouwsteen_tui.app.palette import LiteralCommands, Palette, system_commands
from bouwsteen_tui.app.read_only import ReadOnlyWindow
from bouwsteen_tui.app.signals import SaveOnSignal
from bouwsteen_tui.app.themes import DEFAULT_THEME, HIGH_CONTRAST
from bouwsteen_tui.i18n import Catalog, choose_language, peek_language, peek_settings
from bouwsteen_tui.i18n.ui import MESSAGES
from bouwsteen_tui.widgets.base import printable

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from bouwsteen_tui.core.content import Pack
    from bouwsteen_tui.core.home_cache import HomeView
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.core.summaries import CaseSummary
    from bouwsteen_tui.core.workspace import Workspace


class BouwsteenApp(App[None]):
    """The Bouwsteen wizard. Its first frame, the home screen, comes before the core (pydantic models, the pack, the
    workspace) is loaded on a thread: drawn from its cache (``start_view``, core/home_cache.py), else filled in once
    the core is loaded. ``preload=True`` loads everything up front instead (tests that drive the app at once)."""

    # the home screen's too: the app's first screen (get_default_screen), which Textual gives no style sheet of its own
    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "../screens/home.tcss"]
    TITLE = "BOUWSTEEN"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {LiteralCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        commands.QUIT.binding(),  # shown on the home screen
        commands.PALETTE.binding(),
        commands.LANGUAGE.binding(),
    ]

    def __init__(
        self,
        workspace: Path,
        *,
        content: Path | None = None,
        language: str | None = None,
        background_saves: bool = True,
        preload: bool = False,
        timer_minutes: int | None = None,
    ) -> None:
        super().__init__()
        self.timer_minutes = timer_minutes  # an exercise timer in the header (workshops)
        self.workspace_dir = Path(workspace)
        self.content_dir = content
        self._background = background_saves
        settings = peek_settings(self.workspace_dir)  # read cheaply: the core checks the file once it is loaded
        self.ui_language = choose_language(language, peek_language(self.workspace_dir, settings))
        self.catalog = Catalog(self.ui_language, MESSAGES)
        self._session: Session | None = None
        self.load_error = ""
        self.rescue_folder: Path | None = None  # where a rescue copy was written on quit, to say so after exit
        self.exit_signal: int | None = None  # SIGHUP or SIGTERM that ended the app
        self.read_only_window = ReadOnlyWindow(self)
        self.signals = SaveOnSignal(self)
        self.keymap_problems: list[KeymapProblem] = []  # entries of settings.toml's [keymap] left out
        self.user_keys: dict[str, str] = {}  # the entries of settings.toml's [keymap] that apply
        self.notices = WorkspaceNotices(self)
        self.register_theme(HIGH_CONTRAST)
        theme = settings.get("theme")
        self.theme = theme if isinstance(theme, str) and theme in self.available_themes else DEFAULT_THEME
        self.start_view: HomeView | None = None
        self._index: dict[str, CaseSummary] | None = None
        self._asked_before_load: Callable[[], object] | None = None
        if preload:
            self._loaded(self._load())
        else:
            from bouwsteen_tui.core.home_cache import read_start, read_start_index

            self._index = read_start_index(self.workspace_dir)  # for the session too: one copy of the summaries
            self.start_view = read_start(self.workspace_dir, self.pack_dir, self.ui_language, settings, self._index)

    @property
    def ready(self) -> bool:
        """Whether the core is loaded (the session exists)."""
        return self._session is not None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the workspace is not loaded yet")
        return self._session

    @property
    def pack(self) -> Pack:
        return self.session.pack

    @property
    def workspace(self) -> Workspace:
        return self.session.workspace

    @property
    def pack_dir(self) -> Path:
        """The folder of the content pack shown: the one named, else the built-in pack in the interface language."""
        return pack_folder(self.content_dir, self.ui_language)

    def _load_pack(self, language: str) -> Pack:
        from bouwsteen_tui.core.loader import load_pack_or_raise

        return load_pack_or_raise(pack_folder(self.content_dir, language))

    def _load(self) -> Session:
        """Open the workspace, load the content pack and the documents (runs on a thread)."""
        from bouwsteen_tui.core.session import Session
        from bouwsteen_tui.core.workspace import Workspace

        workspace = Workspace.open(self.workspace_dir)
        pack = self._load_pack(self.ui_language)
        session = Session(pack, workspace, background=self._background, on_save_error=self._save_failed,
                          content_dir=self.content_dir, index=self._index)
        self._index = None
        remember_home(self, session)
        return session

    def _loaded(self, session: Session) -> None:
        self.start_view = None  # the session's own view replaces it (its summaries are the session's)
        self._session = session  # a --lang (or BOUWSTEEN_LANG) holds for this run only: nothing is written
        if session.settings.theme in self.available_themes:
            self.theme = session.settings.theme
        self.user_keys, self.keymap_problems = checked_keymap(session.settings.keymap)
        self.set_keymap(self.user_keys)  # the user's own keys (Textual's keymap), by the commands' binding ids

    def key_for(self, command: commands.Command) -> str:
        """The key that runs ``command`` now, written for people ("Ctrl+O", or the user's own from [keymap])."""
        return key_label(self.user_keys.get(command.id, command.key))

    # ----------------------------------------------------------------------------------- start and stop

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification (of the app and of its screens) goes out with identifiers masked."""
        from bouwsteen_tui.core.privacy import mask

        super().notify(mask(message), title=mask(title), severity=severity, timeout=timeout, markup=markup)

    def get_default_screen(self) -> Screen[Any]:
        """The home screen is the app's first screen: composed with the app, its first frame is the app's first."""
        from bouwsteen_tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self.notices.started()
        self.signals.install()
        self.call_after_refresh(collect_garbage_again)  # turned off until the first frame (cli/commands/wizard.py)
        if self.timer_minutes:
            from bouwsteen_tui.widgets.timer import ExerciseTimer

            self.exercise_timer = ExerciseTimer(self, seconds=self.timer_minutes * 60)
            self.exercise_timer.start()
        if self.ready:
            self._start()
        else:
            self.call_after_refresh(self._start_loading)

    def _start_loading(self) -> None:
        self.run_worker(self._load, thread=True, name="load", group="load", exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "load":
            return
        if event.state is WorkerState.SUCCESS and event.worker.result is not None:
            self._loaded(event.worker.result)
            self._start()
        elif event.state is WorkerState.ERROR:
            self.load_error = str(event.worker.error)
            self.notify(self.catalog("notice.load_failed", error=self.load_error), severity="error", timeout=60,
                        markup=False)

    def _start(self) -> None:
        """The core is loaded: fill the home screen, say what went wrong, resume where the user was."""
        from bouwsteen_tui.screens.home import HomeScreen

        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen) and screen.is_mounted:
                screen.setup()  # an unmounted one sets itself up when it mounts
        self.notices.announce_problems()
        self.read_only_window.watch()
        # What exists now (Textual, pydantic, the pack, the home screen) lives as long as the app: keep it out of
        # the garbage collector's full passes, which otherwise stall typing for ~40 ms now and then.
        self.call_after_refresh(gc.freeze)
        if (resume := self.session.resume_point()) is not None:
            from bouwsteen_tui.screens.step import StepScreen

            step, position = resume
            self.push_screen(StepScreen(step, position.case_code, position.part_index))
        if (asked := self._asked_before_load) is not None:
            self._asked_before_load = None
            asked()

    def _save_failed(self, path: Path, error: Exception) -> None:
        """Called by the saver (possibly on its thread): tell the user, keep the answers in memory."""
        self.notices.save_failed(path, error)

    @property
    def last_save_reason(self) -> str:
        """Why the last save failed, in the interface's language."""
        return self.notices.last_save_reason

    def save_open_screens(self) -> None:
        """Make every open step screen save what it holds, and every open dialog its draft."""
        for screen in self.screen_stack:
            save_now = getattr(screen, "save_now", None)  # step screens; no import needed to ask
            if callable(save_now):
                save_now()

    async def action_quit(self) -> None:
        """Quit, after saving; when some answers could not be saved, ask what to do with them first."""
        if self.ready:
            self.save_open_screens()
            self.session.flush()
            if self.session.unsaved():
                from bouwsteen_tui.dialogs.unsaved import UnsavedDialog
                from bouwsteen_tui.screens.preview import default_export_dir

                if not isinstance(self.screen, UnsavedDialog):
                    self.push_screen(UnsavedDialog(default_export_dir()), self._after_unsaved)
                return
        self.exit()

    def _after_unsaved(self, outcome: Path | bool | None) -> None:
        if isinstance(outcome, Path):
            self.rescue_folder = outcome
            self.exit()
        elif outcome is True:
            self.exit()
        elif self.ready and not self.session.unsaved():
            self.notify(self.catalog("unsaved.saved"))

    def on_unmount(self) -> None:
        self.signals.remove()
        if self.ready:
            self.save_open_screens()
            if self.session.flush():
                remember_home(self, self.session)
            self.session.close()

    # ----------------------------------------------------------------------------------- read-only windows

    def refuse_read_only(self) -> bool:
        """``True`` (and the user is told why) when this window may not change anything."""
        return self.read_only_window.refuse()

    async def reload(self) -> None:
        """Read everything from disk again (after taking over from another window) and start at home."""
        from bouwsteen_tui.core.session import Session
        from bouwsteen_tui.screens.home import HomeScreen

        old = self.session
        old.stop_saving()  # it saved nothing (read-only); its workspace, now the writer, goes to the new session
        self._session = Session(old.pack, old.workspace, background=self._background,
                                on_save_error=self._save_failed, content_dir=self.content_dir)
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if isinstance(self.screen, HomeScreen):
            self.screen.setup()

    # ----------------------------------------------------------------------------------- commands

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title and sub-title (a step's title, a case's description): literal, as Textual shows them,
        and without control characters, which would reach the terminal."""
        return super().format_title(printable(title), printable(sub_title))

    def action_command_palette(self) -> None:
        if not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(id="--command-palette", placeholder=self.catalog("palette.placeholder")))

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual's "Do you want to quit?", in English): how to quit, in the interface language."""
        self.notify(self.catalog("quit.hint", key=self.key_for(commands.QUIT)), title=self.catalog("quit.hint_title"),
                    markup=False)

    def action_show_help_panel(self) -> None:
        """The palette's "Toetsen": the app's own key list (Textual's panel is English), or close it again."""
        toggle_keys(self)

    def action_hide_help_panel(self) -> None:
        toggle_keys(self, open_it=False)

    def get_key_display(self, binding: Binding) -> str:
        """A key as the footer shows it: Textual's short form, with "space" in the interface language."""
        shown = super().get_key_display(binding)
        return self.catalog("key.space").lower() if shown == "space" else shown

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        return system_commands(self, screen)

    def _home(self) -> Screen[object]:
        from bouwsteen_tui.screens.home import HomeScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        return self.screen

    def open_step(self, step_id: str, part_index: int = 0, case_code: str = "") -> None:
        from bouwsteen_tui.screens.step import StepScreen

        self._home()
        self.push_screen(StepScreen(self.pack.step(step_id), case_code, part_index))

    def action_new_case(self) -> None:
        """A new case, from wherever the user is (the palette): go home and ask for its description there."""
        from bouwsteen_tui.screens.home import HomeScreen

        home = self._home()
        if isinstance(home, HomeScreen):
            home.action_new_case()

    def action_import_case(self) -> None:
        """Import a case file, from wherever the user is (the palette): go home and pick the file there."""
        from bouwsteen_tui.screens.home import HomeScreen

        home = self._home()
        if isinstance(home, HomeScreen):
            home.action_import_case()

    def action_toggle_contrast(self) -> None:
        self.theme = DEFAULT_THEME if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name
        if self.ready:
            self.session.set_theme(self.theme)

    def action_help(self) -> None:
        if not self.ready:  # F1 on the home screen drawn before the core is loaded: the help opens once it is
            self._asked_before_load = self.action_help
            return
        from bouwsteen_tui.screens.help import HelpScreen
        from bouwsteen_tui.screens.step import StepScreen

        question = self.screen.focused_question() if isinstance(self.screen, StepScreen) else None
        self.push_screen(HelpScreen(question.question if question is not None else None))

    def action_privacy(self) -> None:
        from bouwsteen_tui.screens.help import PrivacyScreen

        self.push_screen(PrivacyScreen())

    def action_preview(self, target: str) -> None:
        from bouwsteen_tui.screens.preview import PreviewScreen

        self.push_screen(PreviewScreen(target))

    def action_export_all(self) -> None:
        from bouwsteen_tui.dialogs.export import ExportDialog

        self.save_open_screens()
        self.push_screen(ExportDialog(None))

    async def action_switch_language(self) -> None:
        """Switch the interface (and the built-in content) to the other language, keeping the position."""
        from bouwsteen_tui.app.language import switch_language

        await switch_language(self)


def run_app(*, workspace: Path, content: Path | None, language: str | None, timer_minutes: int | None = None) -> int:
    """Run the wizard; returns the exit code."""
    app = BouwsteenApp(workspace, content=content, language=language, timer_minutes=timer_minutes)
    app.run()
    if app.rescue_folder is not None:
        root = app.workspace_dir
        print(app.catalog("unsaved.rescued", folder=app.rescue_folder, root=root), flush=True)
    if app.exit_signal is not None:
        return 128 + app.exit_signal
    return app.return_code or 0
