"""The annotated article: pieces cover the text exactly, quotes hold their marks, overlaps never break the text."""

from __future__ import annotations

import pytest

from warta.article import Article, Entity, Mention, Quantity, Quote, Span, Speaker, Time
from warta.web.highlight import number, pieces


def flat(ps) -> str:
    return "".join(flat(p.children) if p.children else p.text for p in ps)


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def build(text: str, *, ents=(), quotes=(), times=(), nums=()) -> Article:
    entities = []
    for i, (name, type_, parts) in enumerate(ents, 1):
        mentions = [Mention(text=p, start=s, end=e) for p in parts for s, e in [span(text, p)]]
        entities.append(Entity(id=f"e{i}", name=name, type=type_, mentions=mentions))
    made_quotes = []
    for i, (speaker, part) in enumerate(quotes, 1):
        s, e = span(text, part)
        who = Speaker(name=speaker, text=speaker, start=text.index(speaker), end=text.index(speaker) + len(speaker))
        made_quotes.append(Quote(id=f"q{i}", kind="direct", speaker=who, content=part, start=s, end=e,
                                 cue=Span(text="kata", start=text.index("kata"), end=text.index("kata") + 4),
                                 parts=[Span(text=part, start=s, end=e)]))
    made_times = [Time(id=f"t{i}", text=p, start=span(text, p)[0], end=span(text, p)[1], value=v)
                  for i, (p, v) in enumerate(times, 1)]
    made_nums = [Quantity(id=f"n{i}", text=p, start=span(text, p)[0], end=span(text, p)[1], value=v, unit=u)
                 for i, (p, v, u) in enumerate(nums, 1)]
    return Article(id="x", text=text, entities=entities, quotes=made_quotes, times=made_times,
                   quantities=made_nums)


ROWS = [
    # (text, annotations, expected [(kind, text, children kinds)] for the marked pieces)
    ("Gubernur Khofifah meninjau Surabaya.",
     {"ents": [("Khofifah", "PER", ["Khofifah"]), ("Surabaya", "LOC", ["Surabaya"])]},
     [("ent", "Khofifah", []), ("ent", "Surabaya", [])]),
    ("\"Bantuan untuk Demak tiba Senin,\" kata Suharyanto.",
     {"ents": [("Demak", "LOC", ["Demak"]), ("Suharyanto", "PER", ["Suharyanto"])],
      "quotes": [("Suharyanto", "Bantuan untuk Demak tiba Senin")], "times": [("Senin", "2024-03-18")]},
     [("quote", "Bantuan untuk Demak tiba Senin", ["ent", "time"]), ("ent", "Suharyanto", [])]),
    # A time inside an entity name: the longer mark wins, the text stays whole.
    ("Peringatan Hari Senin Sedunia digelar.",
     {"ents": [("Hari Senin Sedunia", "MISC", ["Hari Senin Sedunia"])], "times": [("Senin", None)]},
     [("ent", "Hari Senin Sedunia", [])]),
    # A number crossing the quote's edge is dropped rather than drawn across it.
    ("Polisi menyebut \"sekitar 300\" orang ditangkap, kata Kapolda.",
     {"ents": [("Kapolda", "PER", ["Kapolda"])], "quotes": [("Kapolda", "sekitar 300")],
      "nums": [("300\" orang", 300, "orang")]},
     [("quote", "sekitar 300", []), ("ent", "Kapolda", [])]),
    ("<script>alert(1)</script> kata Budi.", {"ents": [("Budi", "PER", ["Budi"])]}, [("ent", "Budi", [])]),
]


@pytest.mark.parametrize("text, notes, expected", ROWS)
def test_pieces_cover_the_text_and_nest_marks_in_quotes(text, notes, expected):
    result = pieces(build(text, **notes))
    assert flat(result) == text
    marked = [(p.kind, p.text, [c.kind for c in p.children if c.kind]) for p in result if p.kind]
    assert marked == expected


def test_quote_info_names_speaker_kind_and_cue():
    text = "\"Kami siap,\" kata Budi."
    quote = pieces(build(text, quotes=[("Budi", "Kami siap")]))[1]
    assert (quote.kind, quote.info, quote.ref) == ("quote", "Budi — direct · kata", "q1")


@pytest.mark.parametrize("value, expected", [(2400, "2.400"), (1.5, "1,5"), (1_200_000_000, "1.200.000.000"),
                                             (2400.0, "2.400"), (0.25, "0,25")])
def test_numbers_are_written_the_indonesian_way(value, expected):
    assert number(value) == expected
