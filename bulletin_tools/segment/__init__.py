"""Cut a bulletin's lines into zones: header, body, footer; drop page furniture.

The header is everything before the body's first prose line: breadcrumb,
title, label rows and description, in any order.  The footer is the
trailing run of lines that carry footer labels, record numbers or a
copyright notice.  Furniture lines anywhere (print/close/share, previous/next
article, comment forms) are removed and recorded as fixes, never dropped
silently.
"""

from .lines import Line
from .removal import judgeable
from .zones import Zones
from .zoning import zone

__all__ = ["Zones", "zone", "Line", "judgeable"]
