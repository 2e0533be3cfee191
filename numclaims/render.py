"""Rows -> text: table, jsonl, json, csv, markdown, or any tabulate format.  No I/O.

Every renderer yields pieces of text, so that `jsonl` and `csv` stream one
claim at a time however long the run; a table needs all its rows to size its
columns, so it is written at the end.
"""
from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Iterable, Iterator

from numclaims.model import CLAIM_FIELDS, Claim, ConflictGroup, NumberSpan, plain_number

STREAM_FORMATS = ("jsonl", "json", "csv")
_TABULATE_NAME = {"table": "simple", "markdown": "github"}
# Column widths that keep a claim table inside a 100-column terminal.
_DOC_WIDTH = 20
_CLAIM_WIDTHS = [21, 10, 18, 22, _DOC_WIDTH]


class FormatError(ValueError):
    pass


def check_format(fmt: str) -> str:
    """The format's name, or a FormatError that lists the known ones."""
    if fmt in ("table", "markdown", *STREAM_FORMATS):
        return fmt
    from tabulate import tabulate_formats
    if fmt in tabulate_formats:
        return fmt
    raise FormatError(f"unknown format {fmt!r}; use one of: table, jsonl, json, csv, markdown, "
                      f"or a tabulate format ({', '.join(f for f in tabulate_formats if f != 'simple')})")


def render_claims(claims: Iterable[Claim], fmt: str) -> Iterator[str]:
    if fmt in STREAM_FORMATS:
        yield from _stream(claims, fmt)
        return
    rows = [[c.text, c.category, c.subject or "", _who(c), _doc(c, fmt)] for c in claims]
    yield _table(rows, ["figure", "category", "subject", "who says so", "document"], fmt, _CLAIM_WIDTHS) + "\n"


def _stream(items: Iterable[Claim], fmt: str) -> Iterator[str]:
    if fmt == "jsonl":
        for item in items:
            yield json.dumps(item.to_dict(), ensure_ascii=False) + "\n"
    elif fmt == "json":
        yield "["
        for i, item in enumerate(items):
            yield ("," if i else "") + "\n  " + json.dumps(item.to_dict(), ensure_ascii=False)
        yield "\n]\n"
    else:
        yield _csv_line(CLAIM_FIELDS)
        for item in items:
            yield _csv_line([_csv_cell(getattr(item, f)) for f in CLAIM_FIELDS])


def render_numbers(spans: Iterable[NumberSpan], fmt: str) -> Iterator[str]:
    fields = ["text", "value", "low", "high", "qualifier", "unit", "start", "end"]
    dicts = [{f: plain_number(getattr(s, f)) for f in fields} for s in spans]
    if fmt == "jsonl":
        yield from (json.dumps(d, ensure_ascii=False) + "\n" for d in dicts)
    elif fmt == "json":
        yield json.dumps(dicts, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        yield _csv_line(fields)
        yield from (_csv_line([_csv_cell(d[f]) for f in fields]) for d in dicts)
    else:
        yield _table([[d[f] if d[f] is not None else "" for f in fields] for d in dicts], fields, fmt) + "\n"


def render_groups(groups: list[ConflictGroup], fmt: str) -> Iterator[str]:
    """One block per quantity: its figures side by side, then low, high, spread and sources."""
    if fmt in ("json", "jsonl"):
        objs = [_group_dict(g) for g in groups]
        if fmt == "json":
            yield json.dumps({"groups": objs}, ensure_ascii=False, indent=2) + "\n"
        else:
            yield from (json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
        return
    if fmt == "csv":
        yield _csv_line(["group", "category", "subject_class", "place", "period", *CLAIM_FIELDS])
        for n, g in enumerate(groups, 1):
            k = g.key
            for c in g.claims:
                yield _csv_line([n, k.category, k.subject_class, k.place, k.period,
                                 *(_csv_cell(getattr(c, f)) for f in CLAIM_FIELDS)])
        return
    if not groups:
        yield "No conflicting figures found.\n"
        return
    heading = "## " if fmt == "markdown" else ""
    for n, g in enumerate(groups, 1):
        spread = f"{g.spread:,.1f}×" if g.spread else "n/a"
        yield (f"{heading}{n}. {g.key.describe()}\n"
               f"{len(g.claims)} figures from {g.sources} sources: low {_num(g.low)}, high {_num(g.high)}, "
               f"spread {spread}\n\n")
        rows = [[c.text, c.qualifier, _who(c), _doc(c, fmt), c.date or ""] for c in g.claims]
        yield _table(rows, ["figure", "qualifier", "who says so", "document", "date"], fmt, [22, 9, 26, _DOC_WIDTH, 10]) + "\n\n"
        yield from _left_out(g, fmt)


def render_timeline(groups: list[ConflictGroup], fmt: str) -> Iterator[str]:
    if fmt in ("json", "jsonl", "csv"):
        yield from render_groups(groups, fmt)
        return
    heading = "## " if fmt == "markdown" else ""
    for g in groups:
        yield f"{heading}{g.key.describe()}\n\n"
        rows = [[c.date or "(no date)", c.text, _num(c.value), _who(c), _doc(c, fmt)] for c in g.claims]
        yield _table(rows, ["date", "figure", "value", "who says so", "document"], fmt, [10, 22, 12, 24, _DOC_WIDTH]) + "\n\n"
        yield from _left_out(g, fmt)


def _left_out(g: ConflictGroup, fmt: str) -> Iterator[str]:
    if g.left_out:
        yield f"left out as likely parts: {'; '.join(f'{c.text} ({_doc(c, fmt)})' for c in g.left_out)}\n\n"


def _group_dict(g: ConflictGroup) -> dict:
    return {
        "quantity": {"category": g.key.category, "subject": g.key.subject_class, "place": g.key.place,
                     "period": g.key.period, "why": g.key.describe()},
        "low": plain_number(g.low), "high": plain_number(g.high),
        "spread": round(g.spread, 3) if g.spread else None, "sources": g.sources,
        "claims": [c.to_dict() for c in g.claims],
        "left_out": [c.to_dict() for c in g.left_out],
    }


def _who(c: Claim) -> str:
    return c.attributed_to or (f"({c.source})" if c.source else "(article)")


def _doc(c: Claim, fmt: str) -> str:
    return _short(c.doc, _DOC_WIDTH) if fmt == "table" else c.doc


def _short(name: str, width: int) -> str:
    """'000_95073aa9b544e93b.txt' -> '000_9507…544e93b.txt': both ends of a name tell files apart.

    >>> _short("000_95073aa9b544e93b.txt", 20)
    '000_9507…544e93b.txt'
    """
    if len(name) <= width:
        return name
    tail = (width - 1) // 2 + 2
    return name[:width - 1 - tail] + "…" + name[-tail:]


def _num(value) -> str:
    value = plain_number(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def _table(rows, headers, fmt: str, widths: list[int] | None = None) -> str:
    if fmt == "table" and widths:
        # tabulate's own maxcolwidths re-parses "6,400" as a number and fails; wrap the cells here.
        rows = [[textwrap.fill(str(cell), width) if len(str(cell)) > width else cell
                 for cell, width in zip(row, widths)] for row in rows]
    from tabulate import tabulate     # here, not at import: a streamed format starts 30 ms sooner without it
    return tabulate(rows, headers=headers, tablefmt=_TABULATE_NAME.get(fmt, fmt), disable_numparse=True)


def _csv_line(values) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def _csv_cell(value):
    value = plain_number(value)
    return "" if value is None else value
