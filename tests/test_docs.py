"""The README is part of the product: every command it shows runs."""
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from numclaims.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)```", README, re.S)
COMMANDS = [line.split("#")[0].strip() for block in BLOCKS for line in block.splitlines()
            if line.startswith("numclaims ")]


def test_the_readme_shows_commands():
    assert len(COMMANDS) >= 6


@pytest.mark.parametrize("command", COMMANDS)
def test_every_readme_command_runs(command, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    args = [str(tmp_path / "numclaims.db") if a == "numclaims.db" else a for a in args]
    if args[0] == "timeline":
        CliRunner().invoke(app, ["ingest", "seeds/", "--db", str(tmp_path / "numclaims.db"), "--quiet"])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (result.stdout + result.stderr).strip()


def test_the_make_targets_the_readme_names_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"^make (\w+)", README, re.M):
        assert re.search(rf"^{target}:", makefile, re.M), target
