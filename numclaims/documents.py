"""Paths, standard input and JSONL lines -> Documents, one at a time.

The first stage of the pipeline.  Text is kept exactly as read (UTF-8, a
leading byte-order mark dropped, newlines untouched) because every later offset
indexes it.  Bad input never raises and never stops the stream: it becomes an
``InputProblem`` in the stream, and reading goes on with the next input.

    >>> document_from_text("MOSCOW (TASS) - Talks resumed.", doc_id="a")
    Document(id='a', text='MOSCOW (TASS) - Talks resumed.', source='TASS', date=None, url=None)
"""
from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import BinaryIO

import regex

from numclaims.metadata import parse_date, read_metadata
from numclaims.model import Document

# A larger document is refused: it is not news copy, and it would be held whole in memory.
MAX_DOCUMENT_BYTES = 64 * 2**20
# Files are read in chunks of this size, so a JSONL file is never held whole.
CHUNK_BYTES = 2**16
# How much of a file the binary test looks at, as git and grep do.
SNIFF_BYTES = 8192
# A sample where more than this share of characters are undecodable bytes or
# control characters is binary, not text with a few bad bytes.
MAX_NON_TEXT_SHARE = 0.3
# Control characters that plain text does hold.
TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# Control characters other than TEXT_CONTROLS, and the surrogate escapes of undecodable bytes:
# the characters (Unicode categories Cc and Cs) that make a sample binary.
NON_TEXT = regex.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff]")
DOCUMENT_SUFFIXES = (".txt", ".md", ".jsonl")
STDIN_PATH = "-"
STDIN_ID = "stdin"
# A JSON "\ud800" escape decodes to a lone surrogate, which no UTF-8 output or
# SQLite store can take; JSONL strings are repaired before they go on.
LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read as it is, in the stream where its document would be.

    A fatal problem means the file (or, with a ``line``, the JSONL line) was
    skipped; a non-fatal one is a warning about a document that was read.

    >>> print(InputProblem("seeds/x.bin", "binary file (NUL byte at offset 12)", offset=12))
    seeds/x.bin: binary file (NUL byte at offset 12), skipped
    >>> print(InputProblem("docs.jsonl", "invalid JSON (Expecting value at column 1)", line=7))
    docs.jsonl:7: invalid JSON (Expecting value at column 1), line skipped
    """

    path: str
    message: str
    line: int | None = None
    offset: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        consequence = ", skipped" if self.line is None else ", line skipped"
        return f"{where}: {self.message}{consequence if self.fatal else ''}"


Item = Document | InputProblem


def document_from_text(text: str, doc_id: str = "text", source: str | None = None,
                       date: str | None = None, url: str | None = None) -> Document:
    """A Document of `text`; metadata not given is read from the text itself.

    >>> document_from_text("Body.\\n\\n- source : Iran Daily", source="IRNA").source
    'IRNA'
    """
    if source is None or date is None or url is None:
        found = read_metadata(text)
        source, date, url = source or found.source, date or found.date, url or found.url
    return Document(doc_id, text, source, date, url)


def read_documents(paths: Iterable[str], stdin: BinaryIO | None = None, *,
                   max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document | InputProblem]:
    """Each document of each path, in order, with an InputProblem for each bad input.

    A file is one document named by its file name; a directory is walked in
    sorted order for .txt, .md and .jsonl files, named by their path inside it;
    a .jsonl file holds one document per line; ``-`` is standard input.
    """
    for path in paths:
        if path == STDIN_PATH:
            yield from _read_stdin(sys.stdin.buffer if stdin is None else stdin, max_bytes)
        elif os.path.isdir(path):
            yield from _read_directory(path, max_bytes)
        elif os.path.lexists(path):
            yield from _read_file(path, os.path.basename(path), max_bytes)
        else:
            yield InputProblem(path, "no such file or directory")


def _read_directory(root: str, max_bytes: int) -> Iterator[Item]:
    found = False  # a document file, or a problem that explains why there is none
    for entry in _walk(root):
        found = True
        if isinstance(entry, InputProblem):
            yield entry
        else:
            yield from _read_file(*entry, max_bytes)
    if not found:
        yield InputProblem(root, "no .txt, .md or .jsonl files in this directory")


def _walk(root: str, prefix: str = "") -> Iterator[tuple[str, str] | InputProblem]:
    """(path, id) of the document files under `root`, depth first in sorted order.

    Hidden entries are left out (a .git or .venv holds no news), and so are
    symbolic links to directories, which could loop.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError as error:
        yield InputProblem(root, f"cannot be listed ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        doc_id = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, doc_id + "/")
        elif entry.name.lower().endswith(DOCUMENT_SUFFIXES) and entry.is_file():
            yield entry.path, doc_id


def _read_file(path: str, doc_id: str, max_bytes: int) -> Iterator[Item]:
    try:
        # A read that fails half-way (EIO, a file gone from a network share) is caught
        # here as well as a failed open: either way the file is a problem, not a crash.
        with open(path, "rb") as stream:
            chunks = _chunks(stream)
            if path.lower().endswith(".jsonl"):
                yield from _read_jsonl(chunks, path, doc_id, max_bytes)
            else:
                yield from _read_text(chunks, path, doc_id, max_bytes)
    except OSError as error:
        yield InputProblem(path, f"cannot be read ({error.strerror or error})")


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    """Standard input as JSONL when its first non-blank character is `{`, else as one text."""
    chunks = _chunks(stream)
    start = bytearray()
    for chunk in chunks:
        start += chunk
        if _without_bom(start).strip() or len(start) > max_bytes:
            break
    chunks = chain([bytes(start)], chunks)
    if _without_bom(start).lstrip().startswith(b"{"):
        yield from _read_jsonl(chunks, STDIN_ID, STDIN_ID, max_bytes)
    else:
        yield from _read_text(chunks, STDIN_ID, STDIN_ID, max_bytes)


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    return iter(partial(stream.read, CHUNK_BYTES), b"")


def _read_text(chunks: Iterator[bytes], path: str, doc_id: str, max_bytes: int) -> Iterator[Item]:
    """One document of the whole input, or the problem that keeps it from being one."""
    raw = _read_at_most(chunks, max_bytes)
    if raw is None:
        yield InputProblem(path, f"larger than the limit of {_size(max_bytes)}")
        return
    problem = _binary_problem(raw[:SNIFF_BYTES], path)
    if problem:
        yield problem
        return
    text, warning = _decode(raw, path)
    if not text.strip():
        yield InputProblem(path, "only whitespace" if text else "empty file")
        return
    if warning:
        yield warning
    yield document_from_text(text, doc_id)


def _read_at_most(chunks: Iterator[bytes], max_bytes: int) -> bytes | None:
    """All the bytes, or None as soon as there are more than `max_bytes`."""
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > max_bytes:
            return None
    return bytes(data)


def _read_jsonl(chunks: Iterator[bytes], path: str, doc_id: str, max_bytes: int) -> Iterator[Item]:
    first = next(chunks, b"")
    problem = _binary_problem(first[:SNIFF_BYTES], path)
    if problem:
        yield problem
        return
    empty = True
    for number, offset, line in _numbered_lines(chain([first], chunks), max_bytes):
        if line is None:
            empty = False
            yield InputProblem(path, f"line longer than the limit of {_size(max_bytes)}", number)
        elif _without_bom(line).strip():
            empty = False
            yield from _jsonl_document(line, path, number, offset, f"{doc_id}:{number}")
    if empty:
        yield InputProblem(path, "empty file")


def _numbered_lines(chunks: Iterable[bytes], max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) of each line; None for a line over `max_bytes`.

    An overlong line is dropped as it streams past, so memory stays bounded by
    `max_bytes` plus one chunk whatever the input.

    >>> list(_numbered_lines([b"ab\\nc", b"d\\n", b"toolong"], max_bytes=3))
    [(1, 0, b'ab'), (2, 3, b'cd'), (3, 6, None)]
    """
    buffer, number, offset, dropped = bytearray(), 1, 0, 0
    for chunk in chunks:
        searched = len(buffer)  # the buffer holds no newline before here: a long line is scanned once
        buffer += chunk
        start = 0
        while (end := buffer.find(b"\n", max(start, searched))) >= 0:
            length = dropped + end - start
            yield number, offset, None if length > max_bytes else bytes(buffer[start:end])
            number, offset, dropped, start = number + 1, offset + length + 1, 0, end + 1
        del buffer[:start]
        if len(buffer) > max_bytes:
            dropped += len(buffer)
            buffer.clear()
    if buffer or dropped:
        length = dropped + len(buffer)
        yield number, offset, None if length > max_bytes else bytes(buffer)


def _jsonl_document(line: bytes, path: str, number: int, offset: int,
                    default_id: str) -> Iterator[Item]:
    """The document of one JSONL line, after any warnings about it; or its problem."""
    text, warning = _decode(line, path, number, offset)
    if warning:
        yield warning
    record, problem = _json_object(text)
    if problem:
        yield InputProblem(path, problem, number)
        return
    repaired = {key: LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
                for key, value in record.items()}
    if repaired != record:
        yield InputProblem(path, "unpaired surrogate escapes, replaced with U+FFFD", number,
                           fatal=False)
        record = repaired
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        yield InputProblem(path, _text_problem(body, "text" in record), number)
        return
    fields = {}
    for name in ("id", "source", "date", "url"):
        value, problem = _field(record, name)
        if problem:
            yield InputProblem(path, problem, number, fatal=False)
        fields[name] = value
    yield document_from_text(body, fields["id"] or default_id,
                             fields["source"], fields["date"], fields["url"])


def _json_object(text: str) -> tuple[dict, None] | tuple[None, str]:
    """The JSON object on a line, or why there is none."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"invalid JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return None, "invalid JSON (nested too deeply)"
    except ValueError as error:  # an integer beyond Python's digit limit
        return None, f"invalid JSON ({error})"
    if not isinstance(record, dict):
        return None, f"not a JSON object but {_json_kind(record)}"
    return record, None


def _text_problem(body: object, present: bool) -> str:
    if not present:
        return 'no "text" field'
    if isinstance(body, str):
        return 'empty "text"'
    return f'"text" is not a string but {_json_kind(body)}'


def _field(record: dict, name: str) -> tuple[str | None, str | None]:
    """A metadata field as a string (an id may be a number), or None and why it was ignored."""
    value = record.get(name)
    if value is None or value == "":
        return None, None
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value), None
    if not isinstance(value, str):
        return None, f'"{name}" is not a string but {_json_kind(value)}, ignored'
    if name == "date":
        # The contract promises ISO dates, so other spellings are read and rewritten.
        iso = parse_date(value)
        return iso, None if iso else f'"date" {value[:40]!r} is not a date, ignored'
    return value, None


def _json_kind(value: object) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _binary_problem(sample: bytes, path: str) -> InputProblem | None:
    """Why the start of a file shows it is not text, if it does."""
    nul = sample.find(b"\0")
    if nul >= 0:
        return InputProblem(path, f"binary file (NUL byte at offset {nul})", offset=nul)
    if _non_text_share(sample) > MAX_NON_TEXT_SHARE:
        return InputProblem(path, "binary file (mostly non-text bytes)")
    return None


def _non_text_share(sample: bytes) -> float:
    """The share of undecodable bytes and control characters among a sample's characters.

    Undecodable bytes are counted as surrogate escapes, not as U+FFFD, so that a
    text which itself holds replacement characters is not mistaken for binary.
    """
    # Not final: the sample may end inside a character that the file goes on to finish.
    chars = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(sample, final=False)
    return len(NON_TEXT.findall(chars)) / len(chars) if chars else 0.0


def _decode(raw: bytes, path: str, line: int | None = None,
            offset: int = 0) -> tuple[str, InputProblem | None]:
    """UTF-8 text without a leading BOM; bad bytes replaced, with a warning naming the first."""
    data = _without_bom(raw)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        at = offset + len(raw) - len(data) + error.start
        warning = InputProblem(path, f"invalid UTF-8 at byte offset {at}, decoded with"
                                     " replacement characters", line, at, fatal=False)
        return data.decode("utf-8", "replace"), warning


def _without_bom(data: bytes | bytearray) -> bytes | bytearray:
    return data.removeprefix(codecs.BOM_UTF8)


def _size(count: int) -> str:
    """
    >>> _size(64 * 2**20), _size(100)
    ('64 MiB', '100 bytes')
    """
    return f"{count // 2**20} MiB" if count >= 2**20 and count % 2**20 == 0 else f"{count:,} bytes"
