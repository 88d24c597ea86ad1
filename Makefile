# Set-up and entry points. `make demo` and `make test` create .venv and install everything.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch pinned: the CPU build installs from local disk (an unpinned torch pulls CUDA)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev,examples]"
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/aiesim demo

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/functional_speed.py
	$(PY) bench/sim_speed.py
	$(PY) bench/explore_speed.py
	$(PY) bench/paper_scaling.py

clean:
	rm -rf $(VENV) out build *.egg-info
