# Two commands a newcomer needs: `make chat` and `make test`. Only Python 3.11+ and make required.
# `make chat` installs what running needs; `make test` adds the test tools (separate stamps).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
# pytest-xdist workers; `make test WORKERS=0` runs in one process
WORKERS ?= auto

.PHONY: chat test lint typecheck bench bench-wave bench-replicas demo clean safety-model safety-eval safety-eval-tests safety-replay safety-replay-tests bench-safety safety-scores
# the set `make safety-eval` reports on: dev (data/safety/dev/dev.jsonl), dev2, test, test2, test3, test4,
# test5, test6, or false_alarms (harmless messages only: its false-positive rate)
SET ?= dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(RUN_STAMP)

chat: $(RUN_STAMP)
	$(BIN)/coach chat

demo: $(RUN_STAMP)
	$(BIN)/coach demo

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n $(WORKERS) --dist load

lint: $(TEST_STAMP)
	$(BIN)/ruff check core adapters bot tests
	$(BIN)/mypy

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

bench: $(TEST_STAMP)
	$(BIN)/python -m tests.bench

TRAIN_STAMP := $(VENV)/.installed-train

$(TRAIN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	@touch $@ $(TEST_STAMP) $(RUN_STAMP)

# train the safety classifier's heads on data/safety/train/*.jsonl (deterministic, ~20 min on 2 cores)
safety-model: $(TRAIN_STAMP)
	nice $(BIN)/python -m adapters.safety_model.train

# the classifier's scores on the labelled sets the tests screen in full, stored for
# tests/core/safety/test_heldout.py (adapters/safety_model/stored_scores/; deterministic,
# about 2 min): run it after `make safety-model` or any change to the set or the encoders
safety-scores: $(RUN_STAMP)
	$(BIN)/python -m adapters.safety_model.scores

# urgent recall, any-risk recall, false positives on hard negatives; per language/category
safety-eval: $(RUN_STAMP)
	$(BIN)/python -m adapters.safety_model.evaluate data/safety/$(SET)/$(SET).jsonl

# the same, all the independent test sets counted together (never trained or tuned on)
safety-eval-tests: $(RUN_STAMP)
	$(BIN)/python -m adapters.safety_model.evaluate data/safety/test*/test*.jsonl

# what a person receives: each row replayed through a real Coach (its context first, one
# message a minute); is the reply to the row the crisis text first? (tests/bench/safety_replay.py)
safety-replay: $(TEST_STAMP)
	$(BIN)/python -m tests.bench.safety_replay data/safety/$(SET)/$(SET).jsonl

safety-replay-tests: $(TEST_STAMP)
	$(BIN)/python -m tests.bench.safety_replay data/safety/test*/test*.jsonl

# the screen's latency (one core), load time and memory
bench-safety: $(TEST_STAMP)
	$(BIN)/python -m tests.bench.bench_safety

# the morning wave: 1k/20k/100k queued prompts drained into a fake Bot API (minutes; see
# tests/bench/bench_wave.py); bench-replicas: two senders sharing one token's rate
bench-wave: $(TEST_STAMP)
	nice $(BIN)/python -m tests.bench.bench_wave

bench-replicas: $(TEST_STAMP)
	nice $(BIN)/python -m tests.bench.bench_wave --replicas --queued 20000 --minutes 2

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .hypothesis
