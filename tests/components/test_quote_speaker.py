"""Speakers: pronouns, clitics, anaphoric descriptions, layered attribution and names written with commas."""

import pytest

from .quote_builders import quotes_of, the_quote


@pytest.mark.parametrize("text, ents, head, speaker", [
    ('Kapten tim Yoga Pratama mengatakan pemain tidak akan berlatih. "Kami punya keluarga," ujarnya.',
     "Yoga Pratama/Yoga:PER", "Kami punya keluarga", "Yoga Pratama"),
    ("Rendra Wicaksono mengakui keputusan itu mengejutkan. Namun, beliau menilai langkah tersebut tepat.",
     "Rendra Wicaksono/Rendra:PER", "langkah tersebut tepat", "Rendra Wicaksono"),
    ("Retno menambahkan, Indonesia menyambut investasi. Menurut dia, realisasinya mencapai US$4,6 miliar.",
     "Retno Marsudi/Retno:PER", "realisasinya mencapai", "Retno Marsudi"),
    ("Airlangga menilai ekonomi kuat. Pemerintah tetap menargetkan pertumbuhan 5,2 persen, imbuhnya.",
     "Airlangga Hartarto/Airlangga:PER", "Pemerintah tetap", "Airlangga Hartarto"),
    ("Dadang meminta BBWS mempercepat pengerukan. Menurutnya, pendangkalan menjadi penyebab utama banjir.",
     "Dadang Supriatna/Dadang:PER; BBWS:ORG", "pendangkalan menjadi", "Dadang Supriatna"),
    ("Shin Tae-yong mengatakan timnya bekerja keras. Pelatih asal Korea Selatan itu menambahkan bahwa timnya "
     "masih punya pekerjaan rumah.", "Shin Tae-yong/Shin:PER; Korea Selatan:LOC", "timnya masih", "Shin Tae-yong"),
    ("Beberapa ribu pasukan tidak akan mengubah perang, kata seorang diplomat yang berbicara dengan syarat anonim.\n"
     '"Memasukkan pasukan itu bukan hal mudah," kata diplomat tersebut.', "", "Memasukkan pasukan",
     "seorang diplomat"),
    ("Seorang pejabat di Direktorat Jenderal Prasarana menyebutkan banyak petani belum terdaftar.\n"
     '"Mulai pekan depan, petani cukup membawa KTP," kata pejabat tersebut.', "Direktorat Jenderal Prasarana:ORG",
     "Mulai pekan depan", "seorang pejabat di Direktorat Jenderal Prasarana"),
    ("Direktur Pelindungan WNI, Judha Nugraha, mengatakan korban direkrut lewat media sosial.\n"
     '"Terakhir dia kirim pesan," ucap Warsini.\n'
     "Pemulangan korban dilakukan bertahap, kata pejabat tersebut.",
     "Judha Nugraha/Judha:PER; Warsini:PER", "Pemulangan korban", "Judha Nugraha"),
    ("Ni Kadek Ayu Lestari keluar sebagai juara usai menundukkan Aulia Rahmawati. "
     '"Kemenangan ini terasa istimewa," ucap atlet asal Tabanan, Bali, tersebut.',
     "Ni Kadek Ayu Lestari:PER; Aulia Rahmawati:PER; Tabanan:LOC; Bali:LOC", "Kemenangan ini", "Ni Kadek Ayu Lestari"),
    ('Zulkifli Hasan berharap kader bekerja. "Besok pagi harus turun," kata pria yang akrab disapa Zulhas itu.',
     "Zulkifli Hasan/Zulhas:PER", "Besok pagi", "Zulkifli Hasan"),
    ("Bupati Bandung Dadang Supriatna meninjau lokasi banjir. Pria yang akrab disapa Kang DS itu memastikan "
     "kebutuhan pengungsi tercukupi.", "Dadang Supriatna/Dadang:PER; Kang DS:PER; Bandung:LOC",
     "kebutuhan pengungsi", "Dadang Supriatna"),
    ("Hal senada diungkapkan pengamat transportasi Djoko Setijowarno. Menurut dia, tarif ojek perlu dievaluasi.",
     "Djoko Setijowarno:PER", "tarif ojek", "Djoko Setijowarno"),
    ("BNPB mencatat 80 orang meninggal dunia. Warga di bantaran Ciliwung sudah terbiasa mengungsi. Mereka menyebut "
     "banjir itu akan selalu datang.", "BNPB:ORG", "banjir itu", "warga di bantaran Ciliwung"),
    ("Warga sudah terbiasa mengungsi. Mereka menyebut banjir itu akan datang. Presiden saat itu meminta semua pihak "
     "menahan diri.", "", "semua pihak", "Presiden saat itu"),
    ("Ketua majelis hakim Dewi Anggraeni membacakan putusan. Hakim menilai perbuatan terdakwa meresahkan warga.",
     "Dewi Anggraeni/Dewi:PER", "perbuatan terdakwa", "Dewi Anggraeni"),
    ('Pusat Studi Strategis (CSIS) menilai pasukan itu pendukung. "Rusia butuh tenaga kerja," tambahnya.',
     "Pusat Studi Strategis/CSIS:ORG", "Rusia butuh", "Pusat Studi Strategis"),
    ("Menteri Perindustrian Agus Gumiwang meresmikan pabrik itu. Bahkan ia mengatakan investasi akan ditambah.",
     "Agus Gumiwang:PER", "investasi akan", "Agus Gumiwang"),
])
def test_pronouns_clitics_and_anaphora_resolve_to_the_earlier_speaker(text, ents, head, speaker):
    q = the_quote(quotes_of(text, ents), head)
    assert q.speaker.name == speaker


def test_pronoun_keeps_its_own_text_and_offsets():
    text = 'Markus membantah kliennya menerima suap. Ia mengatakan bahwa uang itu titipan.'
    q = the_quote(quotes_of(text, "Markus Simanjuntak/Markus:PER"), "uang itu titipan")
    assert (q.speaker.entity, q.speaker.text) == ("e1", "Ia")
    assert text[q.speaker.start:q.speaker.end] == "Ia"


def test_ia_skips_an_organisation_but_nya_does_not():
    text = ("Budi Santoso memimpin rapat. BPS mencatat inflasi naik 2 persen. Ia menegaskan bahwa harga pangan "
            "stabil. Kenaikan itu wajar, tambahnya.")
    quotes = quotes_of(text, "Budi Santoso/Budi:PER; BPS:ORG")
    assert the_quote(quotes, "harga pangan").speaker.name == "Budi Santoso"
    assert the_quote(quotes, "Kenaikan itu").speaker.name == "Budi Santoso"


def test_layered_attribution_keeps_the_inner_speaker_and_the_reporter():
    text = "Yoon memberi tahu Zelenskiy bahwa hal itu akan menjadi ancaman besar, kata kantornya."
    q = the_quote(quotes_of(text, "Yoon Suk Yeol/Yoon:PER; Volodymyr Zelenskiy/Zelenskiy:PER"), "hal itu")
    assert q.speaker.name == "Yoon Suk Yeol"
    assert q.reported_by is not None and q.reported_by.text == "kantornya"
    assert q.reported_by.name == "kantor Yoon Suk Yeol"
    assert q.addressee == "e2"
    assert q.content == "hal itu akan menjadi ancaman besar"


def test_name_with_commas_after_menurut():
    text = "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), curah hujan mencapai 150 milimeter."
    q = quotes_of(text, "Badan Meteorologi, Klimatologi, dan Geofisika/BMKG:ORG")[0]
    assert q.speaker.name == "Badan Meteorologi, Klimatologi, dan Geofisika"
    assert q.content.startswith("curah hujan")


@pytest.mark.parametrize("text, head, cue", [
    ('"Kenaikan ini tidak bisa dihindari," tambah dia.', "Kenaikan ini", "tambah"),
    ('"Jalan ini sudah rusak sejak tahun lalu," katanya.', "Jalan ini", "katanya"),
    ("Ia mengatakan bantuan sudah disalurkan ke 12 desa.", "bantuan sudah", "mengatakan"),
    ("Menurutnya, harga beras akan turun bulan depan.", "harga beras", "Menurutnya"),
    ("Mereka meminta pemerintah menunda kenaikan tarif angkot.", "pemerintah menunda", "meminta"),
    ('Beliau berpesan, "Jaga persatuan menjelang pilkada."', "Jaga persatuan", "berpesan"),
])
def test_a_pronoun_that_refers_to_no_one_gives_no_speaker_but_keeps_the_statement(text, head, cue):
    # a pronoun or clitic with no one named before it names no one: no made-up speaker "dia" or "katanya"
    q = the_quote(quotes_of(text), head)
    assert q.speaker is None
    assert q.cue is not None and q.cue.text == cue


def test_a_quotation_after_a_statement_whose_pronoun_names_no_one_is_kept_without_a_speaker():
    # the second quotation, attributed to no one of its own, goes on with the first (FORMAT.md: one statement)
    text = '"Kami siap bertanding," ujarnya. "Semua pemain dalam kondisi bugar."'
    quotes = quotes_of(text)
    assert [(q.content, q.speaker) for q in quotes] == [
        ("Kami siap bertanding Semua pemain dalam kondisi bugar.", None)]


@pytest.mark.parametrize("text, ents", [
    ("Bupati Nursiah sudah tiba di lokasi. Warga di bantaran Ciliwung sudah terbiasa dengan banjir. "
     '"Kami siap," kata Budi. Hal senada diungkapkan pengamat transportasi Djoko Setijowarno. '
     "Puluhan sopir yang tergabung dalam Paguyuban Sopir Angkot berunjuk rasa. Ia mengatakan tarif naik. "
     "Menurut dia, Nursiah hadir di rapat itu.",
     "Nursiah:PER; Budi:PER; Djoko Setijowarno/Djoko:PER; Paguyuban Sopir Angkot:ORG"),
])
def test_earlier_reads_sentences_lazily_in_the_order_an_eager_reading_gives(text, ents):
    """Sentences are read only as far back as a back-reference looks; the candidates must come as if all were read."""
    from warta.components.quote_lexicon import lexicon
    from warta.components.quote_speaker import Antecedent, SpeakerResolver
    from warta.components.segment import split_sentences

    from .quote_builders import entities

    def resolver():
        r = SpeakerResolver(text, entities(text, ents), lexicon())
        r.add_subjects(split_sentences(text), lambda offset: False)
        for at in (0, text.index("Kami"), text.index("Ia ")):  # remembered speakers, some at a subject's offset
            r.remember(Antecedent(at, None, "x"))
        return r

    def rows(candidates):
        return [(a.pos, a.entity, a.name, a.group, a.subject) for a in candidates]

    eager = resolver()
    everything = rows(eager._earlier(len(text) + 1))  # reads every sentence
    assert any(row[3] for row in everything) and sum(row[4] for row in everything) >= 3  # a group, subjects
    positions = range(0, len(text) + 2, 5)
    for pos in positions:
        for plural in (True, False):
            assert rows(resolver()._earlier(pos, plural)) == rows(eager._earlier(pos, plural))
    lazy = resolver()  # back-references in text order, each looking back only to its first candidate
    for pos in positions:
        assert rows([next(lazy._earlier(pos), None)] if pos else []) == rows(list(eager._earlier(pos))[:1])
    assert rows(lazy._earlier(len(text) + 1)) == everything
    first = resolver()
    assert next(first._earlier(len(text)), None) is not None and any(first._unread)  # the first one reads few
