"""Browser mode: the wizard served on this machine through textual-serve, without the internet.

Every browser tab that opens the page starts its own ``bouwsteen`` process (textual-serve runs the command per
connection) on the same workspace: the first one writes, the others open it read-only, as a second terminal
window would. The server listens on the loopback address only.

textual-serve's own page loads its font from a font CDN; Bouwsteen's page (``web/app_index.html``) loads the
same font from textual-serve's local static folder instead, so that nothing is fetched from outside.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).resolve().parent / "web"


class BouwsteenServer(Server):
    """textual-serve's server with Bouwsteen's offline page, translated, and its own start-up message."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        page: Mapping[str, str],
        language: str,
        announce: Callable[[], object],
    ) -> None:
        super().__init__(command, host=host, port=port, title=page.get("title", "Bouwsteen"),
                         templates_path=TEMPLATES)
        self._page = dict(page)
        self._language = language
        self._announce = announce

    def initialize_logging(self) -> None:
        # Only problems: the access log would name every request, and nothing here needs more.
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

    async def on_startup(self, app: web.Application) -> None:
        self._announce()

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page: the terminal, pointed at this server's websocket and static folder."""
        router = request.app.router
        try:
            font_size = int(request.query.get("fontsize", "16"))
        except ValueError:
            font_size = 16
        static = f"{self.public_url}{router['static'].url_for(filename='/')}".rstrip("/") + "/"
        websocket = "ws:" + f"{self.public_url}{router['websocket'].url_for()}".split(":", 1)[1]
        return {
            "font_size": font_size,
            "app_websocket_url": websocket,
            "config": {"static": {"url": static}},
            "application": {"name": self.title},
            "page": self._page,
            "language": self._language,
        }


def serve(
    command: str,
    *,
    host: str,
    port: int,
    page: Mapping[str, str],
    language: str,
    announce: Callable[[], object],
) -> None:
    """Serve ``command`` (a shell command line that starts the wizard) until Ctrl+C or SIGTERM.

    Raises ``OSError`` when the port cannot be opened (for instance when it is in use).
    """
    BouwsteenServer(command, host=host, port=port, page=page, language=language, announce=announce).serve()
