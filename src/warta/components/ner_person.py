"""Person names: the titles, ranks and honorifics written around them, the name starts that belong to them, and
the nicknames and initials that stand for them.

- titles and honorifics are cut off the front and kept as ``titles`` ("Presiden Rusia Vladimir Putin", "Kapolri
  Jenderal Listyo Sigit Prabowo", "Prof. Dr. Ani Wijaya"), degrees off the end ("Ani Wijaya, M.Si.");
- a title's last words the tagger put into the name are given back ("Menteri [Luar Negeri ...]"), as are a
  minister's portfolio ("Menteri [Ketenagakerjaan] Yassierli") and a complement before a rank ("Kapolresta
  [Barelang] Kombes Pol Nugroho");
- Balinese and noble name starts stay ("I Wayan Koster"), as do nickname honorifics ("Gus Dur"), a first initial
  written together with the next ("H.B. Jassin", but Haji in "H.M. Sanusi") and a given name written short
  ("Moh. Ridwan Lasimpo");
- "X alias Y" gives a nickname, "tersangka berinisial RA" a person named by initials;
- a title before a comma goes to the person in apposition ("Ketua KPU Buton Selatan, Muhammad Irfan Saleh"), and
  the name of a division after a title heading one is the title's ("Kepala Bidang [Kedaruratan] BPBD Lebak"), as
  are the words before a body the KB knows after a title ("Vice President [Komunikasi Korporat] Pupuk Indonesia").
Persons the tagger ran into an organisation or place, or left untagged beside one, are in ``ner_splits``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang.id import load
from .ner_lexicon import affixed_noun, first_words, is_cap, lexicon, phrase_at, positions
from .ner_model import lowercase_vocab

_INITIAL = re.compile(r"[A-Z]\.")  # one initial: "H." may be Haji or the name's own
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "A.", and written together "L.P."


def strip_person(words: list[str], a: int, b: int, glued: frozenset[int] = frozenset(),
                 lows: list[str] | None = None) -> tuple[int, int]:
    """Cut titles and honorifics off the front of a person name and degrees off its end. ``glued``: the indices
    of the words written with no space before the next ("H." of "H.B."); ``lows``: the words in lower case, when
    the caller has them."""
    lex = lexicon()
    stripped = False
    if b - a == 2 and words[a].lower() in lex.nickname_honorifics:
        return a, b  # "Gus Dur", "Cak Imin", "Bung Tomo": the honorific is part of the name people use
    if b - a > 2 and not lower_honorifics().isdisjoint(words[a + 1:b - 1]):
        # "[Psikiater] dr. Eniarti": a job the lists lack, then the honorific in lower case
        a = next(k for k in range(a + 1, b - 1) if words[k] in lower_honorifics())
    if a > 0 and a + 1 < b and phrase_at(words, a - 1, lex.honorifics, lows=lows) == 2:
        a += 1  # the tagger began the name inside an honorific of two words: "Datuk [Seri Mohamad Hasan]"
    while a < b:
        if stripped and words[a].lower() in lex.name_titles:
            break  # "Menhut [Raja Juli Antoni]": after a title, a name
        n = phrase_at(words, a, lex.person_titles, lows=lows) or phrase_at(words, a, lex.honorifics, lows=lows)
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
    # a gelar written after the name ends it: "Fadli Rasyid [Datuk Rajo Mangkuto]"
    b = next((k for k in range(a + 1, b) if words[k].lower() in lex.title_suffixes), b)
    while b > a + 1 and (words[b - 1].lower() in lex.degrees or words[b - 1] == ","):
        b -= 1
    return a, b


@cache
def lower_honorifics() -> frozenset[str]:
    """Honorifics written in lower case with their full stop ("dr.", "ir."), as they are written."""
    return frozenset(h for h in lexicon().honorifics if h.endswith(".") and h[:1].islower())


def _haji_or_initial(words: list[str], k: int) -> bool:
    """words[k] is an honorific written as one initial ("H." for Haji) before another initial that is no
    abbreviation Haji is written before (entities.yaml haji_initials: "M.", "A."): when the two are
    written together ("H.B. Jassin", not "H.M. Sanusi"), the name's own initial. Written apart ("H. A. Rahman"),
    "H." stays Haji: the callers ask only about initials written together."""
    return (k + 1 < len(words) and _INITIAL.fullmatch(words[k]) is not None and words[k].lower() in lexicon().honorifics
            and INITIALS.fullmatch(words[k + 1]) is not None and words[k + 1].lower() not in lexicon().haji_initials)


_ASKED: list = [None, {}]  # the words title_before was last asked about (held, so no other list takes their id), and
# its answers by index: a sentence's rules ask it about the same words many times


def title_before(words: list[str], a: int) -> tuple[int, str | None]:
    """The title written before a person name at words[a]: ("Presiden Rusia", its first word index). The answers
    for the list last asked about are kept: the list must not change in place between calls."""
    if _ASKED[0] is not words:
        _ASKED[0], _ASKED[1] = words, {}
    answers = _ASKED[1]
    if a not in answers:  # two look-ups cost less than dict.get's bound method and call
        answers[a] = _title_before(words, a)
    return answers[a]


def _title_before(words: list[str], a: int) -> tuple[int, str | None]:
    if a == 0:
        return a, None
    lex = lexicon()
    reach = lex.title_reach  # read once: the walk below asks it about each word it passes
    if not (is_cap(words[a - 1]) or words[a - 1].lower() in reach or _unit_number(words, a - 1, lex)
            or words[a - 1] == ")"):
        return a, None  # the common case: no word before that a title can end with
    i = a
    first_title = None
    starts, title_firsts = first_words(lex.name_starts), first_words(lex.person_titles)  # one look-up rules most out
    listed = False  # passed the "dan" of a list inside the title: "Menko Bidang Politik, Hukum, dan Keamanan"
    while i > 0:
        w = words[i - 1]
        low = w.lower()
        if low in starts and phrase_at(words, i - 1, lex.name_starts) and i - 1 + 2 > a - 1:
            break  # "Gubernur Bali [I Wayan] Koster": the name start is not part of the title
        if low in lex.honorifics and first_title is None:
            i -= 1
            continue
        if low in lex.connectors and phrase_at(words, i, lex.person_titles):
            break  # "Menhut Raja Juli Antoni dan Mendikdasmen Abdul Mu'ti": a title after "dan" starts anew
        if w == ")" and i - 4 >= 0 and words[i - 3] == "(" and is_cap(words[i - 2]) and is_cap(words[i - 4]):
            i -= 3  # a body's acronym in brackets after its name: "Kepala Badan ... Bencana (BNPB)", "... (Granat)"
            continue
        if is_cap(w) or low in reach or (low in lex.connectors and i - 2 >= 0 and is_cap(words[i - 2])) or (
                w == "-" and i - 2 >= 0 and is_cap(words[i - 2]) and is_cap(words[i])) or (  # "Soekarno-Hatta"
                _unit_number(words, i - 1, lex)) or (  # "Ketua RT 05"
                # a comma inside the list, not before a title of its own ("Gubernur, Wakil Gubernur, dan Sekda")
                w == "," and i < a and i - 2 >= 0 and is_cap(words[i - 2]) and (listed or words[i] == "dan")
                and not phrase_at(words, i + (words[i] == "dan"), lex.person_titles)):
            listed = listed or low == "dan"
            i -= 1
            if low in title_firsts and phrase_at(words, i, lex.person_titles):
                first_title = i
            continue
        break
    if first_title is None:
        return a, None
    end = a
    while end > first_title:  # honorifics, of one word or two ("Datuk Seri"), and a given name written short
        if words[end - 1].lower() in lex.honorifics or words[end - 1].lower() in lex.name_abbreviations:
            end -= 1  # "Menlu Filipina [Ma.] Theresa Lazaro"
        elif end - 2 > first_title and phrase_at(words, end - 2, lex.honorifics) == 2:
            end -= 2
        else:
            break
    if end <= first_title:
        return first_title, None
    title = " ".join(words[first_title:end])  # its tokens: "Soekarno", "-", ...; "Politik", ",", ...; "(", "BNPB"
    if " - " in title or " ," in title or " (" in title:
        title = title.replace(" - ", "-").replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return first_title, title


def _unit_number(words: list[str], k: int, lex) -> bool:
    """words[k] is the number of a unit numbered, not named (entities.yaml numbered_units): "Ketua RT [05]"."""
    return k > 0 and words[k].isdigit() and words[k - 1].lower() in lex.numbered_units


def title_starts(words: list[str], lows: list[str] | None = None, present: frozenset[str] | None = None) -> list[int]:
    """The indices of the words that may start a title or a trade: most sentences have none.
    ``lows``: the words in lower case, and ``present`` their set, when the caller has them."""
    firsts = first_words(lexicon().person_titles)
    return positions(list(map(str.lower, words)) if lows is None else lows, firsts, present)


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
    names (token ranges); None when there is no such title, the names are a list ("A, B, dan C") or the title is
    a group's ("para petani, Anies ...": after entities.yaml kind_quantifiers or a number)."""
    lex = lexicon()
    while a > 0 and words[a - 1].lower() in lex.honorifics:
        a -= 1  # "..., Ir. Bambang Suryanto"
    if a < 2 or words[a - 1] != "," or (b < len(words) and (is_cap(words[b]) or words[b] == "dan"
                                                           or words[b:b + 2] == [",", "dan"])):
        return None
    first, title = title_before(words, a - 1)
    if title is None or first and (words[first - 1].lower() in lex.kind_quantifiers or words[first - 1].isdigit()):
        return None  # "di hadapan para wartawan, Anies ...": a group's word, not the person's title
    before = [(x, y) for x, y in persons if first <= x and y <= a - 1]
    if not before:
        return title, None
    if len(before) == 1 and before[0][1] == a - 1 and phrase_at(words, first, lex.relational_titles):
        return title, before[0]
    return None


def alias_after(words: list[str], b: int) -> tuple[int, int] | None:
    """ "X alias Y", "X, yang akrab disapa Kang Y" (entities.yaml alias_joins): the token range of Y, without an
    honorific that does not form the name ("Kang"; "Gus Dur" keeps "Gus")."""
    lex = lexicon()
    j, joins, size = b, _alias_joins(), len(words)
    while j < size and j - b < 3 and words[j] in joins:  # written in lower case
        j += 1
    n = phrase_at(words, j, lex.alias_cues)
    if not n:
        return None
    j += n
    while j < size - 1 and words[j].lower() in lex.honorifics and words[j].lower() not in lex.nickname_honorifics:
        j += 1
    k = j
    while k < size and is_cap(words[k]):
        k += 1
    return (j, k) if k > j else None


def name_before_alias(words: list[str], a: int, vocab: frozenset[str]) -> tuple[int, int] | None:
    """The token range of the name a nickname at words[a] is given to: "[Sumanto], yang akrab disapa Kang Manto";
    one to four capitalised words, none an ordinary word in ``vocab`` ("Menurut"), nor a title alone ("Mensos"), or
    None when no alias cue is right before the nickname."""
    if words[a - 1] not in _before_nickname():
        return None  # most persons: one look-up
    lex = lexicon()
    i = a
    while i > 0 and words[i - 1].lower() in lex.honorifics and words[i - 1].lower() not in lex.nickname_honorifics:
        i -= 1
    n = next((k for k in (2, 1) if i - k >= 0 and phrase_at(words, i - k, lex.alias_cues) == k), 0)
    if not n:
        return None
    i -= n
    joins, cue = _alias_joins(), i
    while i > 0 and cue - i < 3 and words[i - 1] in joins:
        i -= 1
    end = i
    while i > 0 and end - i < 4 and is_cap(words[i - 1]) and words[i - 1].lower() not in vocab:
        i -= 1
    if i < end and phrase_at(words, i, lex.titles) == end - i:
        return None  # a title, not a name: "kata [Mensos] yang akrab disapa Gus Ipul itu"
    return (i, end) if i < end and (i == 0 or not is_cap(words[i - 1])) else None


@cache
def _before_nickname() -> frozenset[str]:
    """The words a nickname may follow, in lower case and capitalised: the last words of alias cues, honorifics."""
    lex = lexicon()
    words = {c.split()[-1] for c in lex.alias_cues} | lex.honorifics
    return frozenset(words | {w.capitalize() for w in words} | {w.upper() for w in words})


@cache
def _alias_joins() -> frozenset[str]:
    return frozenset(load("entities")["alias_joins"])


def initials(words: list[str], present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Persons named by initials after a cue: "tersangka berinisial RA", "pelaku AS dan LKS". ``present``: the set
    of the words in lower case, when the caller has it."""
    lex = lexicon()
    out: list[tuple[int, int, str]] = []
    if lex.initials_cues.isdisjoint(map(str.lower, words) if present is None else present):
        return out  # no cue, so no initials (a list's need one before it): most sentences, told in one C loop
    for i in range(1, len(words)):
        w = words[i]
        if 2 <= len(w) <= 4 and w.isupper() and w.isalpha():  # the length first: the cheapest test
            prev = words[i - 1].lower()
            if prev in lex.initials_cues and (i == 1 or words[i - 1].islower() or not words[i - 2][:1].isupper()):
                out.append((i, i + 1, "PER"))  # a cue, not a word of a name before it: "Aliansi Korban APD"
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
    "AP (22), dan MF (17)"): after "inisial", or with an age in brackets, and the rest of a list that one of these
    opens ("berinisial AS, RD, dan MH"); not "pelaku UMKM" (small businesses)."""
    out = []
    for a, b, kind in spans:
        if (words[a - 1].lower() in ("inisial", "berinisial") or words[b:b + 1] == ["("] and b + 1 < len(words)
                and words[b + 1].isdigit()) or (
                out and words[a - 1] in (",", "dan") and out[-1][1] >= a - 5):  # a list after one: "AS, RD, dan MH"
            out.append((a, b, kind))
    return out


def degree_tail(words: list[str], b: int) -> int:
    """The end of the degrees written after a person's name at words[b]: ", M.Sc., Sp.KJ., MMR" (the tokeniser
    splits unknown abbreviations into letters and full stops)."""
    lex = lexicon()
    if (b > 0 and words[b - 1].isupper() and words[b - 1].isalpha() and len(words[b - 1]) <= 4
            and not (b > 1 and is_cap(words[b - 2]) and not words[b - 2].isupper())):
        return b  # initials alone take no degrees: "berinisial AS, [RD], dan [MH]" lists more people
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
    the person is split off, "Kepala [Pelaksana] BPBD Sintang"): no name there. None when the span starts with a
    head word: "Kepala [Badan Geologi]" is a title before an organisation."""
    lex = lexicon()
    if a == 0 or a >= b or words[a - 1].lower() not in lex.title_words or words[a].lower() not in lex.title_words:
        return 0  # the common case: a title reaching into the span holds its first word and the one before it
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


def division_before_known(words: list[str], kb_tags: list[str], a: int, b: int) -> int:
    """Where an organisation span after a title really starts when it ends with a whole organisation the KB knows
    and the words before it are no name the KB or a head word vouches for: they name a division, part of the
    title ("Vice President [Komunikasi Korporat] Pupuk Indonesia"); else a. A unit head word names a unit, no
    division: "penyidik [Ditressiber Polda Jabar]"."""
    lex = lexicon()
    k = b - 1
    while k > a and kb_tags[k].startswith("I-"):
        k -= 1
    if (k <= a or kb_tags[k] != "B-ORG" or any(kb_tags[a:k]) or (b < len(kb_tags) and kb_tags[b].startswith("I-"))
            or any(phrase_at(words, a, heads) for heads in (lex.org_heads, lex.loc_heads, lex.unit_heads))):
        return a
    return k


def portfolio_at(words: list[str], k: int) -> int:
    """Length of the portfolio word or phrase at words[k] ("Ketenagakerjaan", "Luar Negeri"), else 0: a listed
    word, or a long noun with a portfolio's affixes (ke-an, per-an...)."""
    return phrase_at(words, k, lexicon().portfolio_words) or int(affixed_noun(words[k]))


def portfolio_overlap(words: list[str], a: int, b: int) -> int:
    """How many of a person span's first words are the portfolio of the title before it: "Menteri
    [Ketenagakerjaan Yassierli]" -> 1, "Menteri [Kelautan dan Perikanan Sakti Wahyu]" -> 3, "Menteri [Agama]" -> 1
    (all of it: no one is named)."""
    lex = lexicon()
    if a == 0 or (words[a - 1].lower() not in lex.title_words and not (
            # the portfolio's last part, the tagger's person begun there: "Menteri Investasi dan [Hilirisasi Rosan]"
            a > 2 and words[a - 1] in ("dan", ",") and portfolio_at(words, a - 2))):
        return 0
    k = a
    while k < b:
        n = portfolio_at(words, k)
        if not n:
            break
        k += n
        if k + 1 < b and words[k].lower() in ("dan", ",") and portfolio_at(words, k + 1):
            k += 1
    return k - a  # all of it: no person ("Peraturan Bersama Menteri [Agama] dan Menteri Dalam Negeri")


def after_lower_case(words: list[str], a: int, b: int) -> int:
    """Where a person span really starts when the tagger ran it over a word in lower case, which no name holds
    but a particle ("David de Gea", "Ali bin Abi Thalib", "Abdul Aziz al Saud"): after the last one ("[Kritik
    sastra] H. B. Jassin")."""
    lex = lexicon()
    return next((k + 1 for k in range(b - 2, a - 1, -1) if words[k].islower() and words[k].isalpha()
                 and words[k] not in lex.name_infixes and words[k] not in lex.name_particles), a)


def rank_inside(words: list[str], a: int, b: int) -> int:
    """Where a person span really starts when a military or police rank sits inside it after a title's
    complement or an operation's name: "Kapolresta [Barelang Kombes Pol Nugroho Tri Nuryanto]", "Operasi Damai
    [Cartenz Kombes Yusuf Sutejo]" -> at "Kombes"; else a. Other titles may be names ("Lukman Hakim Syaifuddin")."""
    ranks = lexicon().ranks
    return next((k for k in range(a + 1, b - 1) if words[k].lower() in ranks), a)


def _after_rank(words: list[str], i: int, lex) -> bool:
    """Whether words[i] is a capitalised word, no title or honorific, right after a rank and its corps."""
    w = words[i].lower()
    if (not is_cap(words[i]) or w in lex.title_words or w in lex.honorifics or w in lex.ranks
            or w.rstrip(".") in lex.rank_corps):
        return False
    j = i - 1
    while j > 0 and words[j].lower().rstrip(".") in lex.rank_corps:
        j -= 1  # "Kombes Pol. Haris", "Letkol Inf Candra"
    return words[j].lower() in lex.ranks


def name_start_before(words: list[str], a: int, glued: frozenset[int] = frozenset()) -> int:
    """Move a person's start back over a Balinese or noble name start the tagger left out ("I Wayan Koster"),
    over a first initial written together with the next that it took for Haji ("H.B. Jassin"; not "H.M.
    Sanusi", see ``strip_person``; ``glued`` as there), or over an initial that is no honorific ("H.[M.]")."""
    lex = lexicon()
    if a > 0 and a - 1 in glued and _haji_or_initial(words, a - 1):
        return a - 1
    if a > 0 and INITIALS.fullmatch(words[a - 1]) and words[a - 1].lower() not in lex.honorifics:
        return a - 1  # an initial after Haji is the name's own: "Wakil Ketua DPRD Sulsel H.[M. Amir Uskara]"
    if a > 1 and _after_rank(words, a - 1, lex):
        return a - 1  # the given name right after a rank: "Kapolsek Tanah Abang Kompol [Haris] Akhmat Basuki"
    if a > 2 and words[a - 2] in ('"', "\u201d") and words[a - 3] == "," and _given_name(words[a - 1], lex):
        return a - 1  # the attribution after a quotation opens with its speaker: '"...," [Jay] Idzes menambahkan.'
    if a == 0 or words[a - 1].lower() not in _name_start_words():
        return a  # a name start reaching up to the span holds the word before it: one look-up rules most out
    for back in (3, 2, 1):  # the longest first: "[I Gusti Ngurah] Rai", not "I [Gusti Ngurah] Rai"
        i = a - back
        if i >= 0 and is_cap(words[i]) and phrase_at(words, i, lex.name_starts) >= back:
            return i  # capitalised: "lalu" is also "then" ("Sejak lalu Pep Guardiola ...")
    return a


def _given_name(word: str, lex) -> bool:
    """A capitalised word no ordinary word, title or honorific: a name's, when it opens one."""
    low = word.lower()
    return (word.isalpha() and is_cap(word) and low not in lowercase_vocab() and low not in first_words(lex.titles)
            and low not in lex.honorifics)


@cache
def _name_start_words() -> frozenset[str]:
    """Every word of the name starts ("i", "gusti", "ngurah", "lalu")."""
    return frozenset(w for e in lexicon().name_starts for w in e.split())


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
