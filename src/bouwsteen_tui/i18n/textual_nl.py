"""Textual's own words in the interface language, and the app's words around them (key → (Flemish Dutch, English)).

Textual writes its texts in English: the descriptions of its widgets' keys (an ``Input``'s "Move cursor left and
select", a ``Select``'s "Dismiss menu", the palette's "Exit the command palette"), the Ctrl+C hint, the palette's
"No matches found". The app replaces each by its own (``app/__init__.py``, ``app/palette.py``, ``screens/keys.py``);
the key descriptions are translated where the footer and the key list read them (``widgets.base.translated``),
under the key ``textual:<Textual's English description>``. ``tests/ui/test_dutch_everywhere.py`` checks that every
description of the widgets Bouwsteen uses is here, so a new Textual release cannot bring English back unnoticed.

Imports neither textual nor rich.
"""

from __future__ import annotations

TEXTUAL = "textual:"
"""The prefix of the key of a Textual key description in the catalogue."""

# Textual's key descriptions (Textual 8), by its English text. The English column reads as the rest of the app.
_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    # the app, the screen, the command palette
    "Quit": ("Stoppen", "Quit"),
    "palette": ("Commando's", "Commands"),
    "Open the command palette": ("Open het zoekvenster met alles wat je kunt doen",
                                 "Open the search window with everything you can do"),
    "Quit the app and return to the command prompt.": ("Bouwsteen sluiten", "Close Bouwsteen"),
    "Focus Next": ("Volgend veld", "Next field"),
    "Focus Previous": ("Vorig veld", "Previous field"),
    "Copy selected text": ("Geselecteerde tekst kopiëren", "Copy the selected text"),
    "Exit the command palette": ("Zoekvenster sluiten", "Close the search window"),
    "Next command": ("Volgende in de lijst", "Next in the list"),
    "Previous command": ("Vorige in de lijst", "Previous in the list"),
    "Go to top": ("Naar de eerste", "To the first"),
    "Go to bottom": ("Naar de laatste", "To the last"),
    "Next page": ("Volgende pagina", "Next page"),
    "Previous page": ("Vorige pagina", "Previous page"),
    # scrolling
    "Scroll Up": ("Omhoog scrollen", "Scroll up"),
    "Scroll Down": ("Omlaag scrollen", "Scroll down"),
    "Scroll Left": ("Naar links scrollen", "Scroll left"),
    "Scroll Right": ("Naar rechts scrollen", "Scroll right"),
    "Scroll Home": ("Naar het begin scrollen", "Scroll to the start"),
    "Scroll End": ("Naar het einde scrollen", "Scroll to the end"),
    "Page Up": ("Pagina omhoog", "Page up"),
    "Page Down": ("Pagina omlaag", "Page down"),
    "Page Left": ("Pagina naar links", "Page left"),
    "Page Right": ("Pagina naar rechts", "Page right"),
    # a one-line input
    "Move cursor left": ("Cursor naar links", "Cursor left"),
    "Move cursor left and select": ("Cursor naar links en selecteren", "Cursor left and select"),
    "Move cursor left a word": ("Een woord naar links", "One word left"),
    "Move cursor left a word and select": ("Een woord naar links en selecteren", "One word left and select"),
    "Move cursor right or accept the completion suggestion": ("Cursor naar rechts of de suggestie aanvaarden",
                                                              "Cursor right or accept the suggestion"),
    "Move cursor right and select": ("Cursor naar rechts en selecteren", "Cursor right and select"),
    "Move cursor right a word": ("Een woord naar rechts", "One word right"),
    "Move cursor right a word and select": ("Een woord naar rechts en selecteren", "One word right and select"),
    "Go to start": ("Naar het begin", "To the start"),
    "Go to end": ("Naar het einde", "To the end"),
    "Select line start": ("Selecteren tot het begin", "Select to the start"),
    "Select line end": ("Selecteren tot het einde", "Select to the end"),
    "Delete character left": ("Teken links wissen", "Delete the character on the left"),
    "Delete character right": ("Teken rechts wissen", "Delete the character on the right"),
    "Delete left to start of word": ("Wissen tot het begin van het woord", "Delete to the start of the word"),
    "Delete right to start of word": ("Wissen tot het volgende woord", "Delete to the next word"),
    "Delete all to the left": ("Alles links van de cursor wissen", "Delete everything left of the cursor"),
    "Delete all to the right": ("Alles rechts van de cursor wissen", "Delete everything right of the cursor"),
    "Submit": ("Bevestigen", "Confirm"),
    "Cut selected text": ("Geselecteerde tekst knippen", "Cut the selected text"),
    "Paste text from the clipboard": ("Tekst van het klembord plakken", "Paste text from the clipboard"),
    "Select all": ("Alles selecteren", "Select all"),
    # a text area
    "Cursor up": ("Cursor omhoog", "Cursor up"),
    "Cursor down": ("Cursor omlaag", "Cursor down"),
    "Cursor left": ("Cursor naar links", "Cursor left"),
    "Cursor right": ("Cursor naar rechts", "Cursor right"),
    "Cursor Up": ("Cursor omhoog", "Cursor up"),
    "Cursor Down": ("Cursor omlaag", "Cursor down"),
    "Cursor word left": ("Een woord naar links", "One word left"),
    "Cursor word right": ("Een woord naar rechts", "One word right"),
    "Cursor line start": ("Naar het begin van de regel", "To the start of the line"),
    "Cursor line end": ("Naar het einde van de regel", "To the end of the line"),
    "Cursor page up": ("Een pagina omhoog", "One page up"),
    "Cursor page down": ("Een pagina omlaag", "One page down"),
    "Cursor up select": ("Cursor omhoog en selecteren", "Cursor up and select"),
    "Cursor down select": ("Cursor omlaag en selecteren", "Cursor down and select"),
    "Cursor left select": ("Cursor naar links en selecteren", "Cursor left and select"),
    "Cursor right select": ("Cursor naar rechts en selecteren", "Cursor right and select"),
    "Cursor left word select": ("Een woord naar links en selecteren", "One word left and select"),
    "Cursor right word select": ("Een woord naar rechts en selecteren", "One word right and select"),
    "Cursor line start select": ("Selecteren tot het begin van de regel", "Select to the start of the line"),
    "Cursor line end select": ("Selecteren tot het einde van de regel", "Select to the end of the line"),
    "Select line": ("Regel selecteren", "Select the line"),
    "Delete line": ("Regel wissen", "Delete the line"),
    "Delete to line start": ("Wissen tot het begin van de regel", "Delete to the start of the line"),
    "Delete to line end": ("Wissen tot het einde van de regel", "Delete to the end of the line"),
    "Copy": ("Kopiëren", "Copy"),
    "Cut": ("Knippen", "Cut"),
    "Paste": ("Plakken", "Paste"),
    "Undo": ("Ongedaan maken", "Undo"),
    "Redo": ("Opnieuw doen", "Redo"),
    # lists, options, tables, tabs, buttons
    "Up": ("Omhoog", "Up"),
    "Down": ("Omlaag", "Down"),
    "First": ("Naar de eerste", "To the first"),
    "Last": ("Naar de laatste", "To the last"),
    "Select": ("Kiezen", "Choose"),
    "Toggle option": ("Aan- of uitvinken", "Tick or untick"),
    "Next option": ("Volgende keuze", "Next option"),
    "Previous option": ("Vorige keuze", "Previous option"),
    "Toggle": ("Kiezen of aanvinken", "Choose or tick"),
    "Show menu": ("Keuzelijst openen", "Open the list"),
    "Dismiss menu": ("Keuzelijst sluiten", "Close the list"),
    "Toggle collapsible": ("Open- of dichtklappen", "Open or fold"),
    "Press button": ("Knop indrukken", "Press the button"),
    "Open link": ("Link openen", "Open the link"),
    "Next tab": ("Volgend tabblad", "Next tab"),
    "Previous tab": ("Vorig tabblad", "Previous tab"),
    "Page up": ("Pagina omhoog", "Page up"),
    "Page down": ("Pagina omlaag", "Page down"),
    "Top": ("Naar boven", "To the top"),
    "Bottom": ("Naar onderen", "To the bottom"),
    "Home": ("Naar het begin", "To the start"),
    "End": ("Naar het einde", "To the end"),
    "Expand or collapse all": ("Alles open- of dichtklappen", "Open or fold everything"),
    "Cursor to parent": ("Naar het bovenliggende item", "To the parent item"),
    "Cursor to next sibling": ("Naar het volgende item op dit niveau", "To the next item at this level"),
    "Cursor to previous sibling": ("Naar het vorige item op dit niveau", "To the previous item at this level"),
    "Cursor to next ancestor": ("Naar het volgende bovenliggende item", "To the next parent item"),
}

TEXTUAL_MESSAGES: dict[str, tuple[str, str]] = {
    **{f"{TEXTUAL}{english}": pair for english, pair in _DESCRIPTIONS.items()},
    # Ctrl+C (Textual's "Do you want to quit? Press ctrl+q to quit the app")
    "quit.hint_title": ("Wil je stoppen?", "Do you want to quit?"),
    "quit.hint": ("Druk op {key} om Bouwsteen te sluiten. Je antwoorden zijn bewaard.",
                  "Press {key} to close Bouwsteen. Your answers are saved."),
    # the palette, when nothing matches (Textual's "No matches found")
    "palette.no_matches": ("Niets gevonden voor “{query}”", "Nothing found for “{query}”"),
    "palette.no_matches_help": ("Typ een ander woord, of sluit met Esc.", "Type another word, or close with Esc."),
    # the key list (the palette's "Toetsen tonen"; Textual's own key panel is English and cannot be closed there)
    "keys.title": ("Toetsen", "Keys"),
    "keys.focused": ("Voor wat nu de focus heeft", "For what has the focus now"),
    "keys.screen": ("Overal op dit scherm", "Anywhere on this screen"),
    "keys.none": ("Geen toetsen.", "No keys."),
    "keys.close_hint": ("Esc: sluiten · ook via het zoekvenster (Ctrl+P): “Toetsen verbergen”",
                        "Esc: close · also from the search window (Ctrl+P): “Hide keys”"),
    "cmd.keys_hide": ("Toetsen verbergen", "Hide keys"),
    "cmd.keys_hide_help": ("Sluit de lijst met toetsen.", "Close the list of keys."),
    "key.space": ("Spatie", "Space"),
    # F1 for a choice: one option or several, with or without an answer of one's own
    "help.kind.choice.multiple.other": (
        "Vink aan wat past (spatie of klik). Een eigen aanvulling typ je in het veld eronder en voeg je toe met Enter.",
        "Tick what applies (space or click). Type your own addition in the field below and add it with Enter.",
    ),
    "help.kind.choice.multiple": ("Vink aan wat past (spatie of klik).", "Tick what applies (space or click)."),
    "help.kind.choice.single": (
        "Kies één antwoord: ga er met de pijltjes naartoe en druk op Enter of spatie, of klik erop.",
        "Choose one answer: go to it with the arrows and press Enter or space, or click it.",
    ),
    "help.kind.choice.single.other": (
        "Kies één antwoord: ga er met de pijltjes naartoe en druk op Enter of spatie, of klik erop. Past er geen? "
        "Typ je eigen antwoord in het veld eronder.",
        "Choose one answer: go to it with the arrows and press Enter or space, or click it. None fits? Type your "
        "own answer in the field below.",
    ),
    "help.option_help": ("Onder de keuzes staat wat de keuze betekent waar je cursor op staat.",
                         "Below the options you see what the option under your cursor means."),
}
