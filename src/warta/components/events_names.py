"""Names and titles of the parties of events, read in the text: an article's entity names as lookup tables, the
names a title holds (organisations first, the longest at a place), the apposition or run of capitalised words
before a person's name where a title is written, a region and the government named for it, and an entity's
knowledge-base record. Pure functions, used by events_parties.py to work out what a party acts for.
"""

from __future__ import annotations

from functools import lru_cache

from ..article import Article
from ..kb import knowledge_base
from .events_text import VERB, not_verbs


def kb_record(kb_id: str | None):
    """The knowledge-base record of an entity's id, if any (the base is loaded once, on first use)."""
    if not kb_id:
        return None
    kb = knowledge_base()
    return kb.get(kb_id) if kb_id in kb else None


def entity_names(article: Article, types: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Entity ids and types by each lower-cased name and mention text, as single-spaced words."""
    names: dict[str, tuple[str, str]] = {}
    for e in article.entities:
        if e.type in types:
            for t in {e.name, *(m.text for m in e.mentions)}:
                names[" ".join(name_words(t))] = (e.id, e.type)
    return names


_SPACE_PUNCTUATION = str.maketrans({c: " " for c in ",.;:!?()[]\"'\u201c\u201d\u2018\u2019/"})


@lru_cache(maxsize=8192)
def name_words(phrase: str) -> tuple[str, ...]:
    """The lower-cased words of a name or title, punctuation dropped ("Kemenko Perekonomian (Kemenko)"); kept per
    phrase, as the same names and titles are looked up again and again."""
    return tuple(phrase.lower().translate(_SPACE_PUNCTUATION).split())


def names_in(words: list[str] | tuple[str, ...], names: dict[str, tuple[str, str]], longest: int = 7,
             first: frozenset[str] = frozenset()) -> list[str]:
    """Ids of the names (of at most ``longest`` words) found in a phrase: organisations before places ("Ketua KPU
    Buton Selatan": KPU), names opening with or after a word of ``first`` before others ("Anggota Baleg Fraksi
    Golkar": Golkar), then in text order, the longest name
    at a place ("Kepala Seksi Kedaruratan BPBD Kabupaten Bandung": BPBD Kabupaten Bandung; "Ketua Komisi D DPRD
    Sulsel": Komisi D, the body within the other)."""
    found = []
    firsts = {name.split(" ", 1)[0] for name in names} if len(words) > 2 else None
    for i in range(len(words)):
        if firsts is not None and words[i] not in firsts:
            continue
        for j in range(min(len(words), i + longest), i, -1):
            name = " ".join(words[i:j])
            if name in names:
                found.append((names[name][1] != "ORG", first.isdisjoint(words[max(0, i - 1):i + 1]), i, names[name][0]))
                break
    return [eid for *_, eid in sorted(found)]


def same_region(place: tuple[str, ...], government: tuple[str, ...], kinds: dict[str, list[str]]) -> bool:
    """A region and a government named for it in another form: "Kabupaten Demak" and "Pemkab Demak" (the words for
    a kind of region and for its government: `region_governments`)."""
    kind = place[0] if place and place[0] in kinds else None
    region = place[1:] if kind else place
    for word in (kinds[kind] if kind else [w for ws in kinds.values() for w in ws]):
        head = tuple(word.split())
        if government[:len(head)] == head and government[len(head):] == region:
            return True
    return False


def governments_of(entities, ctx: dict) -> dict[str, str]:
    """Each region's government when the article names both ("Jawa Timur" -> "Pemerintah Provinsi Jawa Timur"), by
    any form of the region under the kind its name gives: "Provinsi Nusa Tenggara Timur" written "NTT" is
    ("provinsi", "ntt") -> "Pemerintah Provinsi NTT", and "Demak" of "Kabupaten Demak" is no city's ("Pemkot
    Demak")."""
    kinds = ctx["region_governments"]
    governments = [e for e in entities if e.type == "ORG" and e.name.lower().startswith(ctx["governments"])]
    found: dict[str, str] = {}
    for region in [e for e in entities if e.type == "LOC"] if governments else []:
        name = name_words(region.name)
        kind = name[:1] if name and name[0] in kinds else ()
        forms = list(dict.fromkeys([name, *(kind + name_words(m.text) for m in region.mentions)]))
        for gov in governments:
            if region.name.lower() in gov.name.lower() or any(
                    same_region(form, name_words(gov.name), kinds) for form in forms):
                found[region.id] = gov.id
    return found


def appositive_of(text: str, start: int, titles: list[str], ctx: dict) -> str | None:
    """The phrase before a comma right before a name ("Pengacara Hendra, Markus ...", "ekonom LKEKP, Prof. Dr.
    Bambang ...", "Seorang warga, Pak Slamet"; one of the person's ``titles`` may stand between: "Juru bicara
    junta, Mayor Jenderal Zaw Min Tun"), back to the previous punctuation or line, at most 100 characters; none
    when the phrase opens with one of `settings` (a place or time: "Di Jakarta, Menteri ..."); after a verb, what
    follows it."""
    before = text[max(0, start - 60):start].rstrip()
    title = next((t for t in titles if before.endswith(t)), None)
    if title:
        start = text.rfind(title, 0, start)
    comma = text.rfind(",", max(0, start - 40), start)
    if comma < 0 or not ctx["honorifics_re"].fullmatch(text, comma, start):
        return None
    lo = max(0, comma - 100)
    cut = max(text.rfind(c, lo, comma) for c in ".,;:\"\u201c\u201d\n")
    phrase = text[max(cut + 1, lo):comma].strip()
    if phrase.split(" ", 1)[0].lower() in ctx["settings"]:
        return None  # "Di Jakarta, Menteri ... Trenggono": where or when, not who
    verbs = [v for v in VERB.finditer(phrase) if v.group() not in not_verbs()]
    if verbs:  # "Kejati Sumut juga menahan Direktur CV X, Suparman": the description is the verb's object
        phrase = phrase[verbs[-1].end():].strip()
    return phrase if len(phrase) >= 3 else None


def title_prefix(text: str, start: int) -> str | None:
    """The run of capitalised words (and bracketed abbreviations) right before a name, where a title and its body
    are written: "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI) Erick Thohir"."""
    run: list[str] = []
    for token in reversed(text[max(0, start - 100):start].split()):
        if not (token[:1].isupper() or token[:1] == "(" and token[1:2].isupper() or token == "dan") or (
                run and token[-1:] in ",;:"):
            break  # not past a comma: "Di hadapan anggota Komisi III DPR, Jaksa Agung ST Burhanuddin"
        run.append(token)
    return " ".join(reversed(run)) or None
