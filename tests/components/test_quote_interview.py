"""Interviews set out as questions and answers: answers are direct statements of the one interviewed."""

import pytest

from .quote_builders import quotes_of

_INTRO = "Berikut petikan wawancara dengan Kepala BPBD Kabupaten Bandung, Uka Suska Puji Utama.\n\n"


@pytest.mark.parametrize("text, ents, answers, speaker", [
    (_INTRO + "Tanya: Bagaimana kondisi lapangan saat ini?\n\nJawab: Air sudah mulai surut, tetapi warga belum bisa "
     "kembali ke rumah.\n\nTanya: Apa kebutuhan paling mendesak?\n\nJawab: Air bersih dan selimut untuk anak-anak.",
     "Uka Suska Puji Utama:PER; Kabupaten Bandung:LOC",
     ["Air sudah mulai surut", "Air bersih dan selimut"], "Uka Suska Puji Utama"),
    ("Kompas berbincang dengan Menteri Pariwisata Widiyanti Putri Wardhana di Jakarta.\nT: Berapa target kunjungan "
     "wisman tahun ini?\nJ: Kami menargetkan 14 juta kunjungan, naik dari tahun lalu.",
     "Widiyanti Putri Wardhana:PER; Jakarta:LOC", ["Kami menargetkan 14 juta"], "Widiyanti Putri Wardhana"),
    ("Tanya: Kapan pembangunan dimulai?\nJawab: Kami targetkan Agustus, setelah lelang selesai.", "",
     ["Kami targetkan Agustus"], None),
    # labels in capitals with a space before the colon, first on a later line
    (_INTRO + "TANYA : Kapan warga bisa pulang?\nJAWAB : Kalau air sudah surut dan rumah dibersihkan.",
     "Uka Suska Puji Utama:PER; Kabupaten Bandung:LOC", ["Kalau air sudah surut"], "Uka Suska Puji Utama"),
])
def test_answers_are_the_interviewees_statements(text, ents, answers, speaker):
    quotes = quotes_of(text, ents)
    assert [q.content[:len(a)] for q, a in zip(quotes, answers)] == answers and len(quotes) == len(answers)
    assert all(q.kind == "direct" and (q.speaker.name if q.speaker else None) == speaker for q in quotes)


@pytest.mark.parametrize("text", [
    "Jawab: Semua dokumen sudah kami serahkan ke penyidik.",  # no question: not an interview
    "Menurut jadwal, tanya jawab dengan warga digelar pukul 10.00.",
])
def test_answer_label_without_questions_is_no_interview(text):
    assert [q for q in quotes_of(text) if q.cue and q.cue.text.lower().startswith("j")] == []
