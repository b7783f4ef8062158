"""The core: the methodology as data, the user's answers, the workspace on disk, the guard and the exchange of cases.

Nothing here imports the interface (textual, rich), the exports or the command line; `pyproject.toml`'s import-linter
contracts check that on every CI run.
"""
