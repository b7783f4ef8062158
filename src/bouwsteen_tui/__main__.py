"""``python -m bouwsteen_tui``: the same as the ``bouwsteen`` command."""

from bouwsteen_tui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
