"""Load the trained screen: the heads and encoders named in `manifest.json`, checked.

`load_screener()` never raises. When everything loads it returns the rules plus the
classifier, health "healthy"; otherwise the rules alone, health "degraded", with a short
reason that names a file or an error type, never a message's text. What is checked before
anything is used: the heads file's SHA-256 against the manifest, every encoder weight file
against the SHA-256 pinned in `encoders.PINNED` (and the manifest's copy of those pins),
the heads' shapes, and one warm-up screening. Nothing is downloaded: the weights ship in
the pinned packages and this directory.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from adapters.safety_model.encoders import LOADERS, PINNED, sha256_of
from adapters.safety_model.heads import Heads
from core.safety.model import Screening
from core.safety.screener import Classify, Screener, Thresholds

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


class Health(StrEnum):
    HEALTHY = "healthy"
    DEGRADED = "degraded"  # the classifier could not load: the rules alone screen


@dataclass(frozen=True)
class LoadedScreener:
    """A `Screener` with its health; `screen` as `core.safety.screener.Screener.screen`.
    `classify`: the classifier alone (the trained heads), None when it could not load."""

    screener: Screener
    health: Health
    reason: str | None = None
    classify: Classify | None = None

    def screen(self, text: str, context: Sequence[str] = ()) -> Screening:
        return self.screener.screen(text, context)


def read_manifest(directory: Path = HERE) -> dict[str, Any]:
    """The manifest of the heads in `directory`."""
    manifest: dict[str, Any] = json.loads((directory / "manifest.json").read_text("utf-8"))
    return manifest


def thresholds_of(manifest: dict[str, Any]) -> Thresholds:
    """The cut points the manifest names."""
    limits = manifest["thresholds"]
    return Thresholds(
        urgent=float(limits["urgent"]), ask=float(limits["ask"]), risk=float(limits["risk"])
    )


def load_classifier(directory: Path) -> tuple[Heads, Thresholds]:
    """The checked heads over their encoders, and the thresholds; raises if anything fails."""
    manifest = read_manifest(directory)
    heads_path = directory / manifest["heads"]["file"]
    if sha256_of(heads_path) != manifest["heads"]["sha256"]:
        raise ValueError(f"hash mismatch: {heads_path.name}")
    for name, digest in manifest["encoder_files"].items():
        if PINNED.get(name) != digest:
            raise ValueError(f"manifest pin differs: {name}")
    encoders = [LOADERS[name]() for name in manifest["encoders"]]
    return Heads(heads_path, encoders), thresholds_of(manifest)


def load_from(directory: Path) -> LoadedScreener:
    """The screen from `directory` (manifest.json, heads); rules only if anything fails."""
    try:
        heads, thresholds = load_classifier(directory)
        heads(["warm up"])
        return LoadedScreener(Screener(heads, thresholds), Health.HEALTHY, classify=heads)
    except Exception as error:  # anything at all: the rules still screen every message
        reason = _reason(error)
        log.warning("safety classifier unavailable, rules only: %s", reason)
        return LoadedScreener(Screener(), Health.DEGRADED, reason)


def _reason(error: Exception) -> str:
    """A short reason without message text: our own errors name a file; others their type."""
    if isinstance(error, ValueError) and str(error).startswith(("hash mismatch", "manifest")):
        return str(error)
    if isinstance(error, FileNotFoundError | ModuleNotFoundError):
        return f"{type(error).__name__}: {Path(str(error.filename or error.name or '')).name}"
    return type(error).__name__


@lru_cache(maxsize=1)
def load_screener() -> LoadedScreener:
    """The screen of this process, loaded once (see the module docstring)."""
    return load_from(HERE)
