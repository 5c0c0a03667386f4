"""Direct quotations: split by their attribution, over several paragraphs, continued, and what follows them."""

import pytest

from .quote_builders import quotes_of


@pytest.mark.parametrize("text, n, contents", [
    ('"Kami setuju PRT dilindungi," ujarnya, "karena itu skema iurannya harus realistis."', 1,
     ["Kami setuju PRT dilindungi karena itu skema iurannya harus realistis."]),
    ('"Hubungan kita sudah 66 tahun," kata Retno dalam konferensi pers, "dan kita ingin lebih tinggi."', 1,
     ["Hubungan kita sudah 66 tahun dan kita ingin lebih tinggi."]),
])
def test_split_quotation_is_one_statement(text, n, contents):
    quotes = quotes_of(text, "Retno Marsudi/Retno:PER")
    assert [q.content for q in quotes] == contents
    assert len(quotes[0].parts) == 2 and all(text[p.start:p.end] == p.text for p in quotes[0].parts)
    assert quotes[0].start == text.index("\"") + 1 and quotes[0].end == len(text) - 1


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_quotation_over_paragraphs_is_one_row_per_paragraph(gap):
    text = ('STY menegaskan, "Kami harus lebih tenang di depan gawang.' + gap +
            '"Kami hanya punya waktu empat hari. Saya belum memutuskan rotasi."')
    quotes = quotes_of(text, "Shin Tae-yong/STY:PER")
    assert [(q.kind, q.speaker.name, q.continuation) for q in quotes] == [
        ("direct", "Shin Tae-yong", False), ("direct", "Shin Tae-yong", True)]
    assert quotes[1].content.startswith("Kami hanya punya")


def test_attribution_at_the_end_of_a_multi_paragraph_quotation():
    text = '"Masyarakat tidak boleh mendekat.\n"Zona bahaya kami perluas," ujar Kepala Badan Geologi Muhammad Wafid.'
    quotes = quotes_of(text, "Muhammad Wafid/Wafid:PER")
    assert [(q.speaker.name, q.continuation) for q in quotes] == [("Muhammad Wafid", False),
                                                                 ("Muhammad Wafid", True)]


@pytest.mark.parametrize("second", [
    '\n"Kuncinya adalah persatuan. Tanpa persatuan, ASEAN akan mudah dipecah belah."',
    "\n\u201cKuncinya adalah persatuan.\u201d",
    '\n\n"Kuncinya adalah persatuan."',
])
def test_unattributed_paragraph_continues_the_previous_speaker(second):
    text = '"Apakah ASEAN hanya akan menjadi penonton?" kata Jokowi di hadapan para pemimpin.' + second
    quotes = quotes_of(text, "Joko Widodo/Jokowi:PER")
    assert len(quotes) == 2
    assert quotes[1].speaker.name == "Joko Widodo" and quotes[1].continuation
    assert quotes[1].cue.text == "kata"


def test_unattributed_quotation_far_from_any_speaker_is_dropped():
    text = "Banjir merendam desa.\nWarga mengungsi.\nAir surut.\nJalan ditutup.\n\"Kami lelah.\""
    assert quotes_of(text) == []


def test_accompanying_clause_skips_bahwa():
    text = '"Kami akan terus mendukung," tegas Biden, seraya menambahkan bahwa bantuan baru diumumkan pekan depan.'
    last = quotes_of(text, "Biden:PER")[-1]
    assert (last.cue.text, last.speaker.name, last.content) == (
        "menambahkan", "Biden", "bantuan baru diumumkan pekan depan")


def test_accompanying_clause_is_a_second_indirect_statement():
    text = '"Rusia butuh tenaga kerja tambahan," tambahnya, seraya mencatat kehadirannya dapat bertambah.'
    text = 'CSIS menilai pasukan itu pendukung. ' + text
    quotes = quotes_of(text, "CSIS:ORG")
    last = quotes[-1]
    assert (last.kind, last.cue.text, last.speaker.name) == ("indirect", "mencatat", "CSIS")
    assert last.content.startswith("kehadirannya dapat bertambah")


@pytest.mark.parametrize("text, ents, head, speaker", [
    ("\u2018Kami akan banding,\u2019 kata pengacara terdakwa, Febri Diansyah.", "Febri Diansyah:PER",
     "Kami akan banding", "Febri Diansyah"),
    ("Kapolres Garut AKBP Ari Rinaldo mengatakan: \u2018Pelaku sudah kami tangkap di rumahnya.\u2019",
     "Ari Rinaldo:PER", "Pelaku sudah kami tangkap", "Ari Rinaldo"),
    ("\u2018Kami sudah bekerja keras,\u2019 kata pelatih Bojan Hodak, \u2018tetapi hasilnya belum maksimal.\u2019",
     "Bojan Hodak:PER", "Kami sudah bekerja keras", "Bojan Hodak"),
])
def test_a_statement_in_curly_single_quotes_is_a_direct_quote(text, ents, head, speaker):
    q = next(q for q in quotes_of(text, ents) if q.content.startswith(head))
    assert (q.kind, q.speaker.name) == ("direct", speaker)


@pytest.mark.parametrize("text, ents", [
    ("Warga menyebut kawasan itu \u2018kampung hantu\u2019 sejak banjir melanda.", ""),
    ("Menurut Budi Santoso, istilah \u2018ngabuburit\u2019 berasal dari bahasa Sunda.", "Budi Santoso:PER"),
])
def test_a_term_in_curly_single_quotes_stays_a_term(text, ents):
    assert all(q.kind != "direct" for q in quotes_of(text, ents))
