"""A bundle: all outputs in one zip file to take home, written atomically and readable by the owner only.

:func:`bouwsteen_tui.export.workspace_outputs` lists the very files that :func:`bouwsteen_tui.export.export_outputs`
writes; :func:`write_bundle` puts them in one zip.

Part of the export: imports neither textual nor rich.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.files import FILE_MODE, atomic_write, make_dir
from bouwsteen_tui.export import Output


def write_bundle(path: Path, outputs: Sequence[Output], *, stamp: datetime | None = None) -> list[str]:
    """Write ``outputs`` into the zip file ``path`` (atomically, mode 0600); returns the names inside.

    The zip is built in memory (outputs are a few hundred kilobytes) and written with the workspace's atomic
    write, so an interrupted bundle never leaves half a zip behind.
    """
    path = Path(path)
    make_dir(path.parent)
    moment = (stamp or dates.now().astimezone()).timetuple()[:6]
    buffer = io.BytesIO()
    names: list[str] = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for output in outputs:
            info = zipfile.ZipInfo(output.filename, date_time=moment)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | FILE_MODE) << 16  # a regular file, rw for the owner only
            archive.writestr(info, output.data())
            names.append(output.filename)
    atomic_write(path, buffer.getvalue())
    return names
