"""A realistic, reproducible corpus of Indonesian news-like articles for benchmarks.

Articles are assembled from (a) paragraphs of the team's dev gold articles, (b) sentences of the 32k-sentence
Indonesian news POS corpus that ships inside the ``nlp-id`` PyPI package (read from the installed package at
benchmark time, never copied into this repository), and (c) templates that add attributed quotes, dates and
numbers in roughly the proportions of the dev set. A fixed seed gives the same corpus every run.
"""

from __future__ import annotations

import random
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from warta.pipeline import Record

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "eval" / "dev"

SPEAKERS = ["Menteri Keuangan Sri Mulyani Indrawati", "Kapolri Jenderal Listyo Sigit Prabowo", "Budi Santoso",
            "juru bicara Kementerian Luar Negeri", "Ketua KPK", "seorang warga", "Kepala BNPB Suharyanto",
            "Gubernur Jawa Tengah", "pengamat ekonomi Universitas Indonesia Dewi Lestari"]
CUES = ["kata", "ujar", "ungkap", "tegas", "jelas"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DATELINES = ["JAKARTA, KOMPAS.com -", "SURABAYA -", "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -",
             "Jakarta (ANTARA) -", "MEDAN, KOMPAS.com -", "MAKASSAR -"]


def _detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,:;!?)%])", r"\1", text)
    return re.sub(r"([(]) ", r"\1", text)


@cache
def pos_corpus_sentences() -> list[str]:
    """Sentences of nlp-id's shipped POS corpus (``pip install --no-deps nlp-id``); empty if not installed."""
    spec = find_spec("nlp_id")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "dataset_postag.txt"
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append(_detok(tokens))
            tokens = []
        else:
            tokens.append(line.split("\t")[0])
    return [s for s in sentences if 6 <= len(s.split()) <= 60]


@cache
def dev_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(DEV.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        paragraphs += [line for line in lines[2:] if len(line.split()) > 8]
    return paragraphs


def _template(rng: random.Random) -> str:
    speaker, cue = rng.choice(SPEAKERS), rng.choice(CUES)
    day, date = rng.choice(DAYS), f"({rng.randint(1, 28)}/{rng.randint(1, 12)}/2024)"
    n = rng.choice(["10.000", "1,5", "3.200", "dua puluh", "ribuan", "sekitar 250", "lebih dari 40"])
    unit = rng.choice(["warga", "persen", "ton", "rumah", "pasukan"])
    return rng.choice([
        f'"Kami mencatat {n} {unit} terdampak dan akan terus memantau situasi," {cue} {speaker}, {day} {date}.',
        f"{speaker.capitalize() if speaker[0].islower() else speaker} mengatakan bahwa {n} {unit} telah ditangani "
        f"pada hari {day}.",
        f"Menurut {speaker}, anggaran Rp{rng.randint(1, 900)} miliar disiapkan untuk program itu tahun depan.",
    ])


def article(rng: random.Random, paragraphs: int) -> str:
    pos, dev = pos_corpus_sentences(), dev_paragraphs()
    body = []
    for i in range(paragraphs):
        kind = rng.random()
        if kind < 0.35 and dev:
            body.append(rng.choice(dev))
        elif kind < 0.7 and pos:
            body.append(" ".join(rng.choice(pos) for _ in range(rng.randint(1, 3))))
        else:
            body.append(_template(rng))
    body[0] = f"{rng.choice(DATELINES)} {body[0]}"
    return "Judul Berita Contoh\n\n" + "\n".join(body)


def generate(n: int, seed: int = 13, paragraphs: tuple[int, int] = (6, 12)) -> list[Record]:
    rng = random.Random(seed)
    return [Record(text=article(rng, rng.randint(*paragraphs)), id=f"bench-{i}", published="2024-10-29")
            for i in range(n)]
