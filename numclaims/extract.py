"""The library API: a document in, its claims out.

    >>> [(c.text, c.category) for c in extract("Officials said 12 people were killed in Aleppo.")]
    [('12', 'killed')]
"""
from __future__ import annotations

from dataclasses import replace

from numclaims.attribution import SpeakerMemory
from numclaims.context import claims_in_sentence, document_context, refer_back
from numclaims.model import Claim, Document, NumberSpan, Sentence
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
    by_sentence = _figures_by_sentence(doc.text, sentences)
    ctx = document_context(doc)
    memory = SpeakerMemory()
    claims: list[Claim] = []
    toll = None   # the category of the last casualty figure, for "put that number at 11,300"
    for i, sentence in enumerate(sentences):
        spans = by_sentence.get(i)
        if spans:
            found, toll = refer_back(claims_in_sentence(ctx, sentence, spans, memory), sentence, toll)
            claims.extend(found)
        else:
            memory.hear(sentence.text)   # read only if a later figure's pronoun needs it
    return claims


def _figures_by_sentence(text: str, sentences: list[Sentence]) -> dict[int, list[NumberSpan]]:
    """The figures of each sentence.  The text is read once; a phrase that crosses a sentence's
    end ("up to" closing one line, "0" opening the next) is read again inside the sentence
    that holds its last word, so that every claim lies within its sentence."""
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[NumberSpan]] = {}
    for span in find_numbers(text):
        i = sentence_of(starts, span.end - 1)
        sentence = sentences[i]
        if sentence.start <= span.start and span.end <= sentence.end:
            if span not in by_sentence.get(i, []):   # read already, inside a phrase that crossed into it
                by_sentence.setdefault(i, []).append(span)
            continue
        for local in find_numbers(sentence.text):
            inside = replace(local, start=local.start + sentence.start, end=local.end + sentence.start)
            if inside.start < span.end and span.start < inside.end and inside not in by_sentence.get(i, []):
                by_sentence.setdefault(i, []).append(inside)
    return {i: sorted(spans, key=lambda s: s.start) for i, spans in by_sentence.items()}
