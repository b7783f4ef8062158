"""One module per command; each has ``run(args, t) -> int`` (the exit code)."""
