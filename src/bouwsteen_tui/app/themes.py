"""The app's themes: Textual's dark one, and a high-contrast one of its own (Ctrl+P → "Hoog contrast")."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="bouwsteen-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF5555",
    dark=True,
    variables={"text-muted": "#E0E0E0", "footer-key-foreground": "#FFFF00", "border": "#FFFFFF"},
)
DEFAULT_THEME = "textual-dark"
