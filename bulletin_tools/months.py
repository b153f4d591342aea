"""Month names: the one home of the words every date reader matches.

:mod:`.fields` reads dates (`March 3, 2022`, `03-Mar-2022`), :mod:`.lexicon`
reads a colon-less label before a worded date (`Posted on March 21, 2017`)
and :mod:`.segment.header` tells a headline's month and year from a crumb
(`News Briefs – April 2014`).  Each builds its pattern from these names, so
a spelling added here reaches all three.
"""

from __future__ import annotations

#: The month's number by the first three letters of its English name.
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

#: Every spelling of a month's name: the full name, its three-letter
#: abbreviation, and `Sept` (an alternation to put inside a group).
MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)

#: A month's name as a whole word, perhaps with an abbreviation's stop.
MONTH_WORD = rf"(?:{MONTH_NAMES})(?![A-Za-z])\.?"
