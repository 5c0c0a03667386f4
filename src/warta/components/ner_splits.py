"""Persons the tagger ran into an organisation or place, or left untagged beside one, over one sentence's spans
(token ranges into its ``words``, returned changed):

- split off after a known place, at a Balinese name start, a middle initial, an honorific or a hyphenated given
  name ("[Dinas LH Tanah Bumbu] Rahmat Prapto Udoyo", "[PT Jasa Marga] Rivan A. Purwantono", "Ketua [PCNU] K.H.
  A. Pandji Taufiq", "[Majelis Nasional] Woo Won-shik"), or before a clan name's last two words ("Kepala [Dinas
  Pertanian Langkat] Darwin Sembiring", "Ketua [DPRD Karo] Darwin Sembiring Meliala");
- a place or organisation span ending with a clan name is a person whose given name is a place ("Darwin
  Sembiring"), one ending with an acronym in capitals the organisation after a title's words ("[Investigator]
  KNKT");
- capitalised words left untagged after a title are a person ("Bupati Buton Selatan [La Ode Mustari]"), and a
  person's name goes on over a particle ("[David] de Gea").
The titles, honorifics and name starts themselves are read by ``ner_person``.
"""

from __future__ import annotations

import re
from functools import cache

from .ner_cues import said_of
from .ner_lexicon import first_words, is_cap, lexicon, name_word, phrase_at, positions
from .ner_model import lowercase_vocab
from .ner_person import INITIALS, lower_honorifics, portfolio_at, title_before, title_starts
from .ner_rules import particle_name, service_offices

_ROMAN = frozenset("IVXLC")


def kb_names_kept(spans: list[tuple[int, int, str]], kb_tags: list[str]) -> list[tuple[int, int, str]]:
    """A span the tagger started inside a place the KB knows, left untagged before it, starts after that place,
    which is kept whole: "Gubernur [Papua Pegunungan] [Nikolaus Kogoya]", not "Papua [Pegunungan Nikolaus
    Kogoya]". Not an organisation: the KB's "Komisi X DPR" is two names in the guidelines."""
    out = []
    for a, b, kind in spans:
        if kb_tags[a][:2] == "I-":
            s = e = a
            while s > 0 and kb_tags[s][:2] == "I-":
                s -= 1
            while e < b and kb_tags[e][:2] == "I-":
                e += 1
            if e < b and kb_tags[s] == "B-LOC" and not any(x < a and s < y for x, y, _ in spans):
                out += [(s, e, "LOC"), (e, b, kind)]
                continue
        out.append((a, b, kind))
    return out


def persons_after_places(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None,
                         lows: list[str] | None = None) -> list[tuple[int, int, str]]:
    """An organisation or place after a title that ends with a known place and then runs on into one to three
    unknown name words is the organisation or place, then a person ("Kepala [Dinas Lingkungan Hidup Tanah Bumbu]
    [Rahmat] Prapto Udoyo", "juru bicara [Kementerian Luar Negeri China] [Guo Jiakun]", "Kepala OJK [Provinsi
    Jawa Timur] [Giri Tribroto]"); the person joins one tagged right after. Returns the spans, so changed.
    Without a title, a "person" tagged right after a body the KB knows whole is the body's place unless a person's
    verb or apposition follows (``_place_after_body``). ``lows``: the words in lower case, when the caller has
    them."""
    if not kb_tags:
        return spans
    lex = lexicon()
    vocab = lowercase_vocab()
    if lows is None:
        lows = list(map(str.lower, words))
    cuts = {}
    places = set()
    for a, b, kind in spans:
        if kind not in ("ORG", "LOC"):
            continue
        if title_before(words, a)[1] is None and not (a > 0 and lows[a - 1] in lex.origin_cues):
            if kind == "ORG" and kb_tags[a] == "B-ORG":
                m = a + 1
                while m < b and kb_tags[m] == "I-ORG":
                    m += 1
                if m == b:
                    places.add(_place_after_body(words, lows, spans, kb_tags, b, lex))
                elif b - m <= 3 and all(not kb_tags[x] and name_word(words, x, lex) and lows[x] not in vocab
                                        for x in range(m, b)) and words[b:b + 1] == [","] and said_of(
                                            words, lows, b, lex):
                    # "[Bea Cukai] [Askolani], direktur jenderal ...": the body, then its person in apposition (a
                    # verb is not enough: "Bank Mandiri Syariah mengatakan")
                    cuts[(a, b, kind)] = m
            continue
        k = b
        while k > a + 1 and not kb_tags[k - 1] and name_word(words, k - 1, lex) and (
                lows[k - 1] not in lex.org_tails and lows[k - 1] not in lex.name_suffixes):
            k -= 1
        if k == b and b - a >= 3 and kb_tags[b - 1] == "B-LOC" and _clans_after(words, spans, b, lex.clan_names):
            cuts[(a, b, kind)] = b - 1  # the given name ran into the body: "Ketua [DPRD Karo Darwin] [Sembiring
            continue  # Meliala]", a person of clan names only after a one-word place
        if not (k < b <= k + 3 and kb_tags[k - 1][2:] in ("LOC", "ORG")):
            continue
        # a region the KB knows whole from its head word, then one name: "Sekda [Kabupaten Gowa] Muchlis"
        whole_region = (kind == "LOC" and b - k == 1 and kb_tags[a] == "B-LOC"
                        and all(t == "I-LOC" for t in kb_tags[a + 1:k]) and lows[k] not in vocab)
        # one name, then a verb only a person does: "Kepala Pelaksana [BPBD Samarinda] Suwarso mengatakan"; not
        # after a body the KB knows, which the article's rules split with its region ("Kepala Ombudsman Kalbar")
        said = (b - k == 1 and kb_tags[a] != "B-ORG" and lows[k] not in vocab
                and said_of(words, lows, b, lex))
        if not any(s[0] == b and s[2] == "PER" for s in spans) and not whole_region and not said and (
                b - k < 2 or any(w in vocab and w not in lex.given_names for w in lows[k:b])):
            continue  # one word, or ordinary words (not given names: "Budi"): the organisation's own name may go on
            # after a place
        if " ".join(lows[a:k]) in service_offices() and any(s[0] == b and s[2] == "PER" for s in spans):
            continue  # "Kepala [Bea Cukai Ngurah Rai] [Hendra Wijaya]": a service's office named by its airport
        if k - 1 > a and kb_tags[k - 1] == "B-LOC" and lows[k] in lex.clan_names:
            k -= 1  # a one-word place right before a clan name is the person's given name: "Ketua [DPRD Karo]
            # [Darwin Sembiring Meliala]" (entities.yaml clan_names)
        cuts[(a, b, kind)] = k
    places.discard(None)
    if places:
        spans = [(a, b, "LOC") if (a, b, kind) in places else (a, b, kind) for a, b, kind in spans]
    return _persons_from(spans, cuts)


def _clans_after(words: list[str], spans: list[tuple[int, int, str]], b: int, clans: frozenset[str]) -> bool:
    """Whether a person span of two or more clan names and nothing else starts at ``b``."""
    after = next((s for s in spans if s[0] == b and s[2] == "PER"), None)
    return after is not None and after[1] - b >= 2 and all(w.lower() in clans for w in words[b:after[1]])


def _place_after_body(words: list[str], lows: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str],
                      b: int, lex) -> tuple[int, int, str] | None:
    """The person span right after a body the KB knows whole, ending at ``b``, when it is the body's office's
    place: no word of it the KB knows, no person's verb or apposition after it ("Petugas [Bea Cukai] [Ngurah
    Rai] menggagalkan", "[Imigrasi] [Ngurah Rai] mendeportasi"); else None ("[Pertamina] [Nicke Widyawati]
    mengatakan")."""
    if b < len(kb_tags) and kb_tags[b].startswith("I-"):
        return None  # the KB's name goes on: not the whole body
    after = next((s for s in spans if s[0] == b and s[2] == "PER"), None)
    if after is None or any(kb_tags[after[0]:after[1]]) or said_of(words, lows, after[1], lex):
        return None
    return after


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
    Rai", a place named after a person); so does one inside a person opened by an acronym, the organisation:
    "Ketua [PHDI] [Dewa Gede Oka Suryawan]"."""
    lex = lexicon()
    cuts = {}
    for a, b, kind in spans:
        if kind not in ("ORG", "PER") or (kind == "PER" and not (words[a].isupper() and len(words[a]) > 1)) or (
                title_before(words, a)[1] is None):
            continue
        k = next((k for k in range(a + 1, b) if phrase_at(words, k, lex.name_starts)), None)
        if k is not None:
            cuts[(a, b, "ORG")] = k
    return _persons_from([(a, b, "ORG") if (a, b, "ORG") in cuts else (a, b, kind) for a, b, kind in spans], cuts)


_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")


def persons_at_initials(words: list[str], spans: list[tuple[int, int, str]],
                        kb_tags: list[str] | None = None) -> list[tuple[int, int, str]]:
    """A middle initial ("A.", "L.P.") inside an organisation or place, between two capitalised words, or a
    hyphenated given name ending it after a capitalised word (Korean: "Won-shik"), is a person's: the person starts
    at the word before it ("Direktur Utama [PT Jasa Marga] [Rivan A. Purwantono]", "Ketua [Majelis Nasional] [Woo
    Won-shik]"). Only organisations after a title: "Jalan Jenderal A. Yani" is a place, "Gerakan Nasional
    Anti-narkoba" no person. An organisation or place the KB does not know that starts with an initial and a
    name is a person ("Bupati H.[M. Sanusi]", "karya [H.B. Jassin]")."""
    heads = lexicon().org_heads
    # the tagger may leave the body's head word to the title: "Ketua Majelis [Nasional Woo Won-shik]"
    spans = [(a - 1, b, "ORG") if kind == "PER" and b - a >= 3 and a > 0 and words[a - 1].lower() in heads
             and is_cap(words[a - 1]) and _HYPHENED_GIVEN.match(words[b - 1]) and is_cap(words[b - 2]) else (a, b, kind)
             for a, b, kind in spans]
    cuts = {}
    for a, b, kind in spans:
        if kind != "ORG" or title_before(words, a)[1] is None:
            continue
        k = next((k for k in range(a + 2, b - 1) if INITIALS.fullmatch(words[k])
                  and is_cap(words[k - 1]) and is_cap(words[k + 1])), None)
        if k is None and b - a >= 3 and _HYPHENED_GIVEN.match(words[b - 1]) and is_cap(words[b - 2]):
            k = b - 1
        if k is not None:
            cuts[(a, b, kind)] = k - 1
    # an initial ends with its full stop: one test rules most spans out before the pattern's call
    return [(a, b, "PER") if kind in ("ORG", "LOC") and words[a].endswith(".") and INITIALS.fullmatch(words[a])
            and a + 1 < b and is_cap(words[a + 1]) and not (kb_tags and any(kb_tags[a:b])) else (a, b, kind)
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
        place = kb_tags and kb_tags[a] == "B-LOC" and all(t == "I-LOC" for t in kb_tags[a + 1:k])
        front = "LOC" if place else kind if kind != "PER" else "ORG"  # "Bupati [Sumenep] Dr. H. ...": the KB's
        out += [(a, k, front), (k, b, "PER")]
    return out


def persons_after_lower_honorifics(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name after an honorific written in lower case with its stop ("dr.", "ir.") starts right after it: the
    capitalised words the tagger left out before the person tagged there are its first ("Ahli gizi dr. [Tan] Shot
    Yen"), and a person of one word right before the honorific is a job the lists lack ("[Psikiater] dr.
    Eniarti")."""
    lex = lexicon()
    out = list(spans)
    n = len(words)
    for i in positions(words, lower_honorifics()):
        if i + 1 == n or not is_cap(words[i + 1]):
            continue
        out = [s for s in out if not (s[1] == i and s[0] == i - 1 and s[2] == "PER")]
        covered = {x for a, b, _ in out for x in range(a, b)}
        k = i + 1
        while k < n and k not in covered and name_word(words, k, lex):
            k += 1
        after = next((s for s in out if s[0] == k and s[2] == "PER"), None) if k > i + 1 else None
        if after is not None:
            out = [s for s in out if s != after] + [(i + 1, after[1], "PER")]
    return sorted(out)


def bodies_ending_persons(words: list[str], spans: list[tuple[int, int, str]],
                          kb_tags: list[str] | None = None) -> list[tuple[int, int, str]]:
    """A person span ending with an acronym in capitals names no person: no name ends with one. It is the
    organisation the KB knows by it after the words of a title the lists lack ("[Auditor] BPK, Rina"), or nothing
    ("[Investigator] KNKT", which coreference finds again where the article defines it; "Compact SUV"). But a
    person may be called by an acronym after a listed title ("Presiden SBY"), and the KB may know one ("JK")."""
    lex = lexicon()
    out = []
    for a, b, kind in spans:
        last = words[b - 1]
        if (kind == "PER" and b - a >= 2 and len(last) >= 3 and last.isalpha() and last.isupper()
                and not words[b - 2].isupper()  # a name written all in capitals: "JOKO WIDODO"
                and not set(last) <= _ROMAN and not (kb_tags and kb_tags[b - 1] == "B-PER")
                and not phrase_at(words, a, lex.titles) and not phrase_at(words, a, lex.honorifics)):
            if kb_tags and kb_tags[b - 1] == "B-ORG":
                out.append((b - 1, b, "ORG"))
        else:
            out.append((a, b, kind))
    return out


def persons_by_clan_names(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                          lows: list[str] | None = None,
                          present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A place or organisation span that ends with a family or clan name (entities.yaml clan_names) holds a
    person: the whole span, whose given name is a place ("Warga Desa Sei Rampah, [Darwin Sembiring],"), or,
    after a title or an organisation's head word, its last two words after the title's complement ("Camat
    [Stabat] [Sydney Ginting]", "Kepala [Dinas Pertanian Langkat] [Darwin Sembiring]"). A one-word place the KB
    knows right before a clan name the tagger left out starts a person ("[Darwin] Purba", "tokoh adat Darwin
    Purba"), but for the complement of a title ("Bupati Medan Tarigan"). Not a name the KB knows whole, nor a
    place started by a head word ("Desa Lumban Sinaga"). ``lows``: the words in lower case, and ``present`` their
    set, when the caller has them."""
    lex = lexicon()
    clans = lex.clan_names
    if lows is None:
        lows = list(map(str.lower, words))
    if clans.isdisjoint(lows if present is None else present):
        return spans  # most sentences name no one by a clan name
    out = []
    at = {a: (b, kind) for a, b, kind in spans}
    covered = {k for a, b, _ in spans for k in range(a, b)}
    for a, b, kind in spans:
        known = kb_tags and kb_tags[a].startswith("B-") and all(t.startswith("I-") for t in kb_tags[a + 1:b])
        # a place's head word: its own name may end with a clan's ("Kecamatan Purba", "Desa Lumban Sinaga"),
        # nor a place after "di", "menuju" (entities.yaml place_only_cues; not "dari", "ke": "bantuan dari [Paris
        # Hutagalung]"), nor one of clan names only ("Pasaribu Tobing", a kecamatan): the person's given name is
        # what is a place
        if (kind in ("LOC", "ORG") and b - a >= 2 and words[b - 1].lower() in clans and not known
                and not phrase_at(words, a, lex.loc_heads) and words[b - 2].lower() not in clans
                and not (a > 0 and words[a - 1].lower() in lex.place_only_cues)):
            if not (phrase_at(words, a, lex.org_heads) or title_before(words, a)[1] is not None):
                kind = "PER"
            elif b - a >= 3:  # "Bupati Medan Tarigan": the title's complement and one name is no person
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
    span_at = {a: (b, kind) for a, b, kind in spans}
    covered = {i for a, b, _ in spans for i in range(a, b)}
    out = []
    i = 0
    for at in maybe:
        if at < i:
            continue
        i = at
        t = phrase_at(words, i, lex.person_titles, longest=4)  # a trade too: "Guru honorer [Dewi Palu]"
        if not t or i in covered:
            i += 1
            continue
        j = i + t
        own: range = range(0)  # a span the tagger typed as a body that is the person after a trade
        while j < n:  # the complement: names of places and organisations
            if j in span_at and span_at[j][1] != "PER":
                if (phrase_at(words, i, lex.occupations) == t and span_at[j][0] - j <= 3
                        and not phrase_at(words, j, lex.org_heads) and not phrase_at(words, j, lex.loc_heads)
                        and not (kb_tags and kb_tags[j])):
                    own = range(j, span_at[j][0])  # "Guru honorer [Dewi Palu]": a trade takes no body's name
                    break
                j = span_at[j][0]
            elif kb_tags and kb_tags[j].startswith("B-") and not kb_tags[j].endswith("PER"):
                j += 1
                while j < n and kb_tags[j].startswith("I-"):
                    j += 1
            else:
                break
        while j < n and j not in covered and (width := portfolio_at(words, j)):
            j += width  # "Menteri [Agama] dan ...": the portfolio, no person
        lead = j  # honorifics written with their stop and initials open the name: "Ketua DPRD Gowa [H.A. Rizal]"
        while lead < n and words[lead][-1:] == "." and lead not in covered and (
                INITIALS.fullmatch(words[lead]) is not None or words[lead].lower() in lex.honorifics):
            lead += 1
        # a name start opens the name, whatever the words are alone ("[I Gusti Ngurah] Rai", "[Lalu] Pathul")
        start = phrase_at(words, lead, lex.name_starts)
        if start and not (is_cap(words[lead]) and covered.isdisjoint(range(lead, lead + start))):
            start = 0
        k = lead + start
        while k < n and (k not in covered or k in own):
            if name_word(words, k, lex):
                k += 1
                continue
            m = phrase_at(words, k, lex.name_infixes, longest=2) if k > j else 0
            if not (m and k + m < n and name_word(words, k + m, lex)):
                break
            k += m  # "Louis [van] Gaal", "David [de] Gea": a particle inside the name
        # the run must end the name: before a lower-case word or punctuation, not before another name (then it is
        # the title's complement: "Menteri [Pertanian] Andi Amran")
        ends = k == n or ((k not in covered or k in own) and not is_cap(words[k]))
        if k in span_at and span_at[k][1] == "PER" and INITIALS.fullmatch(words[k]) is not None:
            k, ends = span_at[k][0], True  # the given name before a middle initial: "Menteri Dalam Negeri [Tito] M."
        # a first word that is an ordinary word too starts a name a clan name ends: "Bupati Langkat [Terbit Rencana
        # Perangin Angin]"
        if k > lead + start and ends and (start or words[lead].lower() not in vocab or any(
                words[x].lower() in lex.clan_names for x in range(lead + 1, k))):
            out.append((j, k, "PER"))
        i = max(i + 1, k)
    return out


def persons_across_initials(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's middle initials the tagger left out between two pieces of the name join them: "[Retno] L.P.
    [Marsudi]" -> "[Retno L.P. Marsudi]"."""
    out: list[tuple[int, int, str]] = []
    for a, b, kind in spans:
        if out and kind == "PER" and out[-1][2] == "PER" and 0 < a - out[-1][1] <= 2 and all(
                INITIALS.fullmatch(w) for w in words[out[-1][1]:a]):
            out[-1] = (out[-1][0], b, "PER")
        else:
            out.append((a, b, kind))
    return out


def persons_across_infixes(words: list[str], spans: list[tuple[int, int, str]],
                           present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A person's name goes on over a lower-case particle and the capitalised words after it: "[David] de Gea",
    "[Louis] van [Gaal]" (entities.yaml name_infixes), and over ordinary words that end names, capitalised, which
    the tagger left out: "Yan Mangandar [Putra]" (entities.yaml name_endings). ``present``: the set of the words
    in lower case (or of those ``name_tail_words`` holds), when the caller has it."""
    if present is not None and name_tail_words().isdisjoint(present):
        return spans  # most sentences have neither, told by the few words the caller found
    lex = lexicon()
    spans = _names_ending_in_words(words, spans, lex)
    if first_words(lex.name_infixes).isdisjoint(words):
        return spans  # most sentences have none
    n = len(words)
    at = {a: (b, kind) for a, b, kind in spans}
    covered = {k for a, b, _ in spans for k in range(a, b)}
    out = []
    skip = set()
    for a, b, kind in spans:
        if (a, b, kind) in skip:
            continue
        if kind == "PER":
            a = _given_names_before_infix(words, a, covered, lex)  # "Rosmawati br [Siregar]": the tagger left them
        # over each particle in turn: "[Mohammed] bin [Abdulrahman] bin [Jassim Al Thani]"
        while (m := phrase_at(words, b, lex.name_infixes, longest=2) if kind == "PER" and b < n else 0) and (
                b + m < n and name_word(words, b + m, lex)):
            nxt = at.get(b + m)
            if nxt is not None and nxt[1] != "PER":
                break
            end = nxt[0] if nxt is not None else b + m
            while end < n and name_word(words, end, lex) and end not in at:
                end += 1
            if nxt is not None:
                skip.add((b + m, nxt[0], nxt[1]))
            b = end
            if b < n and particle_name(words[b]):
                b += 1  # "Husein bin Alwi [al-Haddad]"
        out.append((a, b, kind))
    return out


def _given_names_before_infix(words: list[str], a: int, covered: set[int], lex) -> int:
    """Where a person's name starting at ``a`` starts when an infix and name words in no span stand before it:
    "[Rosmawati] br [Siregar]", the given name before the Batak "br"/"boru" and the marga after it. Else ``a``."""
    for m in (1, 2):
        if a - m > 0 and phrase_at(words, a - m, lex.name_infixes, longest=2) == m:
            k = a - m
            while k > 0 and k - 1 not in covered and name_word(words, k - 1, lex):
                k -= 1
            return k if k < a - m else a
    return a


@cache
def name_tail_words() -> frozenset[str]:
    """The lower-case forms of the words ``persons_across_infixes`` looks for: the first words of name infixes, the
    words of name endings and suffixes."""
    return first_words(lexicon().name_infixes) | frozenset(w.lower() for w in _ending_words())


@cache
def _ending_words() -> frozenset[str]:
    """The words of name_endings and name_suffixes as written capitalised in a name ("Putra", "Selatan")."""
    lex = lexicon()
    return frozenset(w.capitalize() for e in lex.name_endings | lex.name_suffixes for w in e.split())


def _names_ending_in_words(words: list[str], spans: list[tuple[int, int, str]], lex) -> list[tuple[int, int, str]]:
    """Persons followed by capitalised name_endings the tagger left out take them in; a "person" ending with a
    word that continues place names is a place ("dan [Sempaja Selatan]": entities.yaml name_suffixes), unless an
    honorific introduces it."""
    if _ending_words().isdisjoint(words):
        return spans  # most sentences have neither
    starts = {a for a, _, _ in spans}
    out = []
    for a, b, kind in spans:
        if kind == "PER":
            while (b < len(words) and b not in starts and words[b].lower() in lex.name_endings and is_cap(words[b])
                   and not words[b].isupper()):
                b += 1
            if b - a >= 2 and words[b - 1].lower() in lex.name_suffixes and not (
                    a > 0 and words[a - 1].lower() in lex.honorifics):  # "Mgr. Bernardus Bofitwos [Baru]": a person
                kind = "LOC"
        out.append((a, b, kind))
    return out
