"""A red-header document printed again at the top of its page's text.

A notice published on a site keeps, under the page's headline, the head of
the paper document: its formal title (`Notice of the Hunan Provincial
Department of Agriculture on Printing and Distributing …`) and its number
(`Xiangnongfa [2022] No.34`), then the addressee.  The number is metadata;
the formal title is the document's own name, often longer than the page's
headline.  Both go to the header (``extra.document_title``,
``extra.document_number``), kept as header lines, so the first paragraph is
the addressee, as on paper.  Only a number line is evidence enough: without
it a title-like line at the top of the text is left alone.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..textmap import MappedText
from .header import LabelValue
from .lines import Line
from .shape import _is_document_number_line, _title_candidate


#: `(Adopted at the 12th Session of the Standing Committee … on April 21, 2021)`,
#: `(Promulgated by Order No. 32 of …)`, `([2020] No. 10 issued by …)`: a law's
#: or a regulation's note of how it was made, in brackets under its title.
_ENACTMENT_NOTE = lazy_compile(
    r"^[(（]\s*(?:(?:promulgated|issued|adopted|approved|passed|revised|amended|formulated|announced)\b"
    r"|\[(?:19|20)\d{2}\]\s*no\.)[^()（）]{0,400}[)）]?$", re.IGNORECASE)


def read_document_head(body: list[Line], title: MappedText | None) -> tuple[list[Line], list[LabelValue], list[Line]]:
    """Take a formal title and a document number (or a regulation's note of
    how it was enacted, ``extra.enactment``) off the top of ``body``."""
    if title is None:
        return body, [], []
    top = [k for k, ln in enumerate(body) if not ln.blank][:2]
    if not top:
        return body, [], []
    first = body[top[0]].text.strip()
    if _ENACTMENT_NOTE.match(first.text):
        note = first.slice(1, len(first.text) - (1 if first.text[-1:] in ")）" else 0)).strip()
        taken = [body[top[0]]]
        fields = [LabelValue("extra:enactment", "", first.slice(0, 0), note)]
    elif _is_document_number_line(first.text):
        taken = [body[top[0]]]
        fields = [LabelValue("extra:document_number", "", first.slice(0, 0), first)]
    elif len(top) == 2 and _title_candidate(first.text) and not first.text.endswith((".", "。", ":", "：")) \
            and _is_document_number_line(body[top[1]].s):
        number = body[top[1]].text.strip()
        taken = [body[top[0]], body[top[1]]]
        fields = [LabelValue("extra:document_title", "", first.slice(0, 0), first),
                  LabelValue("extra:document_number", "", number.slice(0, 0), number)]
    else:
        return body, [], []
    numbers = {ln.number for ln in taken}
    return [ln for ln in body if ln.number not in numbers], fields, taken
