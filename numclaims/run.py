"""Run the pipeline over many documents: streaming, in parallel, with progress.

Documents are read, processed and handed on one at a time, so memory stays
flat whatever the corpus size, and the output order is always the input order.

With several worker processes, the documents go to the workers in *tasks* of
about ``TASK_BYTES`` of text, and at most ``TASKS_PER_WORKER`` tasks per worker
are in flight: enough that no worker waits while the parent reads the next
documents and writes the last results, few enough that nothing is read far
ahead of what has been written (a pool's own ``imap`` reads its whole input
as fast as it can).  Results come back in task order.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from numclaims.documents import DOCUMENT_SUFFIXES, InputProblem, read_documents
from numclaims.extract import extract_document
from numclaims.model import CLAIM_FIELDS, Claim, Document

# Above this much input, the default is one worker per core.
PARALLEL_FROM_BYTES = 4 * 2**20
# A task for a worker: documents up to about this much text, and at most this many.
# Large enough that sending it costs little beside reading it, small enough that
# the workers share the end of the run evenly.
TASK_BYTES = 64 * 2**10
TASK_DOCUMENTS = 64
TASKS_PER_WORKER = 4


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
    return (os.cpu_count() or 1) if _input_bytes(paths, PARALLEL_FROM_BYTES) > PARALLEL_FROM_BYTES else 1


def _input_bytes(paths: list[str], enough: int) -> int:
    """The size of the documents under ``paths``, counted until it passes ``enough``.

    Only the files the reader reads are counted: no hidden ones (a .git or a
    .venv), only .txt, .md and .jsonl.
    """
    total = 0
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                total += sum(_size(os.path.join(root, f)) for f in files
                             if not f.startswith(".") and f.lower().endswith(DOCUMENT_SUFFIXES))
                if total > enough:
                    return total
        elif path != "-":
            total += _size(path)
        if total > enough:
            return total
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
    for item, result in (_serial(items) if jobs <= 1 else _parallel(items, jobs)):
        if isinstance(item, InputProblem):
            stats.problems.append(item)
            on_problem(item)
            continue
        if isinstance(result, InputProblem):   # the document could not be processed
            stats.problems.append(result)
            on_problem(result)
            continue
        stats.documents += 1
        text = item.text
        stats.bytes += len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
        stats.claims += len(result)
        yield item, result


Result = list[Claim] | InputProblem | None


def _serial(items: Iterable[Document | InputProblem]) -> Iterator[tuple[Document | InputProblem, Result]]:
    for item in items:
        yield item, None if isinstance(item, InputProblem) else _claims_or_problem(item)


def _parallel(items: Iterable[Document | InputProblem], jobs: int) -> Iterator[tuple[Document | InputProblem, Result]]:
    import multiprocessing   # here, not at the top: a serial run (the common small one) starts 10 ms sooner
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(jobs) as pool:
        pending: deque = deque()
        for task in _tasks(items):
            documents = [item for item in task if not isinstance(item, InputProblem)]
            pending.append((task, pool.apply_async(_extract_task, (documents,)) if documents else None))
            if len(pending) >= jobs * TASKS_PER_WORKER:
                yield from _task_results(*pending.popleft())
        while pending:
            yield from _task_results(*pending.popleft())


def _tasks(items: Iterable[Document | InputProblem]) -> Iterator[list[Document | InputProblem]]:
    """Consecutive items in groups of about TASK_BYTES of text (problems travel with their neighbours)."""
    task: list[Document | InputProblem] = []
    size = 0
    for item in items:
        task.append(item)
        if isinstance(item, Document):
            size += len(item.text)
        if size >= TASK_BYTES or len(task) >= TASK_DOCUMENTS:
            yield task
            task, size = [], 0
    if task:
        yield task


def _task_results(task: list[Document | InputProblem], pending) -> Iterator[tuple[Document | InputProblem, Result]]:
    results = iter(pending.get() if pending is not None else ())
    for item in task:
        if isinstance(item, InputProblem):
            yield item, None
        else:
            result = next(results)
            yield item, result if isinstance(result, InputProblem) else [Claim(*values) for values in result]


def _extract_task(documents: list[Document]) -> list[list[tuple] | InputProblem]:
    """In a worker: the claims of each document, as plain tuples (half the cost of pickling dataclasses)."""
    out: list[list[tuple] | InputProblem] = []
    for doc in documents:
        result = _claims_or_problem(doc)
        out.append(result if isinstance(result, InputProblem)
                   else [tuple(getattr(claim, name) for name in CLAIM_FIELDS) for claim in result])
    return out


def _claims_or_problem(doc: Document) -> list[Claim] | InputProblem:
    """The claims of one document; or, when reading it fails, a problem that names it.

    One document that breaks the extractor must not end a run over thousands:
    it is skipped and reported (the run's exit status says so), and the next
    document is read.
    """
    try:
        return extract_document(doc)
    except TimeoutError as exc:   # a regex guard fired: hostile text, skip the document
        return InputProblem(doc.id, f"text too hard to read ({exc})", fatal=True)
    except (ValueError, LookupError, ArithmeticError, RecursionError) as exc:   # text that trips a bug
        return InputProblem(doc.id, f"could not be read ({type(exc).__name__}: {str(exc)[:200]})", fatal=True)


class Progress:
    """A one-line progress report on stderr, for runs longer than a second on a terminal."""

    def __init__(self, enabled: bool, stream=None):
        stream = stream or sys.stderr   # looked up now, not at import: callers and tests swap sys.stderr
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
