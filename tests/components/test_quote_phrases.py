"""Phrases around a speech verb: the subject before it, the speaker after a post-posed cue, clause complements."""

import pytest

from warta.components.quote_lexicon import LOW, TEXT, lexicon, words
from warta.components.quote_phrases import has_clause, speaker_after, subject


def _ws(text):
    return words(text, 0, len(text))


def _text(ws, span):
    return " ".join(w[TEXT] for w in ws[span[0]:span[1]]) if span else None


@pytest.mark.parametrize("sentence, cue, expected", [
    ("Budi mengatakan harga turun", "mengatakan", "Budi"),
    ("Sementara itu, Egy mengaku senang", "mengaku", "Egy"),
    ("Kendati demikian, ia memastikan penumpang bertambah", "memastikan", "ia"),
    ("Dalam pernyataan tertulis, Kemlu mendesak junta berhenti", "mendesak", "Kemlu"),
    ("Ahmad membantah tuduhan itu dan menyatakan semua diverifikasi", "menyatakan", "Ahmad"),
    ("Menlu Retno, yang memimpin ASEAN, mengatakan perang harus berhenti", "mengatakan", "Menlu Retno"),
    ("Rio, saat dihubungi, membenarkan penangkapan", "membenarkan", "Rio"),
    ("Seorang pelatih yang enggan disebutkan namanya menuding panitia curang", "menuding",
     "Seorang pelatih yang enggan disebutkan namanya"),
    ("Ia tidak menyebut negara mana pun", "menyebut", None),
    ("Keputusan itu mengejutkan analis yang memprediksi suku bunga ditahan", "memprediksi", None),
    ("Pemerintah akan membangun rumah, sementara Dody mengatakan dana kurang", "mengatakan", "Dody"),
    ("Namun ia mengatakan jalan masih ditutup", "mengatakan", "ia"),
    ("Oleh karena itu Kapolres Bogor menegaskan larangan itu", "menegaskan", "Kapolres Bogor"),
    ("Sementara itu Egy mengaku senang", "mengaku", "Egy"),
    ("Namun juga ia mengatakan dana kurang", "mengatakan", "ia"),
])
def test_subject(sentence, cue, expected):
    ws = _ws(sentence)
    i = next(k for k, w in enumerate(ws) if w[LOW] == cue)
    assert _text(ws, subject(ws, i, lexicon())) == expected


@pytest.mark.parametrize("attribution, expected", [
    ("kata Budi kepada wartawan", "Budi"),
    ("kata seorang diplomat yang berbicara dengan syarat anonim", "seorang diplomat yang berbicara"),
    ("kata pejabat intelijen di Amerika Serikat", "pejabat intelijen di Amerika Serikat"),
    ("ujar Ko Aung Naing, seorang petani, kepada wartawan", "Ko Aung Naing"),
    ("kata ketua majelis hakim Dewi Anggraeni, S.H., M.H., saat membacakan putusan",
     "ketua majelis hakim Dewi Anggraeni S.H M.H"),
    ("ucap atlet asal Tabanan, Bali, tersebut", "atlet asal Tabanan Bali tersebut"),
    ("jelas Ani lagi", "Ani"),
    ("ucap Kapolri Jenderal Listyo Sigit di Mabes Polri, Jakarta", "Kapolri Jenderal Listyo Sigit"),
    ("kata Peneliti dari Lembaga Survei Indonesia Djayadi Hanan", "Peneliti dari Lembaga Survei Indonesia Djayadi Hanan"),
    ("tutur Bu Siti.", "Bu Siti"),
    ("ujar Hj. Euis Komariah di posko", "Hj Euis Komariah"),
])
def test_speaker_after_a_post_posed_cue(attribution, expected):
    ws = _ws(attribution)
    assert _text(ws, (1, speaker_after(ws, 1, lexicon()))) == expected


@pytest.mark.parametrize("complement, clause", [
    ("ada rekayasa data", True),
    ("kliennya menerima suap", True),
    ("masyarakat agar tidak tergiur", True),
    ("perekonomian Indonesia tumbuh 5 persen", True),
    ("4.870 rumah di tiga kecamatan terendam air", True),
    ("semua pihak bekerja sama", True),
    ("gempa berkekuatan magnitudo 5,6 sebelum diperbarui", False),
    ("tudingan tersebut.", False),
    ("12 gempa susulan hingga Selasa", False),
    ("tuduhan itu dan menyatakan semua benar", False),
    ("nama-nama pejabat yang terlibat", False),
    ("hal itu kepada wartawan", False),
])
def test_clause_after_a_weak_verb(complement, clause):
    assert has_clause(_ws(complement), 0, lexicon()) is clause
