"""The one numbering of a step's parts: by their place in the step, 1 to N, everywhere.

The step screen says "Deel 6 van 8", the parts list and the palette say part 6 of that step ("Stap 1, deel 6"),
the review and the exports head it "6. <title>". A pack's ``number`` on a part (the method's own numbering, which
skips the parts the method has not) is kept in the pack but never shown: two numbers for one part confused users.
See docs/content-format.md, "Numbering".

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bouwsteen_tui.core.content import Part, Step


def part_number(step: Step, part: Part) -> int:
    """The number of ``part`` in ``step``: its place, from 1."""
    for index, candidate in enumerate(step.parts):
        if candidate is part:
            return index + 1
    raise ValueError(f"part {part.id!r} is not in step {step.id!r}")


def numbered_title(number: int, title: str) -> str:
    """A part's heading in the review and the exports: "6. Wat kan ik niet doen …"."""
    return f"{number}. {title}"
