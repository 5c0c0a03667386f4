"""Persons and places a sentence itself shows the tagger got wrong, over one sentence's spans (token ranges into
its ``words``, returned changed), each rule behind a cheap test on the sentence:

- name words opening a sentence before a verb only a person does or an apposition saying who one is ("[Ratna Sari
  Dewi] mengatakan"), a place's name as a given name there ("[Medan Prakarsa] mengaku");
- a village after its head's title ("Kepala [Desa Sukamaju] [Udin Samsudin]", "Kades [Sukamaju] [Sri
  Mulyani]"), a place inside a title ("Wali [Kota] Medan");
- a doubles pair joined by a slash, a name before an age in brackets ("[Sutarmi] (56)").
``entities.sentence_candidates`` runs them (``persons_by_sentence_cues``) right before the clan names.
"""

from __future__ import annotations

from functools import cache

from .acronyms import spells
from .ner_lexicon import affixed, first_words, is_cap, lexicon, name_word, phrase_at, positions
from .ner_person import INITIALS, title_before

_OPENING, _SLASH, _KB_PLACE = frozenset("("), frozenset("/"), frozenset(["B-LOC"])


def persons_with_ages(words: list[str], spans: list[tuple[int, int, str]],
                      kb_tags: list[str] | None) -> list[tuple[int, int, str]]:
    """One to four name words right before an age in brackets are a person: "[Sutarmi] (56) tewas tertimpa
    pohon", "korban [Ahmad Rifai] (12)"; not a name the KB or the tagger took for another kind."""
    lex = lexicon()
    out = spans
    for k in positions(words, _OPENING):  # the brackets
        if not (0 < k < len(words) - 2 and words[k + 2] == ")" and words[k + 1].isdigit() and len(words[k + 1]) <= 3):
            continue
        a = k
        while a > 0 and k - a < 4 and name_word(words, a - 1, lex) and not (kb_tags and kb_tags[a - 1]
                                                                            and kb_tags[a - 1][2:] != "PER"):
            a -= 1
        if a == k or (a > 0 and is_cap(words[a - 1]) and words[a - 1] not in ('"', "\u201c")):
            continue  # no name, or a longer capitalised run: a title or a body's name
        if not any(x < k and a < y for x, y, _ in out):
            out = sorted(out + [(a, k, "PER")])
    return out


def pairs_of_persons(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Name words joined by a slash to a person are a person too: a doubles pair in badminton or tennis, "[Fajar
    Alfian]/[Muhammad Rian Ardianto]", where the tagger often finds only one of the two, or runs the two into one
    span ("[Pearly Tan]/[M. Thinaah]")."""
    lex = lexicon()
    spans = _split_at_slashes(words, spans)
    persons = {(a, b) for a, b, kind in spans if kind == "PER"}
    covered = {k for a, b, _ in spans for k in range(a, b)}
    out = list(spans)
    for s in positions(words, _SLASH):
        if not 0 < s < len(words) - 1:
            continue
        left = next(((a, b) for a, b in persons if b == s), None)
        right = next(((a, b) for a, b in persons if a == s + 1), None)
        if left and not right:
            k = s + 1
            while k < len(words) and k not in covered and name_word(words, k, lex):
                k += 1
            if k - s > 2:  # two name words or more: "Pitha Haningtyas Mentari"
                out.append((s + 1, k, "PER"))
        elif right and not left:
            k = s
            # not a noun for people, a title or a trade before the pair: "Pasangan [Fajar Alfian]/..."
            while (k > 0 and k - 1 not in covered and name_word(words, k - 1, lex)
                   and words[k - 1].lower() not in lex.person_nouns and not phrase_at(words, k - 1, lex.person_titles)):
                k -= 1
            if s - k >= 2:
                out.append((k, s, "PER"))
    return sorted(out)


def _split_at_slashes(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each person span holding a slash between names, cut at it into the two persons."""
    out = []
    for a, b, kind in spans:
        while kind == "PER" and (k := next((k for k in range(a + 1, b - 1) if words[k] == "/"), 0)):
            out.append((a, k, kind))
            a = k + 1
        out.append((a, b, kind))
    return out


def persons_opening_sentences(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None,
                              lows: list[str]) -> list[tuple[int, int, str]]:
    """Two to four name words opening a sentence (or a quotation) before a verb only a person does or an
    apposition saying who one is (``said_of``) are a person, though the first is an ordinary word capitalised
    for opening the sentence and the tagger left it out or saw no name: "[Ratna Sari Dewi] mengatakan", "[Putri]
    Ayu Lestari mengaku", "[Indah Permatasari], warga Desa ..."; not a noun for people ("Keluarga Sutrisno
    mengatakan": entities.yaml person_nouns), nor words the KB or the tagger took for another kind of name."""
    lex = lexicon()
    j = 1 if words and words[0] in ('"', "\u201c", "(") else 0
    window = lows[j + 2:j + 5]  # where the verb or the comma must be: most sentences have neither there
    if (len(words) < j + 3 or not (is_cap(words[j]) and is_cap(words[j + 1]))
            or ("," not in window and lex.person_predicates.isdisjoint(window))):
        return spans
    k = j
    while k < len(words) and k < j + 4 and name_word(words, k, lex) and not (kb_tags and kb_tags[k]):
        k += 1
    if k - j < 2 or lows[j] in _not_name_openers() or _verb(lows[j]) or not said_of(words, lows, k, lex):
        return spans
    if any(a < k and j < b and kind != "PER" for a, b, kind in spans):
        return spans
    return sorted([s for s in spans if not (s[0] < k and j < s[1])] + [(j, k, "PER")])


def said_of(words: list[str], lows: list[str], k: int, lex) -> bool:
    """The words before ``k`` name someone: a verb only a person does follows (entities.yaml person_predicates),
    or a comma and a word saying who one is (apposition_heads, a title or a trade)."""
    return (k < len(words) and lows[k] in lex.person_predicates) or (
        k + 1 < len(words) and words[k] == "," and (phrase_at(words, k + 1, lex.apposition_heads)
                                                    or phrase_at(words, k + 1, lex.person_titles)))


def _verb(low: str) -> bool:
    """A long word formed with a verb's affixes (entities.yaml verb_affixes): "dijelaskan", "menyampaikan"."""
    return affixed(low, lexicon().verb_affixes)


@cache
def _not_name_openers() -> frozenset[str]:
    """Capitalised words opening a sentence that are never a name's first word: nouns for people, trades, cues."""
    lex = lexicon()
    return (lex.person_nouns | lex.occupations | lex.apposition_heads | lex.relational_titles | lex.person_cues
            | lex.place_cues | lex.place_nouns | lex.org_cues | lex.opening_nouns | lex.language_cues
            | lex.nationality_cues)


def persons_by_sentence_cues(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None,
                             lows: list[str], present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Persons and places the sentence itself shows the tagger got wrong: a name opening it before a person's
    verb, a village after its head's title, a doubles pair, a name before an age, a place's name as a given name,
    a place inside a title ("Wali [Kota] Medan"). Each rule is a cheap test on the sentence first. ``present``:
    the set of ``lows``, when the caller has it."""
    lex = lexicon()
    if present is None:
        present = frozenset(lows)  # the tests below look words up in it: cheaper than scanning the list each time
    if len(words) > 2 and is_cap(words[0]) and (is_cap(words[1]) or words[0] in ('"', "\u201c", "(")):
        spans = persons_opening_sentences(words, spans, kb_tags, lows)
    if not first_words(lex.village_offices).isdisjoint(present):
        spans = villages_after_offices(words, spans, kb_tags, lows)
    if not lex.village_heads.isdisjoint(present):
        spans = places_opening_persons(words, spans, kb_tags)
    if "/" in present:
        spans = pairs_of_persons(words, spans)
    if "(" in present:
        spans = persons_with_ages(words, spans, kb_tags)
    places = positions(kb_tags, _KB_PLACE) if kb_tags else []  # once for the two rules that start at them
    if places:
        spans = places_inside_titles(words, spans, kb_tags, places)
        if not said_words().isdisjoint(present):
            spans = persons_named_by_places(words, spans, kb_tags, lows, places)
    return spans


@cache
def said_words() -> frozenset[str]:
    """Words one of which a sentence needs for ``said_of`` to hold anywhere in it."""
    lex = lexicon()
    return lex.person_predicates | first_words(lex.apposition_heads) | lex.title_words


def villages_after_offices(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None,
                           lows: list[str]) -> list[tuple[int, int, str]]:
    """After a village office's title (entities.yaml village_offices) the next capitalised word names the village,
    part of the title, and the one to three name words after it the person: "Kades [Sukamaju] [Sri Mulyani]",
    "Kepala [Desa Karangrejo] [Suparman]" (a village_heads word ending the office or after it is part of the
    village, as the guidelines annotate "Desa Toboli": "Keuchik [Gampong Lamteh]"), "Kades [Tegalrejo], [Suparno],
    ...". Most villages are unknown to the KB, so the tagger runs the village into the person or takes it for one.
    The village has two words when the second is a village_suffixes word ("Sukamaju Wetan") or a clan name ("Desa
    Lumban Sinaga"), or the KB knows them together, or a head word opens it and the person follows in commas
    ("Keuchik [Gampong Meunasah Tutong], [Teuku Syarifuddin],"). A common given name (given_names) starts the
    person, and no village is named: "Kades [Ahmad Yani]". Left alone: one name word and no village ("Kades
    Suparno mengatakan"), words the KB knows as another kind, an office taking a number ("Ketua RT 05":
    ``title_before``)."""
    lex = lexicon()
    n = len(words)
    out = spans
    for i in positions(lows, first_words(lex.village_offices)):
        t = phrase_at(words, i, lex.village_offices, lows=lows)
        j = h = i + t  # h: where the village starts
        if t and j + 1 < n and lows[j] in lex.village_heads:
            j += 1  # the office written without the village's head word: "Keuchik [Gampong Meunasah Baro]"
        elif t and lows[j - 1] in lex.village_heads:
            h = j - 1  # "Kepala [Desa Karangrejo]": the office ends with it
        if not t or j >= n or lows[j - 1] in lex.numbered_units or not name_word(words, j, lex) or (
                kb_tags and kb_tags[j] and kb_tags[j] != "B-LOC"):
            continue
        v = j + 1
        if lows[j] in lex.given_names:
            v = j  # "Kades [Ahmad Yani]": a common given name starts the person, and no village is named
        elif kb_tags and kb_tags[j] == "B-LOC":
            while v < n and kb_tags[v] == "I-LOC":
                v += 1
        elif v < n and (lows[v] in lex.village_suffixes or lows[v] in lex.clan_names) and is_cap(words[v]):
            v += 1  # "Sukamaju Wetan"; a clan name opens no one's name: "Desa [Lumban Sinaga]"
        if (v == j + 1 and v + 2 < n and words[v + 1] == "," and name_word(words, v, lex) and h < j
                and name_word(words, v + 2, lex)):
            v += 1  # a village of two words named with its head word, then the person in commas: "Keuchik
            # [Gampong Meunasah Tutong], [Teuku Syarifuddin], ..."
        comma = v <= j + 2 and v < n and words[v] == ","  # "Kades Tegalrejo, Suparno, ..."
        p = v + 1 if comma else v
        k = p
        while k < n and k < p + 3 and (name_word(words, k, lex) or INITIALS.fullmatch(words[k])) and not (
                kb_tags and kb_tags[k] and not kb_tags[k].endswith("PER")):
            k += 1
        if k == p or (k < n and is_cap(words[k]) and lows[k] not in lex.title_suffixes) or (
                comma and (k >= n or (words[k] != "," and lows[k] not in lex.title_suffixes))):
            continue  # no person, or the capitalised run goes on: another kind of name; a gelar after the
            # person ends the name ("Wali Nagari [Salareh Aia], [Yusrizal] Dt. Rajo Batuah,")
        a = h if v > j else j
        village = [(a, v, "LOC")] if v > j else []
        out = sorted([s for s in out if not (s[0] < k and a < s[1])] + village + [(p, k, "PER")])
    return out


def places_opening_persons(words: list[str], spans: list[tuple[int, int, str]],
                           kb_tags: list[str] | None) -> list[tuple[int, int, str]]:
    """A person or place span after a title that starts with a village's head word (entities.yaml village_heads)
    holds the title's village, then the person: "Kepala [Desa Sukamaju] [Udin Samsudin]" (the guidelines annotate
    the village, "Desa Toboli", and the person). The person starts at an honorific or initial inside ("Kepala
    [Desa Sukamaju] [H. Udin]"); in a span the tagger took for a person, else after the head word and one name,
    the name the KB knows from there, or a clan name that opens no one's name ("Desa [Lumban Sinaga]")."""
    lex = lexicon()
    out = []
    for a, b, kind in spans:
        if not (kind in ("PER", "LOC") and b - a >= 3 and a > 0 and words[a].lower() in lex.village_heads
                and is_cap(words[a + 1]) and title_before(words, a)[1] is not None):
            out.append((a, b, kind))
            continue
        k = next((k for k in range(a + 2, b - 1) if INITIALS.fullmatch(words[k]) or (
            words[k].endswith(".") and words[k].lower() in lex.honorifics)), None)
        if k is None and kind == "PER":
            k = a + 2
            while k < b - 1 and ((kb_tags and kb_tags[k].startswith("I-")) or words[k].lower() in lex.clan_names):
                k += 1
        if k is not None and k < b and (name_word(words, k, lex) or words[k].endswith(".")):
            out += [(a, k, "LOC"), (k, b, "PER")]
        else:
            out.append((a, b, kind))
    return out


def places_inside_titles(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str],
                         places: list[int]) -> list[tuple[int, int, str]]:
    """A place the KB knows by a name starting with a title's last word is named by the words after it: "Wali
    [Kota Medan] Rico Waas" is the title "Wali Kota Medan" (the place "Medan") and a person, not a mention of
    "Kota Medan" the title's words run into. A span the tagger began on the place's words starts after them.
    ``places``: the indices of the words where the KB's places start ("B-LOC")."""
    lex = lexicon()
    out = spans
    for j in places:
        # a title ending at words[j] has it for its last word: one look-up rules most places out
        if not (0 < j and j + 1 < len(words) and kb_tags[j + 1] == "I-LOC" and words[j].lower() in lex.title_words
                and any(phrase_at(words, i, lex.titles, longest=4) == j - i + 1 for i in range(max(0, j - 3), j))):
            continue
        e = j + 2
        while e < len(words) and kb_tags[e] == "I-LOC":
            e += 1
        kept = []
        for a, b, kind in out:
            if b <= j + 1 or a >= e:
                kept.append((a, b, kind))
            elif kind == "PER" and b > e and a >= j:  # "Wali Kota [Bogor Dedie Rachim]"
                kept.append((e, b, kind))
        out = sorted(kept + [(j + 1, e, "LOC")])
    return out


def persons_named_by_places(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str],
                            lows: list[str], places: list[int]) -> list[tuple[int, int, str]]:
    """A one-word place the KB knows, then one or two name words it does not, is a person whose given name is
    that place when the sentence says it is someone (entities.yaml person_predicates, apposition_heads): "[Medan
    Prakarsa] mengaku ...", "[Padang Wicaksono], warga Desa Sumberejo, ...". Not after a title, whose complement
    it is ("Wali Kota Medan Rico"), nor after a place word or inside a longer name or one the tagger took for an
    organisation; a cue before it is not enough ("Menurut Jakarta Globe", "Bersama Surabaya Samator").
    ``places``: as in ``places_inside_titles``."""
    lex = lexicon()
    n = len(words)
    out = spans
    for j in places:  # a few per sentence
        # after a cue and a trade, a name word may be a place too: "Menurut nelayan [Darwin Sinjai], ..."
        trade = j > 1 and lows[j - 1] in lex.occupations and lows[j - 2] in lex.person_cues
        k = j + 1
        while k < n and k < j + 3 and (not kb_tags[k] or trade and kb_tags[k] == "B-LOC") and name_word(
                words, k, lex) and (lows[k] not in lex.name_suffixes and lows[k] not in lex.org_tails
                                    and lows[k] not in lex.misc_tails):
            k += 1
        if k == j + 1 or (k < n and is_cap(words[k])):
            continue  # no name words, or the capitalised run goes on: another kind of name
        said = trade or said_of(words, lows, k, lex)
        before = lows[j - 1] if j > 0 else ""
        if not said or (j > 0 and not trade and (
                is_cap(words[j - 1]) or before in lex.place_cues or before in lex.list_place_cues
                or before in lex.place_nouns or title_before(words, j)[1] is not None)):
            continue
        if any(a < k and j < b and kind != "PER" and (a, b) != (j, j + 1) and (a, b, kind) != (j, k, "LOC")
               and not (trade and j <= a and b <= k) for a, b, kind in out):
            continue  # a longer organisation or place the tagger found there (the same words as a place: retyped)
        out = sorted([s for s in out if not (s[0] < k and j < s[1])] + [(j, k, "PER")])
    return out


def places_joined_to_places(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name joined by "dan" or "atau" to a place written after "di" or "menuju" (entities.yaml place_only_cues)
    is a place too, whatever the tagger took it for: "di Mataram dan [Praya] sejak ...", "menuju Palu atau [Sigi].".
    Not after "dari", which comes before people too, nor a name that goes on with a clause of its own: "tinggal di
    Bandung dan [Ani] bekerja ..." (only punctuation or an entities.yaml place_list_ends word may follow it)."""
    lex = lexicon()
    out = list(spans)
    n = len(words)
    for i in range(len(out) - 1):
        a, b, kind = out[i]
        x, y, nxt = out[i + 1]
        if (kind == "LOC" and nxt == "PER" and a > 0 and words[a - 1].lower() in lex.place_only_cues
                and x == b + 1 and words[b] in ("dan", "atau")
                and (y == n or not words[y][:1].isalpha() or words[y].lower() in lex.place_list_ends)):
            out[i + 1] = (x, y, "LOC")
    return out


def names_spelled_by_brackets(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the acronym in brackets after it spells only with the words before it is one name from where the
    spelling starts: "[National Oceanic] and [Atmospheric Administration] (NOAA)", "Food and [Agriculture
    Organization] (FAO)". Its type is the last part's, a person's being an organisation's (no person is named by
    an acronym so), or MISC from an event's head word ("Rapat Dewan Gubernur (RDG)"). Names the acronym already
    spells stay as they are."""
    lex = lexicon()
    out = spans
    for a, b, kind in spans:
        if not (b + 2 < len(words) and words[b] == "(" and words[b + 2] == ")" and words[b + 1].isupper()
                and len(words[b + 1]) >= 3 and words[b + 1].isalpha()) or spells(words[b + 1], " ".join(words[a:b])):
            continue
        acronym, s = words[b + 1], a - 1
        while s >= max(0, a - 8) and (is_cap(words[s]) or words[s].lower() in lex.connectors):
            if is_cap(words[s]) and spells(acronym, " ".join(words[s:b])):
                # "Rapat Dewan Gubernur (RDG)": a meeting, no body
                new = (s, b, "MISC" if phrase_at(words, s, lex.misc_heads) else "ORG" if kind == "PER" else kind)
                out = sorted([x for x in out if not (x[0] < b and s < x[1])] + [new])
                break
            s -= 1
    return out
