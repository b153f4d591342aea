"""A cheaper ``__init__`` for frozen, slotted dataclasses.

Why: a frozen dataclass's generated ``__init__`` sets every field
through ``object.__setattr__(self, name, value)``, which costs several times
a plain assignment, and a document builds thousands of small values (lines,
edits, fixes, findings, blocks).  :func:`fast_init` replaces that
``__init__`` with one that stores each argument through the field's slot
descriptor: the same signature, defaults and resulting value, still frozen
(``__setattr__`` is untouched, so assigning later raises as before).
Profilers do not show the cost it removes: dataclass initialisers are
generated code they attribute poorly.
"""

from __future__ import annotations

import dataclasses
import types
from typing import TYPE_CHECKING, TypeVar, cast

from . import recache

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def fast_init(cls: type[T]) -> type[T]:
    """Give the frozen slotted dataclass ``cls`` a descriptor-based ``__init__``.

    Only plain fields are supported (no ``default_factory``, ``init=False``,
    keyword-only field or ``__post_init__``): anything else raises at import,
    so the generated ``__init__`` can never silently differ from the
    dataclass one.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: fast_init needs a frozen dataclass without __post_init__")
    namespace: dict[str, object] = {}
    args: list[str] = []
    body: list[str] = []
    for f in dataclasses.fields(cls):
        descriptor = cls.__dict__.get(f.name)
        if (not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
                or not isinstance(descriptor, types.MemberDescriptorType)):
            raise TypeError(f"{cls.__name__}.{f.name}: fast_init supports plain slotted fields only")
        namespace[f"_set_{f.name}"] = descriptor.__set__
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(args)}):\n" + ("\n".join(body) or "    pass") + "\n"
    # (compiled once and kept between runs, as the dataclass methods are: see dataclass_code.py)
    exec(recache.compiled_code(source), namespace)  # noqa: S102  (generated from the field names only)
    init = cast(types.FunctionType, namespace["__init__"])
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    setattr(cls, "__init__", init)  # replacing a method of the class is the point
    return cls
