"""The tracker's memory: documents and their claims in one SQLite file.

A document is stored once, keyed by the SHA-256 of its text, and always
together with all its claims in one transaction, so a store holds only whole
documents even when an ingest is killed half-way. WAL and a busy timeout let
several ingest processes write the same file at once.

    >>> with Store(":memory:") as store:
    ...     store.add(Document("a.txt", "Two were killed."), [])
    ...     store.add(Document("copy-of-a.txt", "Two were killed."), [])
    ...     len(store)
    True
    False
    1
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from numclaims.model import CLAIM_FIELDS, Claim, Document

DEFAULT_PATH = "numclaims.db"

# Marks the file as a numclaims store ("NCLM"), so that another program's
# SQLite file is refused instead of altered.
APPLICATION_ID = 0x4E434C4D
SCHEMA_VERSION = 1

# Long enough for a concurrent ingest to commit a large document.
BUSY_TIMEOUT_SECONDS = 30

# STRICT tables refuse a value of the wrong type; ANY keeps a figure's int or
# float exactly as given. Run in one transaction, so that two processes
# creating the same store at once both see either nothing or all of it.
SCHEMA = f"""
BEGIN IMMEDIATE;

CREATE TABLE IF NOT EXISTS documents (
    rowid       INTEGER PRIMARY KEY,    -- insertion order
    doc         TEXT NOT NULL,          -- the document id
    sha256      TEXT NOT NULL UNIQUE,   -- of the text: a document is stored once
    source      TEXT,
    date        TEXT,
    url         TEXT,
    text        TEXT NOT NULL,          -- kept to show sentences and to re-extract
    claim_count INTEGER NOT NULL,       -- lets check() find a partly written document
    added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE IF NOT EXISTS claims (
    document      INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
    doc           TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    value         ANY NOT NULL,
    low           ANY,
    high          ANY,
    qualifier     TEXT NOT NULL,
    unit          TEXT,
    category      TEXT NOT NULL,
    subject       TEXT,
    location      TEXT,
    time          TEXT,
    attributed_to TEXT,
    stance        TEXT NOT NULL,
    source        TEXT,
    date          TEXT,
    sentence      TEXT NOT NULL
) STRICT;

CREATE INDEX IF NOT EXISTS claims_by_category ON claims (category);
-- Serves the foreign key and the reading order alike.
CREATE INDEX IF NOT EXISTS claims_by_document ON claims (document, start);

PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = {SCHEMA_VERSION};

COMMIT;
"""

_COLUMNS = ", ".join(f'"{name}"' for name in CLAIM_FIELDS)

INSERT_DOCUMENT = """
INSERT INTO documents (doc, sha256, source, date, url, text, claim_count)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (sha256) DO NOTHING
"""
INSERT_CLAIM = f"INSERT INTO claims (document, {_COLUMNS}) VALUES (?, {', '.join('?' * len(CLAIM_FIELDS))})"
SELECT_CLAIMS = f"SELECT {_COLUMNS} FROM claims {{where}} ORDER BY document, start, rowid"
MISCOUNTED_DOCUMENTS = """
SELECT documents.doc, documents.claim_count, count(claims.document)
FROM documents LEFT JOIN claims ON claims.document = documents.rowid
GROUP BY documents.rowid
HAVING count(claims.document) != documents.claim_count
"""


class StoreError(Exception):
    """A file that cannot be used as a store, or a store operation that failed."""

    def __init__(self, path: str | os.PathLike, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


class Store:
    """Documents and their claims in one SQLite file; a context manager."""

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH):
        self.path = Path(path)
        with self._sqlite_errors("cannot open as a numclaims store"):
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            try:
                self._prepare()
            except BaseException:
                self._db.close()
                raise

    def _prepare(self) -> None:
        self._db.execute("PRAGMA foreign_keys = ON")
        blank = self._refuse_foreign_file()
        # Only after the check: switching to WAL writes to the file.
        self._switch_to_wal()
        # Safe with WAL: a crash may lose the last commits, never corrupt.
        self._db.execute("PRAGMA synchronous = NORMAL")
        if blank:
            self._db.executescript(SCHEMA)

    def _refuse_foreign_file(self) -> bool:
        """Raise unless the file is a store of this version; True if it is blank and may become one."""
        # One statement, so one snapshot: read apart, another process creating the store could
        # commit in between, and the file would look like tables without our mark.
        application_id, has_tables = self._db.execute(
            "SELECT (SELECT application_id FROM pragma_application_id), EXISTS (SELECT 1 FROM sqlite_schema)").fetchone()
        if application_id == 0 and not has_tables:
            return True
        if application_id != APPLICATION_ID:
            raise StoreError(self.path, "not a numclaims store: an SQLite database of another program")
        version = self._pragma("user_version")
        if version != SCHEMA_VERSION:
            raise StoreError(self.path, f"store schema version {version}; this numclaims reads version {SCHEMA_VERSION}")
        return False

    def _switch_to_wal(self) -> None:
        """Switch to WAL, waiting here for the lock that a new file needs for it.

        The busy timeout does not cover this: when two processes create the
        same store at once, both hold a read lock, so SQLite answers busy at
        once rather than wait into a deadlock. The loser retries here.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        while True:
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _pragma(self, name: str) -> int:
        return self._db.execute(f"PRAGMA {name}").fetchone()[0]

    @contextmanager
    def _sqlite_errors(self, doing: str) -> Iterator[None]:
        """Report SQLite's failures as StoreErrors that name the file."""
        try:
            yield
        except sqlite3.Error as error:
            raise StoreError(self.path, f"{doing}: {error}") from error

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so the duplicate check and
        # the inserts see the same store even with another writer waiting.
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def add(self, doc: Document, claims: Sequence[Claim]) -> bool:
        """Store a document with its claims; False if a document with the same text is already stored."""
        sha256 = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        with self._sqlite_errors(f"cannot add document {doc.id!r}"), self._transaction():
            inserted = self._db.execute(
                INSERT_DOCUMENT, (doc.id, sha256, doc.source, doc.date, doc.url, doc.text, len(claims)))
            if inserted.rowcount == 0:
                return False
            self._db.executemany(INSERT_CLAIM, (
                (inserted.lastrowid, *(getattr(claim, name) for name in CLAIM_FIELDS)) for claim in claims))
        return True

    def documents(self) -> Iterator[Document]:
        """The stored documents, in the order they were added."""
        with self._sqlite_errors("cannot read documents"):
            for doc, text, source, date, url in self._db.execute(
                    "SELECT doc, text, source, date, url FROM documents ORDER BY rowid"):
                yield Document(doc, text, source, date, url)

    def claims(self, category: str | None = None) -> Iterator[Claim]:
        """The stored claims, of one category if given, by document in the order added, then by offset."""
        if category is None:
            query, parameters = SELECT_CLAIMS.format(where=""), ()
        else:
            query, parameters = SELECT_CLAIMS.format(where="WHERE category = ?"), (category,)
        with self._sqlite_errors("cannot read claims"):
            for row in self._db.execute(query, parameters):
                yield Claim(*row)

    def __len__(self) -> int:
        """The number of documents stored."""
        with self._sqlite_errors("cannot count documents"):
            return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def check(self) -> list[str]:
        """The store's problems, as sentences: empty when it is healthy and holds only whole documents."""
        with self._sqlite_errors("cannot check"):
            problems = [message for (message,) in self._db.execute("PRAGMA integrity_check")]
            if problems == ["ok"]:
                problems = []
            problems += [f"claim row {rowid} belongs to no document"
                         for _, rowid, *_ in self._db.execute("PRAGMA foreign_key_check")]
            problems += [f"document {doc!r} has {stored} claim rows, expected {expected}"
                         for doc, expected, stored in self._db.execute(MISCOUNTED_DOCUMENTS)]
        return problems

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
