"""The core runs without the interface: importing it never loads textual or rich (checked in a fresh process)."""

from __future__ import annotations

import importlib.util
import pkgutil
import subprocess
import sys

import pytest

UI_LIBRARIES = ("textual", "rich")

# Every module of the packages that must run without the interface, found by walking them (so a new or moved
# module is checked without anyone adding it to a list). pyproject.toml's import-linter contracts say the same
# statically; this checks it in a real interpreter.
HEADLESS_PACKAGES = ("bouwsteen_tui.core", "bouwsteen_tui.export", "bouwsteen_tui.i18n", "bouwsteen_tui.cli")


def _walk(package: str) -> list[str]:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations, f"{package} is not a package"
    found = [package]
    for info in pkgutil.walk_packages(spec.submodule_search_locations, prefix=package + "."):
        found.append(info.name)
    return found


CORE_MODULES = [module for package in HEADLESS_PACKAGES for module in _walk(package)]


def loaded_after(code: str) -> set[str]:
    """Run ``code`` in a fresh interpreter; return which UI libraries ended up in ``sys.modules``."""
    probe = f"{code}\nimport sys\nprint('LOADED:', *(m for m in {UI_LIBRARIES!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("LOADED:"), result.stdout
    return set(last.split()[1:])


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_ui(module: str) -> None:
    """Each core module loads without textual and rich (a renamed or removed module fails here: update the list)."""
    assert importlib.util.find_spec(module) is not None, f"{module} does not exist: update CORE_MODULES"
    assert loaded_after(f"import {module}") == set()


def test_a_missing_core_module_fails_the_probe_instead_of_skipping() -> None:
    """A module renamed away from the list is an error in the list, not a reason to skip the check."""
    try:
        test_core_module_imports_no_ui("bouwsteen_tui.no_such_module")
    except AssertionError as error:
        assert "bouwsteen_tui.no_such_module does not exist" in str(error)
    except BaseException as other:  # pytest.skip raises an outcome exception, not an AssertionError
        pytest.fail(f"the probe gave up with {type(other).__name__} instead of failing")
    else:
        pytest.fail("the probe passed for a module that does not exist")


def test_all_core_modules_together_import_no_ui() -> None:
    """Importing every core module in one process still loads neither textual nor rich."""
    assert loaded_after("\n".join(f"import {m}" for m in CORE_MODULES)) == set()


def test_cli_imports_no_ui() -> None:
    """The command line module loads the app (and so textual) only when the wizard opens."""
    assert loaded_after("import bouwsteen_tui.cli") == set()


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["check-content"], ["list", "--workspace", "/nonexistent"]]
)
def test_headless_commands_import_no_ui(argv: list[str]) -> None:
    """``--version``, ``--help``, ``check-content`` and ``list`` run without loading textual or rich."""
    code = f"from bouwsteen_tui.cli import main\nmain({argv!r})"
    assert loaded_after(code) == set()


def test_probe_notices_textual() -> None:
    """The probe is not vacuous: importing the app does load textual."""
    assert "textual" in loaded_after("import bouwsteen_tui.app")


def test_first_screen_modules_import_no_pydantic() -> None:
    """The wizard draws its first screen before the core loads: the CLI, the app and the home screen import
    neither pydantic nor the core's models (the mechanism behind the start-up figure in the README)."""
    probe = (
        "import bouwsteen_tui.cli, bouwsteen_tui.app, bouwsteen_tui.screens.home, sys\n"
        "print('LOADED:', *(m for m in ('pydantic', 'bouwsteen_tui.core.answers', 'bouwsteen_tui.core.content') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["LOADED:"]
