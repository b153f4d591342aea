"""Label/value pairs of the header zone → :class:`~bulletin_tools.model.Metadata`.

Dates become ISO 8601, counts integers; a value that carries strays after a
run of spaces, or a label nobody has a field for, lands in ``extra`` so no
word is lost.  Empty labels become ``empty-field`` findings.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..model import INFO, WARNING, Finding, Metadata
from ..segment import Zones

_EMPTYISH = lazy_compile(r"^[\s\-–—_/|·.,:：;；]*$")


_BARE_TIME = lazy_compile(r"\s*((?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?!\d)")
_VALUE_TRIM = " \t[]【】〖〗,;，；|"
_VIEWS_TEXT = lazy_compile(r"(?<![\d,])(\d[\d,]*)\s*(?:viewers?|views?|clicks?|reads?|times|次)\b", re.IGNORECASE)


def build_metadata(z: Zones, findings: list[Finding], line_no) -> Metadata:
    """Label/value pairs → Metadata: ISO date and time, integer views, extras.

    A value may carry strays after a run of spaces (`Wei Dong   12-05 07:50`,
    `Li Na    Sunday, January 15, 2023`): a stray date fills the date, a
    stray count the views, anything else goes to ``extra`` so no word is lost.
    """
    from ..fields import find_datetime, parse_views

    values: dict[str, object] = {}
    extra: dict[str, object] = {}
    state = {"date": None, "time": None}

    def add_extra(key: str, value: str) -> None:
        key = re.sub(r"\W+", "_", key).strip("_") or "label"
        extra[key] = f"{extra[key]}; {value}" if key in extra else value

    def take_date(value: str) -> str | None:
        """Fill date/time from ``value``; return what is left of it (None if no date)."""
        dt = find_datetime(value)
        if dt is None or not (dt.date or dt.time):
            bare = _BARE_TIME.match(value)
            if bare is None:
                return None
            # `Time: 14:20` with no date: the time alone, never an invented date
            if not state["time"]:
                hour, rest = bare.group(1).split(":", 1)
                state["time"] = f"{int(hour):02d}:{rest}"
            return value[bare.end():].strip()
        if dt.date and not state["date"]:
            state["date"] = dt.date
        if dt.time and not state["time"]:
            state["time"] = dt.time
        if dt.partial and not dt.date:
            extra.setdefault("date_partial", dt.partial)
        iso = " ".join(x for x in (dt.date, dt.time) if x)
        if value[dt.start:dt.end] != iso:
            # Keep the date as printed: normalising must not lose words.
            add_extra("date_text", value[dt.start:dt.end])
        return (value[: dt.start] + " " + value[dt.end:]).strip()

    def take_views(value: str) -> str | None:
        m = _VIEWS_TEXT.search(value)
        if not m or "views" in values:
            return None
        values["views"] = int(m.group(1).replace(",", ""))
        return (value[: m.start()] + " " + value[m.end():]).strip()

    def stray(chunk: str) -> None:
        chunk = chunk.strip(_VALUE_TRIM)
        if not chunk:
            return
        rest = take_date(chunk) if not state["date"] else None
        if rest is None:
            rest = chunk
        left = take_views(rest)
        rest = rest if left is None else left
        if rest.strip(_VALUE_TRIM):
            add_extra("unlabelled", rest.strip(_VALUE_TRIM))

    for lv in z.labels:
        raw = lv.value.text.strip(_VALUE_TRIM)
        chunks = [c for c in re.split(r"\s{2,}", raw) if c.strip(_VALUE_TRIM)]
        value = chunks[0].strip(_VALUE_TRIM) if chunks else ""
        for chunk in chunks[1:]:
            stray(chunk)
        if lv.field == "stray":
            stray(value)
            continue
        if _EMPTYISH.match(value):
            value = ""
        if not value:
            span = lv.label_text.span()
            findings.append(Finding(
                "empty-field", INFO if lv.field.startswith("extra:") else WARNING,
                f"label '{lv.label}' has no value; fill it in from the original page or drop the label",
                line_no(span[0]), span))
            continue
        if lv.field == "date":
            rest = take_date(value)
            if rest is None:
                add_extra("date_text", value)
            elif rest.strip(_VALUE_TRIM):
                stray(rest)
            continue
        if lv.field == "views":
            n = parse_views(value)
            if n is not None:
                values.setdefault("views", n)
            elif take_views(value) is None:
                add_extra("views_text", value)
            continue
        if lv.field in ("source", "author", "editor"):
            if lv.field == "source" and not state["date"]:
                # An outlet name glued to a date: `Tanbei Town People's Government2023-10-12`.
                rest = take_date(value)
                if rest is not None:
                    value = rest.strip(_VALUE_TRIM)
            if lv.field in values:
                add_extra(lv.field + "_2", value)
            else:
                values[lv.field] = value
            continue
        add_extra(lv.field[6:] if lv.field.startswith("extra:") else lv.field, value)
    if z.masthead:
        add_extra("masthead", " / ".join(ln.text.strip().text for ln in z.masthead))
    spans = [ln.text.strip().span() for ln in z.label_lines]
    span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    return Metadata(
        source=values.get("source"),  # type: ignore[arg-type]
        author=values.get("author"),  # type: ignore[arg-type]
        editor=values.get("editor"),  # type: ignore[arg-type]
        date=state["date"],
        time=state["time"],
        views=values.get("views"),  # type: ignore[arg-type]
        extra=extra,
        span=span,
    )
