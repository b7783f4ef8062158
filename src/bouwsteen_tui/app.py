"""BouwsteenApp: screens, commands, theme and language. No domain logic lives here."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen
from textual.system_commands import SystemCommandsProvider
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from bouwsteen_tui.i18n import Catalog, choose_language, os_error_text, peek_language
from bouwsteen_tui.i18n.ui import MESSAGES
from bouwsteen_tui.widgets.base import literal, printable

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.timer import Timer

    from bouwsteen_tui.core.content import Pack
    from bouwsteen_tui.core.session import Session
    from bouwsteen_tui.core.workspace import Workspace
    from bouwsteen_tui.widgets.read_only import ReadOnlyMark

HIGH_CONTRAST = Theme(
    name="bouwsteen-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF5555",
    dark=True,
    variables={"text-muted": "#E0E0E0", "footer-key-foreground": "#FFFF00", "border": "#FFFFFF"},
)
DEFAULT_THEME = "textual-dark"
SAVE_NOTICE_SECONDS = 20.0  # as long as a save-failed notice stays on screen: the same one is not given again
WRITER_POLL_SECONDS = 2.0  # how often a read-only window checks whether the writing window has closed


class LiteralCommands(SystemCommandsProvider):
    """The app's commands in the palette, shown literally.

    Textual's own provider reads a command's name and help as markup; ours hold pack text (a step's or a part's
    title), which is data: ``[regio Noord]`` must show as typed, ``[/]`` must not raise.
    """

    @staticmethod
    def _help(text: str) -> str:
        # the palette reads help with Content.from_markup, which passes Content through unchanged
        return cast(str, literal(text))

    async def discover(self) -> Hits:
        commands = sorted(self.app.get_system_commands(self.screen), key=lambda command: command[0])
        for name, help_text, callback, discover in commands:
            if discover:
                yield DiscoveryHit(literal(name), callback, text=name, help=self._help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            content = literal(name)  # without control characters, so the offsets below fit what is shown
            score, offsets = matcher.fuzzy_search.match(query, content.plain)
            if score > 0:
                for offset in offsets:  # the letters that match, marked as the palette marks them
                    if not content.plain[offset].isspace():
                        content = content.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, content, callback, text=name, help=self._help(help_text))


class BouwsteenApp(App[None]):
    """The Bouwsteen wizard.

    The first screen is drawn before the core (pydantic models, the content pack, the workspace) is loaded:
    loading runs on a thread right after the first frame, then the home screen fills in. ``preload=True``
    loads everything up front instead (tests that drive the app straight away).
    """

    CSS_PATH = "app.tcss"
    TITLE = "BOUWSTEEN"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {LiteralCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "key.quit", priority=True, show=False),  # shown on the home screen
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True),
        Binding("ctrl+l", "switch_language", "key.language", show=False),
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
        self._requested_language = language
        self.ui_language = choose_language(language, peek_language(self.workspace_dir))
        self.catalog = Catalog(self.ui_language, MESSAGES)
        self._translate_app_bindings()
        self._session: Session | None = None
        self.load_error = ""
        self.rescue_folder: Path | None = None  # where a rescue copy was written on quit, to say so after exit
        self.exit_signal: int | None = None  # SIGHUP or SIGTERM that ended the app
        self._read_only_mark: ReadOnlyMark | None = None
        self._event_loop: asyncio.AbstractEventLoop | None = None  # for the saver's thread to reach the interface
        self.last_save_reason = ""  # why the last save failed, in the interface's language
        self._last_save_notice = ("", 0.0)  # the last save-failed notice and when it was given
        self._writer_watch: Timer | None = None
        self.register_theme(HIGH_CONTRAST)
        self.theme = DEFAULT_THEME
        if preload:
            self._loaded(self._load())

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

    def _translate_app_bindings(self) -> None:
        from bouwsteen_tui.widgets.base import localize_bindings

        localize_bindings(self)

    def _load_pack(self, language: str) -> Pack:
        from bouwsteen_tui.core.content import builtin_pack_dir, load_pack_or_raise

        folder = self.content_dir if self.content_dir is not None else builtin_pack_dir(language)
        return load_pack_or_raise(folder)

    def _load(self) -> Session:
        """Open the workspace, load the content pack and the documents (runs on a thread)."""
        from bouwsteen_tui.core.session import Session
        from bouwsteen_tui.core.workspace import Workspace

        workspace = Workspace.open(self.workspace_dir)
        pack = self._load_pack(self.ui_language)
        return Session(pack, workspace, background=self._background, on_save_error=self._save_failed)

    def _loaded(self, session: Session) -> None:
        self._session = session
        if self._requested_language and self._requested_language != session.settings.language:
            session.set_language(self.ui_language)
        if session.settings.theme in self.available_themes:
            self.theme = session.settings.theme

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

    def on_mount(self) -> None:
        from bouwsteen_tui.screens.home import HomeScreen

        self._event_loop = asyncio.get_running_loop()
        self._install_signal_handlers()
        self.push_screen(HomeScreen())
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
        self._announce_problems()
        self._watch_read_only()
        # What exists now (Textual, pydantic, the pack, the home screen) lives as long as the app: keep it out of
        # the garbage collector's full passes, which otherwise stall typing for ~40 ms now and then.
        self.call_after_refresh(gc.freeze)
        if (resume := self.session.resume_point()) is not None:
            from bouwsteen_tui.screens.step import StepScreen

            step, position = resume
            self.push_screen(StepScreen(step, position.case_code, position.part_index))

    def _announce_problems(self) -> None:
        t = self.catalog
        if self.workspace.read_only:
            if self.workspace.in_use:
                text = t("notice.read_only", root=self.workspace.root)
            else:  # the folder could not be created or locked: the cause in the user's language
                kind = self.workspace.read_only_kind
                reason = os_error_text(t, kind) if kind else self.workspace.read_only_reason
                text = t("notice.read_only_other", root=self.workspace.root, reason=reason)
            self.notify(text, title=t("notice.read_only_title"), severity="warning", timeout=30, markup=False)
        for problem in self.workspace.problems:
            reason = t(f"problem.{problem.kind}", file=problem.file, name=problem.detail)
            if problem.set_aside_to is not None:
                text = t("notice.set_aside", file=problem.file, reason=reason, target=problem.set_aside_to)
            else:
                text = t("notice.not_loaded", file=problem.file, reason=reason)
            self.notify(text, title=t("notice.problem_title"), severity="warning", timeout=30, markup=False)

    def _save_failed(self, path: Path, error: Exception) -> None:
        """Called by the saver (possibly on its thread): tell the user, keep the answers in memory."""
        from bouwsteen_tui.core.workspace import ReadOnlyWorkspace, WorkspaceError

        if isinstance(error, WorkspaceError) and not isinstance(error, ReadOnlyWorkspace) and error.reason:
            code = getattr(error.__cause__, "errno", None)  # the reason in the user's language, not strerror
            reason_text = os_error_text(self.catalog, error.kind, code)
            message = self.catalog("notice.save_failed", file=error.path or path, reason=reason_text)
        elif isinstance(error, ReadOnlyWorkspace):  # a file left untouched (newer, a link …), or a read-only window
            reason_text = self.catalog("save.untouched")
            message = self.catalog("notice.save_failed_untouched", file=path)
        else:
            reason_text = str(error)
            message = self.catalog("notice.save_failed", file=path, reason=error)
        self.last_save_reason = reason_text
        now = time.monotonic()
        if message == self._last_save_notice[0] and now - self._last_save_notice[1] < SAVE_NOTICE_SECONDS:
            return  # the same failure again (every autosave retries): one notice on screen is enough
        self._last_save_notice = (message, now)
        if threading.get_ident() == self._thread_id:
            self.notify(message, severity="error", timeout=SAVE_NOTICE_SECONDS, markup=False)
        elif self._event_loop is not None:
            # Never wait for the interface from the saver's thread: the interface may itself be waiting for the
            # saver (quitting flushes it), and call_from_thread would then block both until the flush times out.
            with contextlib.suppress(RuntimeError):  # the loop has closed: the app is gone
                self._event_loop.call_soon_threadsafe(
                    partial(self.notify, message, severity="error", timeout=SAVE_NOTICE_SECONDS, markup=False))

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
        self._remove_signal_handlers()
        if self.ready:
            self.save_open_screens()
            self.session.close()

    # ----------------------------------------------------------------------------------- signals

    _SIGNALS = (signal.SIGHUP, signal.SIGTERM) if hasattr(signal, "SIGHUP") else ()

    def _install_signal_handlers(self) -> None:
        """Closing the terminal window (SIGHUP) or a polite kill (SIGTERM) saves first, then quits."""
        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread may handle signals (some test harnesses run the app elsewhere)
        import asyncio

        loop = asyncio.get_running_loop()
        for number in self._SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not on this platform
                loop.add_signal_handler(number, self._terminate, number)

    def _remove_signal_handlers(self) -> None:
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for number in self._SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(number)

    def _terminate(self, number: int) -> None:
        """Save everything now, before touching the terminal (which may be gone), then exit.

        Nobody can be asked anything: answers that cannot be written go to a rescue copy in the default export
        folder. A watchdog ends the process if the exit itself hangs on a terminal that has gone.
        """
        self.exit_signal = number
        try:
            if self.ready:
                self.save_open_screens()
                self.session.flush(5.0)
                if self.session.unsaved():
                    from bouwsteen_tui.screens.preview import default_export_dir

                    with contextlib.suppress(OSError):
                        self.rescue_folder = self.session.write_rescue_copy(
                            default_export_dir(), prefix=self.catalog("unsaved.prefix"))
        finally:
            watchdog = threading.Timer(3.0, os._exit, (128 + number,))
            watchdog.daemon = True
            watchdog.start()
            self.exit(return_code=128 + number)

    # ----------------------------------------------------------------------------------- read-only windows

    def _watch_read_only(self) -> None:
        """A read-only window says so in every header; one that waits for another window offers to take over."""
        if not self.workspace.read_only:
            return
        from bouwsteen_tui.widgets.read_only import ReadOnlyMark

        if self._read_only_mark is None:
            self._read_only_mark = ReadOnlyMark(self, self.catalog("read_only.tag"))
            self._read_only_mark.start()
        if self.workspace.in_use and self._writer_watch is None:
            self._writer_watch = self.set_interval(WRITER_POLL_SECONDS, self._check_writer, name="writer watch")

    def refuse_read_only(self) -> bool:
        """``True`` (and the user is told why) when this window may not change anything."""
        if not self.ready or not self.workspace.read_only:
            return False
        if self.workspace.in_use:
            text = self.catalog("read_only.refused")
        else:
            text = self.catalog("read_only.refused_other", reason=self.workspace.read_only_reason)
        self.notify(text, title=self.catalog("notice.read_only_title"), severity="warning", timeout=8)
        return True

    def _check_writer(self) -> None:
        from bouwsteen_tui.dialogs.confirm import ConfirmDialog

        if not self.ready or not self.workspace.writer_gone():
            return
        if self._writer_watch is not None:
            self._writer_watch.stop()
            self._writer_watch = None
        t = self.catalog
        self.push_screen(ConfirmDialog(t("takeover.title"), t("takeover.body", root=self.workspace.root),
                                       t("takeover.yes")), self._after_takeover_question)

    async def _after_takeover_question(self, yes: bool | None) -> None:
        if not yes:  # the user keeps this window read-only: asked once, not every two seconds
            return
        if not self.workspace.take_over():
            self.notify(self.catalog("takeover.failed"), severity="warning")
            self._writer_watch = self.set_interval(WRITER_POLL_SECONDS, self._check_writer, name="writer watch")
            return
        await self._reload()
        if self._read_only_mark is not None:
            self._read_only_mark.stop()
            self._read_only_mark = None
        self.notify(self.catalog("takeover.done"))

    async def _reload(self) -> None:
        """Read everything from disk again (after taking over from another window) and start at home."""
        from bouwsteen_tui.core.session import Session
        from bouwsteen_tui.screens.home import HomeScreen

        old = self.session
        old.stop_saving()  # it saved nothing (read-only); its workspace, now the writer, goes to the new session
        self._session = Session(old.pack, old.workspace, background=self._background,
                                on_save_error=self._save_failed)
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
            self.push_screen(CommandPalette(id="--command-palette", placeholder=self.catalog("palette.placeholder")))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from bouwsteen_tui.core.content import Scope

        t = self.catalog
        if not self.ready:
            yield SystemCommand(t("cmd.quit"), t("cmd.quit_help"), self.action_quit)
            return
        for step in self.pack.steps:
            if step.scope is Scope.CASE:
                continue
            yield SystemCommand(t("cmd.goto_step", number=step.number, title=step.title), t("cmd.goto_step_help"),
                                partial(self.open_step, step.id, 0))
            for index, part in enumerate(step.parts):
                number = f"{part.number} " if part.number is not None else ""
                yield SystemCommand(t("cmd.goto_part", step=step.number, part=f"{number}{part.title}"),
                                    t("cmd.goto_part_help"), partial(self.open_step, step.id, index), discover=False)
        yield SystemCommand(t("cmd.new_case"), t("cmd.new_case_help"), self.new_case)
        yield SystemCommand(t("cmd.export"), t("cmd.export_help"), self.action_export_all)
        other = "en" if self.ui_language == "nl" else "nl"
        yield SystemCommand(t("cmd.language", language=t(f"language.{other}")), t("cmd.language_help"),
                            self.action_switch_language)
        yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), self.action_toggle_contrast)
        yield SystemCommand(t("cmd.help"), t("cmd.help_help"), self.action_help)
        yield SystemCommand(t("cmd.privacy"), t("cmd.privacy_help"), self.action_privacy)
        yield SystemCommand(t("cmd.keys"), t("cmd.keys_help"), self.action_show_help_panel)
        yield SystemCommand(t("cmd.quit"), t("cmd.quit_help"), self.action_quit)

    def _home(self) -> Screen[object]:
        from bouwsteen_tui.screens.home import HomeScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        return self.screen

    def open_step(self, step_id: str, part_index: int = 0, case_code: str = "") -> None:
        from bouwsteen_tui.screens.step import StepScreen

        self._home()
        self.push_screen(StepScreen(self.pack.step(step_id), case_code, part_index))

    def new_case(self) -> None:
        from bouwsteen_tui.screens.home import HomeScreen

        home = self._home()
        if isinstance(home, HomeScreen):
            home.action_new_case()

    def action_toggle_contrast(self) -> None:
        self.theme = DEFAULT_THEME if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name
        if self.ready:
            self.session.set_theme(self.theme)

    def action_help(self) -> None:
        if not self.ready:
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
        from bouwsteen_tui.screens.preview import ExportDialog

        self.save_open_screens()
        self.push_screen(ExportDialog(None))

    async def action_switch_language(self) -> None:
        """Switch the interface (and the built-in content) to the other language, keeping the position."""
        if not self.ready:
            return
        self.save_open_screens()
        self.session.flush()
        language = "en" if self.ui_language == "nl" else "nl"
        pack = self.pack if self.content_dir is not None else self._load_pack(language)
        self.ui_language = language
        self.catalog = Catalog(language, MESSAGES)
        self._bindings = self._merged_bindings.copy() if self._merged_bindings is not None else self._bindings
        self._translate_app_bindings()
        self.session.pack = pack
        self.session.set_language(language)
        while len(self.screen_stack) > 1:
            self.pop_screen()
        from bouwsteen_tui.screens.home import HomeScreen

        home = HomeScreen()
        await self.push_screen(home)
        home.setup()
        if (resume := self.session.resume_point()) is not None:
            from bouwsteen_tui.screens.step import StepScreen

            step, position = resume
            await self.push_screen(StepScreen(step, position.case_code, position.part_index))
        self.notify(self.catalog("notice.language"))


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
