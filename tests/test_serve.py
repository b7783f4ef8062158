"""Browser mode: ``bouwsteen serve`` answers on 127.0.0.1, only to the address it printed (which carries a secret),
with a page that loads nothing from the internet.

The server runs as a subprocess (``--port 0``: it picks a free port and prints it) or, for the refusals, in the
test's own event loop with a command that starts no wizard. Every request goes to 127.0.0.1 only, each wait and
each loop is bounded, and the server is stopped at the end of each test.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import gc
import logging
import os
import re
import select
import shlex
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

LOOPBACK = "127.0.0.1"
START_TIMEOUT = 30.0
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]+)")
PAGE = {"title": "Bouwsteen", "start": "Start", "ended": "Einde", "restart": "Opnieuw", "loading": "Even geduld",
        "forbidden": "Geen toegang"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port


def get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    """Status and body of a GET to 127.0.0.1; an error status is returned, not raised."""
    assert url.startswith(f"http://{LOOPBACK}:"), url  # loopback only
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through a proxy
    try:
        with direct.open(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@dataclass
class Served:
    """A running ``bouwsteen serve`` subprocess and what it printed."""

    process: subprocess.Popen[bytes]
    workspace: Path
    printed: bytearray = field(default_factory=bytearray)
    url: str = ""

    @property
    def port(self) -> int:
        return int(URL.search(self.url).group(1))  # type: ignore[union-attr]

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def secret(self) -> str:
        return parse_qs(urlsplit(self.url).query)["token"][0]

    def wait_for_url(self) -> str:
        """Read stdout (unbuffered, bounded in time) until the address is printed."""
        stdout = self.process.stdout
        assert stdout is not None
        deadline = time.monotonic() + START_TIMEOUT
        while not URL.search(self.printed.decode("utf-8", "replace")) and time.monotonic() < deadline:
            ready, _, _ = select.select([stdout], [], [], 0.5)
            if ready:
                chunk = os.read(stdout.fileno(), 4096)
                if not chunk:
                    break
                self.printed += chunk
        found = URL.search(self.printed.decode("utf-8", "replace"))
        if found is None:
            out, err = stop(self)
            pytest.fail(f"bouwsteen serve printed no address ({self.process.returncode}): {out} {err}")
        self.url = found.group(0)
        return self.url


def stop(served: Served) -> tuple[str, str]:
    """Stop the server (SIGTERM, then SIGKILL); everything it wrote to stdout and stderr."""
    process = served.process
    if process.poll() is None:
        process.terminate()
    try:
        out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate(timeout=5)
    return (bytes(served.printed) + out).decode(), err.decode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Served]:
    """``bouwsteen serve --port 0 --workspace <tmp>`` running, its address read; stopped afterwards."""
    workspace = tmp_path / "ws"
    process = subprocess.Popen(
        [sys.executable, "-m", "bouwsteen_tui", "serve", "--port", "0", "--workspace", str(workspace)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "BOUWSTEEN_LANG": "nl"},
    )
    served = Served(process, workspace)
    try:
        served.wait_for_url()
        yield served
    finally:
        stop(served)


async def first_screen(websocket_url: str, origin: str | None) -> bytes:
    """What a browser receives on the websocket until the wizard's home screen is drawn (bounded in time)."""
    import aiohttp

    received = b""
    headers = {"Origin": origin} if origin else {}
    async with aiohttp.ClientSession() as session, session.ws_connect(
        f"{websocket_url}?width=100&height=30", headers=headers
    ) as websocket:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and b"Verhelder je eigen rol" not in received:
            with contextlib.suppress(asyncio.TimeoutError):
                message = await websocket.receive(timeout=1)
                if message.type == aiohttp.WSMsgType.BINARY:
                    received += message.data
                elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                    break
    return received


# --------------------------------------------------------------------------------------------- the printed address


def test_serve_prints_an_address_with_a_secret_and_the_port_it_picked(server: Served) -> None:
    """``--port 0`` picks a free port; the printed address names it and carries a long random secret."""
    assert server.port != 0
    assert len(server.secret) >= 43  # 32 random bytes, URL-safe
    out = server.printed.decode()
    assert f"http://{LOOPBACK}:{server.port}/?token={server.secret}" in out


def test_the_printed_address_opens_the_page(server: Served) -> None:
    """The printed address answers 200 with the terminal page, pointed at this server's websocket."""
    status, body = get(server.url)
    page = body.decode("utf-8")
    assert status == 200
    assert page.lstrip().startswith("<!DOCTYPE html>")
    assert 'class="textual-terminal"' in page
    assert f'data-session-websocket-url="ws://{LOOPBACK}:{server.port}/ws/{server.secret}"' in page
    assert '<html lang="nl">' in page and "<title>Bouwsteen</title>" in page


def test_the_page_loads_nothing_from_the_internet(server: Served) -> None:
    """Every address in the page is this server's, carries the secret, and is served."""
    body = get(server.url)[1].decode("utf-8")
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']|url\(["']?([^"')]+)""", body)
    addresses = [a or b for a, b in urls]
    assert addresses, "the page names no assets"
    assert all(a.startswith(f"{server.base}/") and a.endswith(f"?token={server.secret}") for a in addresses)
    assert "googleapis" not in body and "https://" not in body
    for address in addresses:
        status, data = get(address)
        assert status == 200 and data, address


def test_the_browser_gets_the_wizard_over_the_websocket(server: Served) -> None:
    """The websocket the printed page names, opened from that page's origin, streams the wizard's first screen."""
    pytest.importorskip("aiohttp")
    page = get(server.url)[1].decode("utf-8")
    websocket_url = re.search(r'data-session-websocket-url="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    screen = asyncio.run(first_screen(websocket_url, origin=server.base))
    assert b"BOUWSTEEN" in screen and b"Verhelder je eigen rol" in screen


def test_serve_listens_on_the_loopback_address_only(server: Served) -> None:
    """The listening socket is bound to 127.0.0.1, not to all interfaces (read from /proc on Linux)."""
    table = Path("/proc/net/tcp")
    if not table.exists():
        pytest.skip("no /proc/net/tcp on this system")
    listening = [line.split()[1] for line in table.read_text().splitlines()[1:] if line.split()[3] == "0A"]
    ours = [address for address in listening if address.endswith(f":{server.port:04X}")]
    assert ours == ["0100007F:" + f"{server.port:04X}"]


def test_serve_says_where_it_runs_and_stops_cleanly(server: Served) -> None:
    """The start message names the address and the workspace; SIGTERM stops it with a closing line."""
    out, _ = stop(server)
    assert server.url in out
    assert str(server.workspace) in out
    assert "Browsermodus gestopt." in out
    assert server.process.returncode == 0


def test_each_start_draws_a_new_secret(server: Served, tmp_path: Path) -> None:
    """A second start prints another secret: an address from an earlier start is worth nothing."""
    again = subprocess.Popen(
        [sys.executable, "-m", "bouwsteen_tui", "serve", "--port", "0", "--workspace", str(tmp_path / "other")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "BOUWSTEEN_LANG": "nl"},
    )
    second = Served(again, tmp_path / "other")
    try:
        second.wait_for_url()
        assert second.secret != server.secret
        assert get(f"{second.base}/?token={server.secret}")[0] == 403
    finally:
        stop(second)


# --------------------------------------------------------------------------------------------- refusals (in process)


@pytest.fixture
async def guarded(tmp_path: Path) -> AsyncIterator[tuple[str, str]]:
    """A BouwsteenServer on a free loopback port in this event loop, whose sessions run a command that starts
    no wizard; yields its base address and secret."""
    from bouwsteen_tui.serve import BouwsteenServer

    announced: list[str] = []
    # A stand-in that greets as a Textual app does and ends: the websocket works, no wizard starts.
    command = shlex.join([sys.executable, "-c", "print('__GANGLION__', flush=True)"])
    server = BouwsteenServer(command, host=LOOPBACK, port=0, page=PAGE, language="nl", announce=announced.append)
    runner = await server.start()
    try:
        secret = parse_qs(urlsplit(server.url).query)["token"][0]
        yield f"http://{LOOPBACK}:{server.port}", secret
    finally:
        await runner.cleanup()
        # textual-serve leaves each session's finished subprocess transport to the garbage collector: let it go
        # while this loop still runs, not after pytest closed it.
        gc.collect()
        await asyncio.sleep(0)


async def status_of(url: str, headers: dict[str, str] | None = None) -> int:
    import aiohttp

    assert url.startswith(f"http://{LOOPBACK}:"), url
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers or {}) as response:
        await response.read()
        return response.status


async def handshake(url: str, headers: dict[str, str] | None = None) -> int:
    """The status of a websocket upgrade: 101 when accepted (then closed at once), else the refusal's status."""
    import aiohttp

    assert url.startswith(f"ws://{LOOPBACK}:"), url
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers or {}) as websocket:
                await websocket.close()
                return 101
        except aiohttp.WSServerHandshakeError as refused:
            return refused.status


@pytest.mark.parametrize("path", ["/", "/static/js/textual.js", "/static/", "/ws", "/download/x", "/nothing-here"])
async def test_a_request_without_the_secret_is_refused(guarded: tuple[str, str], path: str) -> None:
    """Every path (the page, the static folder, the websocket, any other) answers 403 without the secret."""
    base, _ = guarded
    assert await status_of(f"{base}{path}") == 403


@pytest.mark.parametrize("path", ["/", "/static/js/textual.js", "/ws"])
async def test_a_wrong_secret_is_refused(guarded: tuple[str, str], path: str) -> None:
    """A secret that differs in its last character answers 403, and so does an empty one."""
    base, secret = guarded
    wrong = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    assert await status_of(f"{base}{path}?token={wrong}") == 403
    assert await status_of(f"{base}{path}?token=") == 403


async def test_the_refusal_says_how_to_get_in(guarded: tuple[str, str]) -> None:
    """The 403 page names what to open instead (the catalogue's text, not a bare status)."""
    import aiohttp

    base, _ = guarded
    async with aiohttp.ClientSession() as session, session.get(f"{base}/") as response:
        assert response.status == 403
        assert await response.text() == PAGE["forbidden"]


async def test_the_right_secret_opens_the_page_and_static_files(guarded: tuple[str, str]) -> None:
    """With the secret, the page and a static file answer 200."""
    base, secret = guarded
    assert await status_of(f"{base}/?token={secret}") == 200
    assert await status_of(f"{base}/static/js/textual.js?token={secret}") == 200


async def test_the_websocket_refuses_a_missing_or_wrong_secret(guarded: tuple[str, str]) -> None:
    """The websocket upgrade without the secret, or with a wrong one in its path, is refused with 403."""
    base, secret = guarded
    ws = base.replace("http:", "ws:")
    assert await handshake(f"{ws}/ws") == 403
    assert await handshake(f"{ws}/ws/{secret[::-1]}") == 403


async def test_the_websocket_refuses_a_foreign_origin_even_with_the_secret(guarded: tuple[str, str]) -> None:
    """A websocket opened by another web page (its Origin is not this server's) is refused, secret or not."""
    base, secret = guarded
    ws = base.replace("http:", "ws:")
    port = base.rsplit(":", 1)[1]
    for origin in ("http://evil.example", f"http://127.0.0.1:{int(port) + 1}", "null", f"https://127.0.0.1:{port}"):
        assert await handshake(f"{ws}/ws/{secret}", {"Origin": origin}) == 403, origin
        assert await handshake(f"{ws}/ws?token={secret}", {"Origin": origin}) == 403, origin


async def test_the_websocket_accepts_the_served_origin_with_the_secret(guarded: tuple[str, str]) -> None:
    """The page's own origin (127.0.0.1 or localhost on this port), or no Origin at all, is accepted with the
    secret."""
    base, secret = guarded
    ws = base.replace("http:", "ws:")
    port = base.rsplit(":", 1)[1]
    assert await handshake(f"{ws}/ws/{secret}", {"Origin": base}) == 101
    assert await handshake(f"{ws}/ws/{secret}", {"Origin": f"http://localhost:{port}"}) == 101
    assert await handshake(f"{ws}/ws?token={secret}") == 101


async def test_the_page_opened_as_localhost_names_localhost(guarded: tuple[str, str]) -> None:
    """Opened as localhost, the page names its files and websocket on localhost too (its own origin: a font from
    another origin would need CORS, a websocket from it would be refused)."""
    import aiohttp

    base, secret = guarded
    port = base.rsplit(":", 1)[1]
    async with aiohttp.ClientSession() as session, session.get(
        f"{base}/?token={secret}", headers={"Host": f"localhost:{port}"}
    ) as response:
        page = await response.text()
    assert f'data-session-websocket-url="ws://localhost:{port}/ws/{secret}"' in page
    assert f"http://localhost:{port}/static/js/textual.js?token={secret}" in page
    assert "127.0.0.1" not in page


async def test_a_foreign_host_is_refused_even_with_the_secret(guarded: tuple[str, str]) -> None:
    """A request for another host name (DNS rebinding: evil.example resolving to 127.0.0.1) answers 403."""
    base, secret = guarded
    port = base.rsplit(":", 1)[1]
    assert await status_of(f"{base}/?token={secret}", {"Host": f"evil.example:{port}"}) == 403
    assert await status_of(f"{base}/?token={secret}", {"Host": f"localhost:{port}"}) == 200


async def test_the_page_sets_no_cookie_and_keeps_its_address_to_itself(guarded: tuple[str, str]) -> None:
    """No cookie (a browser sends 127.0.0.1's cookies to every port on it, so another local user's server would
    get it); no referrer, framing or caching of the page whose address holds the secret."""
    import aiohttp

    base, secret = guarded
    async with aiohttp.ClientSession() as session, session.get(f"{base}/?token={secret}") as response:
        assert response.status == 200
        assert "Set-Cookie" not in response.headers
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cache-Control"] == "no-store"


async def test_the_secret_is_never_logged(guarded: tuple[str, str], caplog: pytest.LogCaptureFixture) -> None:
    """With every logger at DEBUG, pages, refusals and websockets leave no trace of the secret in the log."""
    base, secret = guarded
    ws = base.replace("http:", "ws:")
    caplog.set_level(logging.DEBUG)
    assert await status_of(f"{base}/?token={secret}") == 200
    assert await status_of(f"{base}/?token={secret}x") == 403
    assert await status_of(f"{base}/static/css/xterm.css?token={secret}") == 200
    assert await handshake(f"{ws}/ws/{secret}", {"Origin": "http://evil.example"}) == 403
    assert await handshake(f"{ws}/ws/{secret}") == 101
    assert secret not in caplog.text
    assert all(secret not in str(record.args) for record in caplog.records)


# --------------------------------------------------------------------------------------------- command line


def test_a_port_in_use_is_named(tmp_path: Path) -> None:
    """When the port is taken, serve exits 1 at once and says which port and how to choose another."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bouwsteen_tui", "serve", "--port", str(port), "--workspace", str(tmp_path)],
            capture_output=True, text=True, timeout=60, check=False, env={**os.environ, "BOUWSTEEN_LANG": "nl"},
        )
    assert result.returncode == 1
    assert f"Poort {port} is al in gebruik" in result.stderr and "--port" in result.stderr
    assert "token=" not in result.stdout + result.stderr


def test_a_second_serve_on_the_same_port_says_so_and_nothing_else(server: Served, tmp_path: Path) -> None:
    """Issue 15.9: a second ``serve`` on the port the first one holds never announces itself (no "draait nu", no
    address) before or after naming the port in use; it exits 1 and the first one keeps serving."""
    result = subprocess.run(
        [sys.executable, "-m", "bouwsteen_tui", "serve", "--port", str(server.port), "--workspace",
         str(tmp_path / "second")],
        capture_output=True, text=True, timeout=60, check=False, env={**os.environ, "BOUWSTEEN_LANG": "nl"},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Poort {server.port} is al in gebruik")
    assert "draait nu" not in result.stderr and "token=" not in result.stderr
    assert get(server.url)[0] == 200


async def test_a_port_that_answers_is_in_use_before_anything_binds() -> None:
    """The check that runs before the bind (and so before the announcement): a port something listens on is in
    use, also where SO_REUSEADDR would let a second server bind it; a closed port and port 0 are free."""
    from bouwsteen_tui.serve import BouwsteenServer, port_answers

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert await port_answers(LOOPBACK, port)
        announced: list[str] = []
        server = BouwsteenServer("true", host=LOOPBACK, port=port, page=PAGE, language="nl",
                                 announce=announced.append)
        with pytest.raises(OSError) as refused:
            await server.start()
        assert refused.value.errno == errno.EADDRINUSE and announced == []
    assert not await port_answers(LOOPBACK, free_port())
    assert not await port_answers(LOOPBACK, 0)


@pytest.mark.parametrize("port", ["65536", "http", "-1"])
def test_a_bad_port_is_a_usage_error(port: str) -> None:
    """A port that is not a number from 0 to 65535 is refused before anything starts."""
    from bouwsteen_tui.cli import main

    assert main(["serve", "--port", port]) == 2


def test_serve_refuses_a_broken_pack(tmp_path: Path) -> None:
    """A broken ``--content`` pack is reported and nothing is served."""
    from bouwsteen_tui.cli import main

    broken = tmp_path / "pack"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "x"\nsteps = ["missing.toml"]\n', encoding="utf-8")
    assert main(["serve", "--port", "0", "--content", str(broken)]) == 1


def test_serve_without_textual_serve_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Where textual-serve is missing, serve exits 1 with the install command instead of a traceback."""
    import importlib.util

    from bouwsteen_tui import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "textual_serve" else real(name, *a))
    assert cli.main(["serve", "--port", "0"]) == 1
    assert "pip install textual-serve" in capsys.readouterr().err


def test_serve_refuses_a_workspace_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --workspace that is a file is named before anything is served."""
    from bouwsteen_tui.cli import main

    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    assert main(["serve", "--port", "0", "--workspace", str(path)]) == 1
    assert "is geen map" in capsys.readouterr().err
