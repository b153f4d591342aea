"""``--color auto|always|never``: whether an output stream gets ANSI colour.

Why a switch: ``segment --view | less -R`` and ``clean --diff | less -R``
want colour through a pipe, and a CI log wants none on a pseudo-terminal.
``auto`` (the default) colours a terminal only, and never with ``NO_COLOR``
(https://no-color.org); ``FORCE_COLOR`` turns it on through a pipe, as
before this option existed.  ``always``/``never`` win over both variables,
because an explicit option is the user's latest word.
"""

from __future__ import annotations

import os

CHOICES = ("auto", "always", "never")


def wants_colour(choice: str, stream) -> bool:
    """``choice`` (one of :data:`CHOICES`) applied to ``stream`` and the environment."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
