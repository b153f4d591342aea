"""The one domain exception family.

The CLI catches :class:`BulletinError` and turns it into a one-line message
and an exit code, so users never see a traceback for bad input.
"""


class BulletinError(Exception):
    """Base class; ``exit_code`` follows docs/exit-codes.md."""

    exit_code = 3


class InputError(BulletinError):
    """An input could not be processed (binary, empty, undecodable, unreadable)."""

    exit_code = 3


class UsageError(BulletinError):
    """The command line or an option file is wrong (bad glossary, unknown rule)."""

    exit_code = 2
