"""The PySide6 desktop app. Draws and delegates to services/."""
