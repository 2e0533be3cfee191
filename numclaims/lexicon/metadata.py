"""Names and cue words of news-file metadata: data only, no code that applies them.

Sources: the bylines, datelines, sign-offs and labelled header lines of wire
copy (AP, Reuters and AFP style) and of scraped news pages (CMS "Published" /
"Updated" stamps, "Original url:" lines left by scrapers).  The agency table
holds the wire services and the outlets whose names stand alone on a byline or
a closing line; it leaves out names that are also common given names
("Petra", "Dawn", "Sabah"), since "By Petra Smith" names a person.  Lookups
fold case, so each name is written once, as the outlet writes it.
"""

AGENCIES = (
    # Wire services.
    "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "Thomson Reuters",
    "AP", "Associated Press", "The Associated Press", "UPI", "United Press International",
    "Bloomberg", "DPA", "Deutsche Presse-Agentur", "EFE", "ANSA", "Kyodo", "Kyodo News",
    "Yonhap", "Jiji", "Jiji Press", "PTI", "IANS", "ANI", "Xinhua", "CNA",
    # Turkey.
    "Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA", "IHA", "DHA", "TRT", "TRT World",
    "TRTWorld", "Daily Sabah", "Hurriyet", "Hürriyet", "Hurriyet Daily News", "Yeni Safak",
    # Russia and Ukraine.
    "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "Sputnik", "RT", "The Moscow Times",
    "Moscow Times", "Ukrinform", "UNIAN", "Interfax-Ukraine", "Kyiv Independent",
    # Iran and the Arab world.
    "IRNA", "ISNA", "Tasnim", "Tasnim News Agency", "Fars", "Fars News Agency", "Mehr News",
    "Mehr News Agency", "Press TV", "PressTV", "Tehran Times", "Iran Daily", "Irannews",
    "Iran News", "SANA", "QNA", "WAM", "SPA", "KUNA", "MENA", "Al Jazeera", "Al-Jazeera",
    "Al Arabiya", "Asharq Al-Awsat", "Arab News", "Gulf News", "Middle East Eye", "Al-Monitor",
    "Rudaw", "Kurdistan 24", "Enab Baladi", "Haaretz", "Times of Israel",
    "The Times of Israel", "Jerusalem Post", "The Jerusalem Post",
    # Broadcasters and papers of record.
    "BBC", "BBC News", "CNN", "Sky News", "NPR", "Deutsche Welle", "DW", "France 24",
    "Euronews", "Voice of America", "VOA", "NHK", "CGTN", "The Guardian", "Guardian", "The Independent",
    "The Telegraph", "Financial Times", "The New York Times", "New York Times",
    "The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal",
)

# Words after an outlet's name on a byline that say who at the outlet wrote it:
# "By Reuters Staff", "By Guardian staff and agencies", "AFP correspondent".
BYLINE_ROLES = ("staff", "staff writer", "staff writers", "correspondent", "correspondents",
                "reporter", "reporters", "newsroom", "news desk", "desk", "bureau", "team",
                "editors", "editorial", "wire")

# What opens a byline line: "By AFP", "Written by Jane Doe, Reuters".
BYLINE_OPENERS = ("by", "written by", "words by", "story by")

# Labels of a line that names the document's origin: "Source: X", "- source : X".
SOURCE_LABELS = ("source", "sources", "news source", "via")

# Phrases that open a closing credit line before its agency names:
# "(With inputs from Reuters)", "— AFP", "Additional reporting by AP".
CREDIT_OPENERS = ("with inputs from", "with input from", "with agency inputs from",
                  "inputs from", "with reporting from", "with reporting by",
                  "additional reporting by", "additional reporting from", "reporting by",
                  "compiled from", "courtesy of", "courtesy", "source", "sources", "via")

# Labels of a line that gives the document's own address.
URL_LABELS = ("original url", "original link", "source url", "source link", "canonical url",
              "canonical", "permalink", "url", "link", "read more at", "read at")

# Labels of a line that stamps the document's date; "updated" lines count too,
# since a page that shows only its update time has no other date to give.
DATE_LABELS = ("published on", "published at", "published", "first published",
               "posted on", "posted at", "posted", "last updated", "last modified",
               "updated on", "updated at", "updated", "modified", "date", "dated", "on", "at")

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), 1) for name in names}

WEEKDAYS = ("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
            "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun")

# Time zones that follow the time on a date line: "12:05 GMT", "10:30 a.m. EST".
TIME_ZONES = ("gmt", "utc", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
              "bst", "cet", "cest", "eet", "eest", "msk", "trt", "irst", "ist", "ast",
              "jst", "kst", "aest", "aedt")
