import re

import pytest

from warta.article import Article, Entity, Mention, Meta, Quote, Speaker, Time
from warta.components.events import code_events
from warta.components.segment import split_sentences

ENTITY_TYPES = {"Korea Selatan": "LOC", "Korea Utara": "LOC", "Ukraina": "LOC", "Rusia": "LOC", "Surabaya": "LOC",
                "Vladimir Putin": "PER", "Budi Santoso": "PER", "Polda Jatim": "ORG", "KPK": "ORG", "Israel": "LOC",
                "Kremlin": "ORG", "Jakarta": "LOC", "Jepang": "LOC", "Indonesia": "LOC", "NATO": "ORG",
                "Pemerintah Kota Surabaya": "ORG", "Eri Cahyadi": "PER"}


def _article(text, published="2024-10-29", titles=None, stands_for=None, quotes=(), times=(), speaker=None):
    """An article over ``text`` with the names of ENTITY_TYPES it holds, ``quotes`` (contents) said by the entity
    named ``speaker``, and ``times`` ((text, value) pairs)."""
    entities = []
    for name, type_ in ENTITY_TYPES.items():
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        if spans:
            entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=type_,
                                   titles=(titles or {}).get(name, []),
                                   mentions=[Mention(text=name, start=s, end=e) for s, e in spans]))
    ids = {e.name: e.id for e in entities}
    for e in entities:
        if stands_for and e.name in stands_for:
            e.stands_for = ids[stands_for[e.name]]
    article = Article(id="t", text=text, meta=Meta(published=published), sentences=split_sentences(text),
                      entities=entities)
    for i, content in enumerate(quotes):
        s = text.index(content)
        said = None
        if speaker:
            at = text.index(speaker)
            said = Speaker(entity=ids[speaker], name=speaker, text=speaker, start=at, end=at + len(speaker))
        article.quotes.append(Quote(id=f"q{i + 1}", kind="indirect", content=content, start=s, end=s + len(content),
                                    speaker=said))
    for i, (t, value) in enumerate(times):
        s = text.index(t)
        article.times.append(Time(id=f"t{i + 1}", text=t, start=s, end=s + len(t), value=value))
    return article, ids


def _one(events, type_):
    found = [v for v in events if v.type == type_]
    assert len(found) == 1, events
    return found[0]


@pytest.mark.parametrize("text, type_, mode, actor, target", [
    ("Korea Selatan mengutuk pengerahan pasukan oleh Korea Utara.", "ACCUSE", "disapprove", "Korea Selatan", "Korea Utara"),
    ("Polda Jatim menangkap Budi Santoso di Surabaya.", "COERCE", "arrest", "Polda Jatim", "Budi Santoso"),
    ("Budi Santoso ditangkap oleh Polda Jatim.", "COERCE", "arrest", "Polda Jatim", "Budi Santoso"),
    # the agent of a passive written right after the verb, without "oleh"
    ("Ukraina diserang Rusia di Jakarta.", "ASSAULT", None, "Rusia", "Ukraina"),
    ("Jepang dikecam Rusia.", "ACCUSE", "disapprove", "Rusia", "Jepang"),
    ("Serangan Israel menghantam Jakarta.", "ASSAULT", None, "Israel", None),
    ("Rusia dan Jepang sepakat memperluas perdagangan.", "AGREE", None, "Rusia", "Jepang"),
    ("KPK memeriksa Budi Santoso.", "ACCUSE", "investigate", "KPK", "Budi Santoso"),
    ("Ribuan buruh menggelar unjuk rasa di Jakarta.", "PROTEST", "demo", None, None),
    ("Pengerahan pasukan Korea Utara dikecam NATO.", "MOBILIZE", "troops", "Korea Utara", None),
    ("NATO mengirimkan pasukan ke Ukraina.", "MOBILIZE", "troops", "NATO", "Ukraina"),
    ("Ukraina menerima pinjaman dari Jepang.", "AID", None, "Jepang", "Ukraina"),
])
def test_event_type_mode_actor_target(text, type_, mode, actor, target):
    article, ids = _article(text)
    v = _one(code_events(article, min_confidence=0.5), type_)
    assert (v.mode, v.actor, v.target) == (mode, ids.get(actor), ids.get(target))
    assert text[v.trigger.start:v.trigger.end] == v.trigger.text


def test_event_location_after_di():
    article, ids = _article("Polda Jatim menangkap Budi Santoso di Surabaya.")
    assert _one(code_events(article), "COERCE").location == ids["Surabaya"]


@pytest.mark.parametrize("text, negated", [
    ("Vladimir Putin tidak membantah keberadaan pasukan itu.", True),
    ("Vladimir Putin belum menolak usulan itu.", True),
    ("Vladimir Putin membantah keberadaan pasukan itu.", False),
    # a negation that limits another word: "not only", "not long after", "recently"
    ("Vladimir Putin tidak hanya membantah keberadaan pasukan itu.", False),
    ("Tak lama kemudian Vladimir Putin membantah keberadaan pasukan itu.", False),
    ("Belum lama ini Vladimir Putin membantah keberadaan pasukan itu.", False),
    ("Vladimir Putin tidak pernah membantah keberadaan pasukan itu.", True),
])
def test_event_negation(text, negated):
    article, _ = _article(text)
    assert _one(code_events(article), "REJECT").negated is negated


@pytest.mark.parametrize("text, modality", [
    ("Korea Selatan akan memasok senjata ke Ukraina.", "future"),
    ("Korea Selatan berencana memasok senjata ke Ukraina.", "future"),
    ("Korea Selatan mulai memasok senjata ke Ukraina jika Korea Utara ikut berperang.", "hypothetical"),
    ("Apabila diminta, Korea Selatan memasok senjata ke Ukraina.", "hypothetical"),
    ("Korea Selatan memasok senjata ke Ukraina.", "asserted"),
])
def test_event_modality_from_markers(text, modality):
    article, _ = _article(text)
    assert _one(code_events(article), "AID").modality == modality


def test_event_historical_from_a_past_year():
    text = "Konflik pecah ketika Rusia menginvasi Ukraina pada Februari 2022."
    article, ids = _article(text, times=[("Februari 2022", "2022-02")])
    v = _one(code_events(article), "ASSAULT")
    assert (v.modality, v.actor, v.target, v.time) == ("historical", ids["Rusia"], ids["Ukraina"], "t1")


def test_event_inside_a_quote_is_reported_with_its_source():
    text = "NATO mengatakan Korea Utara mengerahkan pasukan ke Rusia."
    article, ids = _article(text, quotes=["Korea Utara mengerahkan pasukan ke Rusia"])
    v = _one(code_events(article), "MOBILIZE")
    assert (v.modality, v.source, v.actor) == ("reported", "q1", ids["Korea Utara"])


def test_official_and_seat_of_power_stand_for_their_state():
    text = "Presiden Rusia Vladimir Putin mengecam NATO. Kremlin menolak usulan Ukraina."
    article, ids = _article(text, titles={"Vladimir Putin": ["Presiden Rusia"]}, stands_for={"Kremlin": "Rusia"})
    events = code_events(article)
    assert _one(events, "ACCUSE").actor == ids["Rusia"]
    assert _one(events, "REJECT").actor == ids["Rusia"]


@pytest.mark.parametrize("text", [
    "Pasukan yang bertempur di garis depan kelelahan.",
    "Harga beras naik di pasar tradisional.",
    "Menurut analis, perang ini akan berlangsung lama.",
])
def test_no_event_without_a_trigger_or_in_descriptions(text):
    article, _ = _article(text)
    assert code_events(article) == []


def test_headline_sentence_is_skipped():
    text = "Polda Jatim Tangkap Pengedar\n\nPolda Jatim menangkap Budi Santoso."
    article, _ = _article(text)
    assert [v.sentence for v in code_events(article, body_start=1)] == [1]


def test_first_person_inside_a_quote_is_the_speaker():
    text = 'Polda Jatim menggelar rapat. "Air surut di Surabaya, tetapi kami meminta warga waspada," kata Budi Santoso.'
    article, ids = _article(text, quotes=["Air surut di Surabaya, tetapi kami meminta warga waspada"],
                            speaker="Budi Santoso")
    assert _one(code_events(article), "REQUEST").actor == ids["Budi Santoso"]


@pytest.mark.parametrize("text, types", [
    # an event told before, named again
    ("Korea Utara menyerang Ukraina. Korea Selatan mengecam serangan tersebut.", ["ASSAULT", "ACCUSE"]),
    ("Rusia menggelar KTT di Jakarta. KTT kali ini dihadiri NATO.", ["CONSULT"]),
    # what is asked is not an event of its own
    ("NATO meminta Rusia menarik pasukan dari Ukraina.", ["REQUEST"]),
    ("NATO mengecam Rusia dan meminta Jepang menjatuhkan sanksi.", ["ACCUSE", "REQUEST"]),
    # the penalty a law allows
    ("Budi Santoso dijerat pasal penipuan dengan ancaman hukuman lima tahun penjara.", ["ACCUSE"]),
    ("Budi Santoso dijerat pasal dengan ancaman hukuman lima tahun. Polda Jatim meminta warga waspada.",
     ["ACCUSE", "REQUEST"]),
    # appraisal and analysis
    ("Pengamat menilai Rusia akan menyerang Ukraina.", []),
    ("PENGAMAT MENILAI Rusia akan menyerang Ukraina.", []),  # in capitals
    ("Pengamat men\u0131lai Rusia akan menyerang Ukraina.", []),  # a dotless i, which the search takes for "i"
    ("NATO menolak usulan itu karena dinilai tidak memenuhi tuntutan Jepang.", ["REJECT"]),
    ("Menurut pengamat militer, Korea Utara memasok senjata ke Rusia.", []),
    # "dan" between nouns does not end what is asked; an attempt is not an event
    ("NATO meminta senjata dan dana untuk menyerang Rusia.", ["REQUEST"]),
    ("NATO mengecam Rusia dan menyerang Ukraina.", ["ACCUSE", "ASSAULT"]),
    ("NATO mendukung upaya Jepang untuk mengerahkan pasukan.", ["SUPPORT"]),
    # equipment readied is no mobilisation of forces
    ("Polda Jatim menyiagakan dua puluh perahu karet.", []),
    ("Polda Jatim menyiagakan dua ratus personel.", ["MOBILIZE"]),
    # a name between commas does not end what is alleged
    ("NATO menuding tetangganya, Rusia, menangkap Budi Santoso.", ["ACCUSE"]),
    # a link to another story
    ("Polda Jatim menggelar razia. Baca juga: Polda Jatim menangkap Budi Santoso di Surabaya.", []),
    # a question reports no event
    ("Hakim bertanya, apakah Budi Santoso menerima putusan ini atau mengajukan banding?", []),
    # fixed phrases and names that hold a trigger word
    ("Polda Jatim meminta warga menahan diri.", ["REQUEST"]),
    ("Pembebasan lahan untuk jalan tol di Surabaya molor.", []),
    ("Budi Santoso, atau akrab dipanggil Ucok, hadir di Surabaya.", []),  # a nickname, not a summons
    ("Budi Santoso menolak berkomentar soal Polda Jatim.", []),  # no comment is no rejection
    ("Keputusan Polda Jatim mengundang kontroversi di Surabaya.", []),  # draws controversy, invites no one
    ("Budi Santoso diduga membagikan serangan fajar di Surabaya.", []),  # vote buying money, no attack
    ("Eri Cahyadi memukul gong tanda pembukaan festival di Surabaya.", []),
    ("Warga Surabaya memburu tiket konser di Jakarta.", []),
    ("Polda Jatim akan meninjau ulang aturan itu.", []),
    # sports play
    ("Jepang dan Indonesia akan kembali bertemu pada laga keempat di Jakarta.", []),
    ("Jepang dan Indonesia akan kembali bertemu di Jakarta.", ["CONSULT"]),
    # a disaster or a state is no party acting on anyone
    ("Banjir memaksa ribuan warga Surabaya mengungsi.", []),
    ("Polda Jatim mengatakan bahwa krisis ekonomi mengancam Surabaya.", []),
    ("Kita tidak boleh membiarkan krisis Jepang menyandera agenda NATO.", []),  # a crisis named by its country
    ("Banjir di Surabaya surut. Polda Jatim mengevakuasi warga.", ["AID"]),
    # a nominal trigger after a preposition of means or source, with its doer right after it, is an act told
    ("Pelabuhan di Surabaya dibangun dengan pinjaman Jepang.", ["AID"]),
    ("Pelabuhan di Surabaya dibangun untuk serangan Jepang.", []),
    # a proposal of an act is no act; accepting it is an agreement
    ("Hamas menerima usulan gencatan senjata dari Jepang.", ["AGREE"]),
    # a nominal trigger that qualifies a noun, or one said not to have happened yet
    ("Polda Jatim menetapkan jadwal pengesahan aturan itu.", []),
    ("Rusia menembaki konvoi bantuan kemanusiaan di Ukraina.", ["ASSAULT"]),
    ("Jepang menunda pengesahan perjanjian dengan Indonesia.", []),
    ("Festival di Jakarta mengusung tema budaya maritim.", []),  # a theme carried, no candidate backed
    # the crime a verdict names is no act told of its own
    ("Hakim menyatakan Budi Santoso terbukti melakukan pembunuhan di Surabaya.", []),
    ("Polda Jatim menolak memberikan komentar.", []),
    ("Pemerintah Kota Surabaya membebaskan biaya parkir di Surabaya.", []),  # free of charge, no release
    ("Polda Jatim menolak permintaan Budi Santoso.", ["REJECT"]),
    ("Direktur Penyidikan KPK Budi Santoso hadir di Jakarta.", []),
    ("Nelayan Jepang tidak punya izin menangkap ikan di Indonesia.", []),  # fishing, no arrest
    # a nominal trigger after a place noun names where, not a new act
    ("Polda Jatim menangkap Budi Santoso. Ia menyebut tempat penangkapan itu rawan.", ["COERCE"]),
    # an investigation has no content: a charge after it is an act of its own
    ("Budi Santoso diperiksa penyidik Polda Jatim dan bisa dijerat pasal berlapis.", ["ACCUSE", "ACCUSE"]),
    # what is threatened is not an event of its own
    ("Polda Jatim mengancam mencabut izin usaha Budi Santoso.", ["THREATEN"]),
    # "dan" after a verb of what is asked joins another asked act
    ("Polda Jatim meminta warga menahan diri dan memberikan bantuan.", ["REQUEST"]),
    ("Polda Jatim mengecam Rusia dan memberikan bantuan ke Ukraina.", ["ACCUSE", "AID"]),
    # ... a verb, not a noun shaped like one ("media", "menteri"): then "dan" joins an act of the asker's own
    ("Polda Jatim meminta dukungan media dan memberikan bantuan ke Ukraina.", ["REQUEST", "AID"]),
    # "selain" recalls an act already told
    ("Polda Jatim menyita sabu di Surabaya. Selain menyita sabu, Polda Jatim menangkap Budi Santoso.",
     ["COERCE", "COERCE"]),
])
def test_what_is_not_a_new_event(text, types):
    article, _ = _article(text)
    assert [v.type for v in code_events(article, min_confidence=0.5)] == types


def test_a_quote_right_after_a_request_repeats_it_unless_that_was_announced():
    made = 'Budi Santoso meminta Polda Jatim bergegas. "Saya minta ini jadi prioritas," katanya.'
    announced = 'Budi Santoso akan meminta Polda Jatim bergegas. "Saya minta ini jadi prioritas," katanya.'
    for text, n in ((made, 1), (announced, 2)):
        article, _ = _article(text, quotes=["Saya minta ini jadi prioritas"], speaker="Budi Santoso")
        assert [v.type for v in code_events(article)] == ["REQUEST"] * n


@pytest.mark.parametrize("text, n", [
    ('Polda Jatim mengirim bantuan pangan. "Kami sudah mengirim beras dan selimut," kata Budi Santoso.', 1),
    # another verb, or a sentence between, is another act
    ('Polda Jatim mengirim bantuan pangan. "Kami juga menyalurkan selimut," kata Budi Santoso.', 2),
    ('Polda Jatim mengirim bantuan pangan. Jalan rusak. "Kami sudah mengirim beras," kata Budi Santoso.', 2),
])
def test_a_quote_right_after_an_act_with_the_same_verb_repeats_it(text, n):
    content = text.split('"')[1].rstrip(",")
    article, _ = _article(text, quotes=[content], speaker="Budi Santoso", titles={"Budi Santoso": ["Kapolda Jatim"]})
    assert [v.type for v in code_events(article)] == ["AID"] * n


@pytest.mark.parametrize("text, types", [
    ("Polda Jatim menangkap Budi Santoso di Surabaya. Budi Santoso ditahan oleh Polda Jatim sejak Senin.", ["COERCE"]),
    ("Polda Jatim menangkap Budi Santoso di Surabaya. Polda Jatim juga menahan dua orang lain.", ["COERCE"]),
    # other acts of one type and actor stay apart unless their recipients are the same
    ("Jepang menandatangani nota kesepahaman. Jepang juga sepakat membantu Indonesia.", ["AGREE", "AGREE"]),
    # an act said not to have happened is not the act told before again
    ("Polda Jatim menyita sabu milik Budi Santoso. Namun, Polda Jatim belum menyita rumahnya.",
     ["COERCE", "COERCE"]),
])
def test_the_same_act_told_twice_is_one_event(text, types):
    article, _ = _article(text)
    assert [v.type for v in code_events(article)] == types


@pytest.mark.parametrize("text, type_, modality", [
    ("Jepang siap mendukung Indonesia.", "AGREE", "asserted"),
    ("Jepang berjanji mengirim bantuan ke Indonesia.", "AGREE", "asserted"),
    ("Jepang siap menyalurkan bantuan ke Indonesia.", "AID", "future"),
    ("Vladimir Putin tiba di Jakarta untuk berunding dengan Indonesia.", "CONSULT", "asserted"),
    # an official's arrival is a visit (GUIDELINES: tiba, berkunjung); its purpose is no row of its own
    ("Vladimir Putin tiba di Jakarta pada Selasa malam, untuk kunjungan kerja selama tiga hari.", "CONSULT",
     "asserted"),
    ("NATO memanggil kedua pihak ke Jakarta.", "CONSULT", "asserted"),
    ("Korea Selatan bisa memasok senjata ke Ukraina.", "AID", "hypothetical"),
    ("Rusia menyerang Ukraina sejak 2022.", "ASSAULT", "asserted"),
    ("Rusia menyerang Ukraina pada 2022.", "ASSAULT", "historical"),
    ("NATO dijadwalkan menggelar rapat kerja dengan Jepang.", "CONSULT", "future"),
    # a meeting after "usai" took place: the occasion of a statement is an act of its own
    ("Budi Santoso berbicara usai rapat koordinasi dengan Polda Jatim.", "CONSULT", "asserted"),
    # "bekerja" (ber- + kerja) is a verb, not a noun after "akan"
    ("Jepang akan bekerja sama dengan Indonesia.", "COOPERATE", "future"),
])
def test_event_type_and_modality_from_context(text, type_, modality):
    times = [(t, t[-4:]) for t in ("sejak 2022", "pada 2022") if t in text]
    article, _ = _article(text, times=[(t.split()[1], v) for t, v in times])
    assert (_one(code_events(article), type_).modality) == modality


def test_a_condition_inside_a_quote_does_not_reach_a_trigger_outside_it():
    text = '"Warga jangan ragu melapor kalau ada yang tertinggal," kata Budi Santoso sebelum mengunjungi Surabaya.'
    article, _ = _article(text, quotes=["Warga jangan ragu melapor kalau ada yang tertinggal,"])
    assert _one(code_events(article), "CONSULT").modality == "asserted"


@pytest.mark.parametrize("text, titles, actor", [
    # a title written before the name, with the body's abbreviation
    ("Juru Bicara Polda Jatim (Polda) Budi Santoso mengecam Rusia.", {}, "Polda Jatim"),
    # a clause opened by "yang" describes; the subject is before it
    ("Korea Selatan, yang berperang dengan Korea Utara, mengecam Rusia.", {}, "Korea Selatan"),
    # a place alone between commas places the one before it; a person there is the subject
    ("Presiden Budi Santoso tiba di Jakarta, Indonesia, lalu mengecam Rusia.", {"Budi Santoso": ["Presiden"]},
     "Indonesia"),
    ("Presiden Budi Santoso tiba di Surabaya, Jakarta, lalu mengecam Rusia.", {"Budi Santoso": ["Presiden"]},
     "Budi Santoso"),
    ("Pengacara Vladimir Putin, Budi Santoso, mengecam Rusia.", {}, "Vladimir Putin"),
    # the last of a list acts with the others: the first one listed is the actor
    ("Tim gabungan yang terdiri dari Polda Jatim, NATO, dan KPK mengecam Rusia.", {}, "Polda Jatim"),
    # ... but "dan X" after a clause, with no name alone between commas before it, opens a clause of its own
    ("Polda Jatim menangkap Budi Santoso, dan KPK mengecam Rusia.", {}, "KPK"),
    # people named by a common noun: no named actor
    ("Ratusan warga Surabaya berunjuk rasa di depan kantor Polda Jatim.", {}, None),
    # the apposition names the body a person acts for
    ("Juru bicara Polda Jatim, Budi Santoso, membantah tuduhan itu.", {}, "Polda Jatim"),
    ("Kepala Seksi Humas Polda Jatim, Ir. Budi Santoso, membantah tuduhan itu.", {}, "Polda Jatim"),
    # a lawyer acts for the client
    ("Pengacara Vladimir Putin, Budi Santoso, membantah tuduhan itu.", {}, "Vladimir Putin"),
    # a national office: the home state
    ("Presiden Budi Santoso mengecam Rusia. Indonesia juga mengirim bantuan.", {"Budi Santoso": ["Presiden"]},
     "Indonesia"),
    # a regional head: the region's government when the article names it
    ("Pemerintah Kota Surabaya menggelar rapat. Wali Kota Surabaya Eri Cahyadi mengecam Polda Jatim.",
     {"Eri Cahyadi": ["Wali Kota Surabaya"]}, "Pemerintah Kota Surabaya"),
    # "ia" stands for the person last named
    ("Juru bicara NATO, Budi Santoso, tiba di Jakarta. Ia mengecam Rusia.", {}, "NATO"),
    # ... the first named in the nearest sentence naming one, its subject most often
    ("Juru bicara NATO, Budi Santoso, bertemu Vladimir Putin di Jakarta. Ia mengecam Rusia.", {}, "NATO"),
    # "pihak X": the party the description X was written next to
    ("NATO menuding investor utama proyek itu, Polda Jatim, lalai. Pihak investor membantah tudingan itu.", {},
     "Polda Jatim"),
    # "keduanya": the first of the last two parties named, not a place after "di"
    ("Jepang dan Korea Selatan bertemu di Jakarta. Kedua negara mengecam Rusia.", {}, "Jepang"),
    # ... and for "keduanya", of the last two persons
    ("Vladimir Putin dan Budi Santoso bertemu membahas Jepang. Keduanya mengecam NATO.", {}, "Vladimir Putin"),
    # ... and for "kedua" before a person noun, of the last two persons, not places
    ("Vladimir Putin tiba di Jakarta dan disambut Budi Santoso dari NATO. Kedua pemimpin mengecam Rusia.", {},
     "Vladimir Putin"),
])
def test_actor_lifting(text, titles, actor):
    article, ids = _article(text, titles=titles)
    assert _one(code_events(article, min_confidence=0.5), "ACCUSE" if "mengecam" in text else
                "PROTEST" if "unjuk rasa" in text else "REJECT").actor == ids.get(actor)


def test_agentless_passive_in_a_quote_takes_the_speakers_body():
    text = "Juru bicara Polda Jatim, Budi Santoso, mengatakan dua orang ditangkap di Surabaya."
    article, ids = _article(text, quotes=["dua orang ditangkap di Surabaya"], speaker="Budi Santoso")
    v = _one(code_events(article), "COERCE")
    assert (v.actor, v.modality) == (ids["Polda Jatim"], "reported")


def test_a_confidence_threshold_leaves_out_events_without_a_named_actor():
    article, _ = _article("Ribuan buruh menggelar unjuk rasa di Jakarta. Polda Jatim menangkap Budi Santoso.")
    assert [v.type for v in code_events(article, min_confidence=0.8)] == ["COERCE"]
    assert [v.type for v in code_events(article, min_confidence=0.5)] == ["PROTEST", "COERCE"]


def test_a_passive_does_not_take_its_patient_for_the_agent_of_an_earlier_act():
    text = "KPK memeriksa Budi Santoso. Budi Santoso menggugat KPK. Budi Santoso juga dijerat pasal suap."
    article, ids = _article(text)
    assert [(v.trigger.text, v.actor) for v in code_events(article) if v.type == "ACCUSE"][-1] == (
        "dijerat", ids["KPK"])


@pytest.mark.parametrize("body, actor", [("Polda Jatim", "Polda Jatim"), ("Pemerintah Kota Surabaya", None)])
def test_an_agentless_arrest_in_a_quote_is_the_speakers_only_if_it_enforces_the_law(body, actor):
    text = f"Juru bicara {body}, Budi Santoso, mengatakan dua orang ditahan di Surabaya."
    article, ids = _article(text, quotes=["dua orang ditahan di Surabaya"], speaker="Budi Santoso")
    assert _one(code_events(article, min_confidence=0.5), "COERCE").actor == ids.get(actor)


@pytest.mark.parametrize("text, type_, actor", [
    # warships deployed in the passive: their own force acts
    ("NATO menggelar rapat. Dua kapal perang Jepang dikerahkan ke Surabaya.", "MOBILIZE", "Jepang"),
    # an arrest in the passive with no agent named: the story's law-enforcing body
    ("Polda Jatim menggelar razia di Surabaya. Dua orang ditangkap di lokasi.", "COERCE", "Polda Jatim"),
    # relief in the passive with no agent named: none
    ("NATO membuka kantor di Surabaya. Ratusan orang dievakuasi dari lokasi.", "AID", None),
])
def test_agentless_passive_outside_quotes(text, type_, actor):
    article, ids = _article(text)
    assert _one(code_events(article, min_confidence=0.5), type_).actor == ids.get(actor)


@pytest.mark.parametrize("text, types", [
    ("Direktur Penyidikan KPK Budi Santoso menangkap Vladimir Putin.", ["COERCE"]),
    ("Permintaan pasar mendorong Jepang mendukung Indonesia.", ["SUPPORT"]),
])
def test_a_trigger_word_in_a_name_or_idiom_does_not_hide_the_act_after_it(text, types):
    # "Penyidikan" (ACCUSE) in a title, "permintaan" (REQUEST) in an idiom, used to open a clause of what is
    # alleged or asked, and the arrest or support after it was taken for its content
    article, _ = _article(text)
    assert [v.type for v in code_events(article, min_confidence=0.5)] == types



@pytest.mark.parametrize("text, kept", [
    # an active verb with no subject the coder can read: its doer is unknown, the event uncertain
    ("Dewan komisaris juga menyetujui penggunaan laba itu.", False),
    ("Sudah dua kali bertemu, tapi nama calon belum dikunci.", False),
    # a named, pronoun or people-noun doer is known (a people noun as none)
    ("Polda Jatim menyetujui penggunaan laba itu.", True),
    ("Ribuan warga menolak rencana itu.", True),
    # an agentless passive with no one named on either side tells nobody's act, unless its patients are people
    ("Rencana itu disetujui dalam rapat.", False),
    ("Ribuan warga dievakuasi ke posko.", True),
    # a target keeps an event whose doer is unread
    ("Sudah dua kali bertemu Budi Santoso di Surabaya.", True),
])
def test_an_act_with_no_readable_doer_is_left_out_by_default(text, kept):
    article, _ = _article(text)
    assert bool(code_events(article)) is kept
    assert len(code_events(article, min_confidence=0.3)) == 1


def _kb_article(text, entities, published="2025-10-07"):
    """An article over ``text`` whose entities are (name, type, kb id, titles) rows, each mentioned where written
    but inside a longer name or a title written before a person."""
    found = []
    longer = [n for n, *_ in entities] + [t for *_, titles in entities for t in titles]
    for name, type_, kb, titles in entities:
        inside = {(m.start() + n.index(name), m.start() + n.index(name) + len(name))
                  for n in longer if n != name and name in n for m in re.finditer(re.escape(n), text)}
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)
                 if (m.start(), m.end()) not in inside]
        found.append(Entity(id=f"e{len(found) + 1}", name=name, type=type_, kb=kb, titles=titles,
                            mentions=[Mention(text=name, start=s, end=e) for s, e in spans]))
    article = Article(id="t", text=text, meta=Meta(published=published), sentences=split_sentences(text),
                      entities=found)
    return article, {e.name: e.id for e in found}


KEMENKES = ("Kementerian Kesehatan", "ORG", "W:kementerian-kesehatan", [])
KEMLU = ("Kementerian Luar Negeri RI", "ORG", "W:kementerian-luar-negeri", [])


@pytest.mark.parametrize("text, entities, type_, actor", [
    # an office title names its body with another word
    ("Kementerian Kesehatan menggelar rapat. Menteri Kesehatan Ani Wijaya mengimbau warga waspada.",
     [KEMENKES, ("Ani Wijaya", "PER", None, ["Menteri Kesehatan"])], "REQUEST", "Kementerian Kesehatan"),
    # ... of the place the title names, not that place's government
    ("Polres Karawang menangkap 17 orang di Karawang. Kapolres Karawang AKBP Ani Wijaya menuding koordinator aksi.",
     [("Polres Karawang", "ORG", None, []), ("Karawang", "LOC", None, []),
      ("Pemkab Karawang", "ORG", None, []), ("Ani Wijaya", "PER", None, ["Kapolres Karawang AKBP"])],
     "ACCUSE", "Polres Karawang"),
    # ... the unit an office word names within the body the title names, when the article names that unit
    ("Direktorat Reserse Siber Polda Metro Jaya menyita 12 ponsel. Direktur Reserse Siber Polda Metro Jaya Kombes "
     "Hotman Sirait mengimbau warga waspada.",
     [("Direktorat Reserse Siber Polda Metro Jaya", "ORG", None, []), ("Polda Metro Jaya", "ORG", None, []),
      ("Hotman Sirait", "PER", None, ["Direktur Reserse Siber Polda Metro Jaya Kombes"])],
     "REQUEST", "Direktorat Reserse Siber Polda Metro Jaya"),
    # ... and the body when it does not
    ("Polda Metro Jaya menyita 12 ponsel. Direktur Reserse Siber Polda Metro Jaya Kombes Hotman Sirait mengimbau "
     "warga waspada.",
     [("Polda Metro Jaya", "ORG", None, []),
      ("Hotman Sirait", "PER", None, ["Direktur Reserse Siber Polda Metro Jaya Kombes"])],
     "REQUEST", "Polda Metro Jaya"),
    # ... and not a body of another place: a foreign minister is his state
    ("Kementerian Luar Negeri menggelar rapat. Menteri Luar Negeri Jepang Yoko Kamikawa mengecam serangan itu.",
     [("Kementerian Luar Negeri", "ORG", None, []), ("Jepang", "LOC", "Q17", []),
      ("Yoko Kamikawa", "PER", None, ["Menteri Luar Negeri Jepang"])], "ACCUSE", "Jepang"),
    # no title written: the office the knowledge base says the person holds on the article's date
    ("Kementerian Kesehatan menggelar rapat. Budi Gunadi Sadikin mengimbau warga waspada.",
     [KEMENKES, ("Budi Gunadi Sadikin", "PER", "W:budi-gunadi-sadikin", [])], "REQUEST", "Kementerian Kesehatan"),
    # a home state's organ acting on another state: the state
    ("Kementerian Luar Negeri RI menolak klaim China atas perairan Indonesia.",
     [KEMLU, ("China", "LOC", "Q148", []), ("Indonesia", "LOC", "Q252", [])], "REJECT", "Indonesia"),
    # ... not when it acts at home
    ("Kementerian Luar Negeri RI mengimbau warga Indonesia waspada.",
     [KEMLU, ("Indonesia", "LOC", "Q252", [])], "REQUEST", "Kementerian Luar Negeri RI"),
    # a foreign state's organ (its country in its name): the state
    ("Kementerian Perdagangan China mengecam kebijakan itu. Indonesia menolak.",
     [("Kementerian Perdagangan China", "ORG", None, []), ("China", "LOC", "Q148", []),
      ("Indonesia", "LOC", "Q252", [])], "ACCUSE", "China"),
    # ... nor when it enforces the law on foreigners
    ("Badan Keamanan Laut menangkap kapal berbendera China di perairan Indonesia.",
     [("Badan Keamanan Laut", "ORG", "W:badan-keamanan-laut", []), ("China", "LOC", "Q148", []),
      ("Indonesia", "LOC", "Q252", [])], "COERCE", "Badan Keamanan Laut"),
    # a denial with no recipient answers the accusation told last: a home organ denying another state's accusation
    ("China menuding Indonesia curang. Kementerian Luar Negeri RI menolak tudingan itu.",
     [KEMLU, ("China", "LOC", "Q148", []), ("Indonesia", "LOC", "Q252", [])], "REJECT", "Indonesia"),
    # a company is no state organ
    ("PT Freeport Indonesia menolak aturan China.",
     [("PT Freeport Indonesia", "ORG", "W:pt-freeport-indonesia", []), ("China", "LOC", "Q148", []),
      ("Indonesia", "LOC", "Q252", [])], "REJECT", "PT Freeport Indonesia"),
])
def test_office_and_state_lifting_from_titles_and_the_knowledge_base(text, entities, type_, actor):
    article, ids = _kb_article(text, entities)
    assert _one(code_events(article), type_).actor == ids[actor]


@pytest.mark.parametrize("text, target", [
    # a denial of an accusation answers the accuser told last
    ("NATO mengecam Polda Jatim. KPK menolak tudingan itu.", "NATO"),
    # refusing something else answers no accusation
    ("NATO mengecam Polda Jatim. KPK menolak usulan relokasi itu.", None),
])
def test_a_denial_answers_only_an_accusation(text, target):
    article, ids = _article(text)
    assert _one(code_events(article), "REJECT").target == ids.get(target)


@pytest.mark.parametrize("text, types", [
    # a bare stem right after a personal pronoun is an act in the object voice, done by the speaker
    ('"Pelakunya akan kami jerat dengan pasal berlapis," kata Budi Santoso.', ["ACCUSE"]),
    ('"Izin ekspornya kami bekukan," kata Budi Santoso.', ["SANCTION"]),
    # ... a verb, not the same act named again after another of its kind
    ('Budi Santoso menuding pelaku sengaja lalai. "Pelakunya akan kami jerat," kata Budi Santoso.',
     ["ACCUSE", "ACCUSE"]),
    # ... elsewhere the stem is no act
    ('"Jerat hukum itu berat," kata Budi Santoso.', []),
    ('"Tahan dulu, jangan buru-buru," kata Budi Santoso.', []),
])
def test_object_voice_acts_of_the_speaker(text, types):
    content = text[text.index('"') + 1:text.index(',"')]
    article, ids = _article(text, quotes=[content], speaker="Budi Santoso")
    events = code_events(article)
    assert [v.type for v in events] == types
    assert all(v.actor == ids["Budi Santoso"] for v in events)


def test_a_national_office_is_the_state_before_the_ministry_its_title_names():
    text = "Kementerian Luar Negeri RI menggelar rapat. Menteri Luar Negeri Ani Wijaya menolak klaim itu."
    article, ids = _kb_article(text, [KEMLU, ("Indonesia", "LOC", "Q252", []),
                                      ("Ani Wijaya", "PER", None, ["Menteri Luar Negeri"])])
    assert _one(code_events(article), "REJECT").actor == ids["Indonesia"]


@pytest.mark.parametrize("text, type_, actor", [
    # an agent noun naming a kind of body stands for the body of that kind the article names
    (("Polda Jatim menggelar razia. Pemerintah Kota Surabaya meminta warga tenang. Polisi lalu menangkap dua "
      "orang."), "COERCE", "Polda Jatim"),
    # ... else for the implicit agent
    ("Pemerintah Kota Surabaya meminta warga tenang. Petugas lalu menangkap dua orang.", "COERCE",
     "Pemerintah Kota Surabaya"),
    # an agent noun described by a name after "yang" is the body, not that name
    ("Polda Jatim menggelar razia. Petugas yang dipimpin Budi Santoso lalu menangkap dua orang.", "COERCE",
     "Polda Jatim"),
    # the agent of a passive after an agent noun
    ("Dua orang ditangkap di Surabaya. Mereka kini diperiksa penyidik Polda Jatim.", "ACCUSE", "Polda Jatim"),
])
def test_agent_nouns_stand_for_a_body_of_their_kind(text, type_, actor):
    article, ids = _article(text)
    assert _one(code_events(article), type_).actor == ids.get(actor)


@pytest.mark.parametrize("text, actor", [
    # "mereka" opening a clause: the organisation that acted in the sentence before
    ("NATO mengecam Rusia di Jakarta. Mereka juga menolak usulan Jepang.", "NATO"),
    # ... none after an act of unnamed people
    ("Ribuan warga mengecam Rusia di Jakarta. Mereka juga menolak usulan Jepang.", None),
    # people named by a common noun are the actor only opening the clause, not as an object in it
    ("NATO mengecam Rusia. Juru bicara NATO, Budi Santoso, membantah warga Jepang dan menolak usulan itu.", "NATO"),
])
def test_mereka_stands_for_the_group_that_acted_just_before(text, actor):
    article, ids = _article(text)
    assert _one(code_events(article), "REJECT").actor == ids.get(actor)


@pytest.mark.parametrize("text, entities, type_, actor", [
    # a title with "-nya": of the organisation named just before
    ("Kementerian Perdagangan China menanggapi rencana itu. Juru bicaranya, He Yadong, menuding Indonesia.",
     [("Kementerian Perdagangan China", "ORG", None, []), ("China", "LOC", "Q148", []),
      ("Indonesia", "LOC", "Q252", []), ("He Yadong", "PER", None, [])], "ACCUSE", "China"),
    # a state organ named without a name: the person's country by the knowledge base (a rank between)
    ("Militer Myanmar menyerang desa itu. Juru bicara junta, Mayor Jenderal Zaw Min Tun, membantah tuduhan itu.",
     [("Myanmar", "LOC", "Q836", []), ("Zaw Min Tun", "PER", "W:zaw-min-tun", ["Mayor Jenderal"])],
     "REJECT", "Myanmar"),
    # a lawyer of a client described by a kind noun: the body of that kind
    ("PT Kencana Hijau membantah tudingan itu. Kuasa hukum perusahaan, Ani Wijaya, menolak rencana gugatan.",
     [("PT Kencana Hijau", "ORG", None, []), ("Ani Wijaya", "PER", None, [])], "REJECT", "PT Kencana Hijau"),
    # a former office holder acts for himself
    ("Polda Jatim menggelar rapat. Mantan Kepala Polda Jatim Ani Wijaya membantah tuduhan itu.",
     [("Polda Jatim", "ORG", None, []), ("Ani Wijaya", "PER", None, ["Kepala Polda Jatim"])], "REJECT",
     "Ani Wijaya"),
    ("Polda Jatim menggelar rapat. Kepala Polda Jatim Ani Wijaya membantah tuduhan itu.",
     [("Polda Jatim", "ORG", None, []), ("Ani Wijaya", "PER", None, ["Kepala Polda Jatim"])], "REJECT",
     "Polda Jatim"),
    # a title naming "that" body acts for the organisation named before with that word in its name
    ("Bank Amanah Garut ditutup OJK. Direktur Utama bank tersebut, Ani Wijaya, meminta maaf.",
     [("Bank Amanah Garut", "ORG", None, []), ("OJK", "ORG", None, []), ("Ani Wijaya", "PER", None, [])],
     "CONCEDE", "Bank Amanah Garut"),
    # a place or time before the comma describes no one
    ("Kementerian Luar Negeri RI menggelar rapat. Di Jakarta, Menteri Kelautan Ani Wijaya mengecam China.",
     [KEMLU, ("Jakarta", "LOC", "Q3630", []), ("China", "LOC", "Q148", []),
      ("Ani Wijaya", "PER", None, ["Menteri Kelautan"])], "ACCUSE", "Ani Wijaya"),
])
def test_what_a_person_described_before_the_name_acts_for(text, entities, type_, actor):
    article, ids = _kb_article(text, entities)
    assert [v.actor for v in code_events(article) if v.type == type_][-1] == ids[actor]


@pytest.mark.parametrize("introduced, actor", [
    # "kami" of a person introduced as one of a crowd ("Seorang warga, Pak X") is that crowd, unnamed
    ("Seorang warga, Pak Budi Santoso,", None),
    ("Juru bicara Polda Jatim, Budi Santoso,", "Polda Jatim"),
])
def test_kami_of_one_of_the_people_is_unnamed(introduced, actor):
    content = "Kami menolak rencana itu"
    text = f'{introduced} hadir di Surabaya. "{content}," ujarnya.'
    article, ids = _article(text, quotes=[content], speaker="Budi Santoso")
    assert _one(code_events(article), "REJECT").actor == ids.get(actor)


@pytest.mark.parametrize("text, trigger, modality", [
    # a condition after the trigger is its own only within its clause
    ("Budi Santoso diperiksa Polda Jatim dan bisa dijerat pasal berlapis apabila terbukti.", "diperiksa",
     "asserted"),
    ("Budi Santoso diperiksa Polda Jatim dan bisa dijerat pasal berlapis apabila terbukti.", "dijerat",
     "hypothetical"),
    ("Polda Jatim menahan Budi Santoso jika terbukti bersalah.", "menahan", "hypothetical"),
    # ... after each word that joins another clause with a verb (event_context.yaml clause_joiners)
    ("Polda Jatim menahan Budi Santoso serta akan menyita asetnya apabila terbukti.", "menahan", "asserted"),
    ("Polda Jatim menangkap Budi Santoso, namun bisa membebaskannya jika ada jaminan.", "menangkap", "asserted"),
    ("Polda Jatim menangkap Budi Santoso, tetapi akan melepasnya bila tidak terbukti.", "menangkap", "asserted"),
    ("Polda Jatim menangkap Budi Santoso, sedangkan KPK akan memeriksanya jika perlu.", "menangkap", "asserted"),
    # a sentence going back to an earlier episode
    ("Ketegangan serupa pernah terjadi. Saat itu, Jepang mengerahkan pasukan ke Surabaya.", "mengerahkan pasukan",
     "historical"),
    # ... not "saat itu juga": at once
    ("Warga melapor pada pagi hari. Saat itu juga, Polda Jatim menangkap Budi Santoso.", "menangkap", "asserted"),
])
def test_modality_scope(text, trigger, modality):
    article, _ = _article(text)
    assert [v.modality for v in code_events(article) if v.trigger.text == trigger] == [modality]


@pytest.mark.parametrize("text, content, modality", [
    # a speech act of the speaker's own in a quote is performed there; another party's told in it is reported
    ('"Kami meminta Rusia mundur," kata Budi Santoso.', "Kami meminta Rusia mundur", "asserted"),
    ('"Jepang meminta Rusia mundur," kata Budi Santoso.', "Jepang meminta Rusia mundur", "reported"),
])
def test_a_speech_act_in_a_quote_is_performed_only_by_the_speaker(text, content, modality):
    article, _ = _article(text, quotes=[content], speaker="Budi Santoso")
    assert _one(code_events(article), "REQUEST").modality == modality


@pytest.mark.parametrize("text, type_, modality", [
    # a pledge to cooperate is an AGREE told as a fact, like a pledge to support
    ("Polda Jatim menyatakan siap bekerja sama dengan KPK.", "AGREE", "asserted"),
    ("NATO bersedia bekerja sama dengan Jepang.", "AGREE", "asserted"),
    # a pledge of a concrete act stays that act, announced
    ("Pemerintah Kota Surabaya siap mengirim bantuan ke Jakarta.", "AID", "future"),
    # a permit to be reviewed is a sanction (the review itself an idiom, no visit)
    ("Jika tidak dipenuhi, Pemerintah Kota Surabaya akan meninjau ulang izin usaha itu.", "SANCTION",
     "hypothetical"),
    # a team sent for relief, the relief named several words later, is aid
    ("NATO dijadwalkan mengirim tim pendamping ke Jakarta pada Mei untuk membantu pemetaan kasus.", "AID",
     "future"),
    ("Polda Jatim mengirim tim ke Surabaya untuk mengamankan laga itu.", "MOBILIZE", "asserted"),
    # a deadline given in the object voice ("kami beri waktu") is a request
    ('NATO menggelar rapat. "Kami beri waktu dua pekan kepada Jepang," kata Budi Santoso.', "REQUEST", "asserted"),
])
def test_pledges_reviews_and_teams_sent(text, type_, modality):
    article, _ = _article(text)
    v = _one(code_events(article), type_)
    assert v.modality == modality


@pytest.mark.parametrize("text", [
    "Pemerintah Kota Surabaya akan meninjau ulang kebijakan parkir itu.",  # a policy reviewed: no visit, no sanction
    "Investasi itu mendorong pertumbuhan ekonomi Surabaya.",  # "mendorong" urges no party
    "Kenaikan harga mendorong NATO mencari pemasok baru.",  # a cause, not a party, pushes
])
def test_no_event_in_a_review_or_a_push(text):
    article, _ = _article(text)
    assert code_events(article) == []


@pytest.mark.parametrize("text, type_, mode", [
    # a summons for mediation brings parties together; one for clarification investigates
    ("Polda Jatim memanggil manajemen Pemerintah Kota Surabaya untuk mediasi.", "CONSULT", "third-party"),
    ("Polda Jatim memanggil pejabat Pemerintah Kota Surabaya untuk meminta klarifikasi.", "ACCUSE", "investigate"),
])
def test_a_summons_for_mediation_is_third_party_consultation(text, type_, mode):
    article, ids = _article(text)
    v = _one(code_events(article), type_)
    assert (v.mode, v.actor) == (mode, ids["Polda Jatim"])


@pytest.mark.parametrize("text, actor", [
    # "mendorong" with the party urged right after it is a request by whoever urges
    ("Budi Santoso mendorong KPK menuntaskan kasus itu.", "Budi Santoso"),
    ("Budi Santoso hadir di Surabaya. Ia mendorong KPK menuntaskan kasus itu.", "Budi Santoso"),
])
def test_urging_a_named_party_is_a_request(text, actor):
    article, ids = _article(text)
    assert _one(code_events(article), "REQUEST").actor == ids[actor]


UNAIR = ("Universitas Airlangga", "ORG", None, [])


@pytest.mark.parametrize("text, types, actor", [
    # an analyst acts for himself, not for his university, in his own speech acts ...
    ("Pengamat hukum Universitas Airlangga, Budi Santoso, hadir di Surabaya. Ia mendesak KPK memeriksa bupati.",
     ["REQUEST"], "Budi Santoso"),
    # ... and what he explains in a quote is no event
    (('Pengamat hukum Universitas Airlangga, Budi Santoso, hadir di Surabaya. "Pemerintah harus ikut menanggung '
      'pemeriksaan para pekerja," kata Budi Santoso.'), [], None),
    # an official of the university still acts for it
    ("Rektor Universitas Airlangga, Budi Santoso, hadir di Surabaya. Ia mendesak KPK memeriksa bupati.",
     ["REQUEST"], "Universitas Airlangga"),
])
def test_an_analyst_acts_for_himself_and_explains_in_quotes(text, types, actor):
    entities = [UNAIR, ("Budi Santoso", "PER", None, []), ("KPK", "ORG", None, []), ("Surabaya", "LOC", None, [])]
    article, ids = _kb_article(text, entities)
    if '"' in text:
        start = text.index('"') + 1
        content = text[start:text.index('"', start)]
        at = text.rindex("Budi Santoso")
        article.quotes.append(Quote(id="q1", kind="direct", content=content, start=start, end=start + len(content),
                                    speaker=Speaker(entity=ids["Budi Santoso"], name="Budi Santoso",
                                                    text="Budi Santoso", start=at, end=at + 12)))
    events = code_events(article)
    assert [v.type for v in events] == types
    assert all(v.actor == ids[actor] for v in events)


@pytest.mark.parametrize("entities, actor", [
    # "pemkab" as a subject with no regency government named: the regency
    ([("Kabupaten Sleman", "LOC", None, [])], "Kabupaten Sleman"),
    # ... with it named: the government
    ([("Kabupaten Sleman", "LOC", None, []), ("Pemerintah Kabupaten Sleman", "ORG", None, [])],
     "Pemerintah Kabupaten Sleman"),
])
def test_pemkab_stands_for_the_regency_or_its_government(entities, actor):
    text = ("Bupati menerima laporan warga Kabupaten Sleman. Pemerintah Kabupaten Sleman menggelar rapat. "
            "Jika tidak dipenuhi, pemkab akan mencabut izin usaha perusahaan itu.")
    if len(entities) == 1:
        text = text.replace("Pemerintah Kabupaten Sleman menggelar rapat. ", "")
    article, ids = _kb_article(text, entities)
    assert _one(code_events(article), "SANCTION").actor == ids[actor]


@pytest.mark.parametrize("text, entities, actor", [
    # the head word of a body's name opening a clause alone: the body of that kind named before
    ("Kedutaan Besar Jepang menggelar jumpa pers. Kedubes juga menolak tuduhan itu.",
     [("Kedutaan Besar Jepang", "ORG", None, [])], "Kedutaan Besar Jepang"),
    ("Komisi III DPR menggelar rapat. Komisi juga menolak usulan itu.",
     [("Komisi III DPR", "ORG", None, [])], "Komisi III DPR"),
    # ... and no one when no such body is named (not the story's implicit agent)
    ("Polda Jatim menggelar jumpa pers. Kedubes juga menolak tuduhan itu.", [("Polda Jatim", "ORG", None, [])],
     None),
])
def test_a_body_named_again_by_its_head_word(text, entities, actor):
    article, ids = _kb_article(text, entities)
    events = code_events(article, min_confidence=0)
    assert [v.actor for v in events if v.type == "REJECT"] == [ids.get(actor)]


@pytest.mark.parametrize("text, actor, target", [
    # property burned or wrecked by someone named is an assault by him
    ("Kapal nelayan itu dibakar oleh petugas Polda Jatim.", "Polda Jatim", None),
    ("Massa merusak kantor Polda Jatim.", None, "Polda Jatim"),
])
def test_property_destroyed_by_someone_is_an_assault(text, actor, target):
    article, ids = _article(text)
    v = _one(code_events(article), "ASSAULT")
    assert (v.mode, v.actor, v.target) == ("destroy", ids.get(actor), ids.get(target))


@pytest.mark.parametrize("text, content, speaker_text, type_, actor", [
    # a quote's speaker named by a kind of body ("Perusahaan menyatakan ..."): the body of that kind named
    ("PT Kencana Hijau digugat warga. Perusahaan menyatakan siap berdialog dengan warga.",
     "siap berdialog dengan warga", "Perusahaan", "CONSULT", "PT Kencana Hijau"),
    # people named by a common noun opening the quote's clause do what it tells, not its speaker
    ("Koordinator aksi, Budi Santoso, mengatakan para buruh akan mogok jika tuntutan itu ditolak.",
     "para buruh akan mogok jika tuntutan itu ditolak", "Budi Santoso", "PROTEST", None),
])
def test_who_does_what_a_quote_tells(text, content, speaker_text, type_, actor):
    entities = [("PT Kencana Hijau", "ORG", None, []), ("Budi Santoso", "PER", None, [])]
    article, ids = _kb_article(text, entities)
    at = text.index(speaker_text)
    start = text.index(content)
    article.quotes.append(Quote(id="q1", kind="indirect", content=content, start=start, end=start + len(content),
                                speaker=Speaker(entity=ids.get(speaker_text), name=speaker_text, text=speaker_text,
                                                start=at, end=at + len(speaker_text))))
    assert _one(code_events(article), type_).actor == ids.get(actor)


@pytest.mark.parametrize("text, n", [
    # people unnamed arrested, then someone named hunted sentences later: two acts
    (("Empat orang ditangkap di Surabaya. Barang bukti dibawa ke gudang. Sopir truk itu diperiksa. "
      "Polda Jatim juga memburu Budi Santoso."), 2),
    # ... but the same arrest told again with the name right after
    ("Dua orang ditangkap di Surabaya. Polda Jatim menahan Budi Santoso di Surabaya.", 1),
])
def test_an_act_on_someone_named_long_after_one_on_no_one_named_is_another(text, n):
    article, _ = _article(text)
    assert len([v for v in code_events(article) if v.type == "COERCE"]) == n


@pytest.mark.parametrize("text, entities, actor", [
    # an agent noun whose body is no entity: the person whose title names it
    ("Ketua Panitia Pelaksana Budi Santoso membuka turnamen. Panitia juga mendiskualifikasi dua atlet.",
     [("Budi Santoso", "PER", None, ["Ketua Panitia Pelaksana"]), ("PB Djarum", "ORG", None, [])],
     "Budi Santoso"),
    # ... a body of the kind named comes first
    ("Ketua Panitia Budi Santoso hadir. Polres Bogor menggelar razia. Polisi lalu menangkap dua orang.",
     [("Budi Santoso", "PER", None, ["Ketua Panitia"]), ("Polres Bogor", "ORG", None, [])], "Polres Bogor"),
])
def test_an_agent_noun_of_no_named_body_is_the_person_titled_with_it(text, entities, actor):
    article, ids = _kb_article(text, entities)
    events = [v for v in code_events(article) if v.type in ("SANCTION", "COERCE")]
    assert [v.actor for v in events] == [ids[actor]]


@pytest.mark.parametrize("text, types", [
    # an analyst's account of what others do is analysis, in a quote or not; his own speech acts are events
    ("Pengamat ekonomi Budi Santoso hadir di Jakarta. Ia menyebut penyaluran bantuan sosial turut mendorong konsumsi.",
     []),
    ("Pengamat ekonomi Budi Santoso hadir di Jakarta. Ia mengkritik penyaluran bantuan sosial itu.", ["ACCUSE"]),
    # a central bank holding its rate, a team attacking in a match: no arrest, no assault
    ("Bank Indonesia menahan suku bunga acuan di level 5,75 persen.", []),
    ("Persib menyerang sejak menit awal dan akhirnya mengalahkan Persija 2-0.", []),
])
def test_analysis_policy_and_play_are_no_events(text, types):
    entities = [("Budi Santoso", "PER", None, ["Pengamat ekonomi"]), ("Jakarta", "LOC", None, []),
                ("Bank Indonesia", "ORG", None, []), ("Persib", "ORG", None, []), ("Persija", "ORG", None, [])]
    article, _ = _kb_article(text, [e for e in entities if e[0] in text])
    assert [v.type for v in code_events(article)] == types


@pytest.mark.parametrize("text, type_, actor, target", [
    # a home-state organ acting toward a country named further in the clause, even as a place, acts as the state
    ("Kementerian Luar Negeri RI mendesak semua pihak di Myanmar menahan diri.", "REQUEST", "Indonesia", "Myanmar"),
    # ... but in law enforcement it stays the organ
    ("Polda Jatim menangkap dua pekerja migran di Myanmar.", "COERCE", "Polda Jatim", "Myanmar"),
])
def test_a_country_named_later_in_the_clause_is_acted_toward(text, type_, actor, target):
    entities = [KEMLU, ("Indonesia", "LOC", "Q252", []), ("Myanmar", "LOC", "Q836", []),
                ("Polda Jatim", "ORG", None, [])]
    article, ids = _kb_article(text, [e for e in entities if e[0] in text or e[0] == "Indonesia"])
    v = _one(code_events(article), type_)
    assert (v.actor, v.target) == (ids[actor], ids[target])


@pytest.mark.parametrize("said, speaker", [
    # a passive in a body's own words has that body as its agent, and so not as its patient
    ("Tiga pengedar itu sudah ditahan di Surabaya", "Polda Jatim"),
    ("Lokasi tambang ilegal itu sudah disegel", "Polda Jatim"),
    ("Mobil mewah milik tersangka sudah disita", "KPK"),
])
def test_no_party_acts_on_itself(said, speaker):
    article, _ = _article(f"{said}, kata {speaker}.", quotes=(said,), speaker=speaker)
    events = code_events(article, min_confidence=0.0)
    assert events and all(v.actor is None or v.actor != v.target for v in events)
