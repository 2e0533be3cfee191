# numclaims: two commands on a fresh machine.
#   make claims   builds .venv, installs numclaims, extracts the claims of $(CORPUS)
#   make test     builds .venv if needed and runs the whole suite
# Every target makes its own virtual environment; nothing is installed by hand.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= seeds
BUILD  ?= build

.PHONY: claims conflicts test fuzz bench peer score clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(BUILD) .pytest_cache .hypothesis
