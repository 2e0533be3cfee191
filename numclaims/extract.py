"""The library API: a document in, its claims out.

    >>> [(c.text, c.category) for c in extract("Officials said 12 people were killed in Aleppo.")]
    [('12', 'killed')]
"""
from __future__ import annotations

from numclaims.attribution import SpeakerMemory
from numclaims.context import claims_in_sentence, document_context
from numclaims.model import Claim, Document
from numclaims.numbers import find_numbers
from numclaims.sentences import sentence_of, split_sentences


def extract(text: str, doc: str = "text", source: str | None = None, date: str | None = None,
            url: str | None = None) -> list[Claim]:
    """The claims of one text.  Missing ``source``/``date`` are read from the text's own metadata."""
    from numclaims.documents import document_from_text
    return extract_document(document_from_text(text, doc, source=source, date=date, url=url))


def extract_document(doc: Document) -> list[Claim]:
    sentences = split_sentences(doc.text)
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list] = {}
    for span in find_numbers(doc.text):
        by_sentence.setdefault(sentence_of(starts, span.start), []).append(span)
    ctx = document_context(doc)
    memory = SpeakerMemory()
    claims: list[Claim] = []
    for i, sentence in enumerate(sentences):
        spans = by_sentence.get(i)
        if spans:
            claims.extend(claims_in_sentence(ctx, sentence, spans, memory))
        else:
            memory.hear(sentence.text)   # read only if a later figure's pronoun needs it
    return claims
