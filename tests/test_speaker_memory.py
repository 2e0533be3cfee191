"""Speaker memory: read lazily, it answers as if every queued sentence had been read in order."""
from __future__ import annotations

import random
from collections import deque

import pytest

from numclaims import attribution
from numclaims.attribution import SpeakerMemory, read_speakers

_SENTENCES = (
    "The Health Ministry gave new figures.", "He said 12 people were killed.", "It said 40 were wounded.",
    "“We found 9 bodies,” he added.", "“There were 30 more.”", "The statement said 5 died.",
    "Officials said the toll was 80.", "John Smith, a spokesman, said 3 were hurt.", "They counted 200 dead.",
    "The ministry said 7 were missing.", "Rain fell all day.", "According to the UN, 1,000 fled.",
    "She said 4 children died.", "The report put the toll at 60.", "Aid agencies gave no figure.",
    "The Syrian Observatory for Human Rights said 15 were killed.", "It was quoted as saying 6 died.",
)


class _EagerMemory:
    """The memory as the specification reads it: every queued sentence read, in order, before the next figure."""

    def __init__(self):
        self.last = self.last_person = self.last_group = None
        self.unread = deque(maxlen=2)

    def catch_up(self):
        pending = list(self.unread)
        self.unread.clear()
        for sentence in pending:
            read_speakers(sentence, self)

    def remember(self, name):
        self.last = name
        if attribution._looks_like_person(name):
            self.last_person = name
        else:
            self.last_group = name


@pytest.mark.parametrize("seed", range(40))
def test_lazy_memory_answers_as_the_eager_one(seed):
    rng = random.Random(seed)
    lazy, eager = SpeakerMemory(), _EagerMemory()
    for _ in range(rng.choice((10, 200))):   # 200 sentences cross the record's limit
        sentence = rng.choice(_SENTENCES)
        if any(ch.isdigit() for ch in sentence) and rng.random() < 0.5:
            assert read_speakers(sentence, lazy, (0,)) == read_speakers(sentence, eager, (0,))
        elif any(ch.isdigit() for ch in sentence) and rng.random() < 0.3:   # figures that make no claims
            lazy.note(sentence)
            read_speakers(sentence, eager)
        else:
            lazy.hear(sentence)
            eager.unread.append(sentence)
