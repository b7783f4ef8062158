"""Where the workspace, a sheet in it and the built-in content packs live; light enough to import at start-up (no
pydantic).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import os
from pathlib import Path

from bouwsteen_tui.core.languages import LANGUAGES

ENV_WORKSPACE = "BOUWSTEEN_WORKSPACE"


def default_workspace_dir() -> Path:
    """``$BOUWSTEEN_WORKSPACE``, else the platform's user data folder for Bouwsteen."""
    env = os.environ.get(ENV_WORKSPACE)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path  # imported late: only needed without --workspace

    return user_data_path("bouwsteen", appauthor=False) / "workspace"


def sheet_file(root: Path, step_id: str) -> Path:
    """The file of a profile or network step's sheet in the workspace ``root`` (``role.toml``, ``network.toml``)."""
    return root / f"{step_id}.toml"


def builtin_content_root() -> Path:
    """The folder holding the built-in packs (``nl/``, ``en/``), in the wheel or in the source tree."""
    packaged = Path(__file__).resolve().parents[1] / "content"  # bouwsteen_tui/content (not importlib.resources:
    if packaged.is_dir():  # its import costs the first frame 10 ms; the package is always a folder on disk)
        return packaged
    # editable install / source checkout: content/ sits at the repository root
    return Path(__file__).resolve().parents[3] / "content"


def builtin_pack_dir(language: str) -> Path:
    """The folder of the built-in pack for ``language`` ("nl" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return builtin_content_root() / language
