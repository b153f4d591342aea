"""Old home of :mod:`bulletin_tools.field_values`, kept only for ``segment/``.

``segment/`` is being split up on another branch; once that lands, its
imports of ``..fields`` should name ``..field_values`` and this file goes.
"""

from .field_values import DateTime, find_datetime, parse_views

__all__ = ["DateTime", "find_datetime", "parse_views"]
