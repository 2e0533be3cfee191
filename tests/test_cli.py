"""The `numclaims` command, driven as a user drives it (typer's CliRunner)."""
import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from numclaims.cli import EXIT_INPUT_FAILED, EXIT_USAGE, app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_claims():
    result = run("extract", "--format", "jsonl", SEEDS)
    assert result.exit_code == 0, result.output
    return jsonl(result.stdout)


def test_extract_jsonl_has_every_field_of_the_spec(seed_claims):
    fields = ("doc start end text value low high qualifier unit category subject location time "
              "attributed_to stance source date sentence").split()
    assert seed_claims and all(list(c) == fields for c in seed_claims)


def test_offsets_index_the_document_as_read(seed_claims):
    for claim in seed_claims:
        text = (ROOT / "seeds" / claim["doc"]).read_bytes().decode("utf-8")
        assert text[claim["start"]:claim["end"]] == claim["text"]


@pytest.mark.parametrize("fmt", ["table", "markdown", "grid", "html", "tsv"])
def test_every_tabulate_format_renders_the_claims(fmt):
    result = run("extract", "--format", fmt, SEEDS)
    assert result.exit_code == 0
    assert "up to 4,000" in result.stdout


def test_csv_and_json_hold_the_same_claims_as_jsonl(seed_claims):
    rows = list(csv.DictReader(io.StringIO(run("extract", "-f", "csv", SEEDS).stdout)))
    as_json = json.loads(run("extract", "-f", "json", SEEDS).stdout)
    assert [r["text"] for r in rows] == [c["text"] for c in as_json] == [c["text"] for c in seed_claims]


def test_the_default_table_fits_a_100_column_terminal():
    lines = run("extract", SEEDS).stdout.splitlines()
    assert max(len(line) for line in lines) <= 100


def test_category_filters_the_claims(seed_claims):
    result = run("extract", "-f", "jsonl", "--category", "killed", SEEDS)
    assert [c["text"] for c in jsonl(result.stdout)] == [c["text"] for c in seed_claims if c["category"] == "killed"]


def test_an_unknown_format_is_a_usage_error_that_lists_the_formats():
    result = run("extract", "--format", "yaml", SEEDS)
    assert result.exit_code == EXIT_USAGE
    assert "unknown format 'yaml'" in result.stderr and "jsonl" in result.stderr


def test_an_unknown_category_is_a_usage_error():
    result = run("extract", "--category", "dead", SEEDS)
    assert result.exit_code == EXIT_USAGE and "unknown category" in result.stderr


def test_no_input_is_a_usage_error():
    assert run("extract").exit_code == EXIT_USAGE


def test_standard_input_is_read_with_a_dash():
    result = run("extract", "-f", "jsonl", "-", input="Officials said 12 people were killed in Aleppo.\n")
    assert [(c["doc"], c["text"], c["category"]) for c in jsonl(result.stdout)] == [("stdin", "12", "killed")]


def test_jsonl_documents_keep_their_ids_and_metadata(tmp_path):
    docs = tmp_path / "news.jsonl"
    docs.write_text(json.dumps({"id": "a1", "text": "At least 30 people were killed.", "source": "AP",
                                "date": "2024-05-01"}) + "\n", encoding="utf-8")
    claim, = jsonl(run("extract", "-f", "jsonl", docs).stdout)
    assert (claim["doc"], claim["source"], claim["date"], claim["low"]) == ("a1", "AP", "2024-05-01", 30)


def test_numbers_shows_what_the_parser_reads():
    result = run("numbers", "-f", "json", "around half a million, up to 4,000, the 2016 ceasefire")
    assert [(n["text"], n["value"], n["high"]) for n in json.loads(result.stdout)] == \
        [("around half a million", 500000, None), ("up to 4,000", 4000, 4000)]


def test_conflicts_json_groups_the_war_death_toll():
    result = run("conflicts", "--format", "json", SEEDS)
    groups = json.loads(result.stdout)["groups"]
    assert len(groups) == 1
    group = groups[0]
    assert (group["low"], group["high"], group["spread"]) == (4000, 500000, 125.0)
    assert [c["text"] for c in group["claims"]] == ["up to 4,000", "6,400", "around half a million"]
    assert group["quantity"]["why"] == "killed people in Syria (to date)"


def test_conflicts_all_also_lists_quantities_whose_figures_agree(tmp_path):
    (tmp_path / "a.txt").write_text("The UN said 12 people were killed in Aleppo on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Medics said 12 people were killed in Aleppo on Monday.", encoding="utf-8")
    assert json.loads(run("conflicts", "-f", "json", tmp_path).stdout)["groups"] == []
    agreeing = json.loads(run("conflicts", "-f", "json", "--all", tmp_path).stdout)["groups"]
    assert [len(g["claims"]) for g in agreeing] == [2]


def test_a_store_read_back_gives_the_claims_of_a_fresh_extraction(tmp_path, seed_claims):
    db = tmp_path / "claims.db"
    assert run("ingest", SEEDS, "--db", db).exit_code == 0
    stored = jsonl(run("extract", "-f", "jsonl", "--db", db).stdout)
    assert stored == seed_claims


def test_ingesting_twice_changes_nothing(tmp_path):
    db = tmp_path / "claims.db"
    run("ingest", SEEDS, "--db", db)
    before = db.read_bytes() if not (tmp_path / "claims.db-wal").exists() else None
    second = run("ingest", SEEDS, "--db", db)
    assert "0 documents added, 5 already stored" in second.stderr
    if before is not None:
        assert db.read_bytes() == before


def test_conflicts_and_timeline_read_the_store(tmp_path):
    db = tmp_path / "claims.db"
    run("ingest", SEEDS, "--db", db)
    assert "killed people in Syria" in run("conflicts", "--db", db).stdout
    timeline = run("timeline", "--db", db, "--category", "killed", "--place", "Syria").stdout
    assert "up to 4,000" in timeline and "around half a million" in timeline


def test_a_missing_store_is_a_clear_error(tmp_path):
    result = run("extract", "--db", tmp_path / "none.db")
    assert result.exit_code == EXIT_INPUT_FAILED and "no such store" in result.stderr


def bad_and_good_corpus(root: Path) -> tuple[list[str], int]:
    """Good files beside every kind of bad one; returns the bad names and how many good documents."""
    root.mkdir()
    (root / "good1.txt").write_text("Officials said 12 people were killed in Aleppo.", encoding="utf-8")
    (root / "good2.md").write_text("More than 300 families fled the fighting, the UN said.", encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (root / "latin1.txt").write_bytes("Caf\xe9 owners said 7 people were hurt.".encode("latin-1"))
    (root / "docs.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Police arrested 45 protesters."}) + "\n{not json\n", encoding="utf-8")
    return ["empty.txt", "binary.txt", "docs.jsonl:2"], 5


def test_bad_input_costs_only_itself(tmp_path):
    corpus = tmp_path / "corpus"
    bad, _ = bad_and_good_corpus(corpus)
    result = run("extract", "-f", "jsonl", corpus, tmp_path / "missing.txt")
    assert result.exit_code == EXIT_INPUT_FAILED
    texts = sorted((c["doc"], c["text"]) for c in jsonl(result.stdout))
    assert texts == [("good1.txt", "12"), ("good2.md", "More than 300"), ("j1", "45"), ("latin1.txt", "7")]
    errors = [line for line in result.stderr.splitlines() if line.startswith("numclaims:")]
    for name in [*bad, "missing.txt"]:
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert any("latin1.txt" in line and "UTF-8" in line for line in errors), "invalid UTF-8 is warned about"


def test_jobs_do_not_change_the_output(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"{i:03}.txt").write_text(f"Officials said {i + 2} people were killed in Aleppo.\n", encoding="utf-8")
    one = run("extract", "-f", "jsonl", "--jobs", "1", corpus).stdout
    two = run("extract", "-f", "jsonl", "--jobs", "2", corpus).stdout
    assert one == two and len(jsonl(one)) == 40


@pytest.mark.parametrize("command", ["extract", "conflicts", "timeline", "ingest", "numbers"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.stdout


def test_a_document_that_makes_a_pattern_time_out_is_skipped_and_named(tmp_path, monkeypatch):
    import numclaims.patterns
    (tmp_path / "a.txt").write_text("Officials said 12 people were killed.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("word. " * 50_000, encoding="utf-8")
    monkeypatch.setattr(numclaims.patterns, "SCAN_TIMEOUT", 1e-6)
    result = run("extract", "-f", "jsonl", "--jobs", "1", tmp_path)
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "b.txt: text too hard to read (regex timed out)" in result.stderr


@pytest.mark.parametrize("command", ["extract", "conflicts", "timeline", "ingest", "numbers"])
def test_every_command_documents_its_exit_status(command):
    assert "Exit status" in run(command, "--help").stdout
