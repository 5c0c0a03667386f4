"""Who acts in clauses the event coder reads past the subject (a verb joined on after an apposition, a body acting
through a spokesperson, a clause set off after a name: "KPK, yang menahan ...", a group of people referred to again:
"Para buruh ...", a second act of one kind in a sentence), and nouns that name no new act ("permintaan beras")."""

import pytest

from warta.article import Mention, Quote, Speaker, Time
from warta.components.events import code_events

from .test_events import _kb_article

KEJATI = ("Kejati Sumut", "ORG", None, [])
UNION = ("Serikat Pekerja Nasional", "ORG", None, [])


def _actors(text, entities, type_):
    article, ids = _kb_article(text, entities)
    names = {v: k for k, v in ids.items()}
    return [names.get(v.actor) for v in code_events(article) if v.type == type_]


@pytest.mark.parametrize("text, entities, type_, actors", [
    # a verb joined on after a name between commas goes on with the subject before the apposition
    ("Kejati Sumut menahan Direktur CV Karya Mandiri, Suparman, dan menyita dua mobil.",
     [KEJATI, ("CV Karya Mandiri", "ORG", None, []), ("Suparman", "PER", None, ["Direktur CV Karya Mandiri"])],
     "COERCE", ["Kejati Sumut", "Kejati Sumut"]),
    ("Polda Jatim menangkap kepala desa, Budi Santoso, lalu langsung menggeledah rumahnya.",
     [("Polda Jatim", "ORG", None, []), ("Budi Santoso", "PER", None, [])], "ACCUSE", ["Polda Jatim"]),
    # ... but a clause with its own subject after "dan" is that subject's
    ("Polda Jatim menangkap Budi Santoso, dan Bareskrim menggeledah rumahnya.",
     [("Polda Jatim", "ORG", None, []), ("Budi Santoso", "PER", None, []), ("Bareskrim", "ORG", None, [])],
     "ACCUSE", ["Bareskrim"]),
])
def test_a_verb_joined_after_an_apposition_keeps_the_subject(text, entities, type_, actors):
    assert _actors(text, entities, type_) == actors


@pytest.mark.parametrize("text, entities, type_, actor", [
    # a body acting through its spokesperson, set off by commas or not, with or without a title the tagger read
    ("Kementerian ESDM, lewat juru bicaranya Agus Cahyono, menolak tudingan itu.",
     [("Kementerian ESDM", "ORG", None, []), ("Agus Cahyono", "PER", None, [])], "REJECT", "Kementerian ESDM"),
    ("Kementerian ESDM melalui juru bicaranya Agus Cahyono menolak tudingan itu. Agus Cahyono juga meminta DPR bersabar.",
     [("Kementerian ESDM", "ORG", None, []), ("Agus Cahyono", "PER", None, []), ("DPR", "ORG", None, [])],
     "REQUEST", "Kementerian ESDM"),
    ("PT Kereta Api Indonesia (KAI) melalui Vice President Humas, Anne Purba, meminta maaf kepada penumpang.",
     [("PT Kereta Api Indonesia", "ORG", None, []), ("Anne Purba", "PER", None, [])], "CONCEDE",
     "PT Kereta Api Indonesia"),
    # ... not a person after a verb that follows the channel word ("melalui operasi ... menangkap")
    ("KPK menangkap Budi melalui operasi di Jakarta. Budi Santoso membantah tudingan itu.",
     [("KPK", "ORG", None, []), ("Budi Santoso", "PER", None, [])], "REJECT", "Budi Santoso"),
    # a title with "-nya" after the body named earlier in the same sentence
    ("Kementerian ESDM lewat juru bicaranya, Agus Cahyono, membantah tudingan itu.",
     [("Kementerian ESDM", "ORG", None, []), ("Agus Cahyono", "PER", None, ["juru bicaranya"])], "REJECT",
     "Kementerian ESDM"),
])
def test_a_body_acts_through_its_spokesperson(text, entities, type_, actor):
    assert _actors(text, entities, type_)[-1] == actor


@pytest.mark.parametrize("title, bodies, actor", [
    # the first body a title names, the one within the other
    ("Ketua Komisi D DPRD Sulsel", ["Komisi D", "DPRD Sulsel"], "Komisi D"),
    ("Ketua SPN PT Duta Alas Kaki", ["SPN", "PT Duta Alas Kaki"], "SPN"),
    # ... but a legislator speaks for his faction
    ("Anggota Baleg Fraksi Golkar", ["Baleg", "Golkar"], "Golkar"),
    ("Anggota Komisi III DPR dari Fraksi PDIP", ["Komisi III", "DPR", "PDIP"], "PDIP"),
])
def test_the_body_a_title_names_first(title, bodies, actor):
    text = f"Rapat digelar di gedung itu. {title} Ani Wijaya menolak usulan tersebut."
    entities = [(b, "ORG", None, []) for b in bodies] + [("Ani Wijaya", "PER", None, [title])]
    assert _actors(text, entities, "REJECT") == [actor]


@pytest.mark.parametrize("text, types", [
    # a clause set off by a comma after a name tells what that party did
    ("Kejati Sumut, yang menetapkan Budi sebagai tersangka bulan lalu, kembali memeriksa Budi Santoso.",
     ["ACCUSE", "ACCUSE"]),
    ("Polres Lumajang, yang menangkap lima sopir truk pekan lalu, kini menyelidiki keterlibatan aparat desa.",
     ["COERCE", "ACCUSE"]),
    ("Kejaksaan Tinggi Sumatera Utara (Kejati Sumut), yang menyita dua mobil, kembali memeriksa Budi Santoso.",
     ["COERCE", "ACCUSE"]),
    # ... a clause after a common noun only describes which ones
    ("Kejati Sumut memeriksa warga yang menolak relokasi.", ["ACCUSE"]),
    ("Kejati Sumut memeriksa dua orang, yang menolak relokasi.", ["ACCUSE"]),
])
def test_an_act_in_a_clause_after_a_name_is_that_partys(text, types):
    entities = [KEJATI, ("Kejaksaan Tinggi Sumatera Utara", "ORG", None, []), ("Budi Santoso", "PER", None, []),
                ("Polres Lumajang", "ORG", None, [])]
    article, _ids = _kb_article(text, entities)
    events = code_events(article)
    assert [v.type for v in events] == types
    assert all(v.actor is not None for v in events)


@pytest.mark.parametrize("text, types", [
    # a verb after "dan" and an auxiliary is an act of its own, not what is denied or asked
    ("Pengacara Budi, Ani Wijaya, menolak tudingan jaksa dan akan mengajukan praperadilan.", ["REJECT", "ACCUSE"]),
    ("Budi Santoso membantah tuduhan itu dan segera melaporkan jaksa ke polisi.", ["REJECT", "ACCUSE"]),
    # ... but "dan" between nouns of what is asked goes on with it, so do "dan" and "serta" after its verb
    ("Budi Santoso meminta polisi dan jaksa menangkap pelaku.", ["REQUEST"]),
    ("Budi Santoso meminta polisi menangkap pelaku serta menyita barang bukti.", ["REQUEST"]),
])
def test_a_verb_after_dan_and_an_auxiliary_is_its_own_act(text, types):
    article, _ = _kb_article(text, [("Budi Santoso", "PER", None, []), ("Budi", "PER", None, []),
                                    ("Ani Wijaya", "PER", None, ["Pengacara Budi"])])
    assert [v.type for v in code_events(article)] == types


@pytest.mark.parametrize("text, actor", [
    # people named by a common noun opening a clause, told of before: their organisation
    (("Sekitar 2.000 anggota Serikat Pekerja Nasional mogok kerja di Tangerang. Para buruh menuntut perusahaan "
     "membayar THR."), "Serikat Pekerja Nasional"),
    (("Ratusan guru honorer yang tergabung dalam Forum Honorer Garut berdemonstrasi. Para guru menuntut pemerintah "
     "mengangkat mereka."), "Forum Honorer Garut"),
    ("Kelompok Tani Sido Makmur mendatangi kantor dinas. Petani juga meminta pemerintah membeli gabah.",
     "Kelompok Tani Sido Makmur"),
    # "mereka" two sentences after the group acted, a quote between
    (('Serikat Pekerja Nasional mogok kerja di Tangerang. "Kami sudah bersurat," kata Rudi. Mereka juga meminta '
     'Disnaker turun tangan.'), "Serikat Pekerja Nasional"),
    # ... not new people counted ("Ratusan warga"), nor people of another kind, nor without a group named
    ("Serikat Pekerja Nasional mogok kerja di Tangerang. Ratusan warga menuntut perusahaan membayar ganti rugi.",
     None),
    ("Serikat Pekerja Nasional mogok kerja di Tangerang. Para pedagang menuntut perusahaan membayar ganti rugi.",
     None),
    ("Polda Jatim menggelar rapat di Tangerang. Para buruh menuntut perusahaan membayar THR.", None),
    # ... nor residents, though a body named before has the word in its name: people of a place are no members
    (("Aliansi Masyarakat Adat Nusantara mengecam izin tambang itu. Masyarakat di sekitar tambang juga meminta izin "
      "itu dicabut."), None),
    (("Paguyuban Penduduk Kampung Pulo mengecam penggusuran itu. Penduduk di bantaran sungai juga meminta ganti "
      "rugi."), None),
    # people as the object of a verb opening the clause are not its subject
    ("Ketua Komisi D, Rahman Pina, menemui para pengemudi dan berjanji memanggil perusahaan itu.", "Komisi D"),
])
def test_a_group_of_people_referred_to_again(text, actor):
    entities = [UNION, ("Forum Honorer Garut", "ORG", None, []), ("Kelompok Tani Sido Makmur", "ORG", None, []),
                ("Polda Jatim", "ORG", None, []), ("Komisi D", "ORG", None, []),
                ("Rahman Pina", "PER", None, ["Ketua Komisi D"]), ("Aliansi Masyarakat Adat Nusantara", "ORG", None, []),
                ("Paguyuban Penduduk Kampung Pulo", "ORG", None, [])]
    article, ids = _kb_article(text, entities)
    acts = [v for v in code_events(article, min_confidence=0.3) if v.type in ("REQUEST", "AGREE")]
    assert acts and acts[-1].actor == ids.get(actor)


@pytest.mark.parametrize("text, n", [
    # a second act of a kind in a sentence on another party named, or with its verb repeated, is another act
    ("Kejati Sumut menahan Budi Santoso dan menahan Andi Wijaya.", 2),
    ("Kejati Sumut menegur kepala sekolah itu dan menegur dua pengawas sekolah.", 2),
    ("Kejati Sumut menegur kepala sekolah yang meliburkan siswa dan menegur dua pengawas sekolah.", 2),
    # ... arrest and detention of one person, or one act told with two words, is one
    ("Kejati Sumut menangkap dan menahan Budi Santoso.", 1),
    ("Kejati Sumut menangkap Budi Santoso dan menahannya di Rutan Tanjung Gusta.", 1),
])
def test_a_second_act_of_one_kind_in_a_sentence(text, n):
    article, _ = _kb_article(text, [KEJATI, ("Budi Santoso", "PER", None, []), ("Andi Wijaya", "PER", None, []),
                                    ("Rutan Tanjung Gusta", "LOC", None, [])])
    assert len(code_events(article)) == n


@pytest.mark.parametrize("text, rows", [
    # an act told as past in a clause set off after the name is not the one the sentence goes on to tell
    ("Polda Jatim, yang sebelumnya menangkap tiga pelaku, kini menahan dua orang lagi.",
     [("menangkap", "Polda Jatim", None, "historical"), ("menahan", "Polda Jatim", None, "asserted")]),
    ("Kejati Sumut, yang sebelumnya menahan dua pejabat, kini menangkap seorang kontraktor.",
     [("menahan", "Kejati Sumut", None, "historical"), ("menangkap", "Kejati Sumut", None, "asserted")]),
    # ... but told as past together, two words of one act are one
    ("Kejati Sumut sebelumnya menangkap dan menahan dua pejabat.", [("menangkap", "Kejati Sumut", None, "historical")]),
    # a summons to be examined is one act, the examination its purpose
    ("Polda Jatim memanggil Budi Santoso untuk diperiksa sebagai saksi.",
     [("memanggil", "Polda Jatim", "Budi Santoso", "asserted")]),
    ("Kejati Sumut memanggil Andi Wijaya untuk dimintai keterangan.",
     [("memanggil", "Kejati Sumut", "Andi Wijaya", "asserted")]),
    # another doer after "oleh" in a clause of its own makes another act, on people unnamed there, not the party before
    ("Kejati Sumut menahan Budi Santoso, sedangkan dua kontraktor ditahan oleh Polda Jatim.",
     [("menahan", "Kejati Sumut", "Budi Santoso", "asserted"), ("ditahan", "Polda Jatim", None, "asserted")]),
    ("Polda Jatim menangkap dua pelaku, sedangkan tiga lainnya ditangkap oleh Kejati Sumut.",
     [("menangkap", "Polda Jatim", None, "asserted"), ("ditangkap", "Kejati Sumut", None, "asserted")]),
    # ... also after "sementara itu," or another clause end with a subject of its own
    ("Kejati Sumut menahan Budi Santoso, sementara itu, dua kontraktor ditahan oleh Polda Jatim.",
     [("menahan", "Kejati Sumut", "Budi Santoso", "asserted"), ("ditahan", "Polda Jatim", None, "asserted")]),
    ("Kejati Sumut menyita rumah Budi Santoso, sementara itu, dua mobilnya disita oleh Polda Jatim.",
     [("menyita", "Kejati Sumut", "Budi Santoso", "asserted"), ("disita", "Polda Jatim", None, "asserted")]),
    ("Kejati Sumut memeriksa Andi Wijaya, namun tiga saksi lain diperiksa oleh Polda Jatim.",
     [("memeriksa", "Kejati Sumut", "Andi Wijaya", "asserted"), ("diperiksa", "Polda Jatim", None, "asserted")]),
    # the verb said again by its doer, on others unnamed, tells another act
    ("Kejati Sumut memeriksa Budi Santoso sebagai saksi, lalu memeriksa tiga stafnya soal aliran dana.",
     [("memeriksa", "Kejati Sumut", "Budi Santoso", "asserted"), ("memeriksa", "Kejati Sumut", None, "asserted")]),
    ("Polda Jatim menangkap Andi Wijaya di Gresik, kemudian menangkap empat anak buahnya di Lamongan.",
     [("menangkap", "Polda Jatim", "Andi Wijaya", "asserted"), ("menangkap", "Polda Jatim", None, "asserted")]),
    ("Kejati Sumut menyita rumah milik Budi Santoso, lalu menyita dua mobil lain di Medan.",
     [("menyita", "Kejati Sumut", "Budi Santoso", "asserted"), ("menyita", "Kejati Sumut", None, "asserted")]),
])
def test_acts_of_one_kind_told_in_one_sentence(text, rows):
    article, ids = _kb_article(text, [KEJATI, ("Polda Jatim", "ORG", None, []), ("Budi Santoso", "PER", None, []),
                                      ("Andi Wijaya", "PER", None, [])])
    names = {v: k for k, v in ids.items()}
    assert [(v.trigger.text, names.get(v.actor), names.get(v.target), v.modality)
            for v in code_events(article)] == rows


def test_a_speaker_written_as_a_name_the_quote_does_not_link_acts():
    text = ("Pemerintah Provinsi Jawa Barat melalui Kepala BKD, Asep Sudrajat, menyatakan menerima tuntutan itu dan "
            "berjanji membahasnya.")
    article, ids = _kb_article(text, [("Pemerintah Provinsi Jawa Barat", "ORG", None, []),
                                      ("Asep Sudrajat", "PER", None, [])])
    content = "menerima tuntutan itu dan berjanji membahasnya"
    at, speaker = text.index(content), "Pemerintah Provinsi Jawa Barat"
    article.quotes.append(Quote(id="q1", kind="indirect", content=content, start=at, end=at + len(content),
                                speaker=Speaker(entity=None, name=speaker, text=speaker, start=0, end=len(speaker))))
    assert [(v.type, v.actor) for v in code_events(article)] == [("AGREE", ids[speaker])]


@pytest.mark.parametrize("text, n", [
    # "permintaan" is a request only with who asks, or what for, right after it
    ("Permintaan beras dari pedagang besar melemah menjelang panen raya.", 0),
    ("Kejati Sumut menyebut permintaan pasir untuk proyek tol terus naik.", 0),
    ("Budi Santoso menyampaikan permintaan Kejati Sumut kepada hakim.", 1),
    ("Budi Santoso menyampaikan permintaan agar sidang ditunda.", 1),
    ("Budi Santoso menyampaikan permintaan warga kepada hakim.", 1),
])
def test_permintaan_is_a_request_only_with_a_requester(text, n):
    article, _ = _kb_article(text, [KEJATI, ("Budi Santoso", "PER", None, [])])
    assert len([v for v in code_events(article, min_confidence=0.3) if v.type == "REQUEST"]) == n


@pytest.mark.parametrize("entities, actor", [
    # a regional head acts for the region's government, named in another form of its kind
    ([("Kabupaten Demak", "LOC", None, []), ("Pemkab Demak", "ORG", None, [])], "Pemkab Demak"),
    ([("Kota Solo", "LOC", None, []), ("Pemerintah Kota Solo", "ORG", None, [])], "Pemerintah Kota Solo"),
    # ... not a government of another kind of region of that name
    ([("Kabupaten Demak", "LOC", None, []), ("Pemkot Demak", "ORG", None, [])], "Kabupaten Demak"),
])
def test_a_regional_head_acts_for_the_government_named_in_another_form(entities, actor):
    region = entities[0][0].split()[-1]
    text = f"{entities[1][0]} menggelar rapat di {entities[0][0]}. Bupati {region} Ani Wijaya mengecam PT Sinar Jaya."
    rows = [*entities, ("Ani Wijaya", "PER", None, [f"Bupati {region}"]), ("PT Sinar Jaya", "ORG", None, [])]
    article, ids = _kb_article(text, rows)
    at = text.rindex(region)  # "Bupati Demak": the region named short in the title
    article.entities[0].mentions.append(Mention(text=region, start=at, end=at + len(region)))
    assert _one_actor(article, "ACCUSE") == ids[actor]


def _one_actor(article, type_):
    found = [v.actor for v in code_events(article) if v.type == type_]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("text, actor", [
    # the head word of a law enforcer's name opening a clause alone: the body of that kind named
    ("Kejati Sumut menahan Budi Santoso. Kejati juga memblokir rekening milik Budi Santoso.", "Kejati Sumut"),
    ("Polda Jatim menggelar rapat. Polda juga menyita dua mobil.", "Polda Jatim"),
    # investigators: the law enforcer named, not the company acted on last
    ("Kejati Sumut menahan Budi Santoso di kantor PT Sinar Jaya. Penyidik berencana memanggil Andi Wijaya.",
     "Kejati Sumut"),
])
def test_a_law_enforcer_named_by_a_head_word_or_as_investigators(text, actor):
    article, ids = _kb_article(text, [KEJATI, ("Polda Jatim", "ORG", None, []), ("Budi Santoso", "PER", None, []),
                                      ("PT Sinar Jaya", "ORG", None, []), ("Andi Wijaya", "PER", None, [])])
    assert code_events(article)[-1].actor == ids[actor]


@pytest.mark.parametrize("text, n", [
    # a noun of an act coded before, opening its clause, names it again, whoever speaks
    (('Dinkes Sikka menggelar pengasapan di 20 desa. "Pengasapan baru dilakukan setelah ada korban," kata Budi '
     'Santoso.'), 1),
    # equipment named after the act is no act
    ("Kemenkes mengirim 40 unit mesin pengasapan ke Sikka.", 0),
])
def test_a_noun_of_an_act_told_before_or_of_equipment(text, n):
    article, _ = _kb_article(text, [("Dinkes Sikka", "ORG", None, []), ("Budi Santoso", "PER", None, []),
                                    ("Kemenkes", "ORG", None, []), ("Sikka", "LOC", None, [])])
    content = "Pengasapan baru dilakukan setelah ada korban"
    if content in text:
        at, who = text.index(content), text.index("Budi Santoso")
        article.quotes.append(Quote(id="q1", kind="direct", content=content, start=at, end=at + len(content),
                                    speaker=Speaker(entity=article.entities[1].id, name="Budi Santoso",
                                                    text="Budi Santoso", start=who, end=who + 12)))
    assert len([v for v in code_events(article) if v.type == "AID" and v.trigger.text.lower() == "pengasapan"]) == n


def _quoted(text, content, speaker, entities):
    """An article over ``text`` with one direct quote ``content`` said by the entity named ``speaker``."""
    article, ids = _kb_article(text, entities)
    at, who = text.index(content), text.index(speaker)
    article.quotes.append(Quote(id="q1", kind="direct", content=content, start=at, end=at + len(content),
                                speaker=Speaker(entity=ids[speaker], name=speaker, text=speaker, start=who,
                                                end=who + len(speaker))))
    return article, ids


@pytest.mark.parametrize("content, actor", [
    # "kami" opening the clause is the speaker's body, whoever else is named doing it with them
    ("Tim kami bersama personel TNI dan Polri mengevakuasi warga sampai subuh", "BPBD Parimo"),
    ("Kami bersama TNI mengevakuasi warga sampai subuh", "BPBD Parimo"),
    # ... not when another party opens it
    ("Personel TNI mengevakuasi warga sampai subuh", "TNI"),
])
def test_kami_opening_a_clause_with_others_named_is_the_speaker(content, actor):
    text = f'"{content}," ujar Kepala BPBD Parimo, Andi Syamsul.'
    article, ids = _quoted(text, content, "Andi Syamsul", [
        ("BPBD Parimo", "ORG", None, []), ("TNI", "ORG", None, []), ("Polri", "ORG", None, []),
        ("Andi Syamsul", "PER", None, ["Kepala BPBD Parimo"])])
    assert _one_actor(article, "AID") == ids[actor]


@pytest.mark.parametrize("text, types", [
    # what is promised or threatened goes on past a short form in brackets and a comma before "termasuk"
    (("Gubernur Maluku berjanji Pemerintah Provinsi Maluku (Pemprov Maluku) akan menanggung biaya perawatan dan "
     "memberikan santunan bagi keluarga korban."), ["AGREE"]),
    ("China mengancam akan mengambil langkah balasan, termasuk menggugat Indonesia ke WTO.", ["THREATEN"]),
    # ... but a comma before another clause ends it
    ("China mengancam akan mengambil langkah balasan, Indonesia menggugat China ke WTO.", ["THREATEN", "ACCUSE"]),
])
def test_what_is_promised_or_threatened_goes_on_past_brackets_and_lists(text, types):
    article, _ = _kb_article(text, [("Pemerintah Provinsi Maluku", "ORG", None, []), ("Maluku", "LOC", None, []),
                                    ("China", "LOC", None, []), ("Indonesia", "LOC", None, []),
                                    ("WTO", "ORG", None, [])])
    assert [v.type for v in code_events(article)] == types


@pytest.mark.parametrize("text, types", [
    # "ada ... yang" before a trigger tells who acted (or that no one did), not which ones
    ("Hingga Senin sore, belum ada pejabat Kementan yang menemui para pengunjuk rasa.", ["CONSULT"]),
    ("Kalau target tidak tercapai, mereka dihukum, bahkan ada yang dipukul.", ["ASSAULT"]),
    # ... not after a thing
    ("Masih ada 23 bidang tanah yang belum dibebaskan.", []),
    # a clause set off after a name and its degrees
    ("Ketua Komisi II, H. Mukhlis Yusuf, S.H., yang menemui para pengunjuk rasa, mengkritik Kementan.",
     ["CONSULT", "ACCUSE"]),
])
def test_acts_told_in_a_clause_after_ada_or_a_name_with_degrees(text, types):
    article, _ = _kb_article(text, [("Kementan", "ORG", None, []), ("Komisi II", "ORG", None, []),
                                    ("Mukhlis Yusuf", "PER", None, ["Ketua Komisi II"])])
    assert [v.type for v in code_events(article, min_confidence=0.3)] == types


@pytest.mark.parametrize("text, n", [
    # an act planned is not an act done told again, nor the other way round
    ("Penyidik Polda Jatim sudah memeriksa 14 saksi. Polda Jatim juga akan memeriksa direksi PT Lease.", 2),
    ("Polda Jatim sudah memeriksa 14 saksi. Polda Jatim juga memeriksa direksi PT Lease kemarin.", 1),
])
def test_an_act_planned_is_not_one_done_told_again(text, n):
    article, _ = _kb_article(text, [("Polda Jatim", "ORG", None, []), ("PT Lease", "ORG", None, []),
                                    ("Dinkes Sikka", "ORG", None, []), ("Budi Santoso", "PER", None, [])])
    assert len(code_events(article)) == n


@pytest.mark.parametrize("said", [
    # a noun of an act coded before, opening what a source says, names that act again, whoever speaks
    "pengasapan tidak bisa dilakukan sembarangan",
    "pengasapan baru dilakukan setelah ada korban",
])
def test_a_noun_opening_what_a_source_says_names_an_act_told_before(said):
    text = f"Dinkes Sikka akan menggelar pengasapan di 20 desa. Budi Santoso mengatakan {said}."
    article, _ = _quoted(text, said, "Budi Santoso", [("Dinkes Sikka", "ORG", None, []),
                                                      ("Budi Santoso", "PER", None, [])])
    assert len(code_events(article)) == 1


@pytest.mark.parametrize("text, types", [
    # protesting said of those who just held a protest tells what it is about
    ("Petani APPS berunjuk rasa di depan DPRD. Mereka memprotes kelangkaan pupuk.", ["PROTEST"]),
    # ... but it is an act of its own by another party
    ("Petani APPS berunjuk rasa di depan DPRD. Kementan memprotes aksi itu.", ["PROTEST", "ACCUSE"]),
])
def test_protesting_after_a_protest_is_what_it_is_about(text, types):
    article, _ = _kb_article(text, [("APPS", "ORG", None, []), ("DPRD", "ORG", None, []),
                                    ("Kementan", "ORG", None, [])])
    assert [v.type for v in code_events(article)] == types


@pytest.mark.parametrize("text, type_", [
    # search-and-rescue units deployed are relief
    ("Basarnas Ambon mengerahkan dua kapal SAR dan 120 personel gabungan ke Selat Haruku.", "AID"),
    ("Polda Maluku mengerahkan 120 personel ke Pelabuhan Tulehu.", "MOBILIZE"),
])
def test_search_and_rescue_sent_is_relief(text, type_):
    article, _ = _kb_article(text, [("Basarnas Ambon", "ORG", None, []), ("Polda Maluku", "ORG", None, [])])
    assert [v.type for v in code_events(article)] == [type_]


@pytest.mark.parametrize("text, n", [
    # a denial made again in a quote two sentences on, by the client of the lawyer quoted, is the same denial
    (('PT Lease membantah lalai. Kuasa hukum PT Lease, Johanis, mengatakan kapal laik laut. "Klien kami menolak '
     'tudingan kelebihan muatan," kata Johanis.'), 1),
    # ... not one made far later
    (('PT Lease membantah lalai. Kapal itu laik laut. Dokumennya lengkap. Awaknya terlatih. "Klien kami menolak '
     'tudingan kelebihan muatan," kata Johanis.'), 2),
])
def test_a_speech_act_made_again_in_a_quote_soon_after_is_one(text, n):
    content = "Klien kami menolak tudingan kelebihan muatan"
    article, _ = _quoted(text, content, "Johanis", [("PT Lease", "ORG", None, []),
                                                   ("Johanis", "PER", None, ["Kuasa hukum PT Lease"])])
    assert len([v for v in code_events(article) if v.type == "REJECT"]) == n


@pytest.mark.parametrize("text, types", [
    # a thing as the subject of an active verb: no party acts
    ("Syafrizal menegaskan, jika pupuk tidak tiba di kios dalam sepekan, APPS akan berunjuk rasa.", ["PROTEST"]),
    # ... people, a party or a pronoun do; so does a capitalised word the tagger did not take for a name
    ("Syafrizal menegaskan, jika petani tidak tiba di kios dalam sepekan, APPS akan berunjuk rasa.",
     ["CONSULT", "PROTEST"]),
    ("Syafrizal menegaskan, jika Sisi tidak tiba di Padang dalam sepekan, APPS akan berunjuk rasa.",
     ["CONSULT", "PROTEST"]),
])
def test_a_thing_as_subject_is_no_party_acting(text, types):
    article, _ = _kb_article(text, [("Syafrizal", "PER", None, ["Ketua APPS"]), ("APPS", "ORG", None, []),
                                    ("Padang", "LOC", None, [])])
    assert [v.type for v in code_events(article, min_confidence=0.3)] == types


@pytest.mark.parametrize("text, known", [
    # a trigger right after a comma has its subject in the clause before the channel or description
    ("Keluarga satpam yang menjadi korban, melalui kuasa hukumnya, meminta polisi mengusut kasus itu.", True),
    ("Keluarga satpam, yang menjadi korban, meminta polisi mengusut kasus itu.", True),
])
def test_people_before_a_channel_or_description_are_the_subject(text, known):
    article, _ = _kb_article(text, [])
    assert [v.confidence >= 0.5 for v in code_events(article, min_confidence=0.0)] == [known]


def test_a_name_in_a_description_is_no_subject():
    text = "Kelompok suporter Bonek, yang menggelar aksi di depan Gelora Bung Tomo, menolak putusan itu."
    article, _ = _kb_article(text, [("Gelora Bung Tomo", "LOC", None, [])])
    assert [(v.type, v.actor) for v in code_events(article, min_confidence=0.0)] == [("REJECT", None)]


@pytest.mark.parametrize("text, actor", [
    # "keduanya": the first of two parties named together in the sentence before
    ("Malaysia dan Turki mengutuk serangan itu. Keduanya meminta Mahkamah Pidana Internasional bertindak.",
     "Malaysia"),
    # ... else the first of the two persons last named
    ("Sugiono bertemu Ayman Safadi di Amman. Keduanya meminta Mahkamah Pidana Internasional bertindak.",
     "Sugiono"),
    # "kedua pemimpin": of two persons, not of the parties named together last
    (("Sugiono bertemu Ayman Safadi. Ayman memuji Malaysia dan Turki. Kedua pemimpin meminta Mahkamah Pidana "
     "Internasional bertindak."), "Sugiono"),
])
def test_keduanya_is_the_first_of_the_pair_named_before(text, actor):
    article, ids = _kb_article(text, [("Malaysia", "LOC", None, []), ("Turki", "LOC", None, []),
                                      ("Mahkamah Pidana Internasional", "ORG", None, []), ("Amman", "LOC", None, []),
                                      ("Sugiono", "PER", None, []), ("Ayman Safadi", "PER", None, [])])
    assert [v.actor for v in code_events(article) if v.type == "REQUEST"] == [ids[actor]]


@pytest.mark.parametrize("target, actor", [
    # a home state's organ acting toward an international body acts for its state
    (("Dewan Keamanan PBB", "ORG", "Q37470", []), "Indonesia"),
    # ... not toward a body at home
    (("Komnas HAM", "ORG", None, []), "Kementerian Luar Negeri RI"),
])
def test_a_home_organ_toward_an_international_body_is_the_state(target, actor):
    text = f"Kementerian Luar Negeri RI mendesak {target[0]} segera bertindak."
    article, ids = _kb_article(text, [("Kementerian Luar Negeri RI", "ORG", "W:kementerian-luar-negeri", []),
                                      ("Indonesia", "LOC", "Q252", []), target])  # the home state, named elsewhere
    assert _one_actor(article, "REQUEST") == ids[actor]


@pytest.mark.parametrize("text, actors", [
    # an agent noun of a kind of body with none of its kind named is no one named, not the party acting before
    ("Aliansi Mahasiswa Papua berunjuk rasa di depan Istana. Aparat menangkap 12 mahasiswa.",
     ["Aliansi Mahasiswa Papua", None]),
    (("Aliansi Mahasiswa Papua berunjuk rasa di Jayapura. Polres Jayapura menjaga aksi itu. Aparat menangkap 12 "
     "mahasiswa."), ["Aliansi Mahasiswa Papua", "Polres Jayapura"]),
])
def test_an_agent_noun_of_a_kind_with_none_named_is_unnamed(text, actors):
    article, ids = _kb_article(text, [("Aliansi Mahasiswa Papua", "ORG", None, []),
                                      ("Polres Jayapura", "ORG", None, [])])
    assert [v.actor for v in code_events(article, min_confidence=0.0)] == [ids.get(a) for a in actors]


@pytest.mark.parametrize("text, acts", [
    # another doer named in a clause of its own: another act of the kind, and no target across the clause word
    ("Polda Jatim menangkap dua pelaku, sedangkan Polres Malang menahan tiga orang lainnya.",
     [("Polda Jatim", None), ("Polres Malang", None)]),
    # ... not a name read as the doer of a purpose clause
    ("Polda Jatim akan memanggil Polres Malang pekan depan untuk meminta klarifikasi.",
     [("Polda Jatim", "Polres Malang")]),
])
def test_another_doer_in_a_clause_of_its_own(text, acts):
    article, ids = _kb_article(text, [("Polda Jatim", "ORG", None, []), ("Polres Malang", "ORG", None, [])])
    assert [(v.actor, v.target) for v in code_events(article)] == [(ids[a], ids.get(t)) for a, t in acts]


@pytest.mark.parametrize("text", [
    # a crime referred to by those it concerns is no act told
    "Presiden Prabowo memerintahkan Polri menindak tegas pelaku penembakan.",
    "Polri mendampingi keluarga korban penganiayaan itu.",
])
def test_a_crime_referred_to_by_those_it_concerns_is_no_act(text):
    article, _ = _kb_article(text, [("Prabowo", "PER", None, ["Presiden"]), ("Polri", "ORG", None, [])])
    assert [v.type for v in code_events(article, min_confidence=0.0)] == []


def test_an_act_of_a_party_told_before_as_background():
    text = "PT Freeport Indonesia, yang sebelumnya menolak membangun smelter, kini mendukung rencana pemerintah."
    article, _ = _kb_article(text, [("PT Freeport Indonesia", "ORG", None, [])])
    assert [(v.type, v.modality) for v in code_events(article)] == [("REJECT", "historical"), ("SUPPORT", "asserted")]


@pytest.mark.parametrize("text, actor", [
    # people said to be in a body act as that body
    ("Ratusan mahasiswa Universitas Mataram yang tergabung dalam BEM Unram berunjuk rasa di depan rektorat.",
     "BEM Unram"),
    # a group of people named for them, referred to again by its members
    (("Badan Eksekutif Mahasiswa Unram berunjuk rasa di depan rektorat. Rektor menemui mereka. Para mahasiswa "
     "menuntut rektor mundur."), "Badan Eksekutif Mahasiswa Unram"),
    # ... and the group that acted in the sentence before, for members named by another word
    ("Asosiasi Industri Baja mendukung langkah itu. Para pengusaha baja meminta pemerintah bergerak cepat.",
     "Asosiasi Industri Baja"),
])
def test_members_act_as_their_group(text, actor):
    article, ids = _kb_article(text, [("Universitas Mataram", "ORG", None, []), ("BEM Unram", "ORG", None, []),
                                      ("Badan Eksekutif Mahasiswa Unram", "ORG", None, []),
                                      ("Asosiasi Industri Baja", "ORG", None, [])])
    assert code_events(article)[-1].actor == ids[actor]


@pytest.mark.parametrize("text, types", [
    # a verb after "tetapi" and no subject has the subject of the clause before
    (("Polresta Mataram menerjunkan 150 personel. Polisi sempat menahan dua mahasiswa, tetapi membebaskan mereka "
     "pada sore harinya."), ["MOBILIZE", "COERCE", "RETREAT"]),
    # a reason given for an accusation is what is alleged
    ("Pelatih itu menuding Polresta Mataram tebang pilih karena hanya memeriksa atlet dari klub tertentu.",
     ["ACCUSE"]),
    # a demand referred to by its noun without its doer is the one made
    ("BEM Unram menuntut rektor mundur. Mereka akan berunjuk rasa jika tuntutan tidak dipenuhi.",
     ["REQUEST", "PROTEST"]),
    # "tidak akan ragu" negates nothing
    ("Polresta Mataram tidak akan ragu menangkap provokator.", ["COERCE"]),
])
def test_clauses_after_tetapi_karena_and_conditions(text, types):
    article, _ = _kb_article(text, [("Polresta Mataram", "ORG", None, []), ("BEM Unram", "ORG", None, [])])
    events = code_events(article)
    assert [v.type for v in events] == types
    assert not any(v.negated for v in events)


@pytest.mark.parametrize("text, types", [
    # equipment sent for relief is aid; readied, it is no act
    ("BPBD Sumsel mengerahkan dua helikopter untuk pemadaman di Ogan Ilir.", ["AID"]),
    ("BPBD Sumsel menyiagakan 25 perahu karet untuk evakuasi warga.", []),
])
def test_equipment_sent_for_relief(text, types):
    article, _ = _kb_article(text, [("BPBD Sumsel", "ORG", None, []), ("Ogan Ilir", "LOC", None, [])])
    assert [v.type for v in code_events(article)] == types


@pytest.mark.parametrize("text, actors", [
    # people opening a clause are its subject though a body is named after its verb
    (("Serikat Pekerja Sinar mogok di pabrik. Pukul 11.00, para buruh berjalan menuju kantor Pemkab Karawang dan "
     "berunjuk rasa di sana."), ["Serikat Pekerja Sinar", "Serikat Pekerja Sinar"]),
    # people right after a protest do it, as their group named later in the article; the strike told again in the
    # next sentence is the same
    (("Aksi mogok kerja ratusan buruh PT Sinar berujung ricuh. Sekitar 600 anggota Serikat Pekerja Sinar mogok sejak "
     "pagi."), ["Serikat Pekerja Sinar"]),
    # ... people after another act are its patients, not its doers
    ("Serikat Pekerja Sinar mogok di pabrik. Polres Karawang menggelar evakuasi ratusan buruh pada petang itu.",
     ["Serikat Pekerja Sinar", "Polres Karawang"]),
])
def test_people_doing_a_protest(text, actors):
    article, ids = _kb_article(text, [("Serikat Pekerja Sinar", "ORG", None, []), ("Pemkab Karawang", "ORG", None, []),
                                      ("PT Sinar", "ORG", None, []), ("Polres Karawang", "ORG", None, [])])
    assert [v.actor for v in code_events(article)] == [ids[a] for a in actors]


@pytest.mark.parametrize("text, acts", [
    # a prosecutor's demand with the prosecutor named after an agent noun
    ("Vonis itu lebih ringan dari tuntutan jaksa KPK yang meminta hukuman 10 tahun.", [("REQUEST", "KPK")]),
    ("Vonis itu lebih ringan dari tuntutan jaksa penuntut umum KPK yang meminta hukuman 10 tahun.",
     [("REQUEST", "KPK")]),
    # a summons to a hearing is a meeting, not an investigation
    ("DPR memanggil Gubernur BI untuk rapat kerja pekan depan.", [("CONSULT", "DPR")]),
    ("KPK memanggil Gubernur BI pekan depan sebagai saksi.", [("ACCUSE", "KPK")]),
    # members of a group named with what they are members of
    ("Asosiasi Fintech mendukung langkah OJK. Para anggota asosiasi berjanji memperbaiki tata cara penagihan.",
     [("SUPPORT", "Asosiasi Fintech"), ("AGREE", "Asosiasi Fintech")]),
    ("Seorang anggota DPRD Jatim menuding Dinas PU lamban.", [("ACCUSE", "DPRD Jatim")]),
    # a dialogue helped along is the object of a process, no talks held
    ("Indonesia menyatakan siap membantu proses dialog di Myanmar.", []),
])
def test_demands_summons_members_and_processes(text, acts):
    article, ids = _kb_article(text, [("KPK", "ORG", None, []), ("DPR", "ORG", None, []), ("BI", "ORG", None, []),
                                      ("Asosiasi Fintech", "ORG", None, []), ("OJK", "ORG", None, []),
                                      ("DPRD Jatim", "ORG", None, []), ("Dinas PU", "ORG", None, []),
                                      ("Indonesia", "LOC", None, []), ("Myanmar", "LOC", None, [])])
    assert [(v.type, v.actor) for v in code_events(article)] == [(t, ids[a]) for t, a in acts]


@pytest.mark.parametrize("text, acts", [
    # a clause of circumstance set off by commas names no subject
    ("Kementerian Kesehatan, setelah berkoordinasi dengan WHO, memutuskan mengirim vaksin ke Papua.",
     [("COOPERATE", "Kementerian Kesehatan"), ("AID", "Kementerian Kesehatan")]),
    ("Bupati Bogor Rudy Susmanto, dalam rapat dengan DPRD Bogor, memutuskan menolak izin PT Batu Alam.",
     [("REJECT", "Rudy Susmanto")]),
    # ... and its own subject stays inside it
    ("Kapal China menjauh setelah kapal perang TNI AL dikerahkan ke lokasi.", [("MOBILIZE", "TNI AL")]),
    # a clause of circumstance opening the sentence without a subject has the main clause's
    ("Setelah bertemu Presiden Prabowo, Ketua Umum PSSI Erick Thohir memutuskan memecat pelatih timnas.",
     [("CONSULT", "PSSI"), ("SANCTION", "PSSI")]),
    ("Setelah Polda Jatim menangkap Budi, KPK menggeledah rumahnya.", [("COERCE", "Polda Jatim"), ("ACCUSE", "KPK")]),
    # a title is not read past a comma: "DPR, Jaksa Agung ST Burhanuddin" acts for no DPR body
    ("Di hadapan anggota Komisi III DPR, Jaksa Agung ST Burhanuddin berjanji menuntaskan kasus itu.",
     [("AGREE", "ST Burhanuddin")]),
])
def test_clauses_of_circumstance(text, acts):
    article, ids = _kb_article(text, [
        ("Kementerian Kesehatan", "ORG", None, []), ("WHO", "ORG", None, []), ("Papua", "LOC", None, []),
        ("Rudy Susmanto", "PER", None, ["Bupati Bogor"]), ("DPRD Bogor", "ORG", None, []),
        ("PT Batu Alam", "ORG", None, []), ("TNI AL", "ORG", None, []), ("Prabowo", "PER", None, ["Presiden"]),
        ("PSSI", "ORG", None, []), ("Erick Thohir", "PER", None, ["Ketua Umum PSSI"]), ("Polda Jatim", "ORG", None, []),
        ("KPK", "ORG", None, []), ("Budi", "PER", None, []), ("Komisi III", "ORG", None, []), ("DPR", "ORG", None, []),
        ("ST Burhanuddin", "PER", None, ["Jaksa Agung"])])
    assert [(v.type, v.actor) for v in code_events(article)] == [(t, ids[a]) for t, a in acts]


def test_a_description_before_a_name_stops_at_the_line_before():
    # the headline is no part of what the first body sentence says of a person
    text = "Kejagung Usut Korupsi Timah\n\nDi Jakarta, Jaksa Agung ST Burhanuddin berjanji menuntaskan kasus itu."
    article, ids = _kb_article(text, [("Kejagung", "ORG", None, []), ("Jakarta", "LOC", None, []),
                                      ("ST Burhanuddin", "PER", None, ["Jaksa Agung"])])
    assert [(v.type, v.actor) for v in code_events(article, body_start=1)] == [("AGREE", ids["ST Burhanuddin"])]


@pytest.mark.parametrize("text, time, modality", [
    # a time in the clause after the publication day: the act is to come
    ("KPK memanggil Budi Santoso pekan depan.", ("pekan depan", "2025-W43"), "future"),
    ("KPK menjadwalkan pemeriksaan Budi Santoso.", None, "future"),
    # ... not the end of a period under way, nor what a request asks for, nor an act told as done
    ("KPK menahan Budi Santoso hingga 30 Oktober 2025.", ("30 Oktober 2025", "2025-10-30"), "asserted"),
    ("KPK meminta Budi Santoso hadir pada 30 Oktober 2025.", ("30 Oktober 2025", "2025-10-30"), "asserted"),
    ("KPK sudah memanggil Budi Santoso untuk diperiksa pada 30 Oktober 2025.", ("30 Oktober 2025", "2025-10-30"),
     "asserted"),
])
def test_an_act_at_a_time_to_come_is_future(text, time, modality):
    article, _ = _kb_article(text, [("KPK", "ORG", None, []), ("Budi Santoso", "PER", None, [])])
    if time:
        at = text.index(time[0])
        article.times.append(Time(id="t1", text=time[0], start=at, end=at + len(time[0]), value=time[1]))
    assert code_events(article)[0].modality == modality


@pytest.mark.parametrize("text, actor", [
    # an agent noun in a description of the subject is not the subject
    ("Warga Kampung Bayam yang digusur pemprov menggugat ke PTUN.", None),
    ("Pemprov DKI yang digugat warga menolak berdamai.", "Pemprov DKI"),
])
def test_an_agent_noun_in_a_description_is_no_subject(text, actor):
    article, ids = _kb_article(text, [("Kampung Bayam", "LOC", None, []), ("PTUN", "ORG", None, []),
                                      ("Pemprov DKI", "ORG", None, [])])
    assert code_events(article, min_confidence=0.0)[0].actor == ids.get(actor)


@pytest.mark.parametrize("text, actor, target", [
    # an act named by a noun: its agent after "oleh" or "dilakukan", the party before that its patient
    ("Penangkapan Budi Santoso oleh Polda Jatim memicu protes warga.", "Polda Jatim", "Budi Santoso"),
    ("Pemeriksaan terhadap Budi Santoso dilakukan penyidik KPK selama sembilan jam.", "KPK", "Budi Santoso"),
    # ... a person right after an arrest is its patient, a state after an attack its agent
    ("Penangkapan Budi Santoso memicu protes warga.", None, "Budi Santoso"),
    ("Serangan Rusia menewaskan 12 orang di Kyiv.", "Rusia", None),
])
def test_the_agent_and_patient_of_an_act_named_by_a_noun(text, actor, target):
    article, ids = _kb_article(text, [("Budi Santoso", "PER", None, []), ("Polda Jatim", "ORG", None, []),
                                      ("KPK", "ORG", None, []), ("Rusia", "LOC", None, []), ("Kyiv", "LOC", None, [])])
    v = code_events(article, min_confidence=0.0)[0]
    assert (v.actor, v.target) == (ids.get(actor), ids.get(target))


@pytest.mark.parametrize("said, named, actor", [
    # a noun of a kind of body opening what a speaker says is that body, not the speaker's
    ("aparat gabungan akan melakukan evakuasi paksa", "", None),
    ("penyidik sudah memeriksa 14 saksi", "Ditpolairud Polda Maluku", "Ditpolairud Polda Maluku"),
    # ... but the speaker's own side or government is his
    ("pihaknya akan memeriksa 14 saksi", "", "Polda Maluku"),
    ("pemkab akan mengevaluasi izin perumahan itu", "", "Polda Maluku"),
])
def test_a_kind_of_body_in_what_a_speaker_says(said, named, actor):
    text = (f"{named} menggelar jumpa pers. " if named else "") + (
        f"Kepala Bidang Humas Polda Maluku, Andreas, mengatakan {said}.")
    entities = [("Polda Maluku", "ORG", None, []), ("Andreas", "PER", None, ["Kepala Bidang Humas Polda Maluku"])]
    article, ids = _quoted(text, said, "Andreas", entities + ([(named, "ORG", None, [])] if named else []))
    assert code_events(article, min_confidence=0.0)[-1].actor == ids.get(actor)
