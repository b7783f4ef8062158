"""Why a file operation failed, one sentence per system error (errno), in the interface language.

The system's own words (``strerror``: "File exists", "Is a directory") are English whatever the user's language.
:func:`bouwsteen_tui.i18n.os_error_text` says the errors that need their own advice here, by their errno name,
and the rest by their kind (``core.files.OS_ERROR_KINDS``: read-only, disk full, no access, missing, a link), or
as "an unexpected system error (ENAME)". Spread into the app's and the command line's catalogues through
``i18n/workspace.py``.

Imports neither textual nor rich.
"""

from __future__ import annotations

import errno

_BUSY = ("het bestand of de map is in gebruik door een ander programma; sluit dat en probeer opnieuw",
         "the file or folder is in use by another program; close it and try again")
_UNSUPPORTED = ("deze schijf ondersteunt die bewerking niet (een netwerkschijf of een USB-stick?); kies een map op "
                "je eigen schijf", "this disk does not support that operation (a network drive or a USB stick?); "
                "choose a folder on your own disk")
_NETWORK = ("de verbinding met het netwerk of de netwerkschijf is weggevallen; probeer opnieuw als ze terug is",
            "the connection to the network or the network drive was lost; try again when it is back")
_DEVICE = ("het apparaat is niet (meer) beschikbaar, bijvoorbeeld een USB-stick die uitgetrokken is",
           "the device is not available (any more), for instance a USB stick that was removed")
_TOO_MANY_OPEN = ("er zijn te veel bestanden tegelijk open; sluit andere programma's en probeer opnieuw",
                  "too many files are open at once; close other programs and try again")

# errno name → (Flemish Dutch, English). The names a platform lacks are skipped.
ERRNO_SENTENCES: dict[str, tuple[str, str]] = {
    "EEXIST": ("er bestaat al een bestand of map met die naam", "a file or folder with that name already exists"),
    "ENOTDIR": ("er staat een bestand waar een map hoort", "there is a file where a folder belongs"),
    "EISDIR": ("er staat een map waar een bestand hoort", "there is a folder where a file belongs"),
    "ENOTEMPTY": ("de map is niet leeg", "the folder is not empty"),
    "EBUSY": _BUSY,
    "ETXTBSY": _BUSY,
    "EDEADLK": ("het bestand is vergrendeld door een ander programma; probeer zo meteen opnieuw",
                "the file is locked by another program; try again in a moment"),
    "ENOLCK": ("de schijf kan geen bestanden vergrendelen (een netwerkschijf?); kies een map op je eigen schijf",
               "the disk cannot lock files (a network drive?); choose a folder on your own disk"),
    "EXDEV": ("het kan niet naar een andere schijf verplaatst worden", "it cannot be moved to another disk"),
    "ENAMETOOLONG": ("de naam of het pad is te lang; kies een kortere naam of een map dichter bij de schijf",
                     "the name or path is too long; choose a shorter name or a folder closer to the disk's root"),
    "EILSEQ": ("de naam bevat tekens die deze schijf niet aanvaardt", "the name holds characters this disk does not "
               "accept"),
    "EINVAL": ("de naam of de bewerking is niet toegelaten op deze schijf", "the name or the operation is not "
               "allowed on this disk"),
    "EMFILE": _TOO_MANY_OPEN,
    "ENFILE": _TOO_MANY_OPEN,
    "EMLINK": ("de map bevat te veel items", "the folder holds too many entries"),
    "EOVERFLOW": ("het bestand is te groot", "the file is too large"),
    "ENOMEM": ("er is niet genoeg geheugen vrij; sluit andere programma's en probeer opnieuw",
               "there is not enough free memory; close other programs and try again"),
    "EIO": ("de schijf kon niet gelezen of beschreven worden (een invoer-/uitvoerfout); controleer de schijf of de "
            "USB-stick", "the disk could not be read or written (an input/output error); check the disk or the USB "
            "stick"),
    "ENODEV": _DEVICE,
    "ENXIO": _DEVICE,
    "ESTALE": ("de netwerkmap is niet meer bereikbaar; open ze opnieuw", "the network folder can no longer be "
               "reached; open it again"),
    "ETIMEDOUT": ("de schijf of het netwerk antwoordde niet op tijd; probeer opnieuw",
                  "the disk or the network did not answer in time; try again"),
    "ENETUNREACH": _NETWORK,
    "EHOSTUNREACH": _NETWORK,
    "ENETDOWN": _NETWORK,
    "ECONNRESET": _NETWORK,
    "ECONNABORTED": _NETWORK,
    "ECONNREFUSED": ("de verbinding werd geweigerd", "the connection was refused"),
    "EADDRINUSE": ("die poort is al in gebruik door een ander programma", "that port is already in use by another "
                   "program"),
    "EADDRNOTAVAIL": ("dat adres bestaat niet op deze computer", "that address does not exist on this computer"),
    "EPIPE": ("de verbinding met het andere programma is verbroken", "the connection to the other program was "
              "broken"),
    "EAGAIN": ("het bestand is even niet beschikbaar; probeer het zo meteen opnieuw",
               "the file is not available for a moment; try again shortly"),
    "EINTR": ("de bewerking werd onderbroken; probeer opnieuw", "the operation was interrupted; try again"),
    "ECANCELED": ("de bewerking werd geannuleerd", "the operation was cancelled"),
    "EOPNOTSUPP": _UNSUPPORTED,
    "ENOTSUP": _UNSUPPORTED,
    "ENOSYS": _UNSUPPORTED,
    "EBADF": ("een bestand was onverwacht gesloten; probeer opnieuw", "a file was closed unexpectedly; try again"),
}

ERRNO_MESSAGES: dict[str, tuple[str, str]] = {f"oserror.errno.{name}": pair for name, pair in ERRNO_SENTENCES.items()}


def errno_key(code: int | None) -> str | None:
    """The catalogue key of the sentence for the error ``code`` (aliases such as EWOULDBLOCK included), if any."""
    if not code:
        return None
    for name in ERRNO_SENTENCES:
        if getattr(errno, name, None) == code:
            return f"oserror.errno.{name}"
    return None
