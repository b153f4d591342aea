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

A head may instead open with the **issuing office**, printed over the formal
title (`Lingxi County People's Government Office` / `Plan for the Spring
Tree Planting of 2024` / `Public Notice`), the kind of document closing it.
The office's name (see :func:`.official_lines.is_signer`) and the title are
evidence together only with a third sign: the kind's line, or a title that
says the headline again in its own words (at least half its words are the
headline's).  They go to the header as ``extra.issuer``,
``extra.document_title`` and ``extra.document_kind``: none of them is a
heading or the first paragraph.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..textmap import MappedText
from .header import LabelValue
from .lines import Line
from .shape import _is_document_number_line, _same_words, _title_candidate


#: `(Adopted at the 12th Session of the Standing Committee … on April 21, 2021)`,
#: `(These rules were adopted by the members' meeting of …)`,
#: `(Promulgated by Order No. 32 of …)`, `([2020] No. 10 issued by …)`: a law's
#: or a regulation's note of how it was made, in brackets under its title.
_ENACTMENT_NOTE = lazy_compile(
    r"^[(（]\s*(?:(?:this|the)\s+(?:charter|constitution|law|regulations?|rules|measures|provisions|articles|decision)"
    r"\s+(?:was|were|is|are)\s+)?(?:(?:promulgated|issued|adopted|approved|passed|revised|amended|formulated|announced)\b"
    r"|\[(?:19|20)\d{2}\]\s*no\.)[^()（）]{0,1200}[)）]?$", re.IGNORECASE)


def read_document_head(body: list[Line], title: MappedText | None) -> tuple[list[Line], list[LabelValue], list[Line]]:
    """Take a formal title and a document number (or a regulation's note of
    how it was enacted, ``extra.enactment``) off the top of ``body``."""
    if title is None:
        return body, [], []
    nonblank = [k for k, ln in enumerate(body) if not ln.blank]
    found = _head_at(body, nonblank[:ISSUER_HEAD_LINES + 1], title)
    if found is None and nonblank and _same_words(body[nonblank[0]].s, title.text):
        # (the headline printed again over a regulation's note, an image's alt text: it stays, a caption)
        found = _head_at(body, nonblank[1:ISSUER_HEAD_LINES + 2], title)
    if found is None:
        return body, [], []
    taken, fields = found
    numbers = {ln.number for ln in taken}
    return [ln for ln in body if ln.number not in numbers], fields, taken


def _head_at(body: list[Line], nonblank: list[int], title: MappedText) -> tuple[list[Line], list[LabelValue]] | None:
    """The lines and fields of a document head on the lines ``nonblank`` of ``body``, or None."""
    top = nonblank[:2]
    if not top:
        return None
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
        head = _issuer_head([body[k].text.strip() for k in nonblank], title.text)
        if head is None:
            return None
        taken = [body[k] for k in nonblank[:len(head)]]
        fields = [LabelValue(field, "", ln.text.strip().slice(0, 0), ln.text.strip()) for field, ln in zip(head, taken)]
    return taken, fields


#: An issuer-led head is at most this many lines: the office, the title, the kind.
ISSUER_HEAD_LINES = 3
#: `Public Notice`, `Announcement`, `Circular`: the kind of an official
#: document, alone on the line that closes its head.
_DOCUMENT_KIND = lazy_compile(
    r"(?:public\s+)?(?:notice|announcement|circular|bulletin|notification|proclamation|communiqu[eé]|order|decision)",
    re.IGNORECASE,
)
#: A formal title says the headline again when at least this share of its
#: words are the headline's (`Aims of Consulting the Public on Quarry City's …`
#: under `Notice on Consulting the Public about Quarry City's …`).  Set on the tuning sites
#: of the real-page set.
MIN_TITLE_WORDS_SHARED = 0.5
_WORD = lazy_compile(r"[^\W_]+")


def _shared_share(line: str, headline: str) -> float:
    words = _WORD.findall(line.casefold())
    own = set(_WORD.findall(headline.casefold()))
    return sum(w in own for w in words) / len(words) if words else 0.0


def _issuer_head(texts: list[MappedText], headline: str) -> list[str] | None:
    """The fields of an issuer-led head on the text's first lines (see the
    module), one per line taken, or None.  Prose must follow the head."""
    from .official_lines import is_signer
    from .shape import is_org_name

    if len(texts) < ISSUER_HEAD_LINES or not (is_signer(texts[0].text) and is_org_name(texts[0].text)):
        return None
    formal = texts[1].text
    if not _title_candidate(formal) or formal.endswith((".", "。", ":", "：")) or _DOCUMENT_KIND.fullmatch(formal):
        return None
    fields = ["extra:issuer", "extra:document_title"]
    if _DOCUMENT_KIND.fullmatch(texts[2].text):
        fields.append("extra:document_kind")
    elif _shared_share(formal, headline) < MIN_TITLE_WORDS_SHARED:
        return None
    after = texts[len(fields)].text if len(texts) > len(fields) else ""
    return fields if _is_prose(after) else None


def _is_prose(s: str) -> bool:
    from .body import _prose

    return bool(s) and _prose(s)
