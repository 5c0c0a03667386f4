"""KnowledgeBase.find: whole words only, longest match wins, case as written or all capitals, true offsets."""

import random
from itertools import pairwise

import pytest

from warta.kb import knowledge_base
from warta.kb.base import KnowledgeBase
from warta.kb.model import KBRecord


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _found(kb, text):
    return [(m.surface, kb.get(m.ids[0]).name) for m in kb.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("Warga Yogyakarta berkumpul.", [("Yogyakarta", "Daerah Istimewa Yogyakarta")]),
    ("Pasukan Korea Utara tiba di Rusia.", [("Korea Utara", "Korea Utara"), ("Rusia", "Rusia")]),
    ("Gubernur Bank Indonesia hadir.", [("Bank Indonesia", "Bank Indonesia")]),
    ("Banjir melanda Kabupaten Bogor.", [("Kabupaten Bogor", "Kabupaten Bogor")]),
    ("Ketua Umum PDI-P bicara.", [("PDI-P", "Partai Demokrasi Indonesia Perjuangan")]),
    ("MOSKOW, 29 Oktober (Reuters) - Kremlin menolak.", [("MOSKOW", "Moskow"), ("Reuters", "Reuters"),
                                                        ("Kremlin", "Kremlin")]),
    ("Wapres Ma\u2019ruf Amin hadir.", [("Ma\u2019ruf Amin", "Ma'ruf Amin")]),
    ("Laut China Selatan memanas.", [("Laut China Selatan", "Laut China Selatan")]),
    ("Presiden Zelenskyy dan Putin.", [("Zelenskyy", "Volodymyr Zelensky"), ("Putin", "Vladimir Putin")]),
])
def test_find_longest_whole_word_matches(kb, text, expected):
    assert _found(kb, text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Warga Yogyakarta berkumpul.", "Jakarta"),      # inside a longer word
    ("Program Jakartanya berjalan.", "Jakarta"),     # followed by letters
    ("Mereka melempar batu ke medan laga.", "batu"),   # common words in lower case are not names
    ("Lima orang tewas dalam kecelakaan.", "Lima"),  # sentence-initial number word, not the city in Peru
    ("Batu besar menutup jalan.", "Batu"),
    ("Antara lain hadir para menteri.", "Antara"),
])
def test_find_skips_words_that_are_not_names(kb, text, absent):
    assert absent not in [m.surface for m in kb.find(text)]


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo (Jokowi) bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow.",
    "SURABAYA, KOMPAS.com - Gubernur Jatim Khofifah Indar Parawansa meninjau Kabupaten Malang.",
])
def test_find_offsets_point_into_the_text(kb, text):
    matches = kb.find(text)
    assert matches
    for m in matches:
        assert text[m.start:m.end] == m.surface
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(a.end <= b.start for a, b in pairwise(matches))


@pytest.mark.parametrize("text, ids", [
    ("Banjir di Bogor.", ["W:kota-bogor", "W:kabupaten-bogor"]),
    ("Sekjen PBB berbicara.", ["Q1065", "W:partai-bulan-bintang"]),
])
def test_find_lists_every_candidate_most_likely_first(kb, text, ids):
    (match,) = kb.find(text)
    assert list(match.ids) == ids


def test_find_on_empty_text(kb):
    assert kb.find("") == []


_NAMES = ["Jakarta", "Korea", "Korea Utara", "Bank Indonesia", "Indonesia", "PT Aneka Tambang Tbk.", "Tbk.",
          "PDI-P", "detik.com", "von der Leyen", "Ma\u2019ruf Amin", "\u00c9lys\u00e9e", "10 Downing Street",
          "(Persero)", "A", "A.B."]


def _whole_word_names(names, text):
    """What find must return, the slow way: every occurrence of every surface (as written, or in capitals) that
    is a whole word, then the longest (then the earliest) of overlapping ones."""
    found = []
    for surface in {s for name in names for s in (name, name.upper())}:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                found.append((start, end))
            start = text.find(surface, start + 1)
    kept = []
    for start, end in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if all(end <= a or b <= start for a, b in kept):
            kept.append((start, end))
    return sorted(kept)


@pytest.mark.parametrize("seed", range(5))
def test_find_agrees_with_a_search_for_every_name(seed):
    # names glued to pieces of names and to characters that do or do not end a word (letters, digits, "_",
    # punctuation, non-ASCII): find must find what a search for each name finds
    kb = KnowledgeBase([KBRecord(id=f"W:{i}", type="ORG", name=name) for i, name in enumerate(_NAMES)])
    rng = random.Random(seed)
    pieces = list("aZ1_ .,-'(\u2019\u00e9\u00c9\n\u201c") + _NAMES + [n[:3] for n in _NAMES]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        assert [(m.start, m.end) for m in kb.find(text)] == _whole_word_names(_NAMES, text), text
