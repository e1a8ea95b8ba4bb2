"""`make safety-scores`: the classifier's scores on the labelled sets the tests screen, stored.

    python -m adapters.safety_model.scores [SET ...]     # default: every set in SETS

Screening a set runs the real `Screener` (rules, context, thresholds) over every row, and
the classifier (two encoders) on each text it asks about: for the 920-row test set about
27 s of CPU a test run. This command runs that screening once with the live classifier
and stores, for every text the Screener asked the classifier about, its `Scores`, keyed by
the SHA-256 of that exact input string (never the text), in `stored_scores/<set>.json.gz`.
The store is stamped with what the scores depend on: the set file's SHA-256 and the heads'
and encoder files' SHA-256 from `manifest.json`.

A test then screens the set with the real Screener and `StoredClassify`: stored scores when
the stamp matches, the live classifier for any input the store lacks (or for all of them
when the stamp does not match: after retraining, until this command is run again), so the
test stays right, only slower (`Lookup.missed` says how many, for the hint).
`tests/core/safety/test_heldout.py` also re-scores a fixed sample (`sample`) with the live
classifier and compares, so a store that is stale in a way the stamp does not show (say,
changed feature code) or was edited by hand fails.

Deterministic: rows in file order through one fresh Screener, one thread per encoder,
entries sorted by key, gzip without a timestamp: the same heads write the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adapters.safety_model.encoders import sha256_of
from adapters.safety_model.evaluate import read
from core.safety.model import Category
from core.safety.screener import Classify, Scores, Screener

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STORE = HERE / "stored_scores"
SETS = {
    "test": ROOT / "data" / "safety" / "test" / "test.jsonl",
    "test2": ROOT / "data" / "safety" / "test2" / "test2.jsonl",
    "test3": ROOT / "data" / "safety" / "test3" / "test3.jsonl",
    "test4": ROOT / "data" / "safety" / "test4" / "test4.jsonl",
    "test5": ROOT / "data" / "safety" / "test5" / "test5.jsonl",
    "test6": ROOT / "data" / "safety" / "test6" / "test6.jsonl",
    "test7": ROOT / "data" / "safety" / "test7" / "test7.jsonl",
}
"""The labelled sets tests screen in full (name -> file); add one here, then run the command."""
FORMAT = 1
HINT = "run `make safety-scores` (python -m adapters.safety_model.scores) to store them again"


class StaleScores(UserWarning):
    """A test screened with the live classifier for inputs the store lacks (defined here,
    importable, so pytest-xdist can pass the warning between processes)."""


def key(text: str) -> str:
    """The store's key for one classifier input: the SHA-256 of the exact string."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp(name: str, directory: Path = HERE) -> dict[str, Any]:
    """What the scores of set `name` depend on: the set file and the heads and encoders
    named in `directory`/manifest.json."""
    from adapters.safety_model.load import read_manifest

    manifest = read_manifest(directory)
    return {
        "format": FORMAT,
        "set": SETS[name].relative_to(ROOT).as_posix(),
        "set_sha256": sha256_of(SETS[name]),
        "heads_sha256": manifest["heads"]["sha256"],
        "encoders": manifest["encoders"],
        "encoder_files": manifest["encoder_files"],
    }


def rows_screened(name: str, classify: Classify, directory: Path = HERE) -> None:
    """Screen every row of set `name` as `evaluate` does (file order, text with context),
    with the heads' thresholds and `classify`."""
    from adapters.safety_model.load import read_manifest, thresholds_of

    screener = Screener(classify, thresholds_of(read_manifest(directory)))
    for row in read(SETS[name]):
        screener.screen(row["text"], row.get("context") or [])


class Recording:
    """A `Classify` that passes every call to `classify` and keeps each input's first
    `Scores` (by key)."""

    def __init__(self, classify: Classify) -> None:
        self.classify = classify
        self.scores: dict[str, Scores] = {}
        self.inputs: dict[str, str] = {}

    def __call__(self, texts: Sequence[str]) -> list[Scores]:
        found = list(self.classify(texts))
        for text, scores in zip(texts, found, strict=True):
            self.scores.setdefault(key(text), scores)
            self.inputs.setdefault(key(text), text)
        return found


def inputs_of(name: str, directory: Path = HERE) -> dict[str, str]:
    """Every text the Screener asks the classifier about on set `name` (key -> text),
    found with the rules alone and a classifier that scores everything 0 (which inputs it
    asks for does not depend on the scores)."""
    recording = Recording(lambda texts: [Scores(0.0, 0.0, None) for _ in texts])
    rows_screened(name, recording, directory)
    return recording.inputs


def sample(keys: Sequence[str], size: int = 40) -> list[str]:
    """A fixed sample of keys: the `size` smallest (SHA-256 keys are spread evenly)."""
    return sorted(keys)[:size]


@dataclass(frozen=True)
class Stored:
    """A set's stored scores and whether their stamp matches the current set and heads."""

    scores: dict[str, Scores]
    current: bool


def path_of(name: str) -> Path:
    return STORE / f"{name}.json.gz"


def load(name: str, directory: Path = HERE) -> Stored:
    """The stored scores of set `name` (empty and not current if there is no store)."""
    path = path_of(name)
    if not path.exists():
        return Stored({}, False)
    stored = json.loads(gzip.decompress(path.read_bytes()))
    scores = {
        digest: Scores(urgent, risk, Category(category) if category else None)
        for digest, (urgent, risk, category) in stored["scores"].items()
    }
    return Stored(scores, stored["stamp"] == stamp(name, directory))


def dump(name: str, scores: Mapping[str, Scores], directory: Path = HERE) -> bytes:
    """The store's bytes: the stamp and the scores, sorted by key, gzip with mtime 0."""
    entries = {
        digest: [scores[digest].urgent, scores[digest].risk,
                 scores[digest].category.value if scores[digest].category else None]
        for digest in sorted(scores)
    }
    document = {"stamp": stamp(name, directory), "scores": entries}
    text = json.dumps(document, separators=(",", ":"), sort_keys=True) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


@dataclass
class StoredClassify:
    """A `Classify` from stored scores; what the store lacks is asked of `live()` (called
    once, on the first miss: loading the classifier costs seconds) and counted in `missed`."""

    stored: Mapping[str, Scores]
    live: Callable[[], Classify]
    missed: int = 0
    asked: int = 0
    _live: list[Classify] = field(default_factory=list)

    def __call__(self, texts: Sequence[str]) -> list[Scores]:
        keys = [key(text) for text in texts]
        self.asked += len(texts)
        missing = [text for text, digest in zip(texts, keys, strict=True)
                   if digest not in self.stored]
        fresh: dict[str, Scores] = {}
        if missing:
            if not self._live:
                self._live.append(self.live())
            self.missed += len(missing)
            found = self._live[0](missing)
            fresh = {key(text): scores for text, scores in zip(missing, found, strict=True)}
        return [self.stored.get(digest) or fresh[digest] for digest in keys]


def write(name: str, directory: Path = HERE) -> tuple[Path, int]:
    """Screen set `name` with the live classifier and store what it scored: the store's
    path and how many inputs it holds."""
    from adapters.safety_model.load import load_classifier

    classify, _ = load_classifier(directory)
    recording = Recording(classify)
    rows_screened(name, recording, directory)
    path = path_of(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dump(name, recording.scores, directory))
    return path, len(recording.scores)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="store the classifier's scores on the sets")
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help=f"among {', '.join(SETS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.sets) - set(SETS))
    if unknown:
        parser.error(f"no such set: {', '.join(unknown)}")
    for name in args.sets or list(SETS):
        path, count = write(name)
        print(f"{name}: {count} inputs scored -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
