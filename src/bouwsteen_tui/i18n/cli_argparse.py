"""argparse's own words ("usage:", "options", its error messages) in Flemish Dutch and English."""

from __future__ import annotations

# argparse's own words, keyed by its English original (Python 3.11–3.13). Unknown ones stay in English.
ARGPARSE_MESSAGES: dict[str, tuple[str, str]] = {
    "usage: ": ("gebruik: ", "usage: "),
    "positional arguments": ("argumenten", "positional arguments"),
    "options": ("opties", "options"),
    "optional arguments": ("opties", "options"),
    "subcommands": ("commando's", "commands"),
    "show this help message and exit": ("toon deze hulp en stop", "show this help and exit"),
    "show program's version number and exit": ("toon het versienummer en stop", "show the version number and exit"),
    "%(prog)s: error: %(message)s\n": ("%(prog)s: fout: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": (
        "argument %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "the following arguments are required: %s": (
        "deze argumenten zijn verplicht: %s",
        "the following arguments are required: %s",
    ),
    "unrecognized arguments: %s": ("onbekende argumenten: %s", "unrecognized arguments: %s"),
    "expected one argument": ("verwacht één waarde", "expected one argument"),
    "expected at most one argument": ("verwacht hoogstens één waarde", "expected at most one argument"),
    "expected at least one argument": ("verwacht minstens één waarde", "expected at least one argument"),
    "expected %s argument": ("verwacht %s waarde", "expected %s argument"),
    "expected %s arguments": ("verwacht %s waarden", "expected %s arguments"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "invalid %(type)s value: %(value)r": ("ongeldige waarde: %(value)r", "invalid %(type)s value: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "not allowed with argument %s": ("niet samen met argument %s", "not allowed with argument %s"),
    "one of the arguments %s is required": (
        "een van deze argumenten is verplicht: %s",
        "one of the arguments %s is required",
    ),
    "ignored explicit argument %r": ("waarde %r genegeerd", "ignored explicit argument %r"),
    "unexpected option string: %s": ("onverwachte optie: %s", "unexpected option string: %s"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekend commando %(parser_name)r (kies uit %(choices)s)",
        "unknown command %(parser_name)r (choices: %(choices)s)",
    ),
    "can't open '%(filename)s': %(error)s": (
        "kan '%(filename)s' niet openen: %(error)s",
        "can't open '%(filename)s': %(error)s",
    ),
}
