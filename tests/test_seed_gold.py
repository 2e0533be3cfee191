"""The seed corpus and its gold file, as an executable specification.

`tests/data/seeds_gold.jsonl` is a copy of the project's gold for `seeds/`: one
line per expected claim, `group` lines for figures of one quantity, and
`doc_meta` lines for document metadata.  The tests read the articles through the
same path a user does (`numclaims extract seeds/`), and check every field the
gold gives.
"""
import json
from pathlib import Path

import pytest

from numclaims import conflict_groups
from numclaims.documents import read_documents
from numclaims.extract import extract_document
from numclaims.model import Document

ROOT = Path(__file__).resolve().parent.parent
GOLD = [json.loads(line) for line in (ROOT / "tests" / "data" / "seeds_gold.jsonl").read_text().splitlines() if line]
EXPECTED = [g for g in GOLD if "text" in g]
GROUPS = [g for g in GOLD if "group" in g]
METADATA = [g for g in GOLD if "doc_meta" in g]


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[Document, list]]:
    docs = [d for d in read_documents([str(ROOT / "seeds")]) if isinstance(d, Document)]
    assert len(docs) == 5
    return {d.id: (d, extract_document(d)) for d in docs}


def locate(doc: Document, row: dict) -> int:
    base = doc.text.find(row["after"]) if row.get("after") else 0
    return doc.text.find(row["text"], base)


def normalised(name) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in str(name).lower()).split()
    return " ".join(w for w in words if w not in {"the", "a", "an", "of", "s"})


def accepted(speaker, names: list) -> bool:
    if speaker is None:
        return not names or None in names
    said = normalised(speaker)
    return any(name and (normalised(name) in said or said in normalised(name)) for name in names)


def row_id(row):
    return f"{row['doc'][:3]}:{row['text']}"


@pytest.mark.parametrize("row", EXPECTED, ids=row_id)
def test_every_gold_claim_is_found_with_its_fields(corpus, row):
    doc, claims = corpus[row["doc"]]
    start = locate(doc, row)
    found = [c for c in claims if c.start == start and c.text == row["text"]]
    assert found, f"{row['text']!r} not extracted; got {[c.text for c in claims]}"
    claim = found[0]
    assert (claim.value, claim.low, claim.high, claim.qualifier, claim.unit) == \
        (row["value"], row["low"], row["high"], row["qualifier"], row["unit"])
    assert claim.category == row["category"]
    assert claim.stance == row["stance"]
    assert accepted(claim.attributed_to, row["attributed_to"]), claim.attributed_to
    assert set(normalised(claim.subject).split()) & set(normalised(row["subject"]).split())


def test_nothing_but_the_gold_claims_is_extracted(corpus):
    expected = {(row["doc"], locate(corpus[row["doc"]][0], row)) for row in EXPECTED}
    extracted = {(c.doc, c.start) for _, claims in corpus.values() for c in claims}
    assert extracted == expected


@pytest.mark.parametrize("row", METADATA, ids=lambda r: r["doc_meta"][:3])
def test_document_metadata(corpus, row):
    doc, _ = corpus[row["doc_meta"]]
    assert accepted(doc.source, row["source"]) if row["source"] else doc.source is None
    assert doc.date == row["date"]


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g["group"])
def test_conflicting_figures_for_one_quantity_form_one_group(corpus, group):
    members = {(m["doc"], locate(corpus[m["doc"]][0], m)) for m in group["members"]}
    groups = conflict_groups(c for _, claims in corpus.values() for c in claims)
    holding = [g for g in groups if members & {(c.doc, c.start) for c in g.claims}]
    assert len(holding) == 1, "the members are split over several groups"
    assert {(c.doc, c.start) for c in holding[0].claims} == members, "other claims joined the group"
