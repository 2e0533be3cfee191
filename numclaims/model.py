"""The data that flows through the pipeline: plain, frozen, typed records.

Every record that points into a text keeps its ``start``/``end`` offsets and the
raw ``text`` beside the parsed value, so each figure can be traced to its span.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]
Category = Literal["killed", "wounded", "casualties", "displaced", "missing", "detained", "other"]
Stance = Literal["asserted", "denied"]

QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most", "range", "vague")
CATEGORIES: tuple[str, ...] = ("killed", "wounded", "casualties", "displaced", "missing", "detained", "other")
CASUALTY_CATEGORIES: frozenset[str] = frozenset(CATEGORIES) - {"other"}


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """One figure found in a text: `text == source[start:end]`.

    ``value`` is the figure as stated (the low end of a range or a vague
    multiple); ``low``/``high`` are the bounds the phrase commits to.
    ``kind`` says what sort of figure it is, so later stages can drop the
    ones that count nothing: ``cardinal``, ``fraction``, ``multiplier``.
    """

    start: int
    end: int
    text: str
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    kind: str = "cardinal"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Document:
    """A text as read, with the metadata its file or its JSONL line gave."""

    id: str
    text: str
    source: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure with what it counts and its context; the fields of the spec."""

    doc: str
    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    category: str
    subject: str | None
    location: str | None
    time: str | None
    attributed_to: str | None
    stance: str
    source: str | None
    date: str | None
    sentence: str

    def to_dict(self) -> dict:
        return {name: plain_number(getattr(self, name)) for name in CLAIM_FIELDS}


CLAIM_FIELDS: tuple[str, ...] = tuple(Claim.__dataclass_fields__)


def plain_number(value):
    """Whole floats print as integers: `4000`, not `4000.0`."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


@dataclass(frozen=True, slots=True)
class QuantityKey:
    """What makes two claims figures for the same quantity, each part explainable."""

    category: str
    subject_class: str
    place: str
    period: str

    def describe(self) -> str:
        return f"{self.category} {self.subject_class} in {self.place} ({self.period})"


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    key: QuantityKey
    claims: tuple[Claim, ...] = field(default_factory=tuple)
    # figures the key brought here that the group leaves out as likely parts (`likely_parts`)
    left_out: tuple[Claim, ...] = field(default_factory=tuple)

    @property
    def low(self) -> float:
        return min(c.value for c in self.claims)

    @property
    def high(self) -> float:
        return max(c.value for c in self.claims)

    @property
    def spread(self) -> float | None:
        return self.high / self.low if self.low else None

    @property
    def sources(self) -> int:
        return len({c.attributed_to or c.source or c.doc for c in self.claims})

    @property
    def conflicting(self) -> bool:
        return len({c.value for c in self.claims}) > 1
