"""Duplicate detection: an exact content hash, and MinHash/LSH for near-duplicates.

Outlets reprint wire stories with a changed title, a dropped paragraph or their own dateline. Such copies share
most word 5-grams (shingles); the MinHash of the shingle set estimates their Jaccard similarity, and LSH banding
(``BANDS`` bands of ``ROWS`` values) finds candidate pairs through an index lookup instead of comparing every
pair. Candidates are confirmed against ``THRESHOLD`` on the estimated similarity.

A small MinHash of our own (numpy, universal hashing mod a Mersenne prime) rather than ``datasketch``: the
signatures are stored in the database, so their hash functions must never change with a library upgrade.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache

import numpy as np

PERMUTATIONS = 128
# 32 bands of 4 rows: a pair at similarity 0.7 shares a band with probability 1-(1-0.7**4)**32 > 0.999, at 0.8
# certainly; unrelated news (similarity < 0.2) almost never does. Candidates are then checked against THRESHOLD.
BANDS, ROWS = 32, 4
THRESHOLD = 0.7  # estimated Jaccard similarity at or above which two articles are copies of one story
SHINGLE = 5
_PRIME = (1 << 31) - 1  # a*h stays below 2**62, so uint64 arithmetic never overflows
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace collapsed and case folded: the same article, however it was wrapped."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().casefold().encode("utf-8")).hexdigest()


def raw_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _coefficients() -> tuple[np.ndarray, np.ndarray]:
    # Fixed seed: stored signatures must stay comparable across runs, processes and versions.
    rng = np.random.default_rng(20241029)
    a = rng.integers(1, _PRIME, size=PERMUTATIONS, dtype=np.uint64)
    b = rng.integers(0, _PRIME, size=PERMUTATIONS, dtype=np.uint64)
    return a[:, None], b[:, None]


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode("utf-8"))} if words else set()
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode("utf-8")) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``PERMUTATIONS`` uint32 values) of the text's word 5-grams."""
    hashes = np.fromiter(shingles(text), dtype=np.uint64)
    if hashes.size == 0:
        return np.full(PERMUTATIONS, _PRIME, dtype=np.uint32)
    a, b = _coefficients()
    return ((a * (hashes[None, :] % _PRIME) + b) % _PRIME).min(axis=1).astype(np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(a == b))


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (fits a BIGINT on both databases); the band number is part of the hash,
    so equal rows in different bands never collide."""
    data = sig.astype("<u4").tobytes()
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + data[i * width:(i + 1) * width], digest_size=8).digest(),
                           "little", signed=True) for i in range(BANDS)]
