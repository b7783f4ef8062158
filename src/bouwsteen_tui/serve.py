"""Browser mode: the wizard served on this machine through textual-serve, without the internet.

Every browser tab that opens the page starts its own ``bouwsteen`` process (textual-serve runs the command per
connection) on the same workspace: the first one writes, the others open it read-only, as a second terminal
window would. The server listens on the loopback address only.

Loopback is not private: every user account on the machine can reach it, and so can a web page in the owner's
browser. So, as Jupyter does, each start draws a fresh random secret (``secrets.token_urlsafe(32)``) that only the
printed address carries (``http://127.0.0.1:PORT/?token=...``). :class:`Guard` answers 403 to every request
without it (the page, the static folder, the websocket, any other path), compares it in constant time, refuses
a request whose ``Origin`` is not this server's page (a foreign web page) or whose ``Host`` is not
127.0.0.1/localhost on this port (DNS rebinding). The page passes the secret on in the addresses it names (the
websocket and the static files), not in a cookie: browsers send the cookies of 127.0.0.1 to *every* port on it,
so a cookie would reach any other local user's server that the browser is led to. The secret is never logged:
there is no access log, and nothing else writes a request's address.

textual-serve's own page loads its font from a font CDN; Bouwsteen's page (``web/app_index.html``) loads the
same font from textual-serve's local static folder instead, so that nothing is fetched from outside.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hmac
import logging
import os
import secrets
import signal
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).resolve().parent / "web"
TOKEN_PARAMETER = "token"
SESSION_ROUTE = "session"  # the websocket, with the secret in its path (textual.js appends its own query)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def new_secret() -> str:
    """A fresh secret for one start of the server: 32 random bytes, URL-safe."""
    return secrets.token_urlsafe(32)


class Guard:
    """Who may use the server: requests that carry the secret, for this host and port, from no foreign page."""

    def __init__(self, secret: str, refusal: str) -> None:
        self._secret = secret.encode("utf-8")
        self._refusal = refusal
        self.port = 0  # set once the port is bound; until then nothing is let in

    def hosts(self) -> frozenset[str]:
        """The ``Host`` headers (and ``Origin`` hosts) this server answers to."""
        return frozenset({f"127.0.0.1:{self.port}", f"localhost:{self.port}"})

    def origins(self) -> frozenset[str]:
        """The only web origins whose pages may talk to this server."""
        return frozenset(f"http://{host}" for host in self.hosts())

    def holds_secret(self, request: web.Request) -> bool:
        """Whether the request carries the secret (in the query, or in the websocket's path), compared in
        constant time."""
        offered = request.match_info.get(TOKEN_PARAMETER) or request.query.get(TOKEN_PARAMETER) or ""
        return hmac.compare_digest(offered.encode("utf-8"), self._secret)

    def allows(self, request: web.Request) -> bool:
        """Whether ``request`` may be answered."""
        if not self.port or request.headers.get("Host", "") not in self.hosts():
            return False
        origin = request.headers.get("Origin")
        if origin is not None and origin not in self.origins():
            return False
        return self.holds_secret(request)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self.allows(request):
            return web.Response(status=403, text=self._refusal, headers={"Cache-Control": "no-store"})
        response = await handler(request)
        if not response.prepared:  # (the websocket's answer went out long before)
            # The page's address holds the secret: never pass it on as a referrer, never let a frame show it.
            response.headers.setdefault("Referrer-Policy", "no-referrer")
            response.headers.setdefault("X-Frame-Options", "DENY")
            response.headers.setdefault("Cache-Control", "no-store")
        return response


async def port_answers(host: str, port: int, timeout: float = 1.0) -> bool:
    """Whether something already answers on ``host:port`` (another ``serve``, another server).

    Binding alone does not always tell: aiohttp sets ``SO_REUSEADDR``, with which some systems (macOS, the BSDs)
    let a server bind 127.0.0.1 on a port that another one holds on every address. Port 0 is always free.
    """
    if not port:
        return False
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


class BouwsteenServer(Server):
    """textual-serve's server with Bouwsteen's offline page, translated, behind a secret, with its own start-up
    message."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        page: Mapping[str, str],
        language: str,
        announce: Callable[[str], object],
        secret: str | None = None,
    ) -> None:
        super().__init__(command, host=host, port=port, title=page.get("title", "Bouwsteen"),
                         templates_path=TEMPLATES)
        self._page = dict(page)
        self._language = language
        self._announce = announce
        self._secret = secret or new_secret()
        self.guard = Guard(self._secret, self._page.get("forbidden", "403 Forbidden"))

    @property
    def url(self) -> str:
        """The address to open: the only one the server answers, as it carries the secret."""
        return f"{self.public_url}/?{TOKEN_PARAMETER}={quote(self._secret)}"

    def initialize_logging(self) -> None:
        # Only problems: the access log would name every request (and so the secret), and nothing here needs more.
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

    async def on_startup(self, app: web.Application) -> None:
        """Nothing: the address is announced once the port is bound (:meth:`start`)."""

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard.middleware)
        app.router.add_get(f"/ws/{{{TOKEN_PARAMETER}}}", self.handle_websocket, name=SESSION_ROUTE)
        return app

    async def start(self) -> web.AppRunner:
        """Bind the port (``0``: a free one) and start answering; returns the runner to clean up.

        Raises ``OSError`` when the port cannot be opened, ``EADDRINUSE`` when something already answers on it:
        all before anything is announced, so a second ``serve`` never claims to run.
        """
        if await port_answers(self.host, self.port):
            raise OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE))
        runner = web.AppRunner(await self._make_app(), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self.port = int(runner.addresses[0][1])
        self.public_url = f"http://{self.host}:{self.port}"
        self.guard.port = self.port
        return runner

    async def run(self) -> None:
        """Serve until SIGINT or SIGTERM."""
        runner = await self.start()
        try:
            stopped = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signal_number in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError):
                    loop.add_signal_handler(signal_number, stopped.set)
            self._announce(self.url)
            await stopped.wait()
        finally:
            await runner.cleanup()

    def serve(self, debug: bool = False) -> None:
        self.debug = debug
        self.initialize_logging()
        asyncio.run(self.run())

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page: the terminal, pointed at this server's websocket and static folder, both with the secret."""
        router = request.app.router
        try:
            font_size = int(request.query.get("fontsize", "16"))
        except ValueError:
            font_size = 16
        secret = quote(self._secret)
        # The host the browser asked for (the guard let only 127.0.0.1 or localhost on this port through), so that
        # the page's fonts and websocket are of its own origin.
        base = f"http://{request.host}"
        static = f"{base}{router['static'].url_for(filename='/')}".rstrip("/") + "/"
        session = router[SESSION_ROUTE].url_for(**{TOKEN_PARAMETER: self._secret})
        websocket = f"ws://{request.host}{session}"
        return {
            "font_size": font_size,
            "app_websocket_url": websocket,
            "config": {"static": {"url": static}},
            "asset_query": f"?{TOKEN_PARAMETER}={secret}",
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
    announce: Callable[[str], object],
) -> None:
    """Serve ``command`` (a shell command line that starts the wizard) until Ctrl+C or SIGTERM.

    ``port`` 0 takes a free port. ``announce`` is called with the address to open (which holds the secret) once
    the port is bound. Raises ``OSError`` when the port cannot be opened (for instance when it is in use).
    """
    BouwsteenServer(command, host=host, port=port, page=page, language=language, announce=announce).serve()
