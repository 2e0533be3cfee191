"""The `numclaims` command: a thin typer layer over the library.

Exit status, for every command: 0 when every input was read; 1 when any
input failed (each failure is one line on stderr naming the file and the
problem; the other inputs are still processed and written); 2 for a usage
error such as an unknown --format.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Annotated, Optional

import typer

from numclaims import render
from numclaims.model import Claim

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_STATUS = ("Exit status: 0 when every input was read; 1 when any input failed (one line on stderr "
               "names each file and its problem; the other inputs are still processed and written); "
               "2 for a usage error such as an unknown --format.")

app = typer.Typer(
    help="Find the figures in news text, what they count, who says so, and where sources conflict.\n\n"
         "Examples:\n\n"
         "  numclaims extract seeds/                 a table of every claim\n\n"
         "  numclaims extract -f jsonl news.jsonl    one JSON object per claim\n\n"
         "  numclaims conflicts seeds/               conflicting figures side by side\n\n"
         "  numclaims ingest seeds/ && numclaims timeline --db numclaims.db\n\n"
         "  numclaims numbers 'up to 4,000 people'   what the parser makes of a phrase",
    epilog=EXIT_STATUS,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

Paths = Annotated[Optional[list[str]], typer.Argument(
    help="Files, directories (walked for .txt, .md and .jsonl), .jsonl files with one document "
         "per line (id, text, optional source, date, url), or - for standard input.",
    show_default=False)]
Format = Annotated[str, typer.Option(
    "--format", "-f", help="table, jsonl, json, csv, markdown, or any tabulate format (e.g. grid, html).")]
Category = Annotated[Optional[str], typer.Option(
    "--category", "-c", help="Only claims of this category: killed, wounded, casualties, displaced, "
                             "missing, detained or other.")]
Database = Annotated[Optional[str], typer.Option(
    "--db", help="Also read the claims stored in this SQLite file (see `numclaims ingest`).")]
Jobs = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, help="Worker processes. Default: one per core when the input is over 4 MB, else 1. "
                                "The output is the same, in the same order, whatever the number.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress line and no warnings on stderr.")]


def main() -> None:
    app()


@app.command(epilog=EXIT_STATUS)
def numbers(
    text: Annotated[str, typer.Argument(help="The text to parse, or - to read it from standard input.")],
    fmt: Format = "table",
) -> None:
    """Show the figures the number parser finds in TEXT: the quick way to see what it makes of a phrase.

    Example: numclaims numbers "around half a million people, up to 4,000 dead"
    """
    from numclaims.numbers import find_numbers
    fmt = _format(fmt)
    if text == "-":
        text = sys.stdin.read()
    _write(render.render_numbers(find_numbers(text), fmt))


@app.command(epilog=EXIT_STATUS)
def extract(paths: Paths = None, fmt: Format = "table", category: Category = None, db: Database = None,
            jobs: Jobs = None, quiet: Quiet = False) -> None:
    """Extract every claim: the figure, what it counts, where, when, who says so, and its document.

    Example: numclaims extract seeds/ --format jsonl > claims.jsonl
    """
    fmt = _format(fmt)
    _check_category(category)
    claims, finish = _claims(paths, db, jobs, quiet)
    _write(render.render_claims(_only(claims, category), fmt))
    finish()


@app.command(epilog=EXIT_STATUS)
def conflicts(paths: Paths = None, fmt: Format = "table", category: Category = None, db: Database = None,
              jobs: Jobs = None, quiet: Quiet = False,
              all_: Annotated[bool, typer.Option("--all", help="Also list quantities whose figures agree.")] = False,
              ) -> None:
    """Group the figures given for the same quantity and show those that disagree, widest spread first.

    Figures are for the same quantity when they count the same thing (category and class of subject)
    in the same place over the same period; each block names the key that brought it together.

    Example: numclaims conflicts seeds/ --format markdown
    """
    from numclaims.quantities import conflict_groups
    fmt = _format(fmt)
    _check_category(category)
    periods: dict[str, str] = {}
    claims, finish = _claims(paths, db, jobs, quiet, periods)
    groups = conflict_groups(list(_only(claims, category)), include_agreeing=all_, periods=periods)
    _write(render.render_groups(groups, fmt))
    finish()


@app.command(epilog=EXIT_STATUS)
def timeline(paths: Paths = None, fmt: Format = "table", category: Category = None, db: Database = None,
             jobs: Jobs = None, quiet: Quiet = False,
             place: Annotated[Optional[str], typer.Option(help="Only quantities about this place.")] = None,
             ) -> None:
    """The figures of each quantity in document-date order: how a toll grew and who revised it.

    Example: numclaims timeline --db numclaims.db --category killed --place Syria
    """
    from numclaims.quantities import timelines
    fmt = _format(fmt)
    _check_category(category)
    periods: dict[str, str] = {}
    claims, finish = _claims(paths, db, jobs, quiet, periods)
    groups = [g for g in timelines(list(_only(claims, category)), periods)
              if place is None or g.key.place.lower() == place.lower()]
    _write(render.render_timeline(groups, fmt))
    finish()


@app.command(epilog=EXIT_STATUS)
def ingest(paths: Paths = None,
           db: Annotated[str, typer.Option("--db", help="The SQLite store to add to (created if missing).")] = "numclaims.db",
           jobs: Jobs = None, quiet: Quiet = False) -> None:
    """Add documents and their claims to a SQLite store, one transaction per document.

    A document already in the store (same text) is skipped, so ingesting a corpus twice changes nothing.

    Example: numclaims ingest seeds/ --db numclaims.db
    """
    from numclaims.run import Progress, RunStats, default_jobs, extract_paths
    from numclaims.store import Store, StoreError
    paths = _require_paths(paths)
    stats, progress = RunStats(), Progress(not quiet)
    added = 0
    try:
        with Store(db) as store:
            for doc, claims in extract_paths(paths, jobs or default_jobs(paths), stats, _warn(quiet)):
                added += store.add(doc, claims)
                progress.update(stats)
    except StoreError as exc:
        _fail(str(exc), EXIT_INPUT_FAILED)
    progress.close()
    if not quiet:
        typer.echo(f"{db}: {added} documents added, {stats.documents - added} already stored, "
                   f"{stats.claims} claims read", err=True)
    if stats.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


# --- shared plumbing -----------------------------------------------------------

def _claims(paths: list[str] | None, db: str | None, jobs: int | None, quiet: bool,
            periods: dict[str, str] | None = None):
    """The claims of the store and of the paths, streamed, and a function that ends the run.

    Given ``periods``, fills it as the documents stream by with what each is about
    (`quantities.document_period`: a war, or an event), for the conflict layer.
    """
    from numclaims.run import Progress, RunStats, default_jobs, extract_paths
    if not paths and not db:
        _fail("no input: give one or more PATHs (or - for standard input), or --db FILE", EXIT_USAGE)
    stats, progress = RunStats(), Progress(not quiet)

    def stream() -> Iterator[Claim]:
        if db:
            yield from _stored_claims(db, periods)
        for doc, claims in extract_paths(paths or [], jobs or default_jobs(paths or []), stats, _warn(quiet)):
            progress.update(stats)
            if claims and periods is not None:
                from numclaims.quantities import document_period
                periods[doc.id] = document_period(doc.text)
            yield from claims

    def finish() -> None:
        progress.close()
        if stats.failed:
            raise typer.Exit(EXIT_INPUT_FAILED)

    return stream(), finish


def _stored_claims(db: str, periods: dict[str, str] | None) -> Iterator[Claim]:
    import os

    from numclaims.quantities import document_period
    from numclaims.store import Store, StoreError
    if not os.path.exists(db):
        _fail(f"{db}: no such store (create it with `numclaims ingest PATH --db {db}`)", EXIT_INPUT_FAILED)
    try:
        with Store(db) as store:
            yield from store.claims()
            if periods is not None:
                periods.update((doc.id, document_period(doc.text)) for doc in store.documents())
    except StoreError as exc:
        _fail(str(exc), EXIT_INPUT_FAILED)


def _only(claims: Iterable[Claim], category: str | None) -> Iterator[Claim]:
    return (c for c in claims if category is None or c.category == category)


def _check_category(category: str | None) -> None:
    from numclaims.model import CATEGORIES
    if category is not None and category not in CATEGORIES:
        _fail(f"unknown category {category!r}; use one of: {', '.join(CATEGORIES)}", EXIT_USAGE)


def _format(fmt: str) -> str:
    try:
        return render.check_format(fmt)
    except render.FormatError as exc:
        _fail(str(exc), EXIT_USAGE)


def _require_paths(paths: list[str] | None) -> list[str]:
    if not paths:
        _fail("no input: give one or more PATHs, or - for standard input", EXIT_USAGE)
    return paths


def _warn(quiet: bool):
    def report(problem) -> None:
        if not quiet or problem.fatal:
            typer.echo(f"numclaims: {problem}", err=True)
    return report


def _write(pieces: Iterable[str]) -> None:
    out = sys.stdout
    try:
        for piece in pieces:
            out.write(piece)
        out.flush()
    except BrokenPipeError:   # `numclaims extract … | head` is fine
        sys.stderr.close()
        raise typer.Exit(0)


def _fail(message: str, code: int):
    typer.echo(f"numclaims: {message}", err=True)
    raise typer.Exit(code)
