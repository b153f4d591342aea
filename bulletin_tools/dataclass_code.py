"""The methods the dataclass decorator writes, compiled once and kept between runs.

Why (cold start): ``@dataclass`` writes ``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` of every class
as source text and compiles each with :func:`exec`, in every process: the
package's 46 classes cost ``bulletin clean one.txt`` about 30 ms, more than
any other step of a small file.  The text is the same from run to run, so
:func:`install` routes the decorator's ``exec`` calls for this package's
classes through :func:`.recache.compiled_code`, which keeps the compiled code
objects (plain :mod:`marshal` data, as in a ``.pyc``) beside the compiled
regular expressions.  The code is the very one ``exec`` would compile from
the same text, so the classes are the same; a class of any other module
goes straight to the built-in ``exec``.

No ``from __future__ import annotations`` here, on purpose: :func:`exec`
compiles a string with the future flags of the module that calls it, and
the dataclass module calls it with none; so does :func:`_exec`.
"""

import builtins
import dataclasses

from . import recache

#: The prefix of this package's module names (``bulletin_tools.``): only the
#: classes of these modules take the stored code.
_PREFIX = __name__.rpartition(".")[0] + "."


def _exec(source, globals=None, locals=None, /, **kwargs):
    """:func:`exec`, with this package's generated methods compiled from the store."""
    if type(source) is str and type(globals) is dict and str(globals.get("__name__", "")).startswith(_PREFIX):
        source = recache.compiled_code(source)
    return builtins.exec(source, globals, locals, **kwargs)


def install() -> None:
    """Route the dataclass decorator's ``exec`` through :func:`_exec` (once; idempotent).

    Only where the decorator compiles each method through ``_create_fn``'s
    call of ``exec`` (CPython 3.11 and 3.12): the name is looked up in the
    module's globals before the built-ins, so setting it there is the whole
    hook.  Elsewhere the classes are built as usual, only slower.
    """
    if getattr(dataclasses, "exec", None) is None and hasattr(dataclasses, "_create_fn"):
        setattr(dataclasses, "exec", _exec)  # (a module global the decorator looks up, see above)
