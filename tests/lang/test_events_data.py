"""The event trigger lexicon (lang/id/events.yaml) and its context words, checked per entry class."""

import re

import pytest

from warta.components.events import find_triggers, is_nominal
from warta.lang.id import load

PLOVER_MODES = {
    "AGREE": {None}, "SUPPORT": {None}, "CONCEDE": {None}, "COOPERATE": {None}, "AID": {None},
    "CONSULT": {None, "visit", "third-party", "multilateral", "phone", "meet"},
    "RETREAT": {None, "withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {None, "assist", "change", "yield", "meet"}, "REJECT": {None, "assist", "change", "yield", "meet"},
    "ACCUSE": {None, "disapprove", "investigate", "allege"},
    "THREATEN": {None, "restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {None, "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {None, "convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {None, "troops", "weapons", "police", "militia"},
    "COERCE": {None, "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {None, "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
ENTRIES = load("events")


@pytest.mark.parametrize("entry", ENTRIES, ids=[f'{e["type"]}/{e["mode"]}' for e in ENTRIES])
def test_event_entry_has_a_plover_type_and_mode(entry):
    assert entry["type"] in PLOVER_MODES
    assert entry["mode"] in PLOVER_MODES[entry["type"]]
    assert entry["triggers"] and all(isinstance(t, str) and t.strip() == t for t in entry["triggers"])


def test_alternatives_are_one_word_at_a_trigger_end():
    # "a|b" holds single words and ends the trigger: "pelatihan|dapur umum" would read as "pelatihan|dapur" + "umum"
    assert [t for e in ENTRIES for t in e["triggers"] if any("|" in w for w in str(t).split()[:-1])] == []


def test_event_triggers_are_listed_once():
    seen = [t.lower() for e in ENTRIES for t in e["triggers"]]
    assert sorted({t for t in seen if seen.count(t) > 1}) == []


@pytest.mark.parametrize("text, trigger, type_", [
    ("Polisi menangkap dua tersangka.", "menangkap", "COERCE"),
    ("Dua tersangka ditangkap polisi.", "ditangkap", "COERCE"),
    ("KPK menggelar operasi tangkap tangan di Bekasi.", "operasi tangkap tangan", "COERCE"),
    ("Indonesia mengecam serangan itu.", "mengecam", "ACCUSE"),
    ("Kedua negara sepakat memperkuat kerja sama.", "sepakat", "AGREE"),
    ("Ribuan buruh berunjuk rasa di depan DPR.", "berunjuk rasa", "PROTEST"),
    ("Presiden berkunjung ke Papua.", "berkunjung", "CONSULT"),
    ("Israel melancarkan serangan udara ke Gaza.", "serangan udara", "ASSAULT"),
    ("Pemerintah menyalurkan bantuan ke korban banjir.", "menyalurkan bantuan", "AID"),
    ("AS menjatuhkan sanksi kepada perusahaan itu.", "menjatuhkan sanksi", "SANCTION"),
    ("Rusia mengerahkan pasukan ke perbatasan.", "mengerahkan pasukan", "MOBILIZE"),
    ("Menteri itu mengundurkan diri.", "mengundurkan diri", "RETREAT"),
    ("Warga mempertanyakan keputusan itu.", "mempertanyakan", "ACCUSE"),
    ("Ia membantah tuduhan tersebut.", "membantah", "REJECT"),
    ("Kelompok itu mengancam akan mogok.", "mengancam", "THREATEN"),
    ("Hakim memvonis terdakwa lima tahun penjara.", "memvonis", "SANCTION"),
])
def test_find_triggers_longest_whole_words(text, trigger, type_):
    found = [(t.text, t.entry["type"]) for t in find_triggers(text)]
    assert (trigger, type_) in found


@pytest.mark.parametrize("text", ["Sanksinya berat.", "Ia menyerangkan bola.", "Penangkapannya viral.", "Tibalah."])
def test_find_triggers_needs_whole_words(text):
    assert [t.text for t in find_triggers(text)] == []


@pytest.mark.parametrize("text", [
    "Kasus itu diserahkan kepada kejaksaan.",  # a case, an office or a document handed over is no aid
    "Jabatan ketua diserahkan kepada wakilnya.",
    "Pemerintah daerah menyediakan tempat parkir.",  # providing anything is no military aid
])
def test_a_handover_or_provision_is_no_trigger(text):
    assert [t.entry["type"] for t in find_triggers(text)] == []


WORD_CLASSES = ["clause_joiners", "negation", "negation_limits", "future", "conditional", "possible", "historical", "ongoing",
                "descriptive", "object_of", "anaphora", "statutory", "opinion_verbs", "analysts", "idioms",
                "pronouns", "unnamed_people", "bare_verbs", "not_verbs", "lawyers", "governments",
                "national_offices", "relief", "play_words", "agent_nouns", "forces", "trip_verbs", "promise",
                "pledge", "recounted", "clause_breaks", "clause_ends", "pair_words", "legal_bodies", "link_lines",
                "both_sides", "verb_joiners", "attempts", "deployed", "not_agents", "mediation", "needs_party",
                "body_heads", "verb_joins", "auxiliaries", "channels", "speaks_for", "group_refs", "collectives",
                "member_nouns", "public_nouns", "needs_requester", "requesters", "purposes", "existential", "protesting",
                "continuations", "planned", "linking", "party_nouns", "hearings", "membership", "quantities",
                "reasons", "possessives", "standby", "adverbials", "until", "done_by", "light_verbs", "own_side",
                "adverbs", "speaker_bodies", "body_members", "repeated"]


@pytest.mark.parametrize("text, triggers", [
    ("Ia menyerangkan bola, lalu polisi menyerang.", ["menyerang"]),
    ("Demokrasi dan demo: demo itu damai.", ["demo", "demo"]),
    ("Pasukan dikerahkan; pengerahan pasukan berlanjut.", ["dikerahkan", "pengerahan pasukan"]),
])
def test_find_triggers_offsets_slice_the_text(text, triggers):
    found = find_triggers(text)
    assert [t.text for t in found] == triggers
    assert all(text[t.start:t.end] == t.text for t in found)


@pytest.mark.parametrize("key", WORD_CLASSES)
def test_event_context_word_classes_are_lists_of_words(key):
    words = load("event_context")[key]
    assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words)


@pytest.mark.parametrize("key", ["content_of", "conditional_by_nature", "performative", "play_types", "told_again",
                                 "legal_types", "enforcement"])
def test_event_context_type_lists_name_plover_types(key):
    assert all(t.split("/")[0] in PLOVER_MODES for t in load("event_context")[key])


@pytest.mark.parametrize("idiom", load("event_context")["idioms"])
def test_each_idiom_holds_a_trigger(idiom):
    assert find_triggers(idiom), idiom


@pytest.mark.parametrize("text, trigger, type_", [
    ("Kuasa hukum tersangka mengajukan praperadilan.", "mengajukan praperadilan", "ACCUSE"),
    ("Warga menggugat perusahaan itu ke pengadilan.", "menggugat", "ACCUSE"),
    ("Penyidik memanggil dua saksi.", "memanggil", "ACCUSE"),
    ("Gubernur menyerahkan bantuan kepada korban.", "menyerahkan bantuan", "AID"),
    ("Pedagang mengeluhkan kenaikan harga.", "mengeluhkan", "ACCUSE"),
    ("Presiden berterima kasih kepada relawan.", "berterima kasih", "SUPPORT"),
    ("Komisi III menggelar rapat dengar pendapat dengan Polri.", "rapat dengar pendapat", "CONSULT"),
    ("PAN telah menjalin komunikasi dengan Gerindra.", "menjalin komunikasi", "CONSULT"),
    ("BPBD mendirikan posko pengungsian.", "mendirikan posko", "AID"),
    ("Pemerintah memulangkan 23 pekerja migran.", "memulangkan", "AID"),
    ("Kemlu memulangkan paksa warga asing itu.", "memulangkan paksa", "COERCE"),
    # health relief: fogging, spraying, and what is sent against an outbreak
    ("Dinkes menggelar pengasapan di 20 desa.", "pengasapan", "AID"),
    ("Petugas melakukan fogging di permukiman warga.", "fogging", "AID"),
    ("Kemenkes mengirim 500 liter larvasida ke Sikka.", "mengirim", "AID"),
    ("Dinkes mengirimkan dua tabung oksigen ke puskesmas.", "mengirimkan", "AID"),
    # relief: money and volunteers sent, goods handed out, shelters built, people rescued or searched for
    ("BNPB telah mengirimkan dana siap pakai ke Parigi Moutong.", "mengirimkan", "AID"),
    ("Lembaga itu menurunkan 25 relawan ke lokasi banjir.", "menurunkan", "AID"),
    ("Relawan membagikan 800 paket kebersihan di pengungsian.", "membagikan", "AID"),
    ("Kementerian akan membangun 150 unit hunian tetap bagi warga.", "membangun", "AID"),
    ("Tim SAR menyelamatkan 51 orang.", "menyelamatkan", "AID"),
    ("Tim SAR masih mencari delapan penumpang lainnya.", "mencari", "AID"),
    # an apology in another form; a protest in the street
    ("Kami mohon maaf kepada para petani.", "mohon maaf", "CONCEDE"),
    ("Ribuan buruh turun ke jalan menuntut kenaikan upah.", "turun ke jalan", "PROTEST"),
    ("Nelayan akan turun ke jalan dengan massa yang lebih besar.", "turun ke jalan", "PROTEST"),
    ("Sebanyak 14 pendaki diselamatkan dari lereng Gunung Semeru.", "diselamatkan", "AID"),
    # given by a light verb, the verb and noun are the act (its doer the verb's subject)
    ("Ombudsman memberi rekomendasi kepada Pemkot Depok agar mencabut surat itu.", "memberi rekomendasi", "REQUEST"),
    ("Rekomendasi Ombudsman agar Pemkot Depok mencabut surat itu belum dijalankan.", "Rekomendasi", "REQUEST"),
    ("BPK menyampaikan rekomendasi kepada PT X agar menagih piutang.", "menyampaikan rekomendasi", "REQUEST"),
    ("Komnas HAM mengeluarkan rekomendasi kepada Polda agar mengusut kasus itu.", "mengeluarkan rekomendasi",
     "REQUEST"),
    # postponing a measure (events.py codes it only with a party acted on)
    ("ESDM menunda larangan ekspor bagi PT X.", "menunda", "RETREAT"),
    ("Penundaan sanksi bagi Persebaya diumumkan Senin.", "Penundaan", "RETREAT"),
    # verbs of arriving: AID entries (events.py codes them only when aid arrives)
    ("Bantuan beras sampai di gudang Bulog.", "sampai di", "AID"),
    ("Paket sembako sampai ke Desa Lembah.", "sampai ke", "AID"),
    ("Selimut itu diterima warga.", "diterima", "AID"),
    ("Logistik belum menjangkau dusun terpencil.", "menjangkau", "AID"),
    ("Bantuan sudah tersalurkan kepada korban.", "tersalurkan", "AID"),
    ("Dua ekskavator akan tiba dari Palu.", "tiba", "AID"),
    ("LSM itu melaporkan bupati ke Komisi Pemberantasan Korupsi.", "melaporkan", "ACCUSE"),
    # striking a candidate off, and reporting an official to an ethics council, by name
    ("KPU Bantul mencoret satu pasangan calon perseorangan.", "mencoret", "SANCTION"),
    ("Ia melaporkan komisioner KPU ke Dewan Kehormatan Penyelenggara Pemilu.", "melaporkan", "ACCUSE"),
    # a recommendation to a party is a request
    ("Komnas HAM merekomendasikan Polri memeriksa anggotanya.", "merekomendasikan", "REQUEST"),
    # freezing a suspect's accounts is a seizure
    ("Kejati memblokir tiga rekening milik tersangka.", "memblokir", "COERCE"),
    ("PPATK membekukan rekening pelaku judi daring.", "membekukan", "COERCE"),
])
def test_find_triggers_added_entries(text, trigger, type_):
    assert (trigger, type_) in [(t.text, t.entry["type"]) for t in find_triggers(text)]


@pytest.mark.parametrize("text, type_", [
    # saving anything but people is no rescue: a goalkeeper's save, a currency propped up, a match saved
    ("Kiper Persib menyelamatkan tiga peluang emas Persija.", "AID"),
    ("Bank Indonesia berupaya menyelamatkan nilai tukar rupiah.", "AID"),
    ("Gol pada menit akhir itu menyelamatkan muka tim tamu.", "AID"),
    # a manhunt, a housing developer, money sent to a fraudster
    ("Polisi masih mencari orang yang menyebarkan video itu.", "AID"),
    ("PT Ciputra Development membangun hunian vertikal di Cibubur.", "AID"),
    ("Korban mengirim dana Rp 50 juta kepada pelaku.", "AID"),
    # an official in the street on duty is no protest
    ("Wali Kota Surabaya turun ke jalan membagikan masker.", "PROTEST"),
    ("Bupati Sleman turun ke jalan memantau arus mudik.", "PROTEST"),
    # a progress report to a council, a project struck off a list, a permit document
    ("Wali Kota Bekasi melaporkan perkembangan proyek itu ke Komisi C DPRD.", "ACCUSE"),
    ("Gubernur melaporkan capaian pembangunan ke Dewan Perwakilan Rakyat Daerah.", "ACCUSE"),
    ("Kementerian PUPR mencoret proyek bendungan itu dari daftar proyek strategis.", "SANCTION"),
    ("Proyek jalan tol itu dicoret dari daftar prioritas.", "SANCTION"),
    ("DLH Karawang menerbitkan rekomendasi teknis untuk pabrik milik PT Sumber Makmur.", "REQUEST"),
])
def test_a_word_of_an_act_used_for_something_else_is_no_trigger(text, type_):
    assert type_ not in [t.entry["type"] for t in find_triggers(text)]


@pytest.mark.parametrize("text, trigger", [
    # an official on duty watches the crowd or the act his verb names: no protest, no aid sent, no shelter set up
    ("Bupati Bogor Rudy Susmanto turun ke jalan memantau aksi tanam pohon bersama pelajar.", "turun ke jalan"),
    ("Kapolres Bekasi turun ke jalan mengawasi aksi mogok buruh di Jababeka.", "turun ke jalan"),
    ("Wali Kota Solo turun ke jalan mengecek massa yang menolak penggusuran.", "turun ke jalan"),
    ("Dinsos Jateng mengirim staf untuk memantau bantuan yang disalurkan desa.", "mengirim"),
    ("BPBD menyiapkan petugas untuk menjaga posko pengungsian.", "menyiapkan"),
])
def test_a_completion_after_a_verb_of_watching_is_what_is_watched(text, trigger):
    assert trigger not in [t.text for t in find_triggers(text)]


@pytest.mark.parametrize("text, trigger, type_", [
    # ... but a completion before such a verb, or with none between, still completes the trigger
    ("Ratusan mahasiswa turun ke jalan menolak revisi UU TNI lalu memantau sidang.", "turun ke jalan", "PROTEST"),
    ("Kemensos mengirim 500 paket sembako dan memantau penyalurannya.", "mengirim", "AID"),
    ("Ribuan pengemudi ojek daring turun ke jalan dalam aksi menuntut kenaikan tarif.", "turun ke jalan", "PROTEST"),
])
def test_a_completion_before_a_verb_of_watching_still_counts(text, trigger, type_):
    assert (trigger, type_) in [(t.text, t.entry["type"]) for t in find_triggers(text)]


@pytest.mark.parametrize("text, trigger, type_, context", [
    # a trigger with a gap: the head is the trigger when its completion follows within a few words
    ("KPK menetapkan Budi Santoso sebagai tersangka.", "menetapkan", "ACCUSE", ["legal"]),
    ("Kepala desa itu ditetapkan polisi sebagai tersangka.", "ditetapkan", "ACCUSE", ["legal"]),
    ("Warga melaporkan kepala desa itu ke Polres Bogor.", "melaporkan", "ACCUSE", ["legal"]),
    ("Caleg itu dilaporkan tim lawan ke Bawaslu.", "dilaporkan", "ACCUSE", ["legal"]),
    ("Bupati menyerahkan 500 paket bantuan kepada warga.", "menyerahkan", "AID", ["economic"]),
    ("Relawan mengirimkan dua truk bantuan ke Cianjur.", "mengirimkan", "AID", ["humanitarian"]),
    # supplying is an event by what is supplied: weapons are military aid, relief goods humanitarian aid
    ("Iran memasok ratusan drone ke Rusia.", "memasok", "AID", ["military"]),
    ("Pasukan itu dipasok amunisi oleh sekutunya.", "dipasok", "AID", ["military"]),
    ("Yayasan itu memasok bantuan ke kamp pengungsi.", "memasok", "AID", ["humanitarian"]),
    ("BPBD mendirikan 12 tenda pengungsian.", "mendirikan", "AID", ["humanitarian"]),
    ("BPBD mengirimkan 5.000 lembar masker ke lokasi banjir.", "mengirimkan", "AID", ["humanitarian"]),
    ("Polisi mengamankan tiga orang pelaku.", "mengamankan", "COERCE", ["legal"]),
    # a suspect described at length before "sebagai tersangka"
    ("Ditpolairud menetapkan nakhoda KM Cahaya Lease berinisial LS (45) sebagai tersangka.", "menetapkan", "ACCUSE",
     ["legal"]),
    ("Kepala desa itu ditetapkan penyidik Polres Bogor pada Senin malam sebagai tersangka.", "ditetapkan", "ACCUSE",
     ["legal"]),
])
def test_find_triggers_with_a_gap(text, trigger, type_, context):
    found = [(t.text, t.entry["type"], t.entry["context"]) for t in find_triggers(text)]
    assert (trigger, type_, context) in found
    assert all(text[t.start:t.end] == t.text for t in find_triggers(text))


@pytest.mark.parametrize("text", [
    "Petani memasok beras ke pasar induk.",  # ordinary supply of goods
    "Pabrik itu dipasok gas oleh PGN.",
    "BPS melaporkan inflasi Juli ke publik.",  # a report that is no complaint
    "KPU menetapkan pasangan itu sebagai pemenang.",
    "Bupati menetapkan status tanggap darurat. Tersangka lain masih diburu.",  # the completion in another sentence
    "KPK menetapkan jadwal pemeriksaan saksi dari kalangan swasta bagi para tersangka.",  # beyond the gap
    "Menteri menyerahkan jabatan, lalu bantuan dihentikan.",  # punctuation between head and completion
    "Polisi mengamankan jalannya KTT di Labuan Bajo.",  # securing an event is no arrest
    "Pemkab mendirikan sekolah baru.",
    "DPRD menampung aspirasi warga.",
    "Warga menyambut datangnya bulan Ramadan.",
    "Pemerintah menurunkan harga BBM.",
    "Warga mencari nafkah di kota.",  # looking for anything but people is no search and rescue
    "Pemkab membangun jalan desa.",
    "Pedagang membagikan keuntungan kepada mitra.",
])
def test_a_gapped_trigger_needs_its_completion_close_by(text):
    found = [t.text.lower() for t in find_triggers(text)]
    assert not {"memasok", "dipasok", "melaporkan", "menetapkan", "menyerahkan", "mengamankan", "mendirikan",
                "menampung", "menyambut", "menurunkan", "mencari", "membangun", "membagikan"} & set(found), found


@pytest.mark.parametrize("text, trigger, type_", [
    ("Ratusan mahasiswa berdemo di depan gedung DPRD.", "berdemo", "PROTEST"),
    ("Kantor bupati didemo warga.", "didemo", "PROTEST"),
    ("Menlu bertemu dengan Dubes Jepang.", "bertemu", "CONSULT"),
    ("Ia menolak tawaran itu.", "menolak", "REJECT"),
    ("Warga menggugat pemerintah kota.", "menggugat", "ACCUSE"),
    ("Kedua menteri meneken perjanjian itu.", "meneken", "AGREE"),
    ("DPR meratifikasi konvensi tersebut.", "meratifikasi", "AGREE"),
    ("Ketua partai bersilaturahmi ke rumah tokoh agama.", "bersilaturahmi", "CONSULT"),
    ("Oposisi menyalahkan pemerintah atas krisis itu.", "menyalahkan", "ACCUSE"),
    ("Polisi menciduk dua pengedar.", "menciduk", "COERCE"),
    ("Pria itu membunuh tetangganya.", "membunuh", "ASSAULT"),
    ("Pelaku menikam korban di pasar.", "menikam", "ASSAULT"),
    ("Aparat menembakkan gas air mata ke arah massa.", "menembakkan gas air mata", "ASSAULT"),
    ("Buruh itu melakukan mogok makan.", "mogok makan", "PROTEST"),
    ("Bupati memberikan santunan kepada keluarga korban.", "memberikan", "AID"),
    ("Menteri itu meminta maaf kepada publik.", "meminta maaf", "CONCEDE"),
    ("Ia minta maaf atas ucapannya.", "minta maaf", "CONCEDE"),
    ("Juru bicara menyangkal kabar tersebut.", "menyangkal", "REJECT"),
    ("Warga mengadukan kepala desa ke bupati.", "mengadukan", "ACCUSE"),
    ("KPK menggeledah kantor dinas itu.", "menggeledah", "ACCUSE"),
    ("Nelayan memprotes kebijakan itu.", "memprotes", "ACCUSE"),
    ("Tiga partai mengusung pasangan itu.", "mengusung", "SUPPORT"),
    ("Indonesia menyambut baik rencana itu.", "menyambut baik", "SUPPORT"),
    ("Indonesia menyambut positif rencana Jepang.", "menyambut", "SUPPORT"),
    ("LSM itu mendorong pemerintah agar mencabut aturan itu.", "mendorong", "REQUEST"),
    ("Terdakwa dihukum lima tahun penjara.", "dihukum", "SANCTION"),
    ("Polda menurunkan 500 personel gabungan.", "menurunkan", "MOBILIZE"),
    ("Penyidik meminta keterangan tiga saksi.", "meminta keterangan", "ACCUSE"),
    ("Kepala dinas itu dimintai keterangan oleh jaksa.", "dimintai keterangan", "ACCUSE"),
    ("Terdakwa mengajukan kasasi ke Mahkamah Agung.", "mengajukan kasasi", "ACCUSE"),
    ("Jaksa mengajukan memori banding.", "mengajukan", "ACCUSE"),
    ("Hakim menjatuhkan tujuh tahun hukuman penjara.", "menjatuhkan", "SANCTION"),
    ("Mantan bupati itu dijatuhi delapan tahun pidana penjara.", "dijatuhi", "SANCTION"),
    # meetings, mediation and visits
    ("Kedua presiden menggelar pertemuan tertutup di istana.", "pertemuan tertutup", "CONSULT"),
    ("Dinas akan mempertemukan manajemen dan serikat pekerja.", "mempertemukan", "CONSULT"),
    ("Raja Yordania melakukan kunjungan kenegaraan ke Jakarta.", "kunjungan kenegaraan", "CONSULT"),
    ("Presiden menyatakan dukungan terhadap rencana itu.", "menyatakan dukungan", "SUPPORT"),
    # aid by the people sent, release and access given, withdrawal
    ("Indonesia berencana mengirim tim medis ke Sudan.", "mengirim", "AID"),
    ("Kemenkes mengirimkan 20 dokter ke Waingapu.", "mengirimkan", "AID"),
    ("BNPB mengirimkan 10 ton beras ke lokasi banjir.", "mengirimkan", "AID"),
    ("Polisi melepaskan lima nelayan itu.", "melepaskan", "RETREAT"),
    ("Diplomat itu akan diberi akses kekonsuleran.", "diberi akses", "RETREAT"),
    ("Rusia menarik sebagian pasukan dari perbatasan.", "menarik", "RETREAT"),
    # a diplomatic protest note
    ("Kemlu melayangkan nota protes kepada China.", "melayangkan nota protes", "ACCUSE"),
    # revoked permits, imposed duties and penalties
    ("Kemendag mencabut persetujuan impor 14 perusahaan.", "mencabut", "SANCTION"),
    ("Pemerintah akan memberlakukan bea masuk atas kain impor.", "memberlakukan bea masuk", "SANCTION"),
    ("Perusahaan itu hanya dikenai sanksi administratif.", "dikenai", "SANCTION"),
    # sealing, thrown stones
    ("KLH menyegel 1.200 hektare lahan konsesi.", "menyegel", "COERCE"),
    ("Sekelompok orang melempari aparat dengan batu.", "melempari", "ASSAULT"),
    ("Massa melempar batu ke arah polisi.", "melempar", "ASSAULT"),
    # the passive of listed verbs
    ("Aksi balapan liar itu sudah lama dikeluhkan warga.", "dikeluhkan", "ACCUSE"),
    ("Keputusan itu ditentang sejumlah fraksi.", "ditentang", "ACCUSE"),
    ("Terdakwa dituntut 15 tahun penjara.", "dituntut", "REQUEST"),
    ("Warga diimbau tidak keluar rumah.", "diimbau", "REQUEST"),
    ("Tudingan itu ditepis juru bicara partai.", "ditepis", "REJECT"),
    ("Langkah polisi itu diapresiasi warga.", "diapresiasi", "SUPPORT"),
    ("Produk perusahaan itu diboikot konsumen.", "diboikot", "PROTEST"),
    ("Sengketa itu dimediasi Dinas Tenaga Kerja.", "dimediasi", "CONSULT"),
    ("Kota itu diinvasi pasukan asing.", "diinvasi", "ASSAULT"),
    ("Markas kelompok itu digempur militer.", "digempur", "ASSAULT"),
    ("Lokasi banjir ditinjau gubernur.", "ditinjau", "CONSULT"),
    ("Resolusi itu diveto Rusia.", "diveto", "REJECT"),
    ("Komdis juga menghukum pemain itu larangan bermain tiga laga.", "menghukum", "SANCTION"),
    # nouns of listed acts
    ("Polisi menyelidiki penyerangan terhadap kantor partai.", "penyerangan", "ASSAULT"),
    ("Penyanderaan itu berakhir setelah negosiasi.", "Penyanderaan", "ASSAULT"),
    ("Pencopotan kepala dinas itu diumumkan Senin.", "Pencopotan", "SANCTION"),
    # agreements, talks, support and concessions
    ("Kedua perusahaan meneken MoU di Jakarta.", "MoU", "AGREE"),
    ("Tim Kemenkes menggelar rapat dengan dinas kesehatan.", "rapat", "CONSULT"),
    ("Komisi III menggelar rapat dengar pendapat dengan Polri.", "rapat dengar pendapat", "CONSULT"),
    ("Serikat pekerja bernegosiasi dengan manajemen.", "bernegosiasi", "CONSULT"),
    ("KPU berkonsultasi dengan DPR soal jadwal itu.", "berkonsultasi", "CONSULT"),
    ("Presiden mengucapkan terima kasih kepada relawan.", "mengucapkan terima kasih", "SUPPORT"),
    ("Terdakwa mengaku bersalah di persidangan.", "mengaku bersalah", "CONCEDE"),
    # cooperation, donations, withdrawal, lifted sanctions
    ("TNI dan Polri menggelar operasi gabungan di perbatasan.", "operasi gabungan", "COOPERATE"),
    ("Pemprov bersinergi dengan BUMN menangani stunting.", "bersinergi", "COOPERATE"),
    ("Perusahaan itu menyumbangkan dua ambulans.", "menyumbangkan", "AID"),
    ("Partai itu menarik diri dari koalisi.", "menarik diri", "RETREAT"),
    ("AS mencabut sebagian sanksi terhadap Venezuela.", "mencabut", "RETREAT"),
    # requests, investigations, protests
    ("Warga mengajukan permohonan ke pengadilan.", "mengajukan permohonan", "REQUEST"),
    ("Komnas HAM menggelar investigasi atas kasus itu.", "investigasi", "ACCUSE"),
    ("Ratusan pengemudi ojek menggeruduk kantor aplikator.", "menggeruduk", "PROTEST"),
    # dismissals and suspensions, reinforcement, violence
    ("Kapolri mencopot Kapolres itu dari jabatannya.", "mencopot", "SANCTION"),
    ("Wasit itu dinonaktifkan selama dua pekan.", "dinonaktifkan", "SANCTION"),
    ("Polda menambah 300 personel di lokasi.", "menambah", "MOBILIZE"),
    ("Pelaku melukai dua petugas.", "melukai", "ASSAULT"),
    ("Massa membakar dua mobil polisi.", "membakar", "ASSAULT"),
    # beating over and over: its own verb form, not "memukul"
    ("Tiga pemuda memukuli seorang sopir angkot.", "memukuli", "ASSAULT"),
    ("Seorang sopir angkot dipukuli tiga pemuda.", "dipukuli", "ASSAULT"),
])
def test_common_news_constructions(text, trigger, type_):
    assert (trigger, type_) in [(t.text, t.entry["type"]) for t in find_triggers(text)]


@pytest.mark.parametrize("text, trigger, type_", [
    # relief sent by what is sent: nets, vaccines, teachers and students
    ("Dinas Kesehatan mengirim 3.000 kelambu ke Kabupaten Asmat.", "mengirim", "AID"),
    ("Kemenkes mengirimkan 50.000 dosis vaksin campak ke Flores.", "mengirimkan", "AID"),
    ("Pemkab mengirim 40 guru ke pulau-pulau terluar.", "mengirim", "AID"),
    ("Kampus itu siap mengirimkan 200 mahasiswa ke desa tertinggal.", "mengirimkan", "AID"),
    # help given by the people who give it, training opened for those hit
    ("Pengungsi dibantu relawan Tagana menyeberangi sungai.", "dibantu", "AID"),
    ("Kemnaker membuka program pelatihan bagi korban PHK.", "membuka", "AID"),
    ("Yayasan itu membuka dapur umum di Palu.", "membuka dapur umum", "AID"),
    # proposals to a body, complaints, disputes taken to court
    ("Wali kota mengusulkan pembangunan jembatan kepada Kementerian PUPR.", "mengusulkan", "REQUEST"),
    ("Nasabah mengadu ke OJK soal penagihan kasar.", "mengadu", "ACCUSE"),
    ("Ahli waris membawa sengketa lahan itu ke pengadilan.", "membawa", "ACCUSE"),
    # halted activities, permits under review, dismissals, clearances
    ("KLHK menghentikan kegiatan tambang pasir di lereng Merapi.", "menghentikan", "SANCTION"),
    ("Bupati akan meninjau ulang izin usaha tambak udang itu.", "meninjau ulang", "SANCTION"),
    ("Pabrik sepatu itu memutus hubungan kerja 500 buruh.", "memutus hubungan kerja", "SANCTION"),
    ("Satpol PP menertibkan pedagang kaki lima di trotoar.", "menertibkan", "COERCE"),
    # teams sent: forces, unless events.py finds them sent for relief
    ("Basarnas mengirim tim SAR ke lokasi kapal tenggelam.", "mengirim", "MOBILIZE"),
    # reprimands, clarification and reviews of permits or officials, complaints to oversight bodies
    ("Wali kota menegur kepala dinas perhubungan.", "menegur", "ACCUSE"),
    ("Rektor memberikan teguran kepada dosen itu.", "memberikan teguran", "ACCUSE"),
    ("Ombudsman akan mengklarifikasi Satpol PP pekan ini.", "mengklarifikasi", "ACCUSE"),
    ("Pemkot akan mengevaluasi izin usaha tempat hiburan itu.", "mengevaluasi", "ACCUSE"),
    ("BPK mengaudit keuangan BUMD tersebut.", "mengaudit", "ACCUSE"),
    ("Warga melaporkan kepala desa ke Inspektorat Kabupaten Gowa.", "melaporkan", "ACCUSE"),
    # deadlines given
    ("Kemenhub memberi tenggat dua pekan kepada maskapai itu.", "memberi tenggat", "REQUEST"),
    ("Pelatih memberi waktu sepekan kepada pemainnya untuk pulih.", "memberi waktu", "REQUEST"),
])
def test_acts_of_labour_health_school_and_environment_news(text, trigger, type_):
    assert (trigger, type_) in [(t.text, t.entry["type"]) for t in find_triggers(text)]


@pytest.mark.parametrize("text, type_", [
    ("Pabrik itu menghentikan produksi selama Lebaran.", "SANCTION"),  # a firm's own pause punishes no one
    ("Ia mengirim pesan kepada ibunya.", "AID"),  # nothing that helps is sent
    ("Warga membawa kasur ke tempat pengungsian.", "ACCUSE"),  # no dispute taken to court
    ("Tim peneliti meninjau ulang data itu.", "SANCTION"),  # no permit reviewed
    ("Polisi membuka posko pengaduan bagi korban.", "AID"),  # a post for complaints is no relief
    ("Sekolah mengevaluasi program makan siang.", "ACCUSE"),  # a programme reviewed accuses no one
    ("Ia melaporkan hasil rapat ke presiden.", "ACCUSE"),  # a report to a superior is no complaint
])
def test_a_new_gapped_act_needs_its_completion(text, type_):
    assert type_ not in [t.entry["type"] for t in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "BMKG memperingatkan potensi hujan lebat di Jawa Barat.",  # a warning is no threat (GUIDELINES: mengancam)
])
def test_a_warning_is_no_threat(text):
    assert "THREATEN" not in [t.entry["type"] for t in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "Ia melempar senyum kepada wartawan.",  # no stone thrown
    "Pemain itu melepaskan tembakan ke gawang.",  # no one released
    "Kapolri menarik perhatian publik.",  # no force withdrawn
    "Pemerintah mencabut subsidi solar.",  # no permit revoked
    "Pemerintah menambah anggaran bansos.",  # no forces added
    "Petani membakar jerami di sawah.",  # no building burned
    "Pelatih itu melatih tim muda setiap pagi.",  # coaching is no cooperation between parties
])
def test_a_gapped_act_needs_what_it_acts_on(text):
    assert not {"ASSAULT", "RETREAT", "SANCTION", "MOBILIZE", "COOPERATE"} & {
        t.entry["type"] for t in find_triggers(text)}


@pytest.mark.parametrize("text", [
    "Rapat paripurna DPR digelar Selasa.",  # a meeting named with no partner
])
def test_a_meeting_needs_its_partner(text):
    assert "CONSULT" not in [t.entry["type"] for t in find_triggers(text)]


@pytest.mark.parametrize("text, trigger, type_", [
    # a one-word verb trigger with its object clitic
    ("Polda menetapkan HS sebagai tersangka dan menahannya.", "menahannya", "COERCE"),
    ("Ketua partai menemuinya di Makassar.", "menemuinya", "CONSULT"),
    ("Saksi itu diperiksanya selama enam jam.", "diperiksanya", "ACCUSE"),
])
def test_a_verb_trigger_with_its_object_clitic(text, trigger, type_):
    assert (trigger, type_) in [(t.text, t.entry["type"]) for t in find_triggers(text)]


def test_object_voice_stems_are_marked_and_have_no_verb_prefix():
    stems = [t for e in ENTRIES if e.get("object_voice") for t in e["triggers"]]
    # a stem may take the word that completes it ("kami beri waktu"); its first word is the bare verb
    assert stems and not [t for t in stems if re.match(r"(?:me|ber)\w{3}", t)]  # "beri" is a root, "bertemu" not
    assert is_nominal("beri waktu") is False
