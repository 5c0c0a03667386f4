"""A small hand-written corpus for the timeline, network and stored-article tests (both backends)."""

from __future__ import annotations

from warta.article import Event, Span
from warta.corpus.synthetic import compose

ENTITIES = {
    "Retno Marsudi": ("PER", "Q466346", ("Retno",), ("Menteri Luar Negeri",)),
    "Myanmar": ("LOC", "Q836", (), ()),
    "ASEAN": ("ORG", "Q7768", (), ()),
    "Dadang Supriatna": ("PER", None, ("Dadang",), ("Bupati Bandung",)),
    "Kabupaten Bandung": ("LOC", None, (), ()),
}

STORIES = [
    ("asean-1", "2024-05-02", ("JAKARTA - Retno Marsudi bertemu utusan ASEAN. \"Myanmar harus menghentikan "
     "kekerasan,\" kata Retno. Pertemuan di Gedung Pancasila itu membahas konsensus lima poin yang disepakati "
     "para pemimpin kawasan tiga tahun lalu, termasuk akses bantuan kemanusiaan dan dialog dengan semua pihak "
     "yang bertikai."),
     [("Retno Marsudi", "Myanmar harus menghentikan kekerasan")],
     [("bertemu", "CONSULT", "Retno Marsudi", "ASEAN", None)]),
    ("banjir-1", "2024-05-03", ("BANDUNG - Dadang Supriatna mengirim bantuan ke Kabupaten Bandung. \"Kabupaten "
     "Bandung butuh pompa,\" ujar Dadang. Hujan deras sejak Minggu malam membuat Sungai Citarum meluap dan merendam "
     "ribuan rumah di Baleendah, Dayeuhkolot dan Bojongsoang hingga setinggi dada orang dewasa."),
     [("Dadang Supriatna", "Kabupaten Bandung butuh pompa")],
     [("mengirim bantuan", "AID", "Dadang Supriatna", None, "Kabupaten Bandung")]),
    ("asean-2", "2024-06-10", ("JAKARTA - Retno Marsudi kembali bicara. \"ASEAN dan Myanmar perlu berunding,\" kata "
     "Retno. Ia menolak bertemu junta. Menurut Kementerian Luar Negeri, ratusan warga sipil mengungsi ke "
     "perbatasan Thailand sejak awal bulan dan jalur bantuan masih tertutup bagi lembaga internasional."),
     [("Retno Marsudi", "ASEAN dan Myanmar perlu berunding")],
     [("menolak bertemu", "CONSULT", "Retno Marsudi", "Myanmar", None)]),
]


def story(ref: str, published: str, text: str, quotes, events, suffix: str = ""):
    article = compose(text + suffix, id=ref, published=published, url=f"https://contoh.test/{ref}",
                      title=f"Berita {ref}", entities=ENTITIES, quotes=quotes)
    ids = {e.name: e.id for e in article.entities}
    for n, (trigger, type_, actor, target, place) in enumerate(events, 1):
        at = article.text.index(trigger)
        sentence = next(i for i, (s, e) in enumerate(article.sentences) if s <= at < e)
        article.events.append(Event(id=f"v{n}", type=type_, trigger=Span(text=trigger, start=at, end=at + len(trigger)),
                                    actor=ids.get(actor), target=ids.get(target), location=ids.get(place),
                                    negated=trigger.startswith("menolak"), sentence=sentence))
    return article


def fill(store) -> dict[str, int]:
    """Write the stories and a syndicated copy of the first; returns row ids by ref."""
    ids = {}
    for row in STORIES:
        ids[row[0]] = store.write(story(*row), version="test").id
    copy = story("asean-1-copy", "2024-05-03", *STORIES[0][2:], suffix=" Baca juga: berita lain.")
    ids["asean-1-copy"] = store.write(copy, version="test").id
    return ids
