"""What the command line prints, and its exit codes.

No case content is ever printed, except the short description that ``list`` shows to tell cases apart. Every line
goes through :func:`bouwsteen_tui.core.privacy.mask`, so an identifier never reaches the terminal in full.
"""

from __future__ import annotations

import sys

from bouwsteen_tui.core.text import strip_control

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def masked(text: str) -> str:
    """``text`` with every identifier masked (``••.••.••-•••.••``): whatever reaches the terminal goes through it."""
    # imported here for start-up speed: `--help`, `--version` and the wizard print nothing through it
    from bouwsteen_tui.core.privacy import mask

    return mask(text)


def say(text: str, *, already_masked: bool = False) -> None:
    """A line on stdout (masked, unless the caller masked it already)."""
    print(text if already_masked else masked(text), file=sys.stdout)


def warn(text: str) -> None:
    """A line on stderr, masked."""
    print(masked(text), file=sys.stderr)


def one_line(text: str, width: int) -> str:
    """Text fit for one table cell: identifiers masked (before the cut, which could hide one), no control
    characters (they could drive the terminal), no line breaks."""
    clean = " ".join(strip_control(masked(text), replacement=" ").split())
    return clean if len(clean) <= width else clean[: width - 1].rstrip() + "…"
