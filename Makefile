# numclaims: two commands on a fresh machine.
#   make claims     builds .venv, installs numclaims, extracts the claims of $(CORPUS) and prints them
#   make test       builds .venv if needed and runs the whole suite
# Every target makes its own virtual environment; nothing is installed by hand.
#
# From another project's Makefile:
#   $(MAKE) -C path/to/numclaims claims CORPUS=$(CURDIR)/news BUILD=$(CURDIR)/build/numclaims

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= seeds
BUILD  ?= build

INPUTS := $(shell find '$(CORPUS)' -type f \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' \) 2>/dev/null | sed 's/ /\\ /g')
CODE   := $(wildcard numclaims/*.py numclaims/lexicon/*.py)
OUTPUTS := $(BUILD)/claims.jsonl $(BUILD)/claims.csv $(BUILD)/conflicts.md

.PHONY: claims conflicts test fuzz bench clean FORCE
.DELETE_ON_ERROR:

claims: $(OUTPUTS)
	@$(BIN)/numclaims extract --quiet '$(CORPUS)'
	@echo "wrote $(OUTPUTS)"

conflicts: $(BUILD)/conflicts.md
	@cat $<

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

# Byte-code written once per change of the code: where writing it is turned off
# (PYTHONDONTWRITEBYTECODE), every run would compile the sources again (~0.05 s).
BYTECODE := $(VENV)/.bytecode
$(BYTECODE): $(STAMP) $(CODE)
	@$(BIN)/python -m compileall -q numclaims
	@touch $@

# Remembers which corpus the outputs were built from, so that CORPUS=other rebuilds them.
$(BUILD)/.corpus: FORCE
	@mkdir -p $(BUILD)
	@echo '$(abspath $(CORPUS))' | cmp -s - $@ || echo '$(abspath $(CORPUS))' > $@

$(BUILD)/claims.jsonl: $(BYTECODE) $(BUILD)/.corpus $(INPUTS) $(CODE)
	$(BIN)/numclaims extract --quiet --format jsonl '$(CORPUS)' > $@

$(BUILD)/claims.csv: $(BYTECODE) $(BUILD)/.corpus $(INPUTS) $(CODE)
	$(BIN)/numclaims extract --quiet --format csv '$(CORPUS)' > $@

$(BUILD)/conflicts.md: $(BYTECODE) $(BUILD)/.corpus $(INPUTS) $(CODE)
	$(BIN)/numclaims conflicts --quiet --format markdown '$(CORPUS)' > $@

test: $(STAMP)
	$(BIN)/python -m pytest

# The property tests with the long profile: at least 100,000 examples each.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -m fuzz -p no:cacheprovider --hypothesis-show-statistics -q

bench: $(BYTECODE)
	$(BIN)/python tools/bench.py --build $(BUILD)

clean:
	rm -rf $(BUILD) .pytest_cache .hypothesis
