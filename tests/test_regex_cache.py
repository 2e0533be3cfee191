"""Compiled patterns kept between runs: a later run starts from them and extracts the same claims."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Counts the patterns a run had to compile itself (numclaims' regex_cache notes each one).
COUNT_COMPILED = ("import numclaims, sys; from numclaims import regex_cache; "
                  "numclaims.extract(sys.stdin.read()); print(len(regex_cache._compiled))")
TEXT = "The UN said up to 4,000 people have been killed in Syria since March 2011."


def run(cache_dir: Path, *, enabled: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NUMCLAIMS_CACHE_DIR": str(cache_dir), "NUMCLAIMS_REGEX_CACHE": "1" if enabled else "0"}
    return subprocess.run([sys.executable, "-c", COUNT_COMPILED], input=TEXT, env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)


def test_a_second_run_compiles_nothing_and_a_first_run_keeps_what_it_compiled(tmp_path):
    first, second = run(tmp_path), run(tmp_path)
    assert int(first.stdout) > 50 and int(second.stdout) == 0
    assert len(list(tmp_path.iterdir())) == 1


def test_patterns_from_the_cache_extract_what_fresh_ones_do(tmp_path):
    script = "import numclaims, sys; print([c.to_dict() for c in numclaims.extract(sys.stdin.read())])"
    outputs = []
    for enabled in (True, True, False):
        env = {**os.environ, "NUMCLAIMS_CACHE_DIR": str(tmp_path), "NUMCLAIMS_REGEX_CACHE": "1" if enabled else "0"}
        outputs.append(subprocess.run([sys.executable, "-c", script], input=(ROOT / "seeds").joinpath(
            sorted(p.name for p in (ROOT / "seeds").iterdir())[0]).read_text(encoding="utf-8"),
            env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    assert outputs[0] == outputs[1] == outputs[2] and outputs[0].count("'value'") > 1


def test_a_damaged_cache_is_compiled_afresh_and_replaced(tmp_path):
    run(tmp_path)
    kept, = tmp_path.iterdir()
    kept.write_bytes(b"not marshal data")
    assert int(run(tmp_path).stdout) > 50
    assert int(run(tmp_path).stdout) == 0


def test_the_cache_can_be_turned_off(tmp_path):
    assert int(run(tmp_path, enabled=False).stdout) == 0   # nothing recorded
    assert not list(tmp_path.iterdir())
