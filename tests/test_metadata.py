"""read_metadata: the source, date and URL a news file gives for itself."""
import datetime
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numclaims.metadata import Metadata, parse_date, read_metadata

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "seeds_gold.jsonl"


def seed_text(name: str) -> str:
    return (SEEDS / name).read_bytes().decode("utf-8")


# --- the seeds ----------------------------------------------------------------

SEED_METADATA = [
    pytest.param("000_95073aa9b544e93b.txt", Metadata(), id="000-no-metadata"),
    pytest.param("001_007d921ea24e5685.txt", Metadata(source="TRTWorld, Reuters"),
                 id="001-closing-agency-line"),
    pytest.param("002_68ffad006725cc4c.txt", Metadata(source="Iran Daily, Irannews"),
                 id="002-source-line-beats-dateline"),
    pytest.param("003_65e7a1897fca5f51.txt",
                 Metadata(source="AFP", date="2024-12-04",
                          url="https://www.themoscowtimes.com/2024/12/04/moscow-says-russia-iran-"
                              "turkey-in-close-contact-over-syria-conflict-a87225"),
                 id="003-markdown-byline-date-line-url-on-next-line"),
    pytest.param("004_dc68a18431fb89ea.txt", Metadata(), id="004-no-metadata"),
]


@pytest.mark.parametrize("name, expected", SEED_METADATA)
def test_seed_metadata_is_read_from_its_header_and_footer(name, expected):
    assert read_metadata(seed_text(name)) == expected


def test_seed_metadata_is_accepted_by_the_gold_file():
    gold = {row["doc_meta"]: row for row in map(json.loads, GOLD.read_text().splitlines())
            if "doc_meta" in row}
    for path in sorted(SEEDS.glob("*.txt")):
        found = read_metadata(seed_text(path.name))
        expected = gold.get(path.name, {"source": [None], "date": None})
        assert found.source in expected["source"], path.name
        assert found.date == expected["date"], path.name


# --- sources --------------------------------------------------------------------

SOURCE_EXAMPLES = [
    # Labelled source lines: the value as written.
    ("Body.\n\nSource: Kurdistan Region Security Council\n", "Kurdistan Region Security Council"),
    ("Body.\n- source : Iran Daily, Irannews", "Iran Daily, Irannews"),
    ("Body.\nSOURCE: Xinhua", "Xinhua"),
    ("Body.\n*Source: [Reuters](https://reuters.com)*", "Reuters"),
    # Bylines: the agency, never the person.
    ("Title\n\nBy [AFP](#)\n\nBody.", "AFP"),
    ("Title\nBy Jane Doe, Associated Press\nBody.", "Associated Press"),
    ("Title\n**By Reuters Staff**\nBody.", "Reuters"),
    ("Title\nBy Guardian staff and agencies\nBody.", "Guardian"),
    ("Title\nWritten by: Ali Demir | Daily Sabah\nBody.", "Daily Sabah"),
    ("Title\nBy Jane Doe and John Roe, AFP/AP\nBody.", "AFP, AP"),
    # Datelines: the agency in the parenthesis, known or name-like.
    ("TEHRAN (IRNA) - Iran said on Monday.", "IRNA"),
    ("TEHRAN (Iran News) – Iran said on Monday.", "Iran News"),
    ("WASHINGTON, Dec. 4, 2024 (AP) — The Senate voted.", "AP"),
    ("MOSCOW, December 4 (Reuters) - Russia said.", "Reuters"),
    ("BEIRUT, Lebanon (AP) — Israeli strikes hit.", "AP"),
    ("(Reuters) - Russia said on Friday.", "Reuters"),
    ("İSTANBUL (AA) - Turkey said.", "AA"),
    ("Title\n\nNEW YORK (CNN) — Stocks fell.", "CNN"),
    # Closing agency lines: only agency names, as the table spells them.
    ("Body.\n\nTRTWorld, Reuters", "TRTWorld, Reuters"),
    ("Body.\n\n— AFP", "AFP"),
    ("Body.\n\n(With inputs from Reuters)", "Reuters"),
    ("Body.\n\nafp / reuters", "AFP, Reuters"),
    ("Body.\n\nAdditional reporting by Anadolu Agency.\n\nOriginal url: https://x.com/a", "Anadolu Agency"),
    # Order: an explicit source line wins over a byline, a byline over a dateline.
    ("TEHRAN (Iran News) – Body.\n- source : Iran Daily", "Iran Daily"),
    ("By AFP\n\nBEIRUT (AP) — Body.", "AFP"),
    ("BEIRUT (AP) — Body.\n\n— AFP", "AP"),
]

NO_SOURCE_EXAMPLES = [
    pytest.param("Title\nBy Jane Doe\nBody.", id="byline-of-a-person"),
    pytest.param("Title\nPhoto by: AA\nBody.", id="photo-credit"),
    pytest.param("Caption. **Omar Albam / AP / TASS**\nBody.", id="caption-credit"),
    pytest.param("Iran's state news agency IRNA quoted the president.", id="agency-in-a-sentence"),
    pytest.param("Body.\n\nThe ministry told Reuters.", id="agency-in-a-closing-sentence"),
    pytest.param("Body.\n\nReuters, the ministry", id="closing-line-not-only-agencies"),
    pytest.param("Rouhani (L) - talks with Putin.", id="caption-parenthesis"),
    pytest.param("Turkey (2) - the count.", id="parenthesis-not-a-name"),
]


@pytest.mark.parametrize("text, source", SOURCE_EXAMPLES)
def test_source_comes_from_source_lines_bylines_datelines_and_sign_offs(text, source):
    assert read_metadata(text).source == source


@pytest.mark.parametrize("text", NO_SOURCE_EXAMPLES)
def test_people_captions_and_body_mentions_are_not_the_source(text):
    assert read_metadata(text).source is None


def test_a_source_line_far_into_the_body_is_not_read():
    body = "\n".join(f"Paragraph {n} of the story." for n in range(40))
    middle = body.replace("Paragraph 20 of the story.", "Source: UNHCR")
    assert read_metadata(middle).source is None


# --- dates ---------------------------------------------------------------------

DATE_EXAMPLES = [
    ("Title\n\nDecember 04, 2024\n\nBody.", "2024-12-04"),
    ("Title\n4 December 2024\nBody.", "2024-12-04"),
    ("Title\n2024-12-04\nBody.", "2024-12-04"),
    ("Title\n2024-12-04T10:00:00Z\nBody.", "2024-12-04"),
    ("Title\nPublished: Wednesday, 4 December 2024 10:30 GMT\nBody.", "2024-12-04"),
    ("Title\nPublished on Dec. 4, 2024 at 10:30 a.m. EST\nBody.", "2024-12-04"),
    ("Title\nUpdated 12:05 GMT, 4th of December 2024\nBody.", "2024-12-04"),
    ("Title\nPublished: Dec 1, 2024 | Updated: Dec 5, 2024\nBody.", "2024-12-01"),
    ("Title\n*Sept. 3, 2023*\nBody.", "2023-09-03"),
    ("Body.\n\nLast updated: 2023/09/03", "2023-09-03"),
    # A dateline gives its date when it gives the year.
    ("WASHINGTON, Dec. 4, 2024 (AP) — The Senate voted.", "2024-12-04"),
    # Without a date line, the date in the document's URL.
    ("Body.\nURL: https://example.com/world/2024/12/04/story", "2024-12-04"),
    ("Body.\nLink: [here](https://example.org/2022-03-05-story)", "2022-03-05"),
    # A date line beats the URL.
    ("Title\nDecember 5, 2024\nBody.\nURL: https://example.com/2024/12/04/story", "2024-12-05"),
    # A scraper's labelled stamp run into the first line of the body.
    (" date 2023-09-15 The Libyan Red Crescent says 11,000 died.\n\nMore.", "2023-09-15"),
]

NO_DATE_EXAMPLES = [
    pytest.param("Talks were held on December 4, 2024 in Astana.", id="date-in-a-sentence"),
    pytest.param("Title\nRouhani at the summit on September 29, 2014 in Astrakhan.\nBody.",
                 id="date-in-a-caption"),
    pytest.param("MOSCOW, December 4 (Reuters) - Russia said.", id="dateline-without-year"),
    pytest.param("Title\nDecember 2024\nBody.", id="month-without-day"),
    pytest.param("Title\nFebruary 30, 2024\nBody.", id="impossible-day"),
    pytest.param("Title\n04/12/2024\nBody.", id="ambiguous-numeric-date"),
    pytest.param("Syria war 2024-12-04 summary", id="date-inside-a-title"),
]


@pytest.mark.parametrize("text, date", DATE_EXAMPLES)
def test_date_comes_from_date_lines_datelines_and_urls(text, date):
    assert read_metadata(text).date == date


@pytest.mark.parametrize("text", NO_DATE_EXAMPLES)
def test_dates_in_sentences_and_incomplete_dates_are_not_the_date(text):
    assert read_metadata(text).date is None


# --- URLs ----------------------------------------------------------------------

URL_EXAMPLES = [
    ("Body.\n\nOriginal url:\n\n<https://example.com/a-story>", "https://example.com/a-story"),
    ("Body.\nURL: https://example.com/a?b=1.", "https://example.com/a?b=1"),
    ("Body.\nLink: [the story](https://example.com/x)", "https://example.com/x"),
    ("Title\nPermalink: http://example.com/x\nBody.", "http://example.com/x"),
    ("Body.\nSource: https://example.com/x", "https://example.com/x"),
]


@pytest.mark.parametrize("text, url", URL_EXAMPLES)
def test_url_comes_from_url_lines(text, url):
    assert read_metadata(text).url == url


def test_a_url_in_a_sentence_is_not_the_documents_url():
    assert read_metadata("Read the report at https://example.com/r today.").url is None


# --- properties -----------------------------------------------------------------

METADATA_LIKE_LINES = st.sampled_from([
    "By AFP", "By [Reuters](#)", "Source:", "- source : ", "Original url:", "URL:", "Published:",
    "Updated 12:05 GMT,", "December 04, 2024", "4 Dec 2024", "2024-13-45", "0000-00-00",
    "TEHRAN (", ") –", "(Reuters) -", "https://x.com/2024/02/30/", "https://x.com/9999/12/31/",
    "— AFP", "(With inputs from", "TRTWorld, Reuters", "**", "[", "](", "\u2028", "\r",
])
NEWS_LIKE_TEXT = st.lists(st.one_of(METADATA_LIKE_LINES, st.text(max_size=30)), max_size=30).map(
    lambda parts: "".join(part + sep for part, sep in zip(parts, ["\n", " ", "", "\r\n"] * 10)))


def is_iso_date(value: str) -> bool:
    return len(value) == 10 and datetime.date.fromisoformat(value).isoformat() == value


@given(st.one_of(st.text(), NEWS_LIKE_TEXT))
def test_read_metadata_never_raises_and_gives_iso_dates_only(text):
    """For every text: read_metadata returns, its date is None or a real ISO date, and
    its source and URL are None or non-empty strings."""
    found = read_metadata(text)
    assert found.date is None or is_iso_date(found.date)
    assert found.source is None or found.source.strip()
    assert found.url is None or found.url.startswith(("http://", "https://"))


DATE_FORMATS = st.sampled_from(["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%b. %d, %Y", "%A, %d %B %Y",
                                "%d %b %Y %H:%M GMT", "%Y-%m-%dT%H:%M:%SZ"])
LABELS = st.sampled_from(["", "Published: ", "Updated ", "Posted on ", "Date: ", "Last updated: "])
DATES = st.datetimes(min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2099, 12, 31))


@given(DATES, DATE_FORMATS, LABELS)
def test_a_date_line_under_the_title_gives_that_date(when, layout, label):
    """For every date, format and label: "Title / <label><date> / Body." has that date."""
    text = f"Headline\n\n{label}{when.strftime(layout)}\n\nThe body of the story."
    assert read_metadata(text).date == when.date().isoformat()


@given(DATES, DATE_FORMATS, st.sampled_from(["The talks began on", "Officials said that", "Since"]))
def test_a_date_in_a_body_sentence_is_never_the_documents_date(when, layout, opening):
    """For every date and format: a date inside a sentence gives the document no date."""
    text = f"Headline\n\n{opening} {when.strftime(layout)} the fighting went on in Idlib."
    assert read_metadata(text).date is None


@given(DATES, DATE_FORMATS)
def test_parse_date_reads_back_every_formatted_date(when, layout):
    """For every date and format: parse_date(strftime(date)) is the date's ISO form."""
    assert parse_date(when.strftime(layout)) == when.date().isoformat()
