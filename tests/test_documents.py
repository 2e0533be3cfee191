"""read_documents: paths, standard input and JSONL lines -> Documents and InputProblems."""
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numclaims import documents
from numclaims.documents import (MAX_DOCUMENT_BYTES, InputProblem, document_from_text,
                                 read_documents)
from numclaims.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "seeds_gold.jsonl"


def read(*paths, **options) -> list:
    return list(read_documents([str(path) for path in paths], **options))


def read_stdin(data: bytes) -> list:
    return list(read_documents(["-"], stdin=io.BytesIO(data)))


def problems(items) -> list[str]:
    return [str(item) for item in items if isinstance(item, InputProblem)]


def docs(items) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# --- naming and order -------------------------------------------------------------

def test_seed_directory_gives_the_ids_the_gold_file_expects():
    gold_ids = {row["doc"] for row in map(json.loads, GOLD.read_text().splitlines()) if "doc" in row}
    found = read(SEEDS)
    assert [item.id for item in found] == sorted(path.name for path in SEEDS.glob("*.txt"))
    assert gold_ids <= {item.id for item in found}


def test_seed_documents_carry_their_metadata():
    by_id = {item.id: item for item in read(SEEDS)}
    assert by_id["001_007d921ea24e5685.txt"].source == "TRTWorld, Reuters"
    assert by_id["003_65e7a1897fca5f51.txt"].date == "2024-12-04"


def test_a_named_file_is_one_document_named_by_its_file_name(tmp_path):
    path = write(tmp_path / "deep" / "story.html", "<p>Text is text.</p>")
    assert read(path) == [Document("story.html", "<p>Text is text.</p>")]


def test_a_directory_is_walked_depth_first_in_sorted_order_with_relative_ids(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.txt", "sub/inner/d.txt", "sub.txt", "z.jsonl"]:
        write(tmp_path / name, '{"text": "line"}' if name.endswith(".jsonl") else name)
    ids = [item.id for item in read(tmp_path)]
    assert ids == ["a.md", "b.txt", "sub/c.txt", "sub/inner/d.txt", "sub.txt", "z.jsonl:1"]


def test_a_directory_walk_skips_other_extensions_and_hidden_entries(tmp_path):
    for name in ["keep.TXT", "photo.png", "notes.html", ".hidden.txt", ".git/x.txt"]:
        write(tmp_path / name, "text")
    assert [item.id for item in read(tmp_path)] == ["keep.TXT"]


def test_paths_are_read_in_the_order_given(tmp_path):
    write(tmp_path / "a.txt", "A")
    write(tmp_path / "b.txt", "B")
    assert [item.text for item in read(tmp_path / "b.txt", tmp_path / "a.txt")] == ["B", "A"]


def test_files_are_read_one_at_a_time_as_the_stream_is_consumed(tmp_path):
    write(tmp_path / "a.txt", "first")
    later = write(tmp_path / "b.txt", "before")
    stream = read_documents([str(tmp_path)])
    assert next(stream).text == "first"
    later.write_text("after")
    assert next(stream).text == "after"


# --- text as read -----------------------------------------------------------------

TEXT_AS_READ = [
    pytest.param(b"one\r\ntwo\r\n", "one\r\ntwo\r\n", id="crlf-kept"),
    pytest.param(b"one\rtwo", "one\rtwo", id="cr-kept"),
    pytest.param(b"\xef\xbb\xbfcaf\xc3\xa9", "café", id="bom-dropped"),
    pytest.param(b"a\xe2\x80\xa8b\n", "a\u2028b\n", id="line-separator-kept"),
    pytest.param(b"  leading and trailing blanks  \n\n", "  leading and trailing blanks  \n\n",
                 id="blanks-kept"),
]


@pytest.mark.parametrize("data, text", TEXT_AS_READ)
def test_text_is_kept_exactly_as_read(tmp_path, data, text):
    assert [item.text for item in read(write(tmp_path / "t.txt", data))] == [text]
    assert [item.text for item in read_stdin(data)] == [text]


def test_a_huge_single_line_within_the_limit_is_read_normally(tmp_path):
    line = "word " * 400_000
    found = read(write(tmp_path / "long.txt", line),
                 write(tmp_path / "long.jsonl", json.dumps({"id": "j", "text": line})))
    assert [(item.id, item.text) for item in found] == [("long.txt", line), ("j", line)]


# --- standard input ---------------------------------------------------------------

def test_stdin_is_one_document_named_stdin():
    assert read_stdin(b"By AFP\n\nBody.") == [Document("stdin", "By AFP\n\nBody.", source="AFP")]


def test_stdin_is_read_as_jsonl_when_it_starts_with_a_brace():
    found = read_stdin(b'\xef\xbb\xbf\n  {"text": "one"}\n{"id": "b", "text": "two"}\n')
    assert [(item.id, item.text) for item in found] == [("stdin:2", "one"), ("b", "two")]


def test_empty_stdin_is_a_problem():
    assert problems(read_stdin(b"")) == ["stdin: empty file, skipped"]


# --- JSONL --------------------------------------------------------------------------

def test_jsonl_fields_become_the_document_and_win_over_the_texts_own_metadata(tmp_path):
    line = {"id": "x1", "text": "By AFP\n\nBody.", "source": "Le Monde",
            "date": "4 December 2024", "url": "https://lemonde.fr/a"}
    path = write(tmp_path / "docs.jsonl", json.dumps(line) + "\n")
    assert read(path) == [Document("x1", "By AFP\n\nBody.", "Le Monde", "2024-12-04",
                                   "https://lemonde.fr/a")]


def test_jsonl_metadata_not_given_is_read_from_the_text(tmp_path):
    path = write(tmp_path / "docs.jsonl", '{"text": "Body.\\n\\n- source : Iran Daily"}\n')
    assert read(path) == [Document("docs.jsonl:1", "Body.\n\n- source : Iran Daily", "Iran Daily")]


def test_a_jsonl_line_without_id_is_named_by_file_and_line_number(tmp_path):
    path = write(tmp_path / "sub" / "docs.jsonl", '\n{"text": "a"}\r\n{"id": 7, "text": "b"}')
    assert [item.id for item in read(tmp_path)] == ["sub/docs.jsonl:2", "7"]


BAD_JSONL_LINES = [
    pytest.param('{"text": "a",, }', "invalid JSON (Expecting property name enclosed in double "
                                     "quotes at column 14)", id="bad-json"),
    pytest.param('["text"]', "not a JSON object but an array", id="not-an-object"),
    pytest.param('{"id": "a"}', 'no "text" field', id="no-text"),
    pytest.param('{"text": null}', '"text" is not a string but null', id="null-text"),
    pytest.param('{"text": 5}', '"text" is not a string but a number', id="number-text"),
    pytest.param('{"text": " \\n "}', 'empty "text"', id="blank-text"),
    pytest.param("[" * 100_000, "invalid JSON (nested too deeply)", id="deep-nesting"),
]


@pytest.mark.parametrize("line, message", BAD_JSONL_LINES)
def test_a_malformed_jsonl_line_is_skipped_and_reading_goes_on(tmp_path, line, message):
    path = write(tmp_path / "docs.jsonl", f'{{"text": "before"}}\n{line}\n{{"text": "after"}}\n')
    found = read(path)
    assert [item.text for item in docs(found)] == ["before", "after"]
    assert problems(found) == [f"{path}:2: {message}, line skipped"]


def test_unpaired_surrogate_escapes_are_replaced_with_a_warning(tmp_path):
    path = write(tmp_path / "docs.jsonl", '{"id": "a\\udc00", "text": "x \\ud800 y"}\n')
    warning, document = read(path)
    assert str(warning) == f"{path}:1: unpaired surrogate escapes, replaced with U+FFFD"
    assert (document.id, document.text) == ("a\ufffd", "x \ufffd y")


BAD_JSONL_FIELDS = [
    pytest.param('"source": 3', '"source" is not a string but a number, ignored', id="source"),
    pytest.param('"date": "yesterday"', "\"date\" 'yesterday' is not a date, ignored", id="date"),
    pytest.param('"id": [1]', '"id" is not a string but an array, ignored', id="id"),
]


@pytest.mark.parametrize("field, message", BAD_JSONL_FIELDS)
def test_a_bad_metadata_field_is_ignored_with_a_warning(tmp_path, field, message):
    path = write(tmp_path / "docs.jsonl", f'{{"text": "Body.", {field}}}\n')
    found = read(path)
    assert docs(found) == [Document("docs.jsonl:1", "Body.")]
    assert problems(found) == [f"{path}:1: {message}"]
    assert not found[0].fatal


# --- problems -----------------------------------------------------------------------

def test_a_missing_path_is_a_problem_and_the_stream_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", "Body.")
    found = read(tmp_path / "missing.txt", good)
    assert problems(found) == [f"{tmp_path / 'missing.txt'}: no such file or directory, skipped"]
    assert [item.id for item in docs(found)] == ["good.txt"]


def test_a_directory_without_documents_is_a_problem(tmp_path):
    write(tmp_path / "photo.png", b"\x89PNG")
    assert problems(read(tmp_path)) == [
        f"{tmp_path}: no .txt, .md or .jsonl files in this directory, skipped"]


def test_an_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", "Body.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, who reads any file whatever its mode: refuse at `open` instead.
    monkeypatch.setattr(documents, "open", refuse, raising=False)
    assert problems(read(path)) == [f"{path}: cannot be read (Permission denied), skipped"]


def test_an_unlistable_directory_is_a_problem(tmp_path, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(documents.os, "scandir", refuse)
    assert problems(read(tmp_path)) == [f"{tmp_path}: cannot be listed (Permission denied), skipped"]


def test_a_file_with_a_nul_byte_is_binary(tmp_path):
    path = write(tmp_path / "x.txt", b"GIF89a" + b"\x00" * 20)
    [problem] = read(path)
    assert str(problem) == f"{path}: binary file (NUL byte at offset 6), skipped"
    assert (problem.offset, problem.fatal) == (6, True)


def test_a_file_of_mostly_non_text_bytes_is_binary(tmp_path):
    path = write(tmp_path / "x.txt", bytes(range(0x80, 0x100)) * 4 + b"some text")
    assert problems(read(path)) == [f"{path}: binary file (mostly non-text bytes), skipped"]


def test_a_jsonl_file_with_a_nul_byte_is_binary(tmp_path):
    path = write(tmp_path / "x.jsonl", b'{"text": "a"}\n\x00\x01')
    assert problems(read(path)) == [f"{path}: binary file (NUL byte at offset 14), skipped"]


def test_invalid_utf8_is_decoded_with_a_warning_naming_the_first_bad_byte(tmp_path):
    path = write(tmp_path / "latin1.txt", b"\xef\xbb\xbfcaf\xe9 and na\xefve")
    warning, document = read(path)
    assert str(warning) == (f"{path}: invalid UTF-8 at byte offset 6, "
                            "decoded with replacement characters")
    assert (warning.offset, warning.fatal) == (6, False)
    assert document.text == "caf\ufffd and na\ufffdve"


def test_invalid_utf8_in_a_jsonl_line_is_located_in_the_file(tmp_path):
    path = write(tmp_path / "d.jsonl", b'{"text": "a"}\n{"text": "caf\xe9"}\n')
    first, warning, second = read(path)
    assert (warning.line, warning.offset) == (2, 14 + 13)
    assert second.text == "caf\ufffd"


@pytest.mark.parametrize("data, message", [(b"", "empty file"), (b" \r\n\t\n", "only whitespace"),
                                           (b"\xef\xbb\xbf", "empty file")])
def test_an_empty_or_blank_file_is_a_problem(tmp_path, data, message):
    path = write(tmp_path / "blank.txt", data)
    assert problems(read(path)) == [f"{path}: {message}, skipped"]


def test_a_jsonl_file_without_lines_is_a_problem(tmp_path):
    path = write(tmp_path / "none.jsonl", "\n\n")
    assert problems(read(path)) == [f"{path}: empty file, skipped"]


def test_a_document_over_the_limit_is_skipped(tmp_path):
    path = write(tmp_path / "big.txt", "x" * 101)
    assert problems(read(path, max_bytes=100)) == [
        f"{path}: larger than the limit of 100 bytes, skipped"]


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_next_line_read(tmp_path):
    long_line = json.dumps({"text": "x" * 200})
    path = write(tmp_path / "d.jsonl", f'{long_line}\n{{"text": "short"}}\n{long_line}')
    found = read(path, max_bytes=100)
    assert [item.text for item in docs(found)] == ["short"]
    assert problems(found) == [f"{path}:1: line longer than the limit of 100 bytes, line skipped",
                               f"{path}:3: line longer than the limit of 100 bytes, line skipped"]


def test_the_default_limit_is_64_mib(tmp_path):
    path = tmp_path / "sparse.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_DOCUMENT_BYTES + 1)
    assert problems(read(path)) == [f"{path}: larger than the limit of 64 MiB, skipped"]


# --- the library API ------------------------------------------------------------------

def test_document_from_text_fills_only_the_metadata_not_given():
    text = "WASHINGTON, Dec. 4, 2024 (AP) — Body."
    assert document_from_text(text, "d", source="Le Monde") == Document(
        "d", text, "Le Monde", "2024-12-04", None)


# --- properties ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """A directory for hypothesis examples (function-scoped tmp_path would be shared anyway)."""
    return tmp_path_factory.mktemp("scratch")


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
SURROGATES_AND_TEXT = st.characters(categories=["Cs", "Ll", "Zs"])
JSONL_LIKE_LINES = st.one_of(
    st.binary(max_size=60),
    # Surrogates too: json.dumps writes them as the "\ud800" escapes the reader must repair.
    st.fixed_dictionaries({}, optional={"id": JSON_VALUES,
                                        "text": JSON_VALUES | st.text(SURROGATES_AND_TEXT),
                                        "source": JSON_VALUES, "date": JSON_VALUES,
                                        "url": JSON_VALUES})
    .map(lambda record: json.dumps(record).encode()),
)


@given(st.one_of(st.binary(), st.lists(JSONL_LIKE_LINES, max_size=8).map(b"\n".join)))
def test_the_jsonl_reader_never_raises_on_any_bytes(scratch, data):
    """For all bytes in a .jsonl file: reading returns, and yields only Documents and
    InputProblems; every Document has a non-blank text, and its strings encode as UTF-8."""
    path = write(scratch / "any.jsonl", data)
    for item in read(path):
        assert isinstance(item, (Document, InputProblem))
        if isinstance(item, Document):
            assert item.text.strip()
            "".join(filter(None, [item.id, item.text, item.source, item.url])).encode()


TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\r\n\t")


@given(st.text(TEXT_CHARS, min_size=1), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_a_files_text_is_its_bytes_decoded(scratch, text, newline, bom):
    """For every text, newline style and BOM: the Document's text from a file (and from
    stdin, unless it opens with `{` and so is JSONL) is the file's bytes decoded as UTF-8
    with one leading BOM dropped."""
    data = ("\ufeff" if bom else "").encode() + text.replace("\n", newline).encode()
    expected = data.decode("utf-8-sig")
    if not expected.strip():
        return  # blank files are problems, pinned down above
    path = write(scratch / "any.txt", data)
    assert [item.text for item in docs(read(path))] == [expected]
    if not expected.lstrip().startswith("{"):
        assert [item.text for item in docs(read_stdin(data))] == [expected]


GOOD_CONTENT = st.sampled_from([b"Body.", b"By AFP\r\n\r\nBody.\r\n", b"caf\xe9 latin-1 text"])
BAD_CONTENT = st.sampled_from([b"", b" \n\t", b"\x00binary", bytes(range(0x80, 0x100))])
NAMES = st.from_regex(r"(sub/)?[a-z0-9_]{1,6}\.(txt|md)", fullmatch=True)


@given(st.dictionaries(NAMES, st.tuples(st.booleans(), GOOD_CONTENT, BAD_CONTENT),
                       min_size=1, max_size=8))
def test_a_directory_gives_one_document_per_good_file_and_one_problem_per_bad_file(
        tmp_path_factory, files):
    """For every mix of good and bad files: walking the directory yields, in sorted order,
    exactly one Document per good file and one fatal InputProblem per bad one."""
    root = tmp_path_factory.mktemp("mix")
    for name, (good, good_content, bad_content) in files.items():
        write(root / name, good_content if good else bad_content)
    found = [item for item in read(root) if not (isinstance(item, InputProblem) and not item.fatal)]
    expected = [(good, name) for name, (good, _, _) in sorted(files.items(),
                                                              key=lambda row: row[0].split("/"))]
    assert [(isinstance(item, Document), item.id if isinstance(item, Document)
             else Path(item.path).relative_to(root).as_posix()) for item in found] == expected
