"""An ingest process for tests/test_store.py, and the synthetic corpus it ingests.

    python tests/store_worker.py STORE FIRST LAST

prints `ready`, waits for a line on stdin (so that a test can start several
workers at the same moment), then adds synthetic documents FIRST..LAST-1 to STORE, printing each
index once its document is committed.
"""
from __future__ import annotations

import sys

from numclaims.model import Claim, Document
from numclaims.store import Store

CLAIMS_PER_DOCUMENT = 60


def make_claim(doc: str = "doc", start: int = 0, text: str = "16", **fields) -> Claim:
    """A claim with plausible defaults: only the fields a test cares about need naming."""
    defaults = dict(
        doc=doc, start=start, end=start + len(text), text=text, value=16, low=None, high=None,
        qualifier="exact", unit=None, category="killed", subject="people", location="Syria",
        time=None, attributed_to=None, stance="asserted", source="AFP", date="2016-03-01",
        sentence=f"{text} people were killed.",
    )
    return Claim(**(defaults | fields))


def synthetic_document(index: int) -> tuple[Document, list[Claim]]:
    """Document number `index`: one sentence per figure, with figures of every shape the store must keep."""
    doc_id = f"synthetic-{index:05d}.txt"
    sentences, claims, offset = [], [], 0
    for k in range(CLAIMS_PER_DOCUMENT):
        figure = f"{index * 1000 + k:,}"
        sentence = f"In report {index}, {figure} people were displaced. "
        start = offset + sentence.index(figure)
        claims.append(make_claim(
            doc_id, start, figure, sentence=sentence.strip(),
            value=index * 1000 + k if k % 2 else index * 1000 + k + 0.5,
            low=None if k % 3 else float(k), high=k * 10 if k % 3 == 1 else None,
            qualifier=("exact", "approx", "range")[k % 3],
            category=("displaced", "killed", "other")[k % 3],
            attributed_to=None if k % 2 else "UN",
        ))
        sentences.append(sentence)
        offset += len(sentence)
    return Document(doc_id, "".join(sentences), source="AFP", date="2016-03-01"), claims


def main(path: str, first: str, last: str) -> None:
    print("ready", flush=True)
    sys.stdin.readline()
    with Store(path) as store:
        for index in range(int(first), int(last)):
            store.add(*synthetic_document(index))
            print(index, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
