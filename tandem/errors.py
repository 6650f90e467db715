"""The one exception base of Tandem: every error Tandem raises on purpose derives from ``TandemError``.

Its message is meant for the person using Tandem (in Chinese where users read it), so a
caller can show ``str(exc)`` as it is. Subclasses keep a built-in base too
(``ValueError``, ``LookupError`` …) where callers already catch that.
This module imports nothing, so every layer may raise its errors.
"""

from __future__ import annotations


class TandemError(Exception):
    """An error Tandem raises on purpose, with a message fit to show."""
