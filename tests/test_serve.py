"""Browser mode: ``bouwsteen serve`` answers on 127.0.0.1 with a page that loads nothing from the internet.

The server runs as a subprocess on a free loopback port; every request goes to 127.0.0.1 only, each wait is
bounded, and the server is stopped at the end of each test.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

LOOPBACK = "127.0.0.1"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port


def get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    assert url.startswith(f"http://{LOOPBACK}:"), url  # loopback only
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through a proxy
    with direct.open(url, timeout=timeout) as response:
        return response.status, response.read()


def wait_for_page(port: int, process: subprocess.Popen[bytes]) -> bytes:
    """Poll ``/`` until it answers 200, the process dies, or the time is up."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out, err = process.communicate(timeout=5)
            pytest.fail(f"bouwsteen serve stopped with {process.returncode}: {out.decode()} {err.decode()}")
        with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
            status, body = get(f"http://{LOOPBACK}:{port}/")
            if status == 200:
                return body
        time.sleep(0.2)
    pytest.fail(f"bouwsteen serve did not answer on port {port} within {START_TIMEOUT} s")


def stop(process: subprocess.Popen[bytes]) -> tuple[str, str]:
    if process.poll() is None:
        process.terminate()
    try:
        out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate(timeout=5)
    return out.decode(), err.decode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[int, subprocess.Popen[bytes], Path]]:
    """``bouwsteen serve --port <free> --workspace <tmp>`` running; stopped afterwards."""
    port = free_port()
    workspace = tmp_path / "ws"
    process = subprocess.Popen(
        [sys.executable, "-m", "bouwsteen_tui", "serve", "--port", str(port), "--workspace", str(workspace)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "BOUWSTEEN_LANG": "nl"},
    )
    try:
        yield port, process, workspace
    finally:
        stop(process)


def test_serve_answers_with_the_page_on_localhost(server: tuple[int, subprocess.Popen[bytes], Path]) -> None:
    """``/`` answers 200 with an HTML page that holds the terminal and points at this server's websocket."""
    port, process, _ = server
    body = wait_for_page(port, process).decode("utf-8")
    assert body.lstrip().startswith("<!DOCTYPE html>")
    assert 'class="textual-terminal"' in body
    assert f"ws://{LOOPBACK}:{port}/ws" in body
    assert '<html lang="nl">' in body and "<title>Bouwsteen</title>" in body


def test_the_page_loads_nothing_from_the_internet(server: tuple[int, subprocess.Popen[bytes], Path]) -> None:
    """Every address in the page is this server's; the script, stylesheet and font it names are served."""
    port, process, _ = server
    body = wait_for_page(port, process).decode("utf-8")
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']|url\(["']?([^"')]+)""", body)
    addresses = [a or b for a, b in urls]
    assert addresses, "the page names no assets"
    own = f"http://{LOOPBACK}:{port}/"
    assert all(a.startswith(own) for a in addresses), addresses
    assert "googleapis" not in body and "https://" not in body
    for address in addresses:
        status, data = get(address)
        assert status == 200 and data, address


def test_the_browser_gets_the_wizard_over_the_websocket(server: tuple[int, subprocess.Popen[bytes], Path]) -> None:
    """A browser connecting to the websocket receives the wizard's first screen."""
    aiohttp = pytest.importorskip("aiohttp")
    port, process, _ = server
    wait_for_page(port, process)

    async def first_screen() -> bytes:
        received = b""
        async with aiohttp.ClientSession() as session, session.ws_connect(
            f"ws://{LOOPBACK}:{port}/ws?width=100&height=30"
        ) as websocket:
            deadline = time.monotonic() + START_TIMEOUT
            while time.monotonic() < deadline and b"Verhelder je eigen rol" not in received:
                with contextlib.suppress(asyncio.TimeoutError):
                    message = await websocket.receive(timeout=1)
                    if message.type == aiohttp.WSMsgType.BINARY:
                        received += message.data
                    elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED,
                                          aiohttp.WSMsgType.ERROR):
                        break
        return received

    screen = asyncio.run(first_screen())
    assert b"BOUWSTEEN" in screen and b"Verhelder je eigen rol" in screen


def test_serve_listens_on_the_loopback_address_only(server: tuple[int, subprocess.Popen[bytes], Path]) -> None:
    """The listening socket is bound to 127.0.0.1, not to all interfaces (read from /proc on Linux)."""
    port, process, _ = server
    wait_for_page(port, process)
    table = Path("/proc/net/tcp")
    if not table.exists():
        pytest.skip("no /proc/net/tcp on this system")
    listening = [line.split()[1] for line in table.read_text().splitlines()[1:] if line.split()[3] == "0A"]
    ours = [address for address in listening if address.endswith(f":{port:04X}")]
    assert ours == ["0100007F:" + f"{port:04X}"]


def test_serve_says_where_it_runs_and_stops_cleanly(server: tuple[int, subprocess.Popen[bytes], Path]) -> None:
    """The start message names the loopback URL and the workspace; SIGTERM stops it with a closing line."""
    port, process, workspace = server
    wait_for_page(port, process)
    out, _ = stop(process)
    assert f"http://{LOOPBACK}:{port}" in out
    assert str(workspace) in out
    assert "Browsermodus gestopt." in out
    assert process.returncode == 0


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


@pytest.mark.parametrize("port", ["0", "65536", "http", "-1"])
def test_a_bad_port_is_a_usage_error(port: str) -> None:
    """A port that is not a number from 1 to 65535 is refused before anything starts."""
    from bouwsteen_tui.cli import main

    assert main(["serve", "--port", port]) == 2


def test_serve_refuses_a_broken_pack(tmp_path: Path) -> None:
    """A broken ``--content`` pack is reported and nothing is served."""
    from bouwsteen_tui.cli import main

    broken = tmp_path / "pack"
    broken.mkdir()
    (broken / "pack.toml").write_text('id = "x"\nsteps = ["missing.toml"]\n', encoding="utf-8")
    assert main(["serve", "--port", str(free_port()), "--content", str(broken)]) == 1


def test_serve_without_textual_serve_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Where textual-serve is missing, serve exits 1 with the install command instead of a traceback."""
    import importlib.util

    from bouwsteen_tui import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "textual_serve" else real(name, *a))
    assert cli.main(["serve", "--port", str(free_port())]) == 1
    assert "pip install textual-serve" in capsys.readouterr().err


def test_serve_refuses_a_workspace_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --workspace that is a file is named before anything is served."""
    from bouwsteen_tui.cli import main

    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    assert main(["serve", "--port", str(free_port()), "--workspace", str(path)]) == 1
    assert "is geen map" in capsys.readouterr().err
