"""Person names: the titles, ranks and honorifics written around them, the name starts that belong to them, and
the nicknames and initials that stand for them.

- titles and honorifics are cut off the front and kept as ``titles`` ("Presiden Rusia Vladimir Putin", "Kapolri
  Jenderal Listyo Sigit Prabowo", "Prof. Dr. Ani Wijaya"), degrees off the end ("Ani Wijaya, M.Si.");
- a title's last words the tagger put into the name are given back ("Menteri [Luar Negeri ...]"), as are a
  minister's portfolio ("Menteri [Ketenagakerjaan] Yassierli") and a complement before a rank ("Kapolresta
  [Barelang] Kombes Pol Nugroho");
- a person that ran into an organisation or place is split off after a known place, at a Balinese name start,
  a middle initial or a hyphenated given name ("[Dinas LH Tanah Bumbu] Rahmat Prapto Udoyo", "[PT Jasa Marga]
  Rivan A. Purwantono", "[Majelis Nasional] Woo Won-shik");
- Balinese and noble name starts stay ("I Wayan Koster"), as do nickname honorifics ("Gus Dur");
- "X alias Y" gives a nickname, "tersangka berinisial RA" a person named by initials;
- a title before a comma goes to the person in apposition ("Ketua KPU Buton Selatan, Muhammad Irfan Saleh"), and
  the name of a division after a title heading one is the title's ("Kepala Bidang [Kedaruratan] BPBD Lebak").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, count

from .ner_lexicon import affixed_noun, first_words, is_cap, lexicon, phrase_at
from .ner_model import lowercase_vocab


_ROMAN = frozenset("IVXLC")
_INITIAL = re.compile(r"[A-Z]\.")  # one initial: "H." may be Haji or the name's own
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "A.", and written together "L.P."


def strip_person(words: list[str], a: int, b: int, glued: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Cut titles and honorifics off the front of a person name and degrees off its end. ``glued``: the indices
    of the words written with no space before the next ("H." of "H.B.")."""
    lex = lexicon()
    stripped = False
    if b - a == 2 and words[a].lower() in lex.nickname_honorifics:
        return a, b  # "Gus Dur", "Cak Imin", "Bung Tomo": the honorific is part of the name people use
    while a < b:
        if stripped and words[a].lower() in lex.name_titles:
            break  # "Menhut [Raja Juli Antoni]": after a title, a name
        n = phrase_at(words, a, lex.titles) or phrase_at(words, a, lex.honorifics)
        if n == 1 and a + 1 < b and a in glued and _haji_or_initial(words, a):
            break  # "H.B. Jassin": an initial of the name, not Haji as in "H.M. Sanusi" (Haji Muhammad)
        if not n and (stripped or (a > 0 and words[a - 1].lower() in lex.ranks)) and (
                (words[a].isupper() and words[a].isalpha()) or words[a].lower() in lex.rank_corps) and (
                a + 1 < b and is_cap(words[a + 1])):
            # the corps after a rank: "Letjen TNI Suharyanto", "Kombes Pol Budi", "Letkol Inf Candra", also when
            # the tagger began the name after the rank ("Letkol [Inf Budiman Manurung]"); not an initial ("H. M.")
            n = 1
        if not n or a + n >= b:
            break
        a += n
        stripped = True
    while b > a + 1 and (words[b - 1].lower() in lex.degrees or words[b - 1] == ","):
        b -= 1
    return a, b


def _haji_or_initial(words: list[str], k: int) -> bool:
    """words[k] is an honorific written as one initial ("H." for Haji) before another initial that is no
    abbreviation Haji is written before (entities.yaml haji_initials: "M." for Muhammad): when the two are
    written together ("H.B. Jassin", not "H.M. Sanusi"), the name's own initial. Written apart ("H. A. Rahman"),
    "H." stays Haji: the callers ask only about initials written together."""
    return (k + 1 < len(words) and _INITIAL.fullmatch(words[k]) is not None and words[k].lower() in lexicon().honorifics
            and _INITIALS.fullmatch(words[k + 1]) is not None and words[k + 1].lower() not in lexicon().haji_initials)


def title_before(words: list[str], a: int) -> tuple[int, str | None]:
    """The title written before a person name at words[a]: ("Presiden Rusia", its first word index)."""
    lex = lexicon()
    if a == 0 or not (is_cap(words[a - 1]) or words[a - 1].lower() in _title_reach()):
        return a, None  # the common case: no word before that a title can end with
    i = a
    first_title = None
    while i > 0:
        if i - 1 >= 0 and phrase_at(words, i - 1, lex.name_starts) and i - 1 + 2 > a - 1:
            break  # "Gubernur Bali [I Wayan] Koster": the name start is not part of the title
        w = words[i - 1]
        low = w.lower()
        if low in lex.honorifics and first_title is None:
            i -= 1
            continue
        if low in lex.connectors and phrase_at(words, i, lex.titles):
            break  # "Menhut Raja Juli Antoni dan Mendikdasmen Abdul Mu'ti": a title after "dan" starts anew
        if is_cap(w) or low in lex.title_words or (low in lex.connectors and i - 2 >= 0 and is_cap(words[i - 2])):
            i -= 1
            if phrase_at(words, i, lex.titles):
                first_title = i
            continue
        break
    if first_title is None:
        return a, None
    end = a
    while end > first_title and words[end - 1].lower() in lex.honorifics:
        end -= 1
    return first_title, " ".join(words[first_title:end]) if end > first_title else None


@cache
def _title_reach() -> frozenset[str]:
    """The lower-case words ``title_before`` walks back over: honorifics, words of titles, connectors."""
    lex = lexicon()
    return lex.honorifics | lex.title_words | lex.connectors


def title_starts(words: list[str], lows: list[str] | None = None) -> list[int]:
    """The indices of the words that may start a title, picked out in C: most sentences have none. ``lows``: the
    words in lower case, when the caller has them."""
    firsts = first_words(lexicon().titles)
    return list(compress(count(), map(firsts.__contains__, map(str.lower, words) if lows is None else lows)))


def unit_names(words: list[str], kb_tags: list[str] | None = None,
               starts: list[int] | None = None) -> list[tuple[int, int]]:
    """The name of a division written after a title that heads one, which belongs to the title and names no
    entity: "Kepala Bidang [Kedaruratan dan Logistik] BPBD Lebak", "Kabid [Humas] Polda Jatim". It ends where an
    organisation (head word, acronym, known name) starts, else at the first place head ("Kepala Seksi
    [Ketertiban] Kecamatan Ibu"), else where a person (title, honorific) starts. ``starts``: the sentence's
    ``title_starts``."""
    lex = lexicon()
    out = []
    n = len(words)
    firsts = first_words(lex.unit_titles)
    for i in title_starts(words) if starts is None else starts:
        t = words[i].lower() in firsts and phrase_at(words, i, lex.unit_titles)
        if not t or (out and i < out[-1][1]):
            continue
        j = k = i + t
        place = None
        while k < n:
            w = words[k]
            if ((w.isupper() and len(w) > 1) or (kb_tags and kb_tags[k].startswith("B-"))
                    or phrase_at(words, k, lex.org_heads)):
                place = None  # an organisation: "Pembangunan Jalan [Dinas PU]"
                break
            if phrase_at(words, k, lex.titles) or w.lower() in lex.honorifics:
                break  # a person
            if place is None and phrase_at(words, k, lex.loc_heads):
                place = k
            if is_cap(w) or (w.lower() in lex.connectors and k + 1 < n and is_cap(words[k + 1])):
                k += 1
            else:
                break
        k = place if place is not None else k
        if k > j:
            out.append((j, k))
    return out


def title_in_apposition(words: list[str], a: int, b: int,
                        persons: list[tuple[int, int]]) -> tuple[str, tuple[int, int] | None] | None:
    """The title of a person named after a comma, between commas or at the end of the clause: "Ketua KPU Buton
    Selatan, Muhammad Irfan Saleh, ..." -> ("Ketua KPU Buton Selatan", None). A title taking a person as its
    complement belongs to the person after the comma, and the person before it is returned: "Pengacara Hendra,
    Markus Simanjuntak, ..." -> ("Pengacara Hendra", Hendra's range). ``persons`` are the sentence's person
    names (token ranges); None when there is no such title or the names are a list ("A, B, dan C")."""
    lex = lexicon()
    while a > 0 and words[a - 1].lower() in lex.honorifics:
        a -= 1  # "..., Ir. Bambang Suryanto"
    if a < 2 or words[a - 1] != "," or (b < len(words) and (is_cap(words[b]) or words[b] == "dan"
                                                           or words[b:b + 2] == [",", "dan"])):
        return None
    first, title = title_before(words, a - 1)
    if title is None:
        return None
    before = [(x, y) for x, y in persons if first <= x and y <= a - 1]
    if not before:
        return title, None
    if len(before) == 1 and before[0][1] == a - 1 and phrase_at(words, first, lex.relational_titles):
        return title, before[0]
    return None


def alias_after(words: list[str], b: int) -> tuple[int, int] | None:
    """ "X alias Y": the token range of Y."""
    lex = lexicon()
    n = phrase_at(words, b, lex.alias_cues)
    if not n:
        return None
    j = k = b + n
    while k < len(words) and is_cap(words[k]):
        k += 1
    return (j, k) if k > j else None


def initials(words: list[str]) -> list[tuple[int, int, str]]:
    """Persons named by initials after a cue: "tersangka berinisial RA", "pelaku AS dan LKS"."""
    lex = lexicon()
    out: list[tuple[int, int, str]] = []
    for i in compress(count(1), map(str.isupper, words[1:])):  # the words in capitals, picked out in C
        w = words[i]
        if w.isalpha() and 2 <= len(w) <= 4:
            prev = words[i - 1].lower()
            if prev in lex.initials_cues:
                out.append((i, i + 1, "PER"))
            elif prev in ("dan", ",") and out:  # another of a list of initials
                # the last initials, maybe with an age in brackets between: "MS (34) dan RH (29)"
                last = out[-1][1]
                if words[last:last + 3][:1] == ["("] and last + 2 < len(words) and words[last + 2] == ")":
                    last += 3
                if words[last:last + 2] == [",", "dan"]:
                    last += 1  # "RS (19), AP (22), dan MF (17)"
                if last >= i - 1:
                    out.append((i, i + 1, "PER"))
    return out


def surely_initials(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ``initials`` that are a person even when the letters spell a common word or acronym ("berinisial RS",
    "AP (22), dan MF (17)"): after "inisial", or with an age in brackets; not "pelaku UMKM" (small businesses)."""
    out = []
    for a, b, kind in spans:
        if (words[a - 1].lower() in ("inisial", "berinisial") or words[b:b + 1] == ["("] and b + 1 < len(words)
                and words[b + 1].isdigit()):
            out.append((a, b, kind))
    return out


def degree_tail(words: list[str], b: int) -> int:
    """The end of the degrees written after a person's name at words[b]: ", M.Sc., Sp.KJ., MMR" (the tokeniser
    splits unknown abbreviations into letters and full stops)."""
    lex = lexicon()
    k = b
    while k < len(words):
        w = words[k]
        if w in (",", ".") or w.lower() in lex.degrees or w.lower() + "." in lex.degrees:
            k += 1
        elif k > b and words[k - 1] in (",", ".") and w.isalpha() and len(w) <= 4 and (
                w.isupper() or (k + 1 < len(words) and words[k + 1] == ".")
                or (words[k - 1] == "." and words[k - 2].isalpha() and len(words[k - 2]) <= 2)):
            k += 1  # "Sp" "." "KJ" ".", "MMR", and a last piece without its full stop: "M" "." "Kes" ","
        else:
            break
    while k > b and words[k - 1] in (",", "."):
        k -= 1
    return k



def title_overlap(words: list[str], a: int, b: int) -> int:
    """How many of the span's first words finish a title begun before it: "Menteri [Luar Negeri Korea ...]"; all
    of them when the title takes the whole span ("Menteri [Luar Negeri] Retno L.P. Marsudi", what is left when
    the person is split off): no name there. None when the span starts with a head word: "Kepala [Badan
    Geologi]" is a title before an organisation."""
    if b - a < 2:
        return 0  # one word: nothing would be left of the name
    lex = lexicon()
    if phrase_at(words, a, lex.org_heads) or phrase_at(words, a, lex.loc_heads):
        return 0
    for back in (1, 2):
        i = a - back
        if i < 0:
            break
        n = phrase_at(words, i, lex.titles, longest=4)
        if n > back and a + (n - back) <= b:
            return n - back
    return 0


def _portfolio(words: list[str], k: int) -> int:
    """Length of the portfolio word or phrase at words[k] ("Ketenagakerjaan", "Luar Negeri"), else 0: a listed
    word, or a long noun with a portfolio's affixes (ke-an, per-an...)."""
    return phrase_at(words, k, lexicon().portfolio_words) or int(affixed_noun(words[k]))


def portfolio_overlap(words: list[str], a: int, b: int) -> int:
    """How many of a person span's first words are the portfolio of the title before it: "Menteri
    [Ketenagakerjaan Yassierli]" -> 1, "Menteri [Kelautan dan Perikanan Sakti Wahyu]" -> 3."""
    lex = lexicon()
    if a == 0 or words[a - 1].lower() not in lex.title_words:
        return 0
    k = a
    while k < b:
        n = _portfolio(words, k)
        if not n:
            break
        k += n
        if k + 1 < b and words[k].lower() in ("dan", ",") and _portfolio(words, k + 1):
            k += 1
    return k - a if k < b else 0


def after_lower_case(words: list[str], a: int, b: int) -> int:
    """Where a person span really starts when the tagger ran it over a word in lower case, which no name holds
    but a particle ("David de Gea", "Ali bin Abi Thalib"): after the last one ("[Kritik sastra] H. B. Jassin")."""
    infixes = lexicon().name_infixes
    return next((k + 1 for k in range(b - 2, a - 1, -1) if words[k].islower() and words[k].isalpha()
                 and words[k] not in infixes), a)


def rank_inside(words: list[str], a: int, b: int) -> int:
    """Where a person span really starts when a military or police rank sits inside it after a title's
    complement or an operation's name: "Kapolresta [Barelang Kombes Pol Nugroho Tri Nuryanto]", "Operasi Damai
    [Cartenz Kombes Yusuf Sutejo]" -> at "Kombes"; else a. Other titles may be names ("Lukman Hakim Syaifuddin")."""
    ranks = lexicon().ranks
    return next((k for k in range(a + 1, b - 1) if words[k].lower() in ranks), a)


def name_start_before(words: list[str], a: int, glued: frozenset[int] = frozenset()) -> int:
    """Move a person's start back over a Balinese or noble name start the tagger left out ("I Wayan Koster"),
    or over a first initial written together with the next that it took for Haji ("H.B. Jassin"; not "H.M.
    Sanusi", see ``strip_person``; ``glued`` as there)."""
    lex = lexicon()
    if a > 0 and a - 1 in glued and _haji_or_initial(words, a - 1):
        return a - 1
    for back in (2, 1):
        i = a - back
        if i >= 0 and phrase_at(words, i, lex.name_starts) >= back:
            return i
    return a


@cache
def _abbreviation_before() -> re.Pattern:
    """A given name written short ("Moh. ") ending right where a name starts."""
    short = "|".join(re.escape(w[:-1]) for w in sorted(lexicon().name_abbreviations, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{short})\.[ \t]$", re.IGNORECASE)


def given_name_abbreviations(cands: list, text: str) -> list:
    """A given name written short with its full stop right before a person belongs to the name: "Kepala Desa
    Toboli, [Moh.] Ridwan Lasimpo" (entities.yaml name_abbreviations). Over the article, not a sentence: the
    full stop may have ended one. The short name alone, which the tagger may take for a person, is none."""
    pattern, short = _abbreviation_before(), lexicon().name_abbreviations
    for c in cands:
        if c.type == "PER" and c.kind == "name" and c.start > 2:
            m = pattern.search(text, max(0, c.start - 8), c.start)
            if m is not None and text[m.start()].isupper():
                c.start = m.start()
    return [c for c in cands if not (text[c.end:c.end + 1] == "." and text[c.start:c.end + 1].lower() in short)]


def persons_after_places(words: list[str], spans: list[tuple[int, int, str]],
                         kb_tags: list[str] | None) -> list[tuple[int, int, str]]:
    """An organisation or place after a title that ends with a known place and then runs on into one to three
    unknown name words is the organisation or place, then a person ("Kepala [Dinas Lingkungan Hidup Tanah Bumbu]
    [Rahmat] Prapto Udoyo", "juru bicara [Kementerian Luar Negeri China] [Guo Jiakun]", "Kepala OJK [Provinsi
    Jawa Timur] [Giri Tribroto]"); the person joins one tagged right after. Returns the spans, so changed."""
    if not kb_tags:
        return spans
    lex = lexicon()
    vocab = lowercase_vocab()
    cuts = {}
    for a, b, kind in spans:
        if kind not in ("ORG", "LOC") or title_before(words, a)[1] is None:
            continue
        k = b
        while k > a + 1 and not kb_tags[k - 1] and _name_word(words, k - 1, lex) and (
                words[k - 1].lower() not in lex.org_tails and words[k - 1].lower() not in lex.name_suffixes):
            k -= 1
        if not (k < b <= k + 3 and kb_tags[k - 1][2:] in ("LOC", "ORG")):
            continue
        if not any(s[0] == b and s[2] == "PER" for s in spans) and (
                b - k < 2 or any(w.lower() in vocab for w in words[k:b])):
            continue  # one word, or ordinary words: the organisation's own name may go on after a place
        cuts[(a, b, kind)] = k
    return _persons_from(spans, cuts)


def _persons_from(spans: list[tuple[int, int, str]], cuts: dict[tuple[int, int, str], int],
                  take_next: bool = True) -> list[tuple[int, int, str]]:
    """The spans with each span in ``cuts`` ending at its cut, where a person starts who runs to the span's end or,
    with ``take_next``, takes over the person tagged right after it."""
    if not cuts:
        return spans
    persons = {s[0]: s for s in spans if s[2] == "PER"}
    out = [s for s in spans if s not in cuts]
    for (a, b, kind), k in cuts.items():
        after = persons.get(b) if take_next else None
        if after is not None and after in out:
            out.remove(after)
        out += [(a, k, kind), (k, after[1] if after else b, "PER")]
    return sorted(out)


def persons_at_name_starts(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A Balinese or noble name start inside an organisation after a title begins a person there, who takes the
    person tagged after it: "Ketua [PHRI Badung] [I Gusti Agung Rai Suryawijaya]" (not "Bandara I Gusti Ngurah
    Rai", a place named after a person)."""
    lex = lexicon()
    cuts = {}
    for a, b, kind in spans:
        if kind != "ORG" or title_before(words, a)[1] is None:
            continue
        k = next((k for k in range(a + 1, b) if phrase_at(words, k, lex.name_starts)), None)
        if k is not None:
            cuts[(a, b, kind)] = k
    return _persons_from(spans, cuts)


_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")



def persons_at_initials(words: list[str], spans: list[tuple[int, int, str]],
                        kb_tags: list[str] | None = None) -> list[tuple[int, int, str]]:
    """A middle initial ("A.", "L.P.") inside an organisation or place, between two capitalised words, or a
    hyphenated given name ending it after a capitalised word (Korean: "Won-shik"), is a person's: the person starts
    at the word before it ("Direktur Utama [PT Jasa Marga] [Rivan A. Purwantono]", "Ketua [Majelis Nasional] [Woo
    Won-shik]"). Only organisations after a title: "Jalan Jenderal A. Yani" is a place, "Gerakan Nasional
    Anti-narkoba" no person. An organisation or place the KB does not know that starts with an initial and a
    name is a person ("Bupati H.[M. Sanusi]", "karya [H.B. Jassin]")."""
    cuts = {}
    for a, b, kind in spans:
        if kind != "ORG" or title_before(words, a)[1] is None:
            continue
        k = next((k for k in range(a + 2, b - 1) if _INITIALS.fullmatch(words[k])
                  and is_cap(words[k - 1]) and is_cap(words[k + 1])), None)
        if k is None and b - a >= 3 and _HYPHENED_GIVEN.match(words[b - 1]) and is_cap(words[b - 2]):
            k = b - 1
        if k is not None:
            cuts[(a, b, kind)] = k - 1
    return [(a, b, "PER") if kind in ("ORG", "LOC") and _INITIALS.fullmatch(words[a]) and a + 1 < b
            and is_cap(words[a + 1]) and not (kb_tags and any(kb_tags[a:b])) else (a, b, kind)
            for a, b, kind in _persons_from(spans, cuts, take_next=False)]


def persons_at_honorifics(words: list[str], spans: list[tuple[int, int, str]],
                          kb_tags: list[str] | None = None) -> list[tuple[int, int, str]]:
    """An honorific written with its full stop inside a person or organisation span after a title starts the
    person there, and the words before it are the title's complement, an organisation unless the KB knows a
    place: "Ketua [PCNU] [K.H. A. Pandji Taufiq]", "Bupati [Sumenep] [Dr. H. Achmad Fauzi]". Not a place named
    after a person ("Direktur RSUD dr. Soetomo"): the honorific is in lower case there, or the span starts with
    a place's head word."""
    lex = lexicon()
    out = []
    for a, b, kind in spans:
        k = None
        if kind in ("PER", "ORG") and b - a >= 3 and not phrase_at(words, a, lex.loc_heads):
            k = next((k for k in range(a + 1, b - 1) if is_cap(words[k]) and words[k].endswith(".")
                      and words[k].lower() in lex.honorifics and words[k - 1].lower() not in lex.honorifics
                      and is_cap(words[k + 1])), None)
        if k is None or title_before(words, a)[1] is None or (kb_tags and kb_tags[k].startswith("I-")):
            out.append((a, b, kind))
            continue
        front = kind if kind != "PER" else "LOC" if kb_tags and kb_tags[a] == "B-LOC" else "ORG"
        out += [(a, k, front), (k, b, "PER")]
    return out


def bodies_ending_persons(words: list[str], spans: list[tuple[int, int, str]],
                          kb_tags: list[str] | None = None) -> list[tuple[int, int, str]]:
    """A person span ending with an organisation written as an acronym in capitals is that organisation after
    the words of a title the lists lack: "[Investigator] KNKT, Capt. Budi". No name ends with one; but a person
    may be called by an acronym after a listed title ("Presiden SBY"), and the KB may know one ("JK"). Not a
    name the KB knows as an organisation: surnames are companies' names too ("Keisuke Honda", "Putera
    Sampoerna")."""
    lex = lexicon()
    out = []
    for a, b, kind in spans:
        last = words[b - 1]
        if kind == "PER" and b - a >= 2 and not (kb_tags and kb_tags[b - 1] == "B-PER") and (
                (len(last) >= 3 and last.isalpha() and last.isupper() and not set(last) <= _ROMAN
                 and not phrase_at(words, a, lex.titles) and not phrase_at(words, a, lex.honorifics))):
            out.append((b - 1, b, "ORG"))
        else:
            out.append((a, b, kind))
    return out


def persons_by_clan_names(words: list[str], spans: list[tuple[int, int, str]],
                          kb_tags: list[str] | None = None) -> list[tuple[int, int, str]]:
    """A place or organisation span that ends with a family or clan name (entities.yaml clan_names) holds a
    person: the whole span, whose given name is a place ("Warga Desa Sei Rampah, [Darwin Sembiring],"), or,
    after a title or a head word, its last two words after the title's complement ("Camat [Stabat] [Sydney
    Ginting]", "Kepala [Dinas Pertanian Langkat] [Darwin Sembiring]"). A one-word place the KB knows right before
    a clan name the tagger left out starts a person ("[Darwin] Purba", "tokoh adat Darwin Purba"), but for the
    complement of a title ("Bupati Medan Tarigan"). Not a name the KB knows whole."""
    lex = lexicon()
    clans = lex.clan_names
    if clans.isdisjoint(map(str.lower, words)):
        return spans  # most sentences name no one by a clan name
    out = []
    at = {a: (b, kind) for a, b, kind in spans}
    covered = {k for a, b, _ in spans for k in range(a, b)}
    for a, b, kind in spans:
        known = kb_tags and kb_tags[a].startswith("B-") and all(t.startswith("I-") for t in kb_tags[a + 1:b])
        if kind in ("LOC", "ORG") and b - a >= 2 and words[b - 1].lower() in clans and not known:
            headed = phrase_at(words, a, lex.org_heads) or phrase_at(words, a, lex.loc_heads)
            if not (headed or title_before(words, a)[1] is not None):
                kind = "PER"
            elif b - a >= 3:  # "Kecamatan Purba", "Bupati Medan Tarigan": a place, or the title's complement
                out.append((a, b - 2, kind))
                a, kind = b - 2, "PER"
        out.append((a, b, kind))
    if kb_tags:
        for j in range(1, len(words)):
            if (j not in covered and words[j].lower() in clans and is_cap(words[j]) and not kb_tags[j]
                    and kb_tags[j - 1] == "B-LOC" and at.get(j - 1, (j, "LOC")) == (j, "LOC")
                    and (j - 1 in at or j - 1 not in covered) and title_before(words, j - 1)[1] is None):
                out = [s for s in out if s[0] != j - 1] + [(j - 1, j + 1, "PER")]
    return sorted(out)


def persons_after_titles(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                         starts: list[int] | None = None) -> list[tuple[int, int, str]]:
    """Capitalised words the tagger left untagged right after a title and its complement are a person:
    "Bupati [Buton Selatan] La Ode Mustari", "Kepala [BNPB] Suharyanto". ``starts``: the sentence's
    ``title_starts``."""
    lex = lexicon()
    maybe = title_starts(words) if starts is None else starts
    if not maybe:
        return []
    vocab = lowercase_vocab()  # "Korban [Penipuan]" in a headline: an ordinary word, capitalised
    n = len(words)
    starts = {a: (b, kind) for a, b, kind in spans}
    covered = {i for a, b, _ in spans for i in range(a, b)}
    out = []
    i = 0
    for at in maybe:
        if at < i:
            continue
        i = at
        t = phrase_at(words, i, lex.titles, longest=4)
        if not t or i in covered:
            i += 1
            continue
        j = i + t
        while j < n:  # the complement: names of places and organisations
            if j in starts and starts[j][1] != "PER":
                j = starts[j][0]
            elif kb_tags and kb_tags[j].startswith("B-") and not kb_tags[j].endswith("PER"):
                j += 1
                while j < n and kb_tags[j].startswith("I-"):
                    j += 1
            else:
                break
        while j < n and j not in covered and _portfolio(words, j):
            j += _portfolio(words, j)  # "Menteri [Agama] dan ...": the portfolio, no person
        k = j
        while k < n and k not in covered:
            if _name_word(words, k, lex):
                k += 1
                continue
            m = phrase_at(words, k, lex.name_infixes, longest=2) if k > j else 0
            if not (m and k + m < n and _name_word(words, k + m, lex)):
                break
            k += m  # "Louis [van] Gaal", "David [de] Gea": a particle inside the name
        # the run must end the name: before a lower-case word or punctuation, not before another name (then it is
        # the title's complement: "Menteri [Pertanian] Andi Amran")
        ends = k == n or (k not in covered and not is_cap(words[k]))
        if k > j and ends and words[j].lower() not in vocab:
            out.append((j, k, "PER"))
        i = max(i + 1, k)
    return out


def persons_across_infixes(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's name goes on over a lower-case particle and the capitalised words after it: "[David] de Gea",
    "[Louis] van [Gaal]" (entities.yaml name_infixes)."""
    lex = lexicon()
    if first_words(lex.name_infixes).isdisjoint(words):
        return spans  # most sentences have none
    n = len(words)
    at = {a: (b, kind) for a, b, kind in spans}
    out = []
    skip = set()
    for a, b, kind in spans:
        if (a, b, kind) in skip:
            continue
        m = phrase_at(words, b, lex.name_infixes, longest=2) if kind == "PER" and b < n else 0
        if m and b + m < n and _name_word(words, b + m, lex):
            nxt = at.get(b + m)
            if nxt is not None and nxt[1] != "PER":
                out.append((a, b, kind))
                continue
            end = nxt[0] if nxt is not None else b + m
            while end < n and _name_word(words, end, lex) and end not in at:
                end += 1
            if nxt is not None:
                skip.add((b + m, nxt[0], nxt[1]))
            out.append((a, end, kind))
            continue
        out.append((a, b, kind))
    return out


def _name_word(words: list[str], k: int, lex) -> bool:
    """A word that can be part of a person's name: capitalised, letters only, not an acronym, a title, a head
    word, a day or month."""
    w = words[k]
    return (is_cap(w) and len(w) > 1 and not w.isupper() and w.replace("'", "").replace("-", "").isalpha()
            and w.lower() not in lex.calendar and w.lower() not in lex.not_names
            and not phrase_at(words, k, lex.titles) and not phrase_at(words, k, lex.org_heads)
            and not phrase_at(words, k, lex.loc_heads))
