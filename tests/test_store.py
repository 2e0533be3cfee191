"""The store: idempotent, exact, safe with concurrent writers and killed ingests."""
from __future__ import annotations

import dataclasses
import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import numclaims
from numclaims.model import Claim, Document
from numclaims.store import Store, StoreError
from store_worker import make_claim, synthetic_document

WORKER = Path(__file__).with_name("store_worker.py")
SEEDS = Path(__file__).parent.parent / "seeds"


def typed(claims) -> list[tuple]:
    """Claims as (type, value) pairs: `==` alone would let 4000.0 pass for 4000."""
    return [tuple((type(value), value) for value in dataclasses.astuple(claim)) for claim in claims]


def synthetic_corpus(count: int) -> list[tuple[Document, list[Claim]]]:
    return [synthetic_document(index) for index in range(count)]


def table_dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def start_workers(path: Path, *ranges: tuple[int, int]) -> list[subprocess.Popen]:
    """Ingest processes, released together once all are ready."""
    workers = [subprocess.Popen([sys.executable, WORKER, path, str(first), str(last)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for first, last in ranges]
    for worker in workers:
        assert worker.stdout.readline() == "ready\n"
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    return workers


def test_adding_the_same_corpus_twice_changes_nothing(tmp_path):
    path = tmp_path / "numclaims.db"
    corpus = synthetic_corpus(5)
    with Store(path) as store:
        assert [store.add(doc, claims) for doc, claims in corpus] == [True] * 5
    before = table_dump(path)
    with Store(path) as store:
        assert [store.add(doc, claims) for doc, claims in corpus] == [False] * 5
    assert table_dump(path) == before


def test_a_document_is_known_by_its_text_not_its_id(tmp_path):
    with Store(tmp_path / "numclaims.db") as store:
        assert store.add(Document("a.txt", "Two were killed."), [])
        assert not store.add(Document("b.txt", "Two were killed."), [])
        assert store.add(Document("a.txt", "Three were killed."), [])
        assert [doc.text for doc in store.documents()] == ["Two were killed.", "Three were killed."]


def test_store_reads_back_exactly_what_was_added_in_order(tmp_path):
    corpus = synthetic_corpus(4)
    # Claims added out of offset order come back by offset within their document.
    corpus[1] = (corpus[1][0], corpus[1][1][::-1])
    with Store(tmp_path / "numclaims.db") as store:
        for doc, claims in corpus:
            store.add(doc, claims)
    with Store(tmp_path / "numclaims.db") as store:
        assert list(store.documents()) == [doc for doc, _ in corpus]
        expected = [claim for doc, claims in corpus for claim in sorted(claims, key=lambda c: c.start)]
        assert typed(store.claims()) == typed(expected)
        assert len(store) == 4


def test_claims_of_one_category_keep_the_reading_order(tmp_path):
    corpus = synthetic_corpus(3)
    with Store(tmp_path / "numclaims.db") as store:
        for doc, claims in corpus:
            store.add(doc, claims)
        displaced = [claim for _, claims in corpus for claim in claims if claim.category == "displaced"]
        assert typed(store.claims("displaced")) == typed(displaced)
        assert list(store.claims("missing")) == []


def test_sql_injection_looking_values_round_trip_as_plain_data(tmp_path):
    hostile = "'); DROP TABLE claims; --"
    doc = Document(f"O'Brien \"{hostile}\".txt", f"{hostile} 16 people were killed.", source="'; --", url="x' OR '1'='1")
    claims = [make_claim(doc.id, len(hostile) + 1, subject=hostile, attributed_to="Robert'); DROP TABLE documents;--",
                         sentence=doc.text, location='"Idlib"', time="?", unit="%s")]
    with Store(tmp_path / "numclaims.db") as store:
        assert store.add(doc, claims)
        assert list(store.documents()) == [doc]
        assert typed(store.claims()) == typed(claims)
        assert store.check() == []


def test_a_failed_add_writes_nothing(tmp_path):
    doc, claims = synthetic_document(0)
    broken = claims[:-1] + [dataclasses.replace(claims[-1], sentence=None)]
    with Store(tmp_path / "numclaims.db") as store:
        with pytest.raises(StoreError, match="cannot add document 'synthetic-00000.txt'"):
            store.add(doc, broken)
        assert len(store) == 0 and list(store.claims()) == []
        assert store.add(doc, claims)


def test_check_finds_a_document_missing_claims(tmp_path):
    path = tmp_path / "numclaims.db"
    with Store(path) as store:
        store.add(*synthetic_document(0))
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM claims WHERE rowid = (SELECT max(rowid) FROM claims)")
    with Store(path) as store:
        assert store.check() == ["document 'synthetic-00000.txt' has 59 claim rows, expected 60"]


def test_two_processes_adding_overlapping_documents_at_once_both_succeed(tmp_path):
    path = tmp_path / "numclaims.db"
    # Both create the store too: neither finds it on disk.
    workers = start_workers(path, (0, 120), (60, 180))
    for worker in workers:
        _, errors = worker.communicate(timeout=60)
        assert worker.returncode == 0, errors
    with Store(path) as store:
        assert store.check() == []
        assert sorted(doc.id for doc in store.documents()) == [doc.id for doc, _ in synthetic_corpus(180)]
        by_document = sorted(store.claims(), key=lambda claim: (claim.doc, claim.start))
        assert typed(by_document) == typed(claim for _, claims in synthetic_corpus(180) for claim in claims)


def _open_store_at(path: Path, barrier) -> str | None:
    barrier.wait()
    try:
        with Store(path):
            return None
    except StoreError as error:
        return str(error)


def test_processes_creating_one_store_at_once_all_open_it(tmp_path):
    """The file is checked in one snapshot: a creator committing mid-check once made it look foreign."""
    with multiprocessing.Manager() as manager, multiprocessing.Pool(6) as pool:
        for round_ in range(12):
            barrier = manager.Barrier(6)
            path = tmp_path / f"store-{round_}.db"
            assert pool.starmap(_open_store_at, [(path, barrier)] * 6) == [None] * 6


def test_ingest_killed_mid_run_leaves_only_whole_documents(tmp_path):
    path = tmp_path / "numclaims.db"
    [worker] = start_workers(path, (0, 100_000))
    committed = 0
    while committed < 30:
        committed = int(worker.stdout.readline()) + 1
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)
    assert worker.returncode == -signal.SIGKILL

    with Store(path) as store:
        assert store.check() == []
        stored = len(store)
        assert committed <= stored < 100_000
        corpus = synthetic_corpus(stored)
        assert list(store.documents()) == [doc for doc, _ in corpus]
        assert typed(store.claims()) == typed(claim for _, claims in corpus for claim in claims)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def foreign_sqlite_database(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    db.close()


@pytest.mark.parametrize("write, problem", [
    (lambda path: path.write_bytes(random.Random(0).randbytes(8192)), "file is not a database"),
    (lambda path: path.write_text("Two people were killed.\n" * 40), "file is not a database"),
    (foreign_sqlite_database, "not a numclaims store"),
], ids=["random bytes", "text file", "another program's database"])
def test_a_file_that_is_not_a_store_gives_a_clear_error_and_is_left_alone(tmp_path, write, problem):
    path = tmp_path / "notes.db"
    write(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=problem) as raised:
        Store(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == [path]


def test_a_store_of_another_schema_version_is_refused(tmp_path):
    path = tmp_path / "numclaims.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="store schema version 99; this numclaims reads version 1"):
        Store(path)


@pytest.mark.skipif(not hasattr(numclaims, "extract"), reason="the extractor is not written yet")
def test_store_read_back_equals_a_fresh_extraction_of_the_seeds(tmp_path):
    documents = [Document(path.name, path.read_bytes().decode("utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    extracted = [numclaims.extract(doc.text, doc=doc.id) for doc in documents]
    with Store(tmp_path / "numclaims.db") as store:
        for doc, claims in zip(documents, extracted):
            store.add(doc, claims)
    with Store(tmp_path / "numclaims.db") as store:
        expected = [claim for claims in extracted for claim in sorted(claims, key=lambda c: c.start)]
        assert typed(store.claims()) == typed(expected)
        assert list(store.documents()) == documents
