"""bulletin-tools: clean, segment and render machine-translated government bulletins.

>>> import bulletin_tools
>>> doc = bulletin_tools.clean("Position: Home > News\\n\\nA Title\\n\\nSome body text here.\\n")
>>> doc.breadcrumb
('Home', 'News')

The public API is small: :func:`clean` (text → :class:`Bulletin`),
:func:`clean_bytes` (bytes → Bulletin, decoding explicitly), and the
renderers :func:`to_markdown`, :func:`to_json_dict`, :func:`to_json`.
Everything heavy (ftfy, langdetect, pypinyin, PyYAML) loads lazily, so
importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from . import dataclass_code

dataclass_code.install()  # before any class of the package is built (cold start: see dataclass_code.py)

from .errors import BulletinError, InputError, UsageError
from .model import Bulletin, Block, Finding, Fix, Footer, Metadata, RecordNumber, Section, TextPart

if TYPE_CHECKING:
    from .pipeline import Options


def clean(text: str, input: str | None = None, options: "Options | None" = None) -> Bulletin:
    """Repair and segment the text of one bulletin."""
    from .pipeline import DEFAULT_OPTIONS, clean_text

    return clean_text(text, input=input, options=options or DEFAULT_OPTIONS)


def clean_bytes(data: bytes, input: str | None = None, encoding: str | None = None,
                options: "Options | None" = None) -> Bulletin:
    """Decode bytes (UTF-8/16, GB18030, Big5; or ``encoding``) and clean them."""
    from .pipeline import DEFAULT_OPTIONS
    from .pipeline import clean_bytes as _clean_bytes

    return _clean_bytes(data, input=input, encoding=encoding, options=options or DEFAULT_OPTIONS)


segment = clean  # the segmentation is part of the cleaned document


def to_markdown(doc: Bulletin) -> str:
    from .render.markdown import to_markdown as _to_markdown

    return _to_markdown(doc)


def to_json_dict(doc: Bulletin) -> dict[str, Any]:
    from .render.json import to_json_dict as _to_json_dict

    return _to_json_dict(doc)


def to_json(doc: Bulletin, indent: int | None = 2) -> str:
    from .render.json import to_json as _to_json

    return _to_json(doc, indent=indent)


def __getattr__(name: str) -> Any:
    if name == "Options":
        from .pipeline import Options

        return Options
    raise AttributeError(name)


__all__ = [
    "Block", "Bulletin", "BulletinError", "Finding", "Fix", "Footer", "InputError", "Metadata",
    "Options", "RecordNumber", "Section", "TextPart", "UsageError", "__version__",
    "clean", "clean_bytes", "segment", "to_json", "to_json_dict", "to_markdown",
]
