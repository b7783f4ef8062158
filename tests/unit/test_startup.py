"""What keeps ``bouwsteen`` quick to start: the wizard's short command-line parser and a version read only when
asked. (The figures themselves are in ``benchmarks/run.py``; these tests check the mechanisms behind them.)"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from bouwsteen_tui import cli
from bouwsteen_tui.i18n import Catalog
from bouwsteen_tui.i18n.cli import MESSAGES

WIZARD_COMMAND_LINES = [
    [],
    ["--workspace", "/tmp/w"],
    ["--workspace=/tmp/w", "--lang", "en"],
    ["--content", "/tmp/pack", "--timer", "45", "--lang=nl"],
    ["--timer=5", "--workspace", "/tmp/w", "--content", "/tmp/pack"],
]


@pytest.fixture
def parsers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Which parsers were built: ``True`` for the wizard's short one, ``False`` for the whole command line."""
    built: list[bool] = []
    real = cli.build_parser

    def recording(t: Catalog, *, wizard_only: bool = False) -> Any:
        built.append(wizard_only)
        return real(t, wizard_only=wizard_only)

    monkeypatch.setattr(cli, "build_parser", recording)
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    return built


@pytest.mark.parametrize("argv", WIZARD_COMMAND_LINES)
def test_the_wizard_takes_the_short_parser_and_gets_the_same_answer(argv: list[str], parsers: list[bool]) -> None:
    """A bare ``bouwsteen [options]`` parses without the sub-commands, to exactly what the whole parser gives."""
    t = Catalog("nl", MESSAGES)
    with cli.argparse_speaks("nl"):
        fast = cli._parse(argv, t)
        full = cli.build_parser(t).parse_args(argv)
    assert parsers == [True, False]
    assert vars(fast) == vars(full)
    assert fast.command is None


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["lst"], "ongeldige keuze: 'lst' (kies uit 'check-content'"),  # a typo names the real commands
        (["--bogus"], "onbekende argumenten: --bogus"),
        (["--timer", "0"], "geef een geheel aantal minuten van 1 tot 480"),
    ],
)
def test_an_error_is_reported_by_the_whole_parser(
    argv: list[str], expected: str, parsers: list[bool], capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the short parser cannot take is parsed again by the whole one, so the message is complete."""
    assert cli.main(argv) == cli.EXIT_USAGE
    assert parsers == [True, False]
    err = capsys.readouterr().err
    assert expected in err
    assert "COMMANDO ..." in err  # the usage line of the whole command line, not the wizard's short one


@pytest.mark.parametrize("argv", [["list"], ["--help"], ["-h"], ["--workspace", "/tmp/w", "export", "--help"]])
def test_commands_and_help_take_the_whole_parser(
    argv: list[str], parsers: list[bool], capsys: pytest.CaptureFixture[str]
) -> None:
    """A command or a request for help goes straight to the whole parser."""
    cli.main([*argv, "--workspace", "/nonexistent/bouwsteen-startup-test"] if argv == ["list"] else argv)
    capsys.readouterr()
    assert parsers == [False]


def probe(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; the lines it printed."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_parsing_the_wizards_command_line_reads_no_package_metadata() -> None:
    """``importlib.metadata`` (a tenth of the start-up time) loads only for ``--version``."""
    lines = probe(
        "import sys\n"
        "from bouwsteen_tui import cli\n"
        "from bouwsteen_tui.i18n import Catalog\n"
        "from bouwsteen_tui.i18n.cli import MESSAGES\n"
        "t = Catalog('nl', MESSAGES)\n"
        "cli._parse(['--workspace', '/tmp/w'], t)\n"
        "cli.build_parser(t).parse_args(['list'])\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    assert lines == ["False"]


def test_version_still_reads_the_installed_version() -> None:
    """The lazy ``--version`` prints the distribution's version on stdout and exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "bouwsteen_tui", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    from importlib import metadata

    assert result.returncode == 0
    assert result.stdout == f"bouwsteen {metadata.version('bouwsteen')}\n"
    assert result.stderr == ""
