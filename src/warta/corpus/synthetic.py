"""A generated corpus for store tests and benchmarks: fully analysed articles with consistent offsets.

``article(i)`` is deterministic: the same ``i`` always gives the same text and analysis, different ``i`` give
texts that share no long word runs (so they are never near-duplicates of each other by accident). The
vocabulary is made-up test material, not Indonesian knowledge the pipeline uses.
"""

from __future__ import annotations

import random
import re

from ..article import Article, Entity, Mention, Meta, Quantity, Quote, Span, Speaker, Time
from ..pipeline import Record

_FIRST = ["Budi", "Siti", "Agus", "Dewi", "Joko", "Rina", "Hendra", "Wati", "Bambang", "Lestari", "Eko", "Nur"]
_LAST = ["Santoso", "Wijaya", "Hartono", "Kusuma", "Saputra", "Lubis", "Nasution", "Siregar", "Pratama", "Halim"]
_PLACES = ["Jakarta", "Surabaya", "Medan", "Makassar", "Semarang", "Bandung", "Palembang", "Denpasar", "Kupang"]
_ORGS = ["Kementerian Sosial", "Badan Pusat Statistik", "Polri", "Bank Indonesia", "BNPB", "Pertamina"]
_UNITS = ["warga", "pasukan", "rumah", "persen", "ton", "korban"]
_WORDS = [
    "pemerintah", "daerah", "warga", "bantuan", "banjir", "harga", "pasar", "jalan", "sekolah", "rumah", "sakit",
    "program", "anggaran", "rapat", "kebijakan", "petani", "nelayan", "listrik", "air", "bersih", "pangan", "beras",
    "minyak", "pajak", "desa", "kota", "provinsi", "pusat", "laporan", "data", "survei", "proyek", "jembatan",
    "bandara", "pelabuhan", "kereta", "bus", "tol", "investasi", "ekspor", "impor", "inflasi", "gaji", "buruh",
    "guru", "siswa", "dokter", "pasien", "vaksin", "hutan", "sungai", "laut", "gunung", "cuaca", "hujan", "panas",
    "angin", "musim", "tanam", "panen",
]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + "."


class _Builder:
    def __init__(self) -> None:
        self.text = ""
        self.sentences: list[tuple[int, int]] = []

    def add(self, parts: list[str]) -> list[int]:
        """Append a sentence made of parts; returns each part's start offset."""
        start = len(self.text) + (1 if self.text else 0)
        self.text += " " if self.text else ""
        offsets = []
        for part in parts:
            offsets.append(len(self.text))
            self.text += part
        self.sentences.append((start, len(self.text)))
        return offsets


def article(i: int, published: str = "2024-10-29", sentences: int = 24) -> Article:
    rng = random.Random(i)
    b = _Builder()
    ents: dict[str, Entity] = {}

    def entity(name: str, type_: str, start: int) -> str:
        if name not in ents:
            ents[name] = Entity(id="", name=name, type=type_)
        ents[name].mentions.append(Mention(text=name, start=start, end=start + len(name)))
        return name

    quotes, quantities, times = [], [], []
    for s in range(sentences):
        kind = s % 4
        if kind == 0:
            person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            content = _sentence(rng, 10)[:-1]
            o = b.add([person, " mengatakan, \"", content, "\""])
            entity(person, "PER", o[0])
            quotes.append((person, o, content))
        elif kind == 1:
            value, unit, place = rng.randint(2, 90) * 100, rng.choice(_UNITS), rng.choice(_PLACES)
            number = f"{value:,}".replace(",", ".") + " " + unit
            o = b.add(["Sebanyak ", number, " tercatat di ", place, " pada ", "Senin", "."])
            entity(place, "LOC", o[3])
            quantities.append((value, unit, number, o[1]))
            times.append(o[5])
        elif kind == 2:
            org = rng.choice(_ORGS)
            rest = _sentence(rng, 12)
            o = b.add([org, " " + rest[0].lower() + rest[1:]])
            entity(org, "ORG", o[0])
        else:
            b.add([_sentence(rng, 15), f" (ref {i}-{s})"])
    for n, ent in enumerate(ents.values(), 1):
        ent.id = f"e{n}"
        ent.mentions.sort(key=lambda m: m.start)
    return Article(
        id=f"syn-{i}", text=b.text, sentences=b.sentences, entities=list(ents.values()),
        meta=Meta(title=f"Berita {i}", published=published, url=f"https://contoh.test/{i}"),
        quotes=[Quote(id=f"q{n}", kind="direct", content=content, start=o[2], end=o[2] + len(content),
                      speaker=Speaker(entity=ents[p].id, name=p, text=p, start=o[0], end=o[0] + len(p)),
                      cue=Span(text="mengatakan", start=o[1] + 1, end=o[1] + 11))
                for n, (p, o, content) in enumerate(quotes, 1)],
        quantities=[Quantity(id=f"n{n}", text=t, start=s, end=s + len(t), value=v, unit=u)
                    for n, (v, u, t, s) in enumerate(quantities, 1)],
        times=[Time(id=f"t{n}", text="Senin", start=s, end=s + 5, value=published) for n, s in enumerate(times, 1)],
    )


def records(n: int, start: int = 0, published: str = "2024-10-29") -> list[Record]:
    """``n`` generated articles as pipeline input (text, id, url, date)."""
    out = []
    for i in range(start, start + n):
        a = article(i, published)
        out.append(Record(text=a.text, id=a.id, published=published, title=a.meta.title, url=a.meta.url))
    return out


def compose(text: str, *, id: str, published: str | None = None, url: str | None = None,
            title: str | None = None, entities: dict[str, tuple] | None = None,
            quotes: list[tuple[str | None, str]] = (), quantities: list[tuple[str, float, str, str | None]] = (),
            ) -> Article:
    """An analysed article written by hand, offsets found in ``text`` (first occurrence after the previous one).

    ``entities``: name -> (type, kb, aliases, titles); every occurrence of the name or an alias is a mention.
    ``quotes``: (speaker name or None, content). ``quantities``: (text, value, unit, claimant name or None).
    """
    ents, ids = [], {}
    for n, (name, (type_, kb, aliases, titles)) in enumerate((entities or {}).items(), 1):
        found = [Mention(text=v, start=m.start(), end=m.end()) for v in (name, *aliases)
                 for m in re.finditer(rf"\b{re.escape(v)}\b", text)]
        ents.append(Entity(id=f"e{n}", name=name, type=type_, kb=kb, aliases=list(aliases), titles=list(titles),
                           mentions=sorted(found, key=lambda m: m.start)))
        ids[name] = f"e{n}"
    made_quotes = []
    for n, (speaker, content) in enumerate(quotes, 1):
        start = text.index(content)
        who = None
        if speaker:
            at = text.index(speaker)
            who = Speaker(entity=ids.get(speaker), name=speaker, text=speaker, start=at, end=at + len(speaker))
        made_quotes.append(Quote(id=f"q{n}", kind="direct", speaker=who, content=content, start=start,
                                 end=start + len(content)))
    made_quantities = []
    for n, (part, value, unit, claimant) in enumerate(quantities, 1):
        start = text.index(part)
        made_quantities.append(Quantity(id=f"n{n}", text=part, start=start, end=start + len(part), value=value,
                                        unit=unit, claimed_by=ids.get(claimant) if claimant else None))
    bounds = [m.end() for m in re.finditer(r"[.!?][\"”]?(?=\s|$)", text)] or [len(text)]
    sentences, start = [], 0
    for end in bounds:
        sentences.append((start, end))
        start = end + 1
    return Article(id=id, text=text, meta=Meta(title=title, published=published, url=url), sentences=sentences,
                   entities=ents, quotes=made_quotes, quantities=made_quantities)
