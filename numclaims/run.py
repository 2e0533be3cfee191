"""Run the pipeline over many documents: streaming, in parallel, with progress.

Documents are read, processed and handed on one at a time (in bounded
batches when several worker processes share the work), so memory stays flat
whatever the corpus size, and the output order is always the input order.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from numclaims.documents import InputProblem, read_documents
from numclaims.extract import extract_document
from numclaims.model import Claim, Document

# Above this much input, the default is one worker per core.
PARALLEL_FROM_BYTES = 4 * 2**20
_BATCH_PER_WORKER = 16


@dataclass
class RunStats:
    documents: int = 0
    claims: int = 0
    bytes: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.fatal for p in self.problems)


def default_jobs(paths: list[str]) -> int:
    """All cores for a large input, one for a small one (a pool costs more than it gives)."""
    return (os.cpu_count() or 1) if _input_bytes(paths) > PARALLEL_FROM_BYTES else 1


def _input_bytes(paths: list[str]) -> int:
    total = 0
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                total += sum(_size(os.path.join(root, f)) for f in files)
        elif path != "-":
            total += _size(path)
    return total


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def extract_paths(paths: list[str], jobs: int, stats: RunStats,
                  on_problem: Callable[[InputProblem], None]) -> Iterator[tuple[Document, list[Claim]]]:
    """Each document of ``paths`` with its claims, in input order; problems go to ``on_problem``."""
    items = read_documents(paths)
    for item, result in _map(items, jobs):
        if isinstance(item, InputProblem):
            stats.problems.append(item)
            on_problem(item)
            continue
        if isinstance(result, InputProblem):   # the document could not be processed
            stats.problems.append(result)
            on_problem(result)
            continue
        stats.documents += 1
        stats.bytes += len(item.text.encode("utf-8", "surrogatepass"))
        stats.claims += len(result)
        yield item, result


def _map(items: Iterable, jobs: int) -> Iterator[tuple]:
    if jobs <= 1:
        for item in items:
            yield item, None if isinstance(item, InputProblem) else _claims_or_problem(item)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    batch_size = jobs * _BATCH_PER_WORKER
    with context.Pool(jobs) as pool:
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            docs = [item for item in batch if not isinstance(item, InputProblem)]
            results = iter(pool.map(_claims_or_problem, docs, chunksize=max(1, len(docs) // (jobs * 4))))
            for item in batch:
                yield item, None if isinstance(item, InputProblem) else next(results)


def _claims_or_problem(doc: Document) -> list[Claim] | InputProblem:
    try:
        return extract_document(doc)
    except TimeoutError as exc:   # a regex guard fired: hostile text, skip the document
        return InputProblem(doc.id, f"text too hard to read ({exc})")


class Progress:
    """A one-line progress report on stderr, for runs longer than a second on a terminal."""

    def __init__(self, enabled: bool, stream=None):
        stream = stream or sys.stderr   # looked up now: tests and callers swap sys.stderr
        self.enabled = enabled and stream.isatty()
        self.stream = stream
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, stats: RunStats) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < 1.0 or now - self.last < 0.2:
            return
        self.last = now
        rate = stats.bytes / 2**20 / (now - self.started)
        self.stream.write(f"\r{stats.documents:,} documents, {stats.bytes / 2**20:,.1f} MB, "
                          f"{stats.claims:,} claims ({rate:,.1f} MB/s)")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
