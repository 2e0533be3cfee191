"""A news file's own source, date and address, read from the lines that carry them.

Scraped news files keep their metadata in a few conventional places: a byline
and a date line under the title, a wire dateline opening the first paragraph,
and a sign-off, a "Source:" line or an "Original url:" line at the foot.  Only
those places are read (the first and last few non-blank lines), so a date or an
agency named in a body sentence never becomes the document's own.

    >>> read_metadata("TEHRAN (IRNA) - Talks resumed on Monday.\\n")
    Metadata(source='IRNA', date=None, url=None)
"""
from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from numclaims.lexicon import metadata as lex
from numclaims.patterns import phrases

# How much of the text counts as its header and its footer.  Scraped pages put
# a title, a standfirst, share buttons and photo credits before the byline, so
# the header is longer than the footer.
HEAD_LINES = 12
TAIL_LINES = 6
# A metadata line is short; longer lines are body paragraphs, of which only the
# opening matters (for a dateline), so lines are clipped to this many characters.
MAX_LINE = 300
# Lines longer than these are prose, not a date stamp, a byline or a sign-off.
MAX_DATE_LINE = 120
MAX_BYLINE = 150
MAX_CREDIT_LINE = 80
# A sign-off stands within the last few lines (a URL line may follow it).
CREDIT_LINES = 3


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a text says about itself: its source, its ISO date and its address."""

    source: str | None = None
    date: str | None = None
    url: str | None = None


_MONTH = phrases(lex.MONTHS)

# A calendar date with day, month and year; numeric day-first or month-first
# forms (04/12/2024) are left out because they are ambiguous.
DATE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?:
        (?P<year>\d{{4}})(?P<sep>[-/])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})  # 2024-12-04, 2024/12/04
      | (?P<month_name>{_MONTH})(?!\p{{L}})\.?\s*                # December, Dec.
        (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})  # 04, 2024 / 4th 2024
      | (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?          # 4, 4th of
        (?P<month_name>{_MONTH})(?!\p{{L}})\.?,?\s+(?P<year>\d{{4}})  # December 2024
    )
    (?!\d)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Every date DATE reads has a year of four digits: a line without four in a row is not searched
# (most lines of a header are titles, bylines and the opening of the body).
YEAR_DIGITS = regex.compile(r"\d{4}")

# What else may stand on a date line beside its date: labels, weekdays, clock
# times, time zones, a second date and punctuation.  Possessive, so a line that
# is not a date line fails in linear time.
DATE_LINE_FILLER = regex.compile(
    rf"""
    (?:
        [\s\p{{P}}\p{{S}}]                                      # separators, bullets, markdown marks
      | \d+                                                    # 12:05, 2024, the figures of a second date
      | (?:{phrases([*lex.DATE_LABELS, *lex.WEEKDAYS, *lex.MONTHS, *lex.TIME_ZONES])})(?!\p{{L}})
      | [ap]\.?m\.?(?!\p{{L}})                                 # a.m., PM
      | T(?=\d)                                                # 2024-12-04T10:00
    )*+
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A wire dateline opening a paragraph: "TEHRAN (Iran News) –",
# "WASHINGTON, Dec. 4, 2024 (AP) —", "MOSCOW, December 4 (Reuters) -", "(Reuters) -".
DATELINE = regex.compile(
    r"""
    ^[*_>\s]*
    (?:
        \p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}  # TEHRAN, NEW YORK, Abu Dhabi
        (?:\s*,\s*(?P<when>[^()\n]{1,40}?))?                           # , Lebanon / , Dec. 4, 2024
        \s*
    )?
    \((?P<agency>[^()\n]{2,40})\)
    \s*[-–—]+(?:\s|$)
    """,
    regex.VERBOSE,
)
# What a dateline's parenthesis must look like to be taken as an outlet's name
# even when the agency table does not know it: "(Iran News)", not "(2)".
OUTLET_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}&.'’ \-]*")

# "By AFP", "**By Jane Doe, Reuters**", "Written by: Jane Doe | AP".
BYLINE = regex.compile(
    rf"^[*_#>\s]*(?:{phrases(lex.BYLINE_OPENERS)})\s*:?\s+(?P<credit>.+?)[\s*_]*$",
    regex.IGNORECASE,
)

# "Source: X", "- source : X", "SOURCE: X".
SOURCE_LINE = regex.compile(
    rf"^[\s*_>•·\-–—]*(?:{phrases(lex.SOURCE_LABELS)})\s*:\s*(?P<value>.+?)[\s*_]*$",
    regex.IGNORECASE,
)

# "Original url:", "URL: https://…", "Link: <https://…>".
URL_LINE = regex.compile(
    rf"^[\s*_>•·\-–—]*(?:{phrases(lex.URL_LABELS)})\s*:\s*(?P<rest>.*)$",
    regex.IGNORECASE,
)
URL = regex.compile(r"https?://[^\s<>()\[\]{}\"'`]+", regex.IGNORECASE)
# Punctuation that ends the sentence around a URL rather than the URL itself.
URL_TRAILER = ".,;:!?"
# The date many news sites put in their paths: /2024/12/04/ or /2024-12-04-.
URL_DATE = regex.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>\d\d?)(?P=sep)(?P<day>\d\d?)(?=[/_.-]|$)")

# A sign-off's decoration: "— AFP", "(With inputs from Reuters)", "*TRTWorld, Reuters*".
CREDIT_OPENER = regex.compile(
    rf"^[\s*_•·(\[\-–—]*(?:(?:{phrases(lex.CREDIT_OPENERS)})\s*:?\s+)?", regex.IGNORECASE)
CREDIT_CLOSER = regex.compile(r"[\s*_)\].]*$")

# Between the names of a credit: "TRTWorld, Reuters", "AFP/AP", "Jane Doe | Reuters".
CREDIT_SEPARATOR = regex.compile(r"\s*(?:[,;/|&+·•]|\s[-–—]\s|\band\b)\s*", regex.IGNORECASE)
MARKDOWN_LINK = regex.compile(r"\[(?P<label>[^\]\n]*)\]\([^)\n]*\)")
EMPHASIS = "*_ \t"
BYLINE_ROLE = regex.compile(rf"(?:\s+(?:{phrases(lex.BYLINE_ROLES)}))+$", regex.IGNORECASE)

# A labelled ISO date at the very start of a text, even when the body follows on the same line.
LEADING_STAMP = regex.compile(r"(?i:date|dated|published|updated|posted)\s*:?\s*(?P<when>\d{4}-\d{2}-\d{2})(?![\d-])")
NON_BLANK = regex.compile(r"\S")
LAST_NON_BLANK = regex.compile(r"\S", regex.REVERSE)

AGENCY_BY_KEY = {" ".join(name.casefold().split()): name for name in lex.AGENCIES}


def read_metadata(text: str) -> Metadata:
    """The source, date and URL a news text gives for itself; None where it gives none.

    >>> read_metadata("Title\\n\\nBy [AFP](#)\\n\\nDecember 04, 2024\\n\\nBody.\\n")
    Metadata(source='AFP', date='2024-12-04', url=None)
    >>> read_metadata("Body.\\nURL: https://example.com/2024/12/04/story").date
    '2024-12-04'
    >>> read_metadata("Talks were held on December 4, 2024 in Astana.")
    Metadata(source=None, date=None, url=None)
    """
    frame = _Frame.of(text)
    source = _first(rule(frame) for rule in SOURCE_RULES)
    url = _url(frame) or (source if source and URL.fullmatch(source) else None)
    date = _first(rule(frame) for rule in DATE_RULES) or (_url_date(url) if url else None)
    return Metadata(source, date, url)


def parse_date(text: str) -> str | None:
    """The first full calendar date in `text`, as ISO 8601 `YYYY-MM-DD`.

    >>> parse_date("Updated: 4th Dec. 2024, 10:30 GMT")
    '2024-12-04'
    >>> parse_date("2024-12-04T10:00:00Z"), parse_date("February 30, 2024")
    ('2024-12-04', None)
    """
    found = DATE.search(text)
    return _iso_from(found) if found else None


@dataclass(frozen=True, slots=True)
class _Frame:
    """The lines where a news text keeps its metadata, stripped and clipped to MAX_LINE."""

    head: tuple[str, ...]
    tail: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> _Frame:
        head, head_end = _first_lines(text, HEAD_LINES)
        # The footer stops where the header ended, so a short text's lines are read once.
        return cls(head, _last_lines(text, TAIL_LINES, head_end))

    @property
    def lines(self) -> tuple[str, ...]:
        return self.head + self.tail


def _first_lines(text: str, count: int) -> tuple[tuple[str, ...], int]:
    """The first `count` non-blank lines, and where the text after them starts."""
    lines, start = [], 0
    while len(lines) < count and (found := NON_BLANK.search(text, start)):
        end = _line_end(text, found.start())
        lines.append(text[found.start():min(end, found.start() + MAX_LINE)].rstrip())
        start = end + 1
    return tuple(lines), start


def _last_lines(text: str, count: int, stop: int) -> tuple[str, ...]:
    """The last `count` non-blank lines that start at or after `stop`, in text order."""
    lines, end = [], len(text)
    while len(lines) < count and (found := LAST_NON_BLANK.search(text, stop, end)):
        start = max(text.rfind("\n", stop, found.start()) + 1, stop)
        lines.append(text[start:min(found.end(), start + MAX_LINE)].strip())
        end = start
    return tuple(reversed(lines))


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _first(candidates: Iterator[str | None]) -> str | None:
    return next((found for found in candidates if found), None)


# Sources, in the order they win: the more explicitly a line names the
# document's origin, the earlier its rule.  A "Source:" line is a statement
# about the file; a byline names who filed it; a dateline names the wire it came
# over; a bare sign-off could also be a credit for one quote or photo.
def _source_line(frame: _Frame) -> str | None:
    return _first(_source_value(found["value"])
                  for found in map(SOURCE_LINE.match, frame.lines) if found)


def _byline_source(frame: _Frame) -> str | None:
    return _first(map(_byline_agencies, frame.lines))


def _dateline_source(frame: _Frame) -> str | None:
    return _first(_dateline_agency(found["agency"])
                  for found in map(DATELINE.match, frame.head) if found)


def _closing_credit(frame: _Frame) -> str | None:
    # The whole frame, not the tail: in a short text the header holds the last lines too.
    return _first(_credit_agencies(line) for line in reversed(frame.lines[-CREDIT_LINES:]))


SOURCE_RULES = (_source_line, _byline_source, _dateline_source, _closing_credit)


def _byline_agencies(line: str) -> str | None:
    """The known agencies a byline names; none for a byline of people only."""
    found = BYLINE.match(line) if len(line) <= MAX_BYLINE else None
    return _joined(_agencies(found["credit"])) if found else None


def _source_value(value: str) -> str | None:
    """A "Source:" line's value as written, its markdown link reduced to the label."""
    value = MARKDOWN_LINK.sub(r"\g<label>", value).strip(EMPHASIS)
    return value or None


def _agencies(credit: str) -> list[str]:
    """The known agencies and outlets among the names of a credit, in the table's spelling.

    >>> _agencies("Jane Doe and Reuters Staff | [The Moscow Times](https://x.ru/a/b)")
    ['Reuters', 'The Moscow Times']
    """
    return [AGENCY_BY_KEY[key] for key in _credit_names(credit) if key in AGENCY_BY_KEY]


def _credit_names(credit: str) -> list[str]:
    """The names of a credit as table keys: links, emphasis, role words and case dropped."""
    parts = CREDIT_SEPARATOR.split(MARKDOWN_LINK.sub(r"\g<label>", credit))
    keys = (" ".join(BYLINE_ROLE.sub("", part.strip(EMPHASIS + ".")).casefold().split())
            for part in parts)
    return [key for key in keys if key]


def _credit_agencies(line: str) -> str | None:
    """The agencies of a sign-off line made of nothing but agency names."""
    if len(line) > MAX_CREDIT_LINE:
        return None
    credit = CREDIT_CLOSER.sub("", CREDIT_OPENER.sub("", line, count=1), count=1)
    names = _credit_names(credit)
    agencies = _agencies(credit)
    return _joined(agencies) if names and len(agencies) == len(names) else None


def _dateline_agency(agency: str) -> str | None:
    """A dateline's parenthesis, in the table's spelling if known, else as written if name-like."""
    agency = agency.strip()
    known = _credit_agencies(agency)
    if known:
        return known
    return agency if OUTLET_NAME.fullmatch(agency) and not DATE.search(agency) else None


def _joined(names: list[str]) -> str | None:
    return ", ".join(dict.fromkeys(names)) or None


def _url(frame: _Frame) -> str | None:
    """The address a URL line gives, on the line itself or on the next non-blank line."""
    for area in (frame.head, frame.tail):
        for index, line in enumerate(area):
            found = URL_LINE.match(line)
            if not found:
                continue
            following = area[index + 1].lstrip("<[(*_ ") if index + 1 < len(area) else ""
            address = URL.search(found["rest"]) or URL.match(following)
            if address:
                return address[0].rstrip(URL_TRAILER)
    return None


# Dates, in the order they win: a date stamp is the document's own date; a
# dateline's date is the day it was filed; a URL's date comes last because
# some sites put the date of first publication there and never update it.
def _date_line(frame: _Frame) -> str | None:
    return _first(_date_stamp(line) for line in frame.lines if len(line) <= MAX_DATE_LINE)


def _dateline_date(frame: _Frame) -> str | None:
    return _first(parse_date(found["when"])
                  for found in map(DATELINE.match, frame.head) if found and found["when"])


def _stamp_before_body(frame: _Frame) -> str | None:
    """ "date 2023-09-15 The Libyan Red Crescent says …": a scraper's stamp run into the first line."""
    found = LEADING_STAMP.match(frame.head[0]) if frame.head else None
    return parse_date(found["when"]) if found else None


DATE_RULES = (_date_line, _dateline_date, _stamp_before_body)


def _date_stamp(line: str) -> str | None:
    """The date of a line that holds a date and nothing but date-stamp words around it."""
    found = DATE.search(line) if YEAR_DIGITS.search(line) else None
    if not found:
        return None
    rest = f"{line[:found.start()]} {line[found.end():]}"
    return _iso_from(found) if DATE_LINE_FILLER.fullmatch(rest) else None


def _url_date(url: str) -> str | None:
    found = URL_DATE.search(url)
    return _iso_from(found) if found else None


def _iso_from(found: regex.Match) -> str | None:
    """The ISO date of a DATE or URL_DATE match; None for an impossible day."""
    month_name = found.groupdict().get("month_name")
    month = lex.MONTHS[month_name.casefold()] if month_name else int(found["month"])
    try:
        return datetime.date(int(found["year"]), month, int(found["day"])).isoformat()
    except ValueError:
        return None
