"""``bulletin review``: a static review site, the source beside the result.

Translators check segmentation and editors approve repairs; both would
rather look than read JSON.  This package turns the same
:class:`~bulletin_tools.model.Bulletin` the JSON output is made of (no
second segmentation) into self-contained HTML pages: one per input plus an
``index.html``.  Everything is inline (CSS, a little plain JavaScript, SVG),
so a page opens from ``file://`` and makes no network request.

Modules, one job each:

- :mod:`.escape`  text → HTML that cannot inject markup, invisible characters shown;
- :mod:`.parts`   the document's parts and the source cut into tinted, fix-marked pieces;
- :mod:`.page`    one document page;
- :mod:`.index`   the index page and its SVG charts;
- :mod:`.site`    a batch of inputs → pages written atomically (no printing).

Nothing here is imported by ``import bulletin_tools``.
"""
