"""Rules over one sentence's tagged spans: the knowledge that a statistical tagger trained on a few thousand sentences
does not reliably learn, taken from ``lang/id/entities.yaml`` (read by ``ner_lexicon``).

- degrees, day and month names, nationality and language words, generic acronyms are not names;
- a bracket after a name holds its acronym ("(CSIS)") or, after a person, a nickname ("(Jokowi)");
- a span cutting a name the KB knows is aligned to it ("Timor Leste");
- a word ending club and company names ends an organisation ("[Khatulistiwa United] Hendrawan Sutanto"), a
  branch word and place continue one ("Komnas HAM Perwakilan Papua"), a noun for a kind of organisation or place
  types the name after it ("maskapai [Wings Air]", "perlintasan [Kerem Shalom]"), a hyphen joins a route's two
  places ("ruas Tambakrejo-Sendangbiru").
Names started by a head word, and names a tail word makes MISC ("Deposit Facility"), are in ``ner_heads``; person
names (titles, honorifics, nicknames, initials) in ``ner_person``. Spans are token ranges into the sentence's
``words``; ``Cand`` carries them on as character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lang.id import load
from .ner_lexicon import first_words, is_cap, lexicon, phrase_at, positions
from .ner_person import title_before

_HYPHEN = frozenset("-")


@dataclass(slots=True, init=False)
class Cand:
    """A candidate mention: character offsets into the article text."""

    start: int
    end: int
    type: str
    kind: str  # name | acronym | alias | title
    titles: list[str]
    source: str  # crf | rule | kb | dateline
    partner: Cand | None  # the name an acronym or nickname belongs to
    kb_ids: tuple[str, ...]
    after_title: bool  # a title is written right before it ("Presiden ...")
    title: str | None  # that title
    initial: bool  # one word opening its sentence: capitalised for that reason alone?
    borrowed: bool  # a name used here for another entity only (a city for its club): lends it no form

    def __init__(self, start: int, end: int, type: str, kind: str = "name", titles: list[str] | None = None,
                 source: str = "crf", partner: Cand | None = None, kb_ids: tuple[str, ...] = (),
                 after_title: bool = False, title: str | None = None, initial: bool = False,
                 borrowed: bool = False) -> None:
        # written out, defaults here only: the __init__ a dataclass makes is not compiled, and every sentence makes a
        # few candidates
        self.start, self.end, self.type, self.kind = start, end, type, kind
        self.titles = [] if titles is None else titles
        self.source, self.partner, self.kb_ids = source, partner, kb_ids
        self.after_title, self.title, self.initial, self.borrowed = after_title, title, initial, borrowed


def join_branches(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                  lows: list[str] | None = None, present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """An organisation followed by a branch word and a place is one name, the fullest the article uses: "[Komnas
    HAM] Perwakilan Papua" -> "Komnas HAM Perwakilan Papua", "AirNav Indonesia Cabang Ternate"; a span the tagger
    began at the branch word keeps only what follows the place ("[Perwakilan Papua Frits Ramandey]" -> "Frits
    Ramandey"). The organisation is a span or a name the KB knows (``kb_tags``). ``lows``: the words in lower
    case, and ``present`` their set, when the caller has them."""
    lex = lexicon()
    firsts = first_words(lex.branch_words)
    out = list(spans)
    for b in positions(list(map(str.lower, words)) if lows is None else lows, firsts, present):
        n = b > 0 and phrase_at(words, b, lex.branch_words, lows=lows)
        if not n or b + n >= len(words) or not is_cap(words[b + n]):
            continue
        org = next(((x, y, k) for x, y, k in out if y == b and k == "ORG"), None)
        if org is None and kb_tags and kb_tags[b - 1][2:] == "ORG":
            a = b - 1
            while a > 0 and kb_tags[a].startswith("I-"):
                a -= 1
            org = (a, b, "ORG")
        if org is None:
            continue
        end = b + n + 1
        if kb_tags and kb_tags[b + n] == "B-LOC":
            while end < len(words) and kb_tags[end] == "I-LOC":
                end += 1
        out = [(x, y, k) for x, y, k in out if (x, y, k) != org and not (org[0] <= x < end and y <= end)]
        out = [(end, y, k) if b <= x < end < y else (x, y, k) for x, y, k in out]
        out.append((org[0], end, "ORG"))
    return sorted(out)


def typed_by_cue(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                 lows: list[str] | None = None, present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A name of one to three words right after a noun for a kind of organisation is one, whatever type the
    tagger gave it or if it gave none ("maskapai [Wings Air]", "aplikasi [Grab] dan [Maxim]", "lembaga survei
    [Indikator]"); not a name the KB knows. A cue opening the sentence is no part of the name ("[Maskapai]
    Pelita Air"). A person the tagger found right after a noun for a kind of place, or starting with one, is a
    place ("perlintasan [Kerem Shalom]", "Kepala [Desa Toboli]"). ``lows``: the words in lower case, and
    ``present`` their set, when the caller has them."""
    lex = lexicon()
    firsts = first_words(lex.org_cues)
    out = {a: (b, kind) for a, b, kind in spans}
    n = len(words)
    starts = covered = None
    for i in positions(list(map(str.lower, words)) if lows is None else lows, firsts, present):
        if i >= n - 1 or (i > 0 and not words[i].islower()):
            continue
        if starts is None:  # built for the few sentences with a cue
            starts = dict(out)  # the spans as tagged: ``out`` changes below
            covered = {k for a, b, _ in spans for k in range(a, b)}
        width = phrase_at(words, i, lex.org_cues, longest=2, lows=lows)
        a = i + width
        if not width or a >= n or not is_cap(words[a]):
            continue
        if i == 0 and starts.get(0, (0,))[0] > a:  # "[Harian The Straits Times]": the cue is no part of the name
            starts[a] = starts.pop(0)
            out.pop(0)
        while a < n and is_cap(words[a]):
            b = starts.get(a, (None,))[0]
            if b is None:  # untagged: the capitalised words, up to three
                if a in covered:
                    break
                b = a
                while b < n and b - a < 3 and is_cap(words[b]) and words[b].lower() not in lex.calendar:
                    b += 1
            if b == a or b - a > 3 or out.get(a, (b, "ORG"))[1] == "MISC":
                break
            if not known_whole(kb_tags, a, b):  # the KB types what it knows: "aplikasi [Gojek]"
                out[a] = (b, "ORG")
                if i == 0 or (i in out and out[i][1] != "PER"):
                    out.pop(i, None)  # "[Maskapai] Pelita Air" at the start of a sentence
            # "aplikasi Grab dan Maxim", "aplikasi Grab, Gojek, dan Maxim"; not "harian Jakarta Globe, Stefanus"
            a = (b + 1 if words[b:b + 1] == ["dan"] else b + 2 if words[b:b + 2] == [",", "dan"]
                 else b + 1 if words[b:b + 1] == [","] and "dan" in words[b + 1:b + 6] else n)
    # a person turns place at a place noun only (at it or right before it): most sentences hold none, and skip this
    nouns = present is None or not first_words(lex.place_nouns).isdisjoint(present)
    for a, (b, kind) in list(out.items()) if nouns else ():  # "perlintasan [Kerem Shalom]": a place, not a person
        if kind != "PER":
            continue
        width = phrase_at(words, a, lex.place_nouns, lows=lows)
        if 0 < width < b - a and _title_then_known_person(words, kb_tags, a, width, b):
            del out[a]  # "[Kepala Desa] [Sri Mulyani]": the noun ends a title, a person the KB knows follows
            out[a + width] = (b, "PER")
        elif b - a > 3:
            continue
        elif (a > 0 and words[a - 1].islower() and any(
                phrase_at(words, a - k, lex.place_nouns, lows=lows) == k for k in (1, 2) if a - k >= 0)
              or 0 < width < b - a):  # or that the noun starts: "Kepala [Desa Toboli], Moh. Ridwan"
            out[a] = (b, "LOC")
    return sorted([(a, b, kind) for a, (b, kind) in out.items()])  # a list made in place, no generator


def known_whole(kb_tags: list[str] | None, a: int, b: int) -> bool:
    """Whether words[a:b] are one name the KB knows, neither more nor less: "klub [Persib]", "[Indonesia] Masters";
    not "harian [Jakarta] Globe"."""
    return bool(kb_tags) and kb_tags[a].startswith("B-") and all(t.startswith("I-") for t in kb_tags[a + 1:b]) and (
        b == len(kb_tags) or not kb_tags[b].startswith("I-"))


def _title_then_known_person(words: list[str], kb_tags: list[str] | None, a: int, width: int, b: int) -> bool:
    """The place noun at words[a] (``width`` words) ends a title ("Kepala Desa") and words[a + width:b] are a
    person's name the KB knows, whole: "Kepala Desa Sri Mulyani" names a person, "Kepala Desa Toboli" a village."""
    if not kb_tags or kb_tags[a + width] != "B-PER" or any(t != "I-PER" for t in kb_tags[a + width + 1:b]) or (
            b < len(kb_tags) and kb_tags[b] == "I-PER"):
        return False
    titles = lexicon().person_titles
    return any(phrase_at(words, a - k, titles) == k + width for k in (1, 2) if a - k >= 0)


def places_in_lists(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The items of a list opened by an area named with its head word are areas of that kind, whatever the
    tagger took them for: "di Kecamatan Badau, [Embaloh Hulu], dan [Puring Kencana]". Only a list closed by "dan"
    or "serta" and its last item ("Kepala Desa Lanjak, Budi Santoso, mengatakan" is a person in apposition), and
    only after a locative cue or with an item the tagger took for a place: "Perwakilan warga Desa Sukamaju, Budi
    Santoso, dan Ani Lestari" are people."""
    lex = lexicon()
    if len(spans) < 2:
        return spans
    at = {a: (b, kind) for a, b, kind in spans}
    out = dict(at)
    n = len(words)
    for a, b, kind in spans:
        if kind != "LOC" or b >= n or words[b] != "," or not phrase_at(words, a, lex.place_nouns):
            continue  # a kind of area ("Kecamatan", "Desa"), not a street or a building: "di Jalan Melati, Andi"
        items, k, closed = [], b, False
        while k < n and words[k] in (",", "dan", "serta"):
            j = k + 1 if words[k] == "," else k
            last = j < n and words[j] in ("dan", "serta")
            j += last
            item = at.get(j)
            if item is None and j < n and is_cap(words[j]) and not any(x <= j < y for x, y, _ in spans):
                y = j + 1  # a name the tagger left out: "Kecamatan Labuhan Haji, Sakra, dan [Selong]"
                while y < n and y - j < 3 and is_cap(words[y]):
                    y += 1
                item = (y, "PER")
            if item is None or item[1] not in ("PER", "LOC"):
                break
            items.append((j, item[0]))
            k = item[0]
            if last:
                closed = True
                break
        if closed and ((a > 0 and words[a - 1].lower() in lex.list_place_cues)
                       or any(at[x][1] == "LOC" for x, _ in items)):
            for x, y in items:
                out[x] = (y, "LOC")
    return sorted([(a, b, kind) for a, (b, kind) in out.items()])  # a list made in place, no generator


def route_ends(words: list[str], toks: list[tuple[int, int]], spans: list[tuple[int, int, str]],
               kb_tags: list[str] | None = None, present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Two capitalised words joined by a hyphen are a route's two ends, both places, when one end is a place or a
    route word comes just before ("ruas Tambakrejo-Sendangbiru", "Malaysia-Dumai"); a name the tagger ran across
    the hyphen gives way. An organisation's name goes on over a hyphenated place ("Kantor Imigrasi
    Soekarno-Hatta"), whose second part the tagger may have begun a person with."""
    if "-" not in (words if present is None else present):
        return sorted(spans)  # no hyphen: most sentences (``present``: the sentence's asked words, when given)
    lex = lexicon()
    out = list(spans)
    for i in positions(words, _HYPHEN):
        if (not 0 < i < len(words) - 1 or toks[i - 1][1] != toks[i][0] or toks[i][1] != toks[i + 1][0]
                or not (is_cap(words[i - 1]) and is_cap(words[i + 1]))
                or not (words[i - 1].isalpha() and words[i + 1].isalpha())):
            continue
        if kb_tags and kb_tags[i].startswith("I-"):
            continue  # a name the KB knows across the hyphen: "Timor-Leste", "Bandara Soekarno-Hatta"
        first = next((a for a, b, _ in out if a <= i - 1 < b), i - 1)
        last = next((b for a, b, _ in out if a == i + 1), i + 2)  # "Terminal Purabaya-[Jalan Tunjungan]"
        if words[i - 1].lower() in lex.hyphen_prefixes:  # "Jalan Trans-Sulawesi": one name, not a route
            if any(a < i < b - 1 for a, b, _ in out):
                continue  # a name already reads on over it: "[Satuan Tugas Anti-Mafia Tanah Polda Metro Jaya]"
            kind = next((k for a, b, k in out if a <= i - 1 < b), "LOC")
            out = [s for s in out if not (s[0] <= i + 1 and i - 1 < s[1])] + [(first, last, kind)]
            continue
        cue = any(phrase_at(words, k, lex.route_cues) for k in range(max(0, first - 2), first))
        named = next(((a, b, k) for a, b, k in out if a == first < i - 1), None)
        if (named is not None and not cue and phrase_at(words, first, lex.loc_heads)
                and not phrase_at(words, i + 1, lex.loc_heads)):
            # a street or a facility named after two people: "Jalan [Soekarno-Hatta]", one place
            out = [s for s in out if s[0] not in (first, i + 1)]
            out.append((first, max(named[1], last), named[2]))
            continue
        after = next((s for s in out if s[0] == i + 1), None)
        body = first if named is not None and named[2] == "ORG" and named[1] == i else None
        if body is None and first == i - 1:  # "Kepala Imigrasi [Soekarno]-[Hatta Heru]": a service's office
            body = next((first - k for k in (1, 2, 3) if first - k >= 0
                         and " ".join(words[first - k:first]).lower() in service_offices()), None)
        if (body is not None and not cue and (after is None or after[2] == "PER")
                and not (kb_tags and kb_tags[i + 1] in ("B-LOC", "B-ORG"))):
            # a body's office named by a hyphenated place, a person the tagger began at its second part after
            # it: "Kepala [Kantor Imigrasi Soekarno]-[Hatta Andi Saputra]" -> "Kantor Imigrasi Soekarno-Hatta"
            out = [s for s in out if s != after and not (body <= s[0] < i)]
            out.append((body, i + 2, "ORG"))
            if after is not None and after[1] > i + 2:
                out.append((i + 2, after[1], "PER"))
            continue
        # a place at one end: not the tagger's own place across the hyphen ("tim [Markus-Amir] dan [Yohanes-Selfina]")
        place = any(k == "LOC" and a <= j < b and not a < i < b for a, b, k in out for j in (i - 1, i + 1)) or (
            kb_tags and any(kb_tags[j] == "B-LOC" for j in (i - 1, i + 1)))
        if not (place or cue):
            continue
        out = [s for s in out if not (s[0] <= i + 1 and i - 1 < s[1])]
        out += [(first, i, "LOC"), (i + 1, last, "LOC")]
    return sorted(out)


@cache
def service_offices() -> frozenset[str]:
    """State services named without "Kantor" for their office at a place (entities.yaml service_offices)."""
    return frozenset(load("entities")["service_offices"])


def split_org_tails(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word that ends organisation names ends one: a person span holding it is an organisation up to it and a
    person after it ("CEO [Khatulistiwa United] [Hendrawan Sutanto]"), and it joins a name just before it
    ("Pelatih [Borneo FC] Pieter Huistra", whether the tagger left it out or put it into the person)."""
    tails = lexicon().org_tails
    out: list[tuple[int, int, str]] = []
    for a, b, kind in spans:
        if out and out[-1][1] == a + 1 and words[a].lower() in tails:
            a += 1  # the tail the name before took: "[Borneo] [FC Pieter Huistra]" -> "[Borneo FC]"
        elif kind == "PER" and b - a >= 3 and words[a].lower() in tails and (first := _org_after_title(words, a, out)):
            # "Analis [Doo Financial Futures] [Lukman Leong]": the tagger left the name before its tail untagged
            out.append((first, a + 1, "ORG"))
            a += 1
        elif kind == "PER" or (kind == "ORG" and b - a >= 4 and title_before(words, a)[1] is not None):
            # "Pebalap [Aprilia Racing] [Marco Bezzecchi]": after a title, two name words or more after the tail
            cut = next((m for m in range(b - 1 if kind == "PER" else b - 3, a, -1) if words[m].lower() in tails),
                       None)
            if cut is not None and (kind == "PER" or all(w.lower() not in tails for w in words[cut + 1:b])):
                out.append((a, cut + 1, "ORG"))
                a, kind = cut + 1, "PER"
        if a >= b:
            continue
        if kind != "PER" and b < len(words) and words[b].lower() in tails and is_cap(words[b]):
            out.append((a, b + 1, "ORG"))  # "[Borneo] FC": the tagger left the tail out
        else:
            out.append((a, b, kind))
    return out


def _org_after_title(words: list[str], a: int, out: list[tuple[int, int, str]]) -> int:
    """Where the untagged name between a title and the organisation's tail at words[a] starts; 0 when there is
    none."""
    start, title = title_before(words, a)
    width = phrase_at(words, start, lexicon().person_titles) if title is not None else 0
    first = start + width
    return first if width and first < a and (not out or out[-1][1] <= first) else 0


def is_not_name(words: list[str], a: int, b: int, lows: list[str] | None = None) -> bool:
    """Day and month names, nationality/religion words, language names after "bahasa". ``lows``: the words in
    lower case, when the caller has them: then the span's words are joined only when the first can start one."""
    lex = lexicon()
    if lows is None or lows[a] in lex.not_name_firsts:
        low = " ".join(words[a:b]).lower()
        if low in lex.calendar or low in lex.not_names:
            return True
    return b - a == 1 and a > 0 and words[a - 1].lower() in lex.language_cues and not words[a].isupper()


def bracket_after(words: list[str], b: int) -> tuple[int, int] | None:
    """The token range of a short capitalised bracket right after a name: "(CSIS)", "(Jokowi)", "(Hyundai E&C)"."""
    if b + 2 < len(words) and words[b] == "(":
        close = next((k for k in range(b + 2, min(b + 7, len(words))) if words[k] == ")"), None)
        if close and all(is_cap(w) or w in ("-", "&") for w in words[b + 1:close]):
            return b + 1, close
    return None


def looks_like_acronym(word: str) -> bool:
    """KPK, PDI-P, Kemenlu, Bawaslu: at least two capitals, or a capital and a short compound."""
    caps = sum(c.isupper() for c in word)
    return caps >= 2 or (caps == 1 and is_cap(word) and len(word) <= 9)


def join_particles(text: str, toks: list[tuple[int, int]],
                   tags: list[str] | None = None) -> tuple[list[tuple[int, int]], list[str] | None]:
    """Tokens of a name with a hyphenated particle joined into one, as the tagger was trained on them: "Al", "-",
    "Ittihadiya" -> "Al-Ittihadiya"; "el", "-", "Sisi" -> "el-Sisi". ``tags`` (the KB's, per token) follow."""
    if not toks or not _hyphen_before_capital(text[toks[0][0]:toks[-1][1]]):
        return toks, tags  # nothing to join (most sentences: their hyphens join words in lower case, "anak-anak")
    particles = lexicon().name_particles
    hits = [i for i in range(1, len(toks) - 1) if toks[i][1] - toks[i][0] == 1 and text[toks[i][0]] == "-"
            and toks[i - 1][1] == toks[i][0] and toks[i][1] == toks[i + 1][0]
            and text[toks[i - 1][0]:toks[i - 1][1]].lower() in particles and text[toks[i + 1][0]].isupper()]
    if not hits:
        return toks, tags
    out, out_tags, skip = [], [], set()
    for i in hits:
        skip.update((i, i + 1))
    for i, tok in enumerate(toks):
        if i in skip:
            continue
        if i + 1 in hits:
            tok = (tok[0], toks[i + 2][1])
        out.append(tok)
        if tags is not None:
            out_tags.append(tags[i])
    return out, (out_tags if tags is not None else None)


def _hyphen_before_capital(text: str) -> bool:
    """A hyphen right before a capital letter, as in "Al-Ittihadiya"."""
    at = text.find("-")
    while at >= 0 and not text[at + 1:at + 2].isupper():
        at = text.find("-", at + 1)
    return at >= 0


def particle_name(word: str) -> bool:
    """ "el-Sisi", "al-Assad": a lower-case particle joined to a name, part of it."""
    first, dash, rest = word.partition("-")
    return bool(dash) and first.lower() in lexicon().name_particles and is_cap(rest)


_LIMITED = ([",", "ltd."], [",", "ltd"], [",", "inc."], [",", "inc"])


def trim(words: list[str], a: int, b: int, lows: list[str] | None = None,
         present: frozenset[str] | None = None) -> tuple[int, int]:
    """Drop lower-case words and punctuation from a span's edges: names start and end with a capital or digit
    ("pasukan Rusia" -> "Rusia", "Ukraina timur" -> "Ukraina"). ``lows``: the words in lower case, and
    ``present`` their set (or the words some rule asks about, brackets among them), when the caller has them."""
    lex = lexicon()
    if lows is None:
        lows = list(map(str.lower, words))
    # most sentences hold no bracket: then the span is neither copied nor searched for one
    span = words[a:b] if present is None or "(" in present or ")" in present else []
    if "(" in span:
        k = words.index("(", a)
        if ")" not in words[k:b]:
            b = k  # "China Development Bank (CDB": the bracket is the acronym's, not the name's
            span = words[a:b]
    if ")" in span:
        k = words.index(")", a)
        if "(" not in words[a:k]:
            b = k  # "(Pemprov) Kalbar" tagged "Pemprov) Kalbar": the name inside the brackets ends there
    while a < b and not (is_cap(words[a]) or words[a][:1].isdigit()):
        a += 1
    # a party's unit ("Dewan Pimpinan Pusat"): its first word rules most spans out without the phrase's look-up
    n = a < b and lows[a] in first_words(lex.unit_prefixes) and phrase_at(words, a, lex.unit_prefixes, lows=lows)
    if n and a + n < b and is_cap(words[a + n]):
        a += n
    while b > a and (not (is_cap(words[b - 1]) or words[b - 1][:1].isdigit() or particle_name(words[b - 1])
                          or (words[b - 1] == ")" and "(" in words[a:b]))
                     # a degree ends no name, but a word alone may be initials that spell one: "RD, dan [MH]"
                     or (lows[b - 1] in lex.degrees and b - a > 1)
                     # an honorific ends no name, but may end a place's: "Kecamatan Ibu", "Kecamatan Labuhan Haji"
                     or (lows[b - 1] in lex.honorifics and not (
                         b - 2 >= a and words[b - 1].isalpha() and phrase_at(words, a, lex.loc_heads, lows=lows)))):
        b -= 1
    if b > a and lows[b - 1] == "co." and lows[b:b + 2] in _LIMITED:
        b += 2  # a company's legal form written with a comma: "Yamato Coffee Trading Co., Ltd."
    joined = "".join(words[a:b])  # one test rules out most spans: no "$", no "Rp"
    if ("$" in joined or "Rp" in joined) and any("$" in w or (w[:2] == "Rp" and w[2:3].isdigit()) for w in words[a:b]):
        return a, a  # money, not a name
    return a, b


def leading_title(words: list[str], a: int, b: int, lows: list[str] | None = None) -> int:
    """How many first words of an organisation or place span are a title, a trade or a noun for a kind of
    organisation, not part of its name: "[CEO] Kirimaja", "[Partner] East Ventures", "[Maskapai] Pelita Air",
    "[Pebalap] Aprilia Racing". Not a title that
    is also a name or a head word ("Raja Ampat", "Bank Mandiri"). ``lows``: the words in lower case, when the
    caller has them."""
    if b - a < 2:
        return 0  # one word: nothing would be left of the name
    lex = lexicon()
    n = phrase_at(words, a, lex.person_titles, lows=lows) or phrase_at(words, a, lex.org_cues, lows=lows)
    if (not n or a + n >= b or words[a].lower() in lex.name_titles or not is_cap(words[a + n])
            or ((phrase_at(words, a, lex.org_heads, lows=lows) or phrase_at(words, a, lex.loc_heads, lows=lows))
                # a head word that is also a noun for a kind of organisation, before the name's own head word,
                # is no part of it: "[Perusahaan] PT Timah"
                and not phrase_at(words, a + n, lex.org_heads, lows=lows))):
        return 0
    return n


def only_titles(words: list[str], a: int, b: int, lows: list[str] | None = None) -> bool:
    """A span of nothing but degrees, honorifics, titles, a bare head word or a party unit ("S.H.", "Prof. Dr.",
    "Kota", "Dewan Pimpinan Pusat"). ``lows``: the words in lower case, when the caller has them."""
    lex = lexicon()
    if lows is None:
        lows = list(map(str.lower, words))
    if b - a == 1 and lows[a] in lex.office_acronyms:
        return False  # an office's short name names the office alone: "Kepala [Dinsos] mengatakan"
    lists = _title_lists()
    i = a
    while i < b:
        low = lows[i]
        n = 0
        for entries, firsts in lists:  # the longest, asked only of the lists a phrase of which the word starts
            if low in firsts:
                n = max(n, phrase_at(words, i, entries, lows=lows))
        if not n and words[i] not in (",", "."):
            return False
        i += n or 1
    return True


_TITLE_LISTS: list[tuple[tuple[frozenset[str], frozenset[str]], ...]] = []  # filled on first use


def _title_lists() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The lists ``only_titles`` reads (degrees, honorifics, titles, head words, party units, kinds of unit named
    in several words: "Dewan Pimpinan Pusat", "Satuan Tugas"), each with its first words. Kept in a list, as
    ``lexicon()`` is: asked for each candidate, where functools.cache costs more."""
    if not _TITLE_LISTS:
        lex = lexicon()
        units = lex.unit_prefixes | {h for h in lex.unit_heads if " " in h}
        _TITLE_LISTS.append(tuple((entries, first_words(entries)) for entries in (
            lex.degrees, lex.honorifics, lex.titles, lex.org_heads, lex.loc_heads, units)))
    return _TITLE_LISTS[0]


def common_word_at_start(words: list[str], a: int, b: int, vocab: frozenset[str]) -> bool:
    """A one-word span that opens the sentence and is an ordinary word ("Kendati", "Vonis") or a word for a
    relation between people ("Ayah korban", "Istri Budi")."""
    return b - a == 1 and (a == 0 or words[a - 1] in ('"', "\u201c", "(", "-")) and (
        words[a].lower() in vocab or words[a].lower() in lexicon().relational_titles)


def align_to_kb(kb_tags: list[str], a: int, b: int, kind: str) -> tuple[int, int]:
    """Make a span respect a known name it cuts: a person does not start inside a place's name ("Perdana Menteri
    Timor [Leste Taur Matan Ruak]"), and a place or organisation ending inside a known name runs to its end
    ("[Timor] Leste")."""
    if kind == "PER":
        while a < b and kb_tags[a].startswith("I-") and kb_tags[a][2:] != "PER":
            a += 1
    elif any(t.startswith("B-") for t in kb_tags[a:b]):
        while b < len(kb_tags) and kb_tags[b].startswith("I-"):
            b += 1
    return a, b
