"""What dialogs share: saving a draft shortly after each change, and asking what to do with unsaved input.

The rule every input dialog follows (stated in the dialogs' hints):

* **Klaar** (Ctrl+S, Enter in a one-line dialog) refuses while a field holds input it would not keep (an invalid
  date …) or a required field is empty; a message names the field(s) and the focus goes to the first one.
* **Esc** and **Annuleren** close at once when nothing was changed; after a change they ask: keep (refused like
  Klaar when something is wrong), discard, or continue editing.
* While a dialog is open, what was typed is saved as a draft within a second of each change, and offered back
  when the record or dialog is opened again; closing the dialog removes the draft.
"""

from __future__ import annotations

from datetime import datetime


def local_time(moment: datetime) -> str:
    """When a draft was saved, in the user's local time: ``dd-mm-jjjj uu:mm``."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")
