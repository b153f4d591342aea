"""Text that remembers where it came from.

Repairs change text; spans must still point into the *input*.  A
:class:`MappedText` is a string plus a piecewise map from its offsets to
input offsets.  Untouched stretches map one-to-one; a replaced stretch maps
as a whole onto the input range it replaced.  Applying a batch of
:class:`~bulletin_tools.model.Edit` values costs O(len(text) + pieces), so a
rule applied to a 2 MB line stays linear.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable, NamedTuple, Sequence

from .model import Edit, Fix, Span


class Piece(NamedTuple):
    """``text[cur_start:cur_end]`` came from ``input[orig_start:orig_end]``.

    ``linear`` pieces have equal lengths and map offset by offset; replaced
    pieces map every interior offset to the whole original range.

    A named tuple rather than a frozen dataclass: just as immutable, and a
    few times cheaper to build (a frozen dataclass sets each field through
    ``object.__setattr__``); a document builds hundreds of pieces.
    """

    cur_start: int
    cur_end: int
    orig_start: int
    orig_end: int
    linear: bool


#: ``_piece(Piece, (a, b, c, d, e))`` is ``Piece(a, b, c, d, e)``: the named tuple's own
#: ``__new__`` is a generated Python function that calls ``tuple.__new__`` so;
#: called directly, a piece costs no Python frame (a document builds hundreds,
#: one per line and per slice).  ``tests/test_speed_equivalents.py`` compares.
_piece: Callable[[type[Piece], tuple[int, int, int, int, bool]], Piece] = tuple.__new__


@dataclass(frozen=True, slots=True)
class MappedText:
    text: str
    pieces: tuple[Piece, ...]
    _starts: tuple[int, ...]

    @staticmethod
    def identity(text: str, origin: int = 0) -> "MappedText":
        """Text taken straight from the input at offset ``origin``."""
        if not text:
            return _mapped(text, (), ())
        return _mapped(text, (_piece(Piece, (0, len(text), origin, origin + len(text), True)),), (0,))

    @staticmethod
    def _from_pieces(text: str, pieces: list[Piece]) -> "MappedText":
        return _mapped(text, tuple(pieces), tuple(p.cur_start for p in pieces))

    # -- mapping -----------------------------------------------------------
    def _piece_at(self, pos: int, prefer_left: bool) -> Piece | None:
        if not self.pieces:
            return None
        i = bisect_right(self._starts, pos) - 1
        if prefer_left and i > 0 and self.pieces[i].cur_start == pos:
            i -= 1
        if i < 0:
            i = 0
        return self.pieces[i]

    def orig_start(self, pos: int) -> int:
        """Input offset where the character at ``pos`` came from."""
        piece = self._piece_at(pos, prefer_left=False)
        if piece is None:
            return 0
        if pos >= piece.cur_end:
            return piece.orig_end
        if piece.linear:
            return piece.orig_start + (pos - piece.cur_start)
        return piece.orig_start

    def orig_end(self, pos: int) -> int:
        """Input offset just after the character before ``pos``."""
        piece = self._piece_at(pos, prefer_left=True)
        if piece is None:
            return 0
        if pos <= piece.cur_start:
            return piece.orig_start
        if piece.linear:
            return piece.orig_start + min(pos, piece.cur_end) - piece.cur_start
        return piece.orig_end

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """The input span of ``text[start:end]``."""
        if end is None:
            end = len(self.text)
        pieces = self.pieces
        if len(pieces) == 1 and 0 <= start <= end <= pieces[0].cur_end and pieces[0].linear \
                and pieces[0].cur_start == 0 and pieces[0].cur_end == len(self.text):
            # One linear piece over the whole text (a line no rule edited): offset k
            # is input offset origin + k, which is what the lookups below give.
            origin = pieces[0].orig_start
            return (origin + start, origin + end)
        if not pieces:
            return (0, 0)
        if start >= end:
            pos = self.orig_start(start) if start < len(self.text) else self.orig_end(start)
            return (pos, pos)
        return (self.orig_start(start), self.orig_end(end))

    @property
    def full_span(self) -> Span:
        if not self.pieces:
            return (0, 0)
        return (self.pieces[0].orig_start, self.pieces[-1].orig_end)

    # -- slicing -----------------------------------------------------------
    def slice(self, start: int, end: int) -> "MappedText":
        """A sub-string that keeps its map (used to split lines into fields)."""
        start = max(0, start)
        end = min(len(self.text), end)
        if start >= end:
            return _mapped("", (), ())
        if len(self.pieces) == 1 and self.pieces[0].cur_start == 0 and self.pieces[0].cur_end == len(self.text):
            # Most text is one piece spanning it all (a line no rule touched):
            # the loop below reduces to this, without the search.
            p = self.pieces[0]
            if p.linear:
                piece = _piece(Piece, (0, end - start, p.orig_start + start, p.orig_start + end, True))
            else:
                piece = _piece(Piece, (0, end - start, p.orig_start, p.orig_end, False))
            return _mapped(self.text[start:end], (piece,), (0,))
        out: list[Piece] = []
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self.pieces) and self.pieces[i].cur_start < end:
            p = self.pieces[i]
            a, b = max(p.cur_start, start), min(p.cur_end, end)
            if a < b:
                if p.linear:
                    oa = p.orig_start + (a - p.cur_start)
                    ob = p.orig_start + (b - p.cur_start)
                else:
                    oa, ob = p.orig_start, p.orig_end
                out.append(_piece(Piece, (a - start, b - start, oa, ob, p.linear)))
            i += 1
        return MappedText._from_pieces(self.text[start:end], out)

    def strip(self) -> "MappedText":
        text = self.text
        if not text or not (text[0].isspace() or text[-1].isspace()):
            return self  # (most texts are already stripped: str.strip and str.isspace agree on whitespace)
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if left == 0 and right == len(text):
            return self
        return self.slice(left, right)

    # -- editing -----------------------------------------------------------
    def apply(self, edits: Sequence[Edit]) -> tuple["MappedText", list[Fix]]:
        """Apply non-overlapping edits (sorted or not); return the new text and one Fix each.

        Overlapping edits are a bug in the rule that made them; the later
        one is dropped rather than corrupting the map.
        """
        if not edits:
            return self, []
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        text = self.text
        if text and len(self.pieces) == 1 and self.pieces[0].linear and self.pieces[0].cur_start == 0 \
                and self.pieces[0].cur_end == len(text):
            return self._apply_to_identity(ordered)
        return self._apply_sorted(ordered)

    def _apply_sorted(self, ordered: Sequence[Edit]) -> tuple["MappedText", list[Fix]]:
        """:meth:`apply` with the edits in order, on any map."""
        text = self.text
        parts: list[str] = []
        pieces: list[Piece] = []
        fixes: list[Fix] = []
        cursor = 0  # in old text
        new_len = 0
        for edit in ordered:
            if edit.start < cursor or edit.end < edit.start or edit.end > len(text):
                continue
            if edit.start > cursor:
                kept = self.slice(cursor, edit.start)
                parts.append(kept.text)
                pieces.extend(_shift(kept.pieces, new_len))
                new_len += len(kept.text)
            before = text[edit.start:edit.end]
            span = self.span(edit.start, edit.end)
            fixes.append(Fix(edit.rule, before, edit.after, span))
            if edit.after:
                pieces.append(Piece(new_len, new_len + len(edit.after), span[0], span[1], False))
                parts.append(edit.after)
                new_len += len(edit.after)
            cursor = edit.end
        if cursor < len(text):
            kept = self.slice(cursor, len(text))
            parts.append(kept.text)
            pieces.extend(_shift(kept.pieces, new_len))
        return MappedText._from_pieces("".join(parts), _merge(pieces)), fixes

    def _apply_to_identity(self, ordered: Sequence[Edit]) -> tuple["MappedText", list[Fix]]:
        """:meth:`apply` on text that is one linear piece (a line no rule has
        touched yet: most edited lines, whose edit is a stripped edge).

        Offset ``k`` then maps to ``origin + k`` everywhere, so each span and
        each kept stretch is one addition, instead of a ``slice`` and a
        ``span`` lookup per edit; the pieces and fixes are the ones the
        general loop builds (``tests/test_speed_equivalents.py`` compares).
        """
        text = self.text
        origin = self.pieces[0].orig_start
        parts: list[str] = []
        pieces: list[Piece] = []
        fixes: list[Fix] = []
        cursor = 0
        new_len = 0
        for edit in ordered:
            start, end = edit.start, edit.end
            if start < cursor or end < start or end > len(text):
                continue
            if start > cursor:
                parts.append(text[cursor:start])
                pieces.append(_piece(Piece, (new_len, new_len + start - cursor, origin + cursor, origin + start, True)))
                new_len += start - cursor
            after = edit.after
            fixes.append(Fix(edit.rule, text[start:end], after, (origin + start, origin + end)))
            if after:
                pieces.append(_piece(Piece, (new_len, new_len + len(after), origin + start, origin + end, False)))
                parts.append(after)
                new_len += len(after)
            cursor = end
        if cursor < len(text):
            parts.append(text[cursor:])
            end = len(text)
            pieces.append(_piece(Piece, (new_len, new_len + end - cursor, origin + cursor, origin + end, True)))
        return MappedText._from_pieces("".join(parts), _merge(pieces)), fixes


_new_object = object.__new__
# The slot descriptors, read from the class namespace (reading ``MappedText.text``
# gives the same descriptor, but a type checker takes it for the instance's str).
_set_text = MappedText.__dict__["text"].__set__
_set_pieces = MappedText.__dict__["pieces"].__set__
_set_starts = MappedText.__dict__["_starts"].__set__


def _mapped(text: str, pieces: tuple[Piece, ...], starts: tuple[int, ...]) -> MappedText:
    """``MappedText(text, pieces, starts)``, built through the slot descriptors.

    The same frozen value, at half the cost of the dataclass ``__init__``
    (which sets each field through ``object.__setattr__``): the line splitter,
    ``slice`` and ``apply`` build thousands per document.
    """
    mt = _new_object(MappedText)
    _set_text(mt, text)
    _set_pieces(mt, pieces)
    _set_starts(mt, starts)
    return mt


def _shift(pieces: Iterable[Piece], by: int) -> list[Piece]:
    return [_piece(Piece, (p.cur_start + by, p.cur_end + by, p.orig_start, p.orig_end, p.linear)) for p in pieces]


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Join adjacent linear pieces that continue each other, keeping maps short."""
    out: list[Piece] = []
    for p in pieces:
        if out:
            q = out[-1]
            if (
                q.linear
                and p.linear
                and q.cur_end == p.cur_start
                and q.orig_end == p.orig_start
            ):
                out[-1] = Piece(q.cur_start, p.cur_end, q.orig_start, p.orig_end, True)
                continue
        out.append(p)
    return out


def join(parts: Sequence[MappedText], sep: str = " ") -> MappedText:
    """Concatenate mapped texts; separators map to the gap between their neighbours."""
    texts: list[str] = []
    pieces: list[Piece] = []
    pos = 0
    for i, part in enumerate(parts):
        if i and sep:
            prev_end = parts[i - 1].full_span[1]
            nxt = part.full_span[0]
            a, b = (prev_end, nxt) if nxt >= prev_end else (prev_end, prev_end)
            pieces.append(Piece(pos, pos + len(sep), a, b, False))
            texts.append(sep)
            pos += len(sep)
        texts.append(part.text)
        pieces.extend(_shift(part.pieces, pos))
        pos += len(part.text)
    return MappedText._from_pieces("".join(texts), _merge(pieces))
