"""The corpus the API tests read: three stories by hand (quotes, claims, one event) and a hostile article."""

from __future__ import annotations

from warta.article import Event, Span
from warta.corpus.synthetic import compose

TOKEN = "rahasia-uji-123"
HOSTILE = "<script>alert('xss')</script>"

ENTITIES = {
    "Retno Marsudi": ("PER", "Q466346", ("Retno",), ("Menteri Luar Negeri",)),
    "Myanmar": ("LOC", "Q836", (), ()),
    "Suharyanto": ("PER", None, (), ("Kepala BNPB",)),
}

STORIES = [
    ("myanmar-1", "2024-05-02", ("JAKARTA - Retno Marsudi menyebut 1.500 warga mengungsi. \"Myanmar harus menghentikan "
     "kekerasan,\" kata Retno."), [("Retno Marsudi", "Myanmar harus menghentikan kekerasan")],
     [("1.500 warga", 1500, "warga", "Retno Marsudi")]),
    ("myanmar-2", "2024-06-10", ("JAKARTA - Retno Marsudi menyebut 3.000 warga kini mengungsi. \"Myanmar perlu "
     "berunding,\" kata Retno."), [("Retno Marsudi", "Myanmar perlu berunding")],
     [("3.000 warga", 3000, "warga", "Retno Marsudi")]),
    ("banjir-1", "2024-07-01", ("SEMARANG - Suharyanto mengirim bantuan ke Semarang. \"Tenda dan makanan sudah "
     "dikirim,\" kata Suharyanto."), [("Suharyanto", "Tenda dan makanan sudah dikirim")], []),
]


def _named(text: str) -> dict:
    return {name: row for name, row in ENTITIES.items() if name in text}


def build(store) -> dict[str, int]:
    """Write the stories and the hostile article into ``store``; row ids by ref."""
    ids = {}
    for ref, published, text, quotes, quantities in STORIES:
        article = compose(text, id=ref, published=published, url=f"https://contoh.test/{ref}", title=f"Berita {ref}",
                          entities=_named(text), quotes=quotes, quantities=quantities)
        if ref == "banjir-1":
            at = text.index("mengirim bantuan")
            article.events.append(Event(id="v1", type="AID", trigger=Span(text="mengirim bantuan", start=at,
                                                                          end=at + 16), actor="e1", sentence=0))
        ids[ref] = store.write(article, version="test").id
    text = f"BANDUNG - Warga menulis {HOSTILE} di forum. \"Jangan klik {HOSTILE},\" kata Suharyanto."
    hostile = compose(text, id="hostile", published="2024-07-02", title=f"Judul {HOSTILE}", entities=_named(text),
                      quotes=[("Suharyanto", f"Jangan klik {HOSTILE}")])
    ids["hostile"] = store.write(hostile, version="test").id
    return ids
