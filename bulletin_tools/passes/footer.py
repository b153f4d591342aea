"""The footer zone's lines → :class:`~bulletin_tools.model.Footer`.

Record numbers split over two lines are joined first; an ambiguous
romanised ICP prefix is resolved only by evidence on the same page (another
record, or the one province the footer names).
"""

from __future__ import annotations

import re

from ..icp_form import english_icp
from ..model import Footer, RecordNumber
from ..segment import Zones
from ..segment.footer import FooterFields, join_split_records, read_footer_line
from ..repair.records import RecordMatch, find_records, provinces, region_evidence

def _province_named(text: str) -> str | None:
    """The one province named in words (`…, Hebei Province`), else None."""
    names = {name for row in provinces() for name in row.names
             if name in text and re.search(rf"\b{re.escape(name)}\b", text)}  # (the substring test first: C speed)
    return names.pop() if len(names) == 1 else None


def build_footer(z: Zones) -> Footer:
    """The footer zone's lines → Footer (it makes no fixes and no findings)."""
    if not z.footer:
        return Footer()
    # An ambiguous romanisation (`Ji ICP`) is resolved only by evidence on
    # the page: another record, or a province named in the footer.
    footer_text = "\n".join(ln.s for ln in z.footer)
    hint = region_evidence(footer_text) or _province_named(footer_text)
    acc = FooterFields()
    lines: list[str] = []
    spans: list[tuple[int, int]] = []
    for stripped in join_split_records([ln.text.strip() for ln in z.footer if not ln.blank]):
        if not stripped.text:
            continue
        lines.append(re.sub(r"\s{2,}", "  ", stripped.text))
        spans.append(stripped.span())
        read_footer_line(stripped, acc, lambda t: find_records(t, hint_region=hint))
    icp = None
    if acc.icp is not None:
        rec = acc.icp
        assert isinstance(rec, RecordMatch)  # read_footer_line keeps the first ICP RecordMatch there
        # one documented English form whatever style the page used (see icp_form)
        icp = RecordNumber(english_icp(rec.record) or rec.text, rec.record, rec.region)
    extra: dict[str, object] = dict(acc.extra)
    if acc.others:
        extra["other"] = acc.others
    return Footer(
        address=acc.values.get("address"),
        phone=acc.values.get("phone"),
        postcode=acc.values.get("postcode"),
        email=acc.values.get("email"),
        copyright=acc.values.get("copyright"),
        sponsor=acc.values.get("sponsor"),
        icp=icp,
        public_security=acc.public_security,
        extra=extra,
        lines=tuple(lines),
        span=(spans[0][0], spans[-1][1]) if spans else None,
    )


def footer_from_front(footer: Footer, data: object) -> Footer:
    """Our Markdown's front matter already holds the footer fields: trust them."""
    if not isinstance(data, dict):
        return footer
    known = {"address", "phone", "postcode", "email", "copyright", "sponsor", "icp", "icp_record", "icp_region", "public_security"}
    icp = footer.icp
    if data.get("icp") is not None:
        icp = RecordNumber(str(data["icp"]), str_or_none(data.get("icp_record")), str_or_none(data.get("icp_region")))
    extra = {k: v for k, v in data.items() if k not in known}
    if "other" in footer.extra:
        extra["other"] = footer.extra["other"]
    return Footer(
        address=str_or_none(data.get("address")), phone=str_or_none(data.get("phone")),
        postcode=str_or_none(data.get("postcode")), email=str_or_none(data.get("email")),
        copyright=str_or_none(data.get("copyright")), sponsor=str_or_none(data.get("sponsor")),
        icp=icp, public_security=str_or_none(data.get("public_security")),
        extra=extra, lines=footer.lines, span=footer.span,
    )


def str_or_none(value: object) -> str | None:
    return None if value is None else str(value)
