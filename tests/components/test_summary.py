import re

from warta.article import Article, Entity, Mention, Meta, Time
from warta.components.segment import split_sentences
from warta.components.summary import _clause, _openers, summarize

TEXT = ("Banjir Rendam Semarang\n\nSEMARANG, KOMPAS.com - Banjir merendam 2.400 rumah di Semarang karena hujan deras "
        "sejak Senin (3/3/2025), kata BNPB. BNPB mengirim bantuan melalui jalur darat. Kepala BNPB Suharyanto "
        "meninjau lokasi. Suharyanto meminta warga waspada.")


def _article():
    names = {"Semarang": "LOC", "BNPB": "ORG", "Suharyanto": "PER"}
    entities = []
    for name, type_ in names.items():
        spans = [(m.start(), m.end()) for m in re.finditer(name, TEXT, re.IGNORECASE)]
        entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=type_,
                               mentions=[Mention(text=TEXT[s:e], start=s, end=e) for s, e in spans]))
    s = TEXT.index("Senin (3/3/2025)")
    times = [Time(id="t1", text="Senin (3/3/2025)", start=s, end=s + 16, value="2025-03-03")]
    return Article(id="x", text=TEXT, meta=Meta(title="Banjir Rendam Semarang", dateline="SEMARANG"),
                   sentences=split_sentences(TEXT), entities=entities, times=times)


def test_summary_answers_from_the_lead():
    summary = summarize(_article(), body_start=1)
    assert summary.what.startswith("Banjir merendam 2.400 rumah") and "KOMPAS.com" not in summary.what
    assert summary.lead.startswith("SEMARANG, KOMPAS.com - Banjir")
    assert summary.when == "t1"
    assert summary.where == "e1"
    assert summary.why.startswith("karena hujan deras")
    assert summary.how is None


def test_summary_who_ranks_people_and_organisations_by_mentions():
    summary = summarize(_article(), body_start=1)
    assert summary.who == ["e2", "e3"]


def test_summary_of_an_article_without_sentences_is_empty():
    assert summarize(Article(id="x", text="x")).what is None


def test_clause_search_starts_at_the_first_opening_word():
    leads = [TEXT, "Untuk itu, warga KARENA hujan", "Sebabnya jelas sebab hujan", "pengguna dengan  cara lain",
             "kata demi\tkata", "Demikian halnya, guna apa", "\u212arena hujan deras", "s\u0131ebab itu"]
    for words, pattern in _openers().values():
        assert all(w.isascii() for w in words)  # a lower-cased ASCII lead holds them where the pattern matches
        for lead in leads:
            m = pattern.search(lead)
            low = lead.lower() if lead.isascii() else None
            assert _clause(lead, low, words, pattern) == (m.group(0).strip() if m else None), lead
