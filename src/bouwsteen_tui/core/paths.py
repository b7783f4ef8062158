"""Where the workspace lives by default; light enough to import at start-up (no pydantic).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_WORKSPACE = "BOUWSTEEN_WORKSPACE"


def default_workspace_dir() -> Path:
    """``$BOUWSTEEN_WORKSPACE``, else the platform's user data folder for Bouwsteen."""
    env = os.environ.get(ENV_WORKSPACE)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path  # imported late: only needed without --workspace

    return user_data_path("bouwsteen", appauthor=False) / "workspace"
