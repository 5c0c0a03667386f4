"""What a clause tells of its own (review 19's fresh sentences): the subject it names, the patient of a passive in
reported speech, and the time of an act counted from the act told before it."""

import pytest

from warta.article import Quote, Speaker, Time
from warta.components.events import code_events
from warta.components.events_modality import sequel_ids
from warta.components.events_text import context

from .test_events import _kb_article

POLRES = ("Polres Bogor", "ORG", None, [])
DISHUB = ("Dinas Perhubungan Kota Medan", "ORG", None, [])


def _timed(text, entities, times, published="2026-03-10"):
    """An article with ``times``: (text, value) pairs, valued as the times stage may (a day counted from the
    publication day when the act before gave none)."""
    article, ids = _kb_article(text, entities, published=published)
    for i, (t, value) in enumerate(times):
        at = text.index(t)
        article.times.append(Time(id=f"t{i + 1}", text=t, start=at, end=at + len(t), value=value))
    return article, ids


@pytest.mark.parametrize("text, times, modalities", [
    # an act told as done, then one a day after it: done too, though the day came out after the publication day
    ("Polres Bogor menggerebek gudang pupuk palsu di Cibinong pekan lalu. Polres Bogor menyita 40 karung pupuk sehari "
     + "kemudian.", [("pekan lalu", "2026-W10"), ("sehari kemudian", "2026-03-11")], ["asserted", "asserted"]),
    ("Polres Bogor menggerebek gudang pupuk palsu di Cibinong. Keesokan harinya Polres Bogor menahan pemilik gudang.",
     [("Keesokan harinya", "2026-03-11")], ["asserted", "asserted"]),
    # ... told as background, the next act is background too, wherever its time stands in the sentence
    ("Pada 2019, Polres Bogor sempat menggerebek gudang pupuk palsu. Dua hari kemudian, Polres Bogor menahan "
     + "pemilik gudang.", [("2019", "2019"), ("Dua hari kemudian", "2026-03-12")], ["historical", "historical"]),
    ("Polres Bogor pernah menggerebek gudang pupuk palsu. Keesokan harinya, Polres Bogor menyita truk pengangkut.",
     [("Keesokan harinya", "2026-03-11")], ["historical", "historical"]),
    # ... announced, the next is announced too
    ("Polres Bogor akan memeriksa pemilik gudang pada Senin. Sehari kemudian, Polres Bogor memeriksa sopir truk.",
     [("Senin", "2026-03-16"), ("Sehari kemudian", "2026-03-17")], ["future", "future"]),
])
def test_an_act_a_day_after_another_is_told_as_that_one(text, times, modalities):
    article, _ = _timed(text, [POLRES], times)
    assert [v.modality for v in code_events(article)] == modalities


def _rows(article, ids, type_):
    names = {v: k for k, v in ids.items()}
    return [(names.get(v.actor), names.get(v.target)) for v in code_events(article) if v.type == type_]


@pytest.mark.parametrize("text, entities, type_, actor", [
    # an agent noun with a word of its own after it names another body than the one acting before
    ("Dinas Perhubungan Kota Medan menertibkan parkir liar di Jalan Gatot Subroto. Pemerintah pusat mencabut izin "
     + "usaha PT Sinar Tambang.", [DISHUB, ("PT Sinar Tambang", "ORG", None, [])], "SANCTION", None),
    ("Polres Bogor menangkap dua pengedar sabu di Cibinong. Petugas imigrasi mendeportasi tiga warga negara asing.",
     [POLRES], "SANCTION", None),
    # ... so does a government after an agency, but the one the article names
    ("Dinas Perhubungan Kota Medan menertibkan parkir liar di Jalan Gatot Subroto. Pemerintah mencabut izin usaha PT "
     + "Sinar Tambang.", [DISHUB, ("PT Sinar Tambang", "ORG", None, [])], "SANCTION", None),
    ("Pemerintah Kota Medan menggelar rapat. Dinas Perhubungan Kota Medan menertibkan parkir liar. Pemerintah mencabut "
     + "izin usaha PT Sinar Tambang.", [("Pemerintah Kota Medan", "ORG", None, []), DISHUB,
                                        ("PT Sinar Tambang", "ORG", None, [])], "SANCTION", "Pemerintah Kota Medan"),
    ("Pemerintah Kota Medan menertibkan parkir liar. Pemerintah pusat mencabut izin usaha PT Sinar Tambang.",
     [("Pemerintah Kota Medan", "ORG", None, []), ("PT Sinar Tambang", "ORG", None, [])], "SANCTION", None),
    # ... but not one with a kind of body after it, nor with linking words, a preposition... right after it
    ("Kejari Medan menerima berkas perkara korupsi dana desa. Petugas kejaksaan kemudian menahan Sutrisno.",
     [("Kejari Medan", "ORG", None, []), ("Sutrisno", "PER", None, [])], "COERCE", "Kejari Medan"),
    ("Polres Bogor menggerebek gudang pupuk palsu. Petugas kemudian menyita 40 karung pupuk.", [POLRES], "COERCE",
     "Polres Bogor"),
    ("Polres Bogor menggerebek gudang pupuk palsu. Petugas di lokasi menyita 40 karung pupuk.", [POLRES], "COERCE",
     "Polres Bogor"),
])
def test_a_subject_named_in_its_own_clause_is_not_borrowed_from_the_sentence_before(text, entities, type_, actor):
    article, ids = _kb_article(text, entities)
    assert _rows(article, ids, type_)[-1][0] == actor


def _said(text, entities, content, speaker, kind="indirect"):
    """An article whose ``content`` is a quote of the entity named ``speaker`` (mentioned last in the text)."""
    article, ids = _kb_article(text, entities)
    at, said = text.index(content), text.rindex(speaker)
    article.quotes.append(Quote(id="q1", kind=kind, content=content, start=at, end=at + len(content),
                                speaker=Speaker(entity=ids[speaker], name=speaker, text=speaker, start=said,
                                                end=said + len(speaker))))
    return article, ids


@pytest.mark.parametrize("text, content, entities, type_, target", [
    # the clause names its patient: someone the speaker speaks of, not the speaker
    ("Sulastri, ibu salah satu pelajar, mengatakan anaknya ditahan polisi sejak Sabtu.",
     "anaknya ditahan polisi sejak Sabtu", [("Sulastri", "PER", None, [])], "COERCE", None),
    ("Hendra Gunawan, kakak korban, menyebut adiknya dianiaya tiga orang di parkiran pasar.",
     "adiknya dianiaya tiga orang di parkiran pasar", [("Hendra Gunawan", "PER", None, [])], "ASSAULT", None),
    ("Menurut Yusuf Mansur, pemilik kios, kiosnya disegel petugas tanpa pemberitahuan.",
     "kiosnya disegel petugas tanpa pemberitahuan", [("Yusuf Mansur", "PER", None, [])], "COERCE", None),
    # ... also in a clause of its own that names none ("saat diperiksa", ", lalu diperiksa"): the first clause's
    ("Kuasa hukum tersangka, Bambang Irawan, menyebut kliennya dianiaya saat diperiksa penyidik.",
     "kliennya dianiaya saat diperiksa penyidik", [("Bambang Irawan", "PER", None, [])], "ACCUSE", None),
    ("Sulastri mengatakan anaknya dibawa ke kantor polisi, lalu diperiksa penyidik semalaman.",
     "anaknya dibawa ke kantor polisi, lalu diperiksa penyidik semalaman", [("Sulastri", "PER", None, [])], "ACCUSE",
     None),
    # ... with no other word naming one, the speaker is the patient
    ("Sulastri mengatakan sudah diperiksa penyidik selama lima jam.", "sudah diperiksa penyidik selama lima jam",
     [("Sulastri", "PER", None, [])], "ACCUSE", "Sulastri"),
    ("Hendra Gunawan mengaku dirinya dianiaya tiga orang di parkiran pasar.",
     "dirinya dianiaya tiga orang di parkiran pasar", [("Hendra Gunawan", "PER", None, [])], "ASSAULT",
     "Hendra Gunawan"),
])
def test_the_patient_of_a_reported_passive_is_the_one_its_clause_names(text, content, entities, type_, target):
    article, ids = _said(text, entities, content, entities[0][0])
    assert [r[1] for r in _rows(article, ids, type_)] == [target]


KODAM = ("Kodam Cenderawasih", "ORG", None, [])
SPOKESMAN = ("Candra Kurniawan", "PER", None, ["Kepala Penerangan Kodam Cenderawasih"])


@pytest.mark.parametrize("text, content, type_", [
    # "kami", "saya" in the speaker's own quote: his side is the patient, the agent is not his body
    ('"Kami diserang saat berpatroli di Distrik Sugapa," kata Kepala Penerangan Kodam Cenderawasih Candra Kurniawan.',
     "Kami diserang saat berpatroli di Distrik Sugapa", "ASSAULT"),
    ('"Pos kami ditembaki dari arah hutan," kata Kepala Penerangan Kodam Cenderawasih Candra Kurniawan.',
     "Pos kami ditembaki dari arah hutan", "ASSAULT"),
    # ... also after his body acted in the same way: it did not do this to itself
    ('Kodam Cenderawasih menyerang markas kelompok bersenjata di Intan Jaya. "Kami diserang balik saat mundur," kata '
     + 'Kepala Penerangan Kodam Cenderawasih Candra Kurniawan.', "Kami diserang balik saat mundur", "ASSAULT"),
])
def test_a_passive_on_kami_in_a_speakers_own_quote_makes_his_side_the_patient(text, content, type_):
    article, ids = _said(text, [KODAM, SPOKESMAN], content, "Candra Kurniawan", kind="direct")
    assert _rows(article, ids, type_)[-1] == (None, "Kodam Cenderawasih")


@pytest.mark.parametrize("word", ["tapi", "kenyataannya", "rupanya", "sebenarnya", "biasanya", "tampaknya",
                                  "sepertinya", "justru"])
def test_an_adverb_before_a_reported_passive_names_no_other_patient(word):
    content = f"{word} sudah diperiksa penyidik selama lima jam"
    text = f"Sulastri mengatakan {content}."
    article, ids = _said(text, [("Sulastri", "PER", None, [])], content, "Sulastri")
    assert [r[1] for r in _rows(article, ids, "ACCUSE")] == ["Sulastri"]


@pytest.mark.parametrize("word", ["setempat", "gabungan", "sendiri", "terus", "tetap"])
def test_an_agent_noun_before_a_word_of_the_story_s_own_body_is_that_body(word):
    text = f"Polres Bogor menggerebek gudang pupuk palsu. Petugas {word} menyita 40 karung pupuk."
    article, ids = _kb_article(text, [POLRES])
    assert _rows(article, ids, "COERCE")[-1][0] == "Polres Bogor"


@pytest.mark.parametrize("title, body, place", [
    ("Kapolsek Sunggal", "Polsek Sunggal", "Sunggal"),
    ("Kapolrestabes Medan", "Polrestabes Medan", "Medan"),
    ("Pangdam Cenderawasih", "Kodam Cenderawasih", "Cenderawasih"),
    ("Danrem Binaiya", "Korem Binaiya", "Binaiya"),
    ("Dandim Jayawijaya", "Kodim Jayawijaya", "Jayawijaya"),
    ("Danramil Kiwirok", "Koramil Kiwirok", "Kiwirok"),
])
def test_a_police_or_army_commander_acts_for_the_unit_his_title_names(title, body, place):
    text = f"{body} menggelar patroli di {place}. {title} Arif Rahman mengimbau warga tetap tenang."
    article, ids = _kb_article(text, [(body, "ORG", None, []), (place, "LOC", None, []),
                                      ("Arif Rahman", "PER", None, [title])])
    assert _rows(article, ids, "REQUEST") == [(body, None)]


@pytest.mark.parametrize("time_text, counted", [
    ("sehari kemudian", True),
    ("Keesokan harinya", True),
    ("tiga hari  kemudian", True),
    ("esoknya", True),
    ("sepekan sebelumnya", True),
    ("Senin pekan depan", False),
    ("Kamis (5/3/2026)", False),
    ("kemudiannya", False),
])
def test_a_time_counted_from_the_act_told_before_is_found_once_per_article(time_text, counted):
    times = [Time(id="t1", text="pekan lalu", start=0, end=10, value="2026-W10"),
             Time(id="t2", text=time_text, start=11, end=11 + len(time_text), value=None)]
    assert sequel_ids(times, context()) == ({"t2"} if counted else set())
