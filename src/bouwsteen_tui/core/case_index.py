"""The index of case summaries (``cases/index.jsonl``): a cache for the case list, rebuilt when missing or stale.

It is not a document of the user's and is read on every start: JSON Lines (a header, then one case a line), which
Python parses forty times faster than TOML, one line at a time so that a thousand cases never sit in memory twice.
Earlier builds wrote index.toml or index.json; those are removed when the new index is written.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from bouwsteen_tui.core.files import NOFOLLOW, TOO_DEEP
from bouwsteen_tui.core.summaries import SCHEMA_VERSION, CaseSummary

INDEX_FILE = "index.jsonl"
LEGACY_INDEX_FILES = ("index.toml", "index.json")
INDEX_DOCUMENT = "case-index"


def read_index(path: Path) -> dict[str, CaseSummary]:
    """The summaries in the index at ``path`` by code; a malformed line is left out (its case file is read again),
    and an index that cannot be read (a link, unreadable, corrupt, nested too deeply, an older schema) gives none.

    Read line by line: only one case's parsed line is in memory at a time, besides the summaries.
    """
    known: dict[str, CaseSummary] = {}
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as lines:
            header = json.loads(lines.readline())
            if (
                not isinstance(header, dict)
                or header.get("schema_version") != SCHEMA_VERSION
                or header.get("document") != INDEX_DOCUMENT
            ):
                return {}
            for line in lines:
                with contextlib.suppress(ValueError, *TOO_DEEP):  # not JSON, not UTF-8, or not a summary
                    summary = CaseSummary.from_json(json.loads(line))
                    known[summary.code] = summary
    except (OSError, ValueError, *TOO_DEEP):
        return {}  # the index is a cache: rebuilt
    return known


def encode_index(summaries: Iterable[CaseSummary]) -> bytes:
    """The index file's bytes: a header line, then one summary a line."""
    summaries_json = (summary.to_json() for summary in summaries)
    header = {"schema_version": SCHEMA_VERSION, "document": INDEX_DOCUMENT}
    lines = [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in (header, *summaries_json)]
    return ("\n".join(lines) + "\n").encode("utf-8")
