"""Closing the terminal window (SIGHUP) or a polite kill (SIGTERM): save everything first, then quit."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bouwsteen_tui.app import BouwsteenApp

SIGNALS = (signal.SIGHUP, signal.SIGTERM) if hasattr(signal, "SIGHUP") else ()
WATCHDOG_SECONDS = 3.0  # how long the exit may hang on a terminal that has gone before the process ends itself


class SaveOnSignal:
    """Handles SIGHUP and SIGTERM for ``app`` while it runs: save, write a rescue copy if need be, exit."""

    def __init__(self, app: BouwsteenApp) -> None:
        self.app = app

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread may handle signals (some test harnesses run the app elsewhere)
        loop = asyncio.get_running_loop()
        for number in SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not on this platform
                loop.add_signal_handler(number, self.terminate, number)

    def remove(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for number in SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(number)

    def terminate(self, number: int) -> None:
        """Save everything now, before touching the terminal (which may be gone), then exit.

        Nobody can be asked anything: answers that cannot be written go to a rescue copy in the default export
        folder. A watchdog ends the process if the exit itself hangs on a terminal that has gone.
        """
        app = self.app
        app.exit_signal = number
        try:
            if app.ready:
                app.save_open_screens()
                app.session.flush(5.0)
                if app.session.unsaved():
                    from bouwsteen_tui.core.ledger import new_folders, record_tree
                    from bouwsteen_tui.screens.preview import default_export_dir

                    with contextlib.suppress(OSError):
                        created = new_folders(default_export_dir())
                        app.rescue_folder = app.session.write_rescue_copy(
                            default_export_dir(), prefix=app.catalog("unsaved.prefix"))
                        record_tree(app.session.workspace.root, app.rescue_folder, "rescue", created)  # for wipe
        finally:
            watchdog = threading.Timer(WATCHDOG_SECONDS, os._exit, (128 + number,))
            watchdog.daemon = True
            watchdog.start()
            app.exit(return_code=128 + number)
