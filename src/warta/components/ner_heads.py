"""Names started by a head word, whose extent and type the head word decides: "Badan Meteorologi, Klimatologi, dan
Geofisika", "Kabupaten Lebak", "PT Pupuk Indonesia (Persero)", "Badan Eksekutif Mahasiswa (BEM)". Their spans
replace the tagger's where they meet (``merge_heads``). Names ended by a tail word for a programme, facility or
tournament, and listed competitions, are MISC (``misc_by_tail``). Spans are token ranges into one sentence's
``words``.
"""

from __future__ import annotations

import re

from .acronyms import spells
from .ner_lexicon import (
    Lexicon,
    affixed_noun,
    capitalised_tails,
    first_words,
    is_cap,
    lexicon,
    phrase_at,
    positions,
    tail_words,
)
from .ner_rules import known_whole


def _list_tail(words: list[str], j: int, lex: Lexicon, kb_tags: list[str] | None) -> int:
    """End of ", B, dan C" continuing a head-word name at words[j] == ","; j when it does not, as when an item opens
    with a head word of its own. The last item ends before a person the KB knows: "..., dan Geofisika [Dwikorita
    Karnawati]"."""
    k = j
    while k < len(words) and words[k] == ",":
        if k + 1 < len(words) and (phrase_at(words, k + 1, lex.org_heads) or _is_other_acronym(words[k + 1])
                                   or (kb_tags and kb_tags[k + 1] == "B-ORG")):
            # names listed, each with its head word or a body's own name: "Partai Golkar, [Partai NasDem], dan
            # ...", "BPBD Banjarnegara, [TNI], dan [Polri]"
            return j
        m = k + 1
        while m < len(words) and is_cap(words[m]) and words[m].lower() not in lex.calendar:
            m += 1
        if m == k + 1 or m - k > 3:
            return j
        k = m
        last = k + 1 if words[k:k + 1] == ["dan"] else k + 2 if words[k:k + 2] == [",", "dan"] else None
        if last is not None and last < len(words) and is_cap(words[last]):
            m = last + 1  # the last item ends where another name or a title starts
            while (m < len(words) and is_cap(words[m]) and not _starts_name(words, m, lex, "ORG")
                   and not _is_other_acronym(words[m])  # "..., dan Komunikasi Kebencanaan [BNPB]"
                   and not (kb_tags and kb_tags[m] == "B-PER")):
                m += 1
            return m
    return j


def head_spans(words: list[str], per_starts: set[int], kb_tags: list[str] | None = None,
               inert: frozenset[int] = frozenset(), lows: list[str] | None = None,
               present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Names that start with an organisation or place head word, as (start, end, type) token ranges.
    ``kb_tags`` (the KB's BIO tags per word) tell an organisation's acronym after a name ("Komisi XI DPR": stop)
    from a place's ("Pengadilan Tinggi DKI Jakarta": go on). No name starts at an ``inert`` word (a division's
    name inside a title: "Kepala Bidang Pembangunan Jalan Dinas PU"). ``lows``: the words in lower case, and
    ``present`` their set, when the caller has them (the sentence's rules share them)."""
    lex = lexicon()
    out = []
    i, n = 0, len(words)
    firsts = lex.head_firsts
    if lows is None:
        lows = list(map(str.lower, words))
    if firsts.isdisjoint(lows if present is None else present):
        return out  # most sentences have no word that may start a head word, told in one C loop
    for at, low in enumerate(lows):
        if low not in firsts or at < i or at in inert or (kb_tags and kb_tags[at].startswith("I-")):
            continue  # no name starts inside one the KB knows: "Pimpinan [Pusat] Muhammadiyah"
        i = at
        kind = None
        unit = phrase_at(words, i, lex.unit_prefixes, lows=lows)
        if unit and i + unit < n and is_cap(words[i + unit]):
            i += unit  # "Dewan Pimpinan Pusat Partai Demokrat": the party is the name
            continue
        if is_cap(words[i]):
            # each list's phrase looked up once (walrus): events, laws, competitions are kept as MISC, not scored
            if (width := phrase_at(words, i, lex.misc_heads, lows=lows)) and not phrase_at(
                    words, i + width, lex.org_heads, lows=lows):  # "General Manager Operasi [PT Jasamarga ...]"
                kind = "MISC"
            elif (width := phrase_at(words, i, lex.org_heads, lows=lows)) and not (
                    i > 0 and phrase_at(words, i - 1, lex.titles, lows=lows) > 1):
                # nor an organisation head that ends a title: "Kepala Sekolah SMK Negeri 2 Depok"
                kind = "ORG"
            elif (width := phrase_at(words, i, lex.loc_heads, lows=lows)) and not (i > 0 and (
                    phrase_at(words, i - 1, lex.titles, lows=lows) > 1 or (lows[i - 1] in lex.title_words
                                                                and lows[i] in lex.portfolio_words))):
                # a place head that ends a title is not a place: "Wali Kota Surabaya Eri Cahyadi", nor one naming
                # a minister's portfolio: "Menteri Perumahan Rakyat"
                kind = "LOC"
        if kind is None or i + width >= n or (
                # a rank right after a place head starts a person: "Kapolresta Kupang [Kota] Kombes Pol. Aldinan",
                # but for a place named after an officer ("Jalan Jenderal Sudirman"); a head inside a capitalised
                # run with an organisation's head word after it ends a title's portfolio, no place: "Direktur
                # Jenderal Perhubungan [Laut] Kementerian Perhubungan" (not "di Rutan Polda Metro Jaya")
                kind == "LOC" and lows[i] not in lex.memorial_heads and (lows[i + width] in lex.ranks or (
                    i > 0 and is_cap(words[i - 1]) and phrase_at(words, i + width, lex.org_heads, lows=lows)))) or not (
                is_cap(words[i + width]) or words[i + width][:1].isdigit() or _named_after(words, i + width, kind, lex)
                # "Komisi untuk Orang Hilang ...", "Bank of America": a connector, not "dan", may follow the head
                or (lows[i + width] in lex.connectors and lows[i + width] not in ("dan", "and")
                    and i + width + 1 < n and is_cap(words[i + width + 1]))) or (
                # after a title, an honorific right after the head starts the person: "Ketua [DPRD] Hj. R.A. Siti"
                kind == "ORG" and i > 0 and lows[i - 1] in lex.title_words
                and lows[i + width] in lex.honorifics and words[i + width].endswith(".")):
            if kind == "ORG" and lows[i] in lex.office_acronyms:
                out.append((i, i + 1, "ORG"))  # an office's short name alone: "Dinsos dan Dishub diminta ..."
            i += 1
            continue
        j = i + width
        # an Indonesian connector right after the head mostly ends the name: "bantuan Pemprov untuk [Masjid Raya
        # ...]", "Dinsos bagi [Warga Desa ...]"; the name read on over it stands only when the KB knows it whole
        # or its acronym follows in brackets: "Komisi untuk Orang Hilang ... (KontraS)"
        weak = lows[j] in lex.weak_connectors
        # places and days are often named after people ("Stadion Gelora Bung Karno", "Jalan Sudirman", "Hari
        # Kartini"), and the tagger takes what follows a day for a person ("Hari [Tuberkulosis Sedunia]"): only an
        # organisation name stops where the tagger sees a person start; not right after its number, where its
        # place follows ("SDN 04 Batang Lupar"), nor right after a head of two words, which names nothing alone
        # ("Kelompok Tani [Sagu Lestari]"; "Sekjen Partai Pramono Anung" is a person)
        # a place named after an officer or a ruler, title and all: "Stadion Kapten I Wayan Dipta", "Jalan Letjen S.
        # Parman", "Bandara Sultan Hasanuddin": no name starts inside it
        named_for = kind == "LOC" and lows[i] in lex.memorial_heads and (
            lows[j] in lex.title_words or lows[j] in lex.honorifics)  # "Jalan Prof. Dr. Satrio"
        while j < n and (kind in ("LOC", "MISC") or j not in per_starts or affixed_noun(words[j])
                         or (j == i + width and width > 1) or words[j - 1].isdigit()):
            w = words[j]
            if j > i + width and not named_for and (_starts_name(words, j, lex, kind)
                                  or (_is_other_acronym(w) and not (kb_tags and kb_tags[j] == "B-LOC")
                                      # "Rutan Cabang KPK"
                                      and not phrase_at(words, j - 1, lex.branch_words, lows=lows)
                                      and not phrase_at(words, j - 1, lex.misc_heads, lows=lows)
                                      and lows[j] not in lex.not_names
                                      # the acronym the name is about: "Aliansi Mahasiswa Peduli KIP"
                                      and lows[j - 1] not in lex.topic_words)
                                  # a person the KB knows, after the body's name: "Kepala Badan Meteorologi,
                                  # Klimatologi, dan Geofisika [Dwikorita Karnawati]"
                                  or (kind == "ORG" and kb_tags and kb_tags[j] == "B-PER")):
                break  # "Badan Geologi Kementerian ESDM", "Komisi XI DPR": a second name starts
            if ((is_cap(w) or (w[:1].isdigit() and (j == i + width or (kind == "ORG" and not _YEAR.match(w))))
                 or (j == i + width and _named_after(words, j, kind, lex))) and lows[j] not in lex.calendar):
                j += 1
            elif w == "-" and j + 1 < n and is_cap(words[j + 1]) and lows[j - 1] in lex.hyphen_prefixes:
                j += 2  # a prefix joined to the next word: "Satuan Tugas Anti-Mafia Tanah"
            elif (w == "/" and kind == "ORG" and j + 1 < n and is_cap(words[j + 1])
                  and (words[j - 1].isdigit() or set(words[j - 1]) <= _ROMAN)):
                j += 2  # an army unit's number and its name: "Kodam XVII/Cenderawasih", "Yonif 715/Motuliato"
            elif (lows[j] in lex.connectors and j + 1 < n and is_cap(words[j + 1])
                  and (j + 1 not in per_starts or affixed_noun(words[j + 1]))
                  and not (kb_tags and kb_tags[j + 1] == "B-ORG")  # "Pemprov Sumbar dan [Pertamina]": two names
                  # a name ends with the place it serves: "Pemkab Bandung Barat dan [KodeRakyat]"
                  and not (w == "dan" and kb_tags and kb_tags[j - 1][2:] == "LOC")
                  # nor goes on into another party's unit: "Fraksi Partai Golkar dan [Fraksi] Partai Gerindra"
                  and not phrase_at(words, j + 1, lex.unit_prefixes, lows=lows)
                  and not (kind == "LOC" and w == "dan") and not _starts_name(words, j + 1, lex, kind)
                  and (not _is_other_acronym(words[j + 1]) or (
                      lows[j + 1] in lex.not_names
                      and not phrase_at(words, j + 2, lex.org_heads, lows=lows)))):
                # "Dinas Sosial dan BPBD" are two names; "Kementerian Hukum dan HAM" is one (HAM is a topic), but
                # not "Perum Bulog dan [BUMD] PT ...": a kind of body before another's name
                j += 2
            elif w == "," and kind == "ORG":
                k = _list_tail(words, j, lex, kb_tags)
                if k == j:
                    break
                j = k
            else:
                break
        if weak and not _acronym_follows(words, j, lex) and not (
                kb_tags and kb_tags[i].startswith("B-") and all(t.startswith("I-") for t in kb_tags[i + 1:j])
                and not (j < n and kb_tags[j].startswith("I-"))):
            i += 1
            continue
        if j + 2 < n and words[j] == "(" and words[j + 2] == ")" and lows[j + 1] in lex.bracket_suffixes:
            j += 3
        elif kind == "ORG":
            j = _to_spelled_acronym(words, i, j)
        if j > i + width:  # a head word alone ("Hari Senin", "Kota Senin") names nothing
            out.append((i, j, kind))
        i = max(j, i + 1)
    return out


def _named_after(words: list[str], j: int, kind: str, lex: Lexicon) -> bool:
    """A place named after a person whose honorific is written in lower case right after its head word: "RSUD
    [dr.] TC Hillers", "Jalan [dr.] Wahidin"."""
    return (kind == "LOC" and j + 1 < len(words) and words[j].endswith(".") and words[j].lower() in lex.honorifics
            and is_cap(words[j + 1]))


def _acronym_follows(words: list[str], j: int, lex: Lexicon) -> bool:
    """Whether an acronym in brackets follows words[j] over capitalised words and connectors only (at most six):
    "Komisi untuk Orang Hilang [dan Korban Tindak Kekerasan] (KontraS)"."""
    k = j
    while k < len(words) and k - j <= 6 and (is_cap(words[k]) or words[k].lower() in lex.connectors):
        k += 1
    return k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")" and is_cap(words[k + 1])


def _to_spelled_acronym(words: list[str], i: int, j: int) -> int:
    """Where an organisation name that stopped at words[j] really ends when the bracketed acronym one to four
    capitalised words on spells it all: "Badan Eksekutif [Mahasiswa] (BEM)", or two acronyms do, a unit's and its
    body's: "Badan Eksekutif [Mahasiswa Universitas Negeri Makassar] (BEM UNM)"; else j."""
    for k in range(j + 1, min(j + 5, len(words) - 2)):
        if not is_cap(words[k - 1]):
            return j
        if words[k] == "(" and words[k + 2] == ")" and spells(words[k + 1], " ".join(words[i:k])):
            return k
        if (words[k] == "(" and k + 3 < len(words) and words[k + 3] == ")"
                and spells(words[k + 1] + words[k + 2], " ".join(words[i:k]))):
            return k
    return j


def _starts_name(words: list[str], j: int, lex: Lexicon, kind: str) -> bool:
    """Whether words[j] starts another name inside a ``kind`` name: an organisation head or a title always, a
    place head only inside a place ("Kepolisian Resor Kota Besar Semarang" is one organisation)."""
    w = words[j].lower()
    if w in lex.name_suffixes:
        return False  # "Rumah Sakit Umum Pusat", "Jakarta Pusat": a word that continues names
    if kind == "LOC" and (w in lex.name_titles or w in lex.honorifics) and not (
            j + 1 < len(words) and is_cap(words[j + 1])):
        return False  # "Kecamatan Bakti Raja", "Kecamatan Labuhan Haji": a title ending a place's name starts no one
    if w not in lex.inner_firsts:
        return w in lex.honorifics and (w.endswith(".") or kind == "ORG")  # one look-up rules the lists out
    return bool(phrase_at(words, j, lex.org_heads) or phrase_at(words, j, lex.titles)
                or phrase_at(words, j, lex.name_starts)
                or (kind == "LOC" and phrase_at(words, j, lex.loc_heads))
                or (w in lex.honorifics and (w.endswith(".") or kind == "ORG")))


_ROMAN = frozenset("IVXLC")
_YEAR = re.compile(r"(19|20)\d\d$")


def _is_other_acronym(word: str) -> bool:
    """An all-capitals word of three letters or more that is not a roman numeral: likely another name."""
    return len(word) >= 3 and word.isalpha() and word.isupper() and not set(word) <= _ROMAN


def merge_heads(words: list[str], spans: list[tuple[int, int, str]],
                heads: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Head-word names replace the tagger's spans they cover or overlap, but for a region ending an organisation
    the tagger found, and two organisations it found joined by a hyphen; other tagger spans stay."""
    if not heads:
        return sorted(spans)  # most sentences: nothing to compare
    out = list(heads)
    for a, b, kind in spans:
        if not any(a < hb and ha < b for ha, hb, _ in heads):
            out.append((a, b, kind))
        elif any(ha <= a and b <= hb for ha, hb, _ in heads):
            continue
        else:  # a tagger span reaching past a head-word name: keep the part outside it
            inside = [(ha, hb) for ha, hb, _ in heads if a < hb and ha < b]
            ha, hb = inside[0]
            if (kind == "ORG" and len(inside) == 2 and (a, inside[1][1]) == (ha, b) and hb + 1 == inside[1][0]
                    and words[hb] == "-" and all((x, y, "ORG") in out for x, y in inside)):
                # "Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka": one movement's two names
                out = [s for s in out if (s[0], s[1]) not in inside] + [(a, b, kind)]
                continue
            if kind == "ORG" and len(inside) == 1 and a < ha and hb == b and (ha, hb, "LOC") in out:
                # a body's office named with the region it serves: "[Kantor Pertanahan Kota Bekasi]", one name
                out[out.index((ha, hb, "LOC"))] = (a, b, kind)
                continue
            if b > hb and kind != "PER":
                continue
            if a < ha:
                out.append((a, ha, kind))
            elif b > hb:
                out.append((hb, b, kind))
    return sorted(out)


def units_with_parents(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                       lows: list[str] | None = None,
                       present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A unit or a building named by a unit head word (entities.yaml unit_heads), with the body it belongs to
    right after it, is one name of the unit's type: "[Satgas Pangan] [Polresta Surakarta]" -> "[Satgas Pangan
    Polresta Surakarta]", "[Komite Wasit] PSSI", "[Gedung Rektorat] UNKP". The body is an organisation found right
    after it, else an acronym: one the KB knows as an organisation, or a word in capitals that is no common word.
    ``lows``: the words in lower case, and ``present`` their set, when the caller has them."""
    lex = lexicon()
    heads = lex.unit_heads
    if present is not None and first_words(heads).isdisjoint(present):
        return spans  # most sentences name no unit
    if lows is None:
        lows = list(map(str.lower, words))
    orgs = {a: b for a, b, kind in spans if kind == "ORG"}
    # a unit written as one word the tagger read as a person, right before its body: "[Satreskrim] [Polres Jember]"
    spans = [s for s in spans if not (s[2] == "PER" and s[1] == s[0] + 1 and s[1] in orgs and lows[s[0]] in heads)]
    locs = {a: b for a, b, kind in spans if kind == "LOC"}
    taken = {k for a, b, _ in spans for k in range(a, b)}
    # a unit written as one word the tagger left out, right before its body: "penyidik [Ditressiber] [Polda Jabar]"
    spans = [(a - 1, b, kind) if kind == "ORG" and a > 0 and a - 1 not in taken and lows[a - 1] in heads
             and words[a - 1][:1].isupper() else (a, b, kind) for a, b, kind in spans]
    joined: set[int] = set()  # the starts of the bodies joined to their unit
    out = []
    for a, b, kind in spans:
        if a in joined:
            continue
        # the unit's head word first ("Satgas Pangan"), or its acronym last ("PJR Ditlantas")
        if kind in ("ORG", "LOC") and (phrase_at(words, a, heads, lows=lows) or (b - a > 1 and lows[b - 1] in heads)):
            while True:  # a unit of a unit reads on: "[Subdit Siber] [Direktorat Reserse] [Polda Bali]"
                part = b
                if b in orgs:
                    joined.add(b)
                    b = orgs[b]
                elif _body_at(words, b, kb_tags, lex):
                    b += 1
                    while kb_tags and b < len(words) and kb_tags[b] == "I-ORG":
                        b += 1
                else:
                    break
                if not phrase_at(words, part, heads, lows=lows):
                    break
            if b in locs and words[b - 1].isupper() and lows[b] in lex.region_heads:
                joined.add(b)  # "[Gedung DPRD] [Kota Bogor]": the body's region, as in "DPRD Kota Bogor"
                b = locs[b]
        if kind == "ORG" and b - a > 1 and phrase_at(words, a, heads, lows=lows) == b - a:
            continue  # a kind of unit, no unit: "38 [Dewan Pimpinan Wilayah] (DPW)"
        out.append((a, b, kind))
    return out


def _body_at(words: list[str], j: int, kb_tags: list[str] | None, lex: Lexicon) -> bool:
    """Whether an organisation the tagger left out starts at words[j]: one the KB knows, or an acronym in
    capitals that is no common word."""
    if j >= len(words):
        return False
    if kb_tags and kb_tags[j]:
        return kb_tags[j] == "B-ORG"
    return _is_other_acronym(words[j]) and words[j].lower() not in lex.not_names and words[j].lower() not in lex.ranks


def regional_boards(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                    lows: list[str] | None = None,
                    present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A regional board of a party or association, written before the body's name and the region it leads, is one
    organisation (entities.yaml branch_prefixes): "[DPW] [PKB] [Jawa Timur]" -> "[DPW PKB Jawa Timur]", "DPD
    Partai Gerindra Maluku Utara". Without a region after the body, the board is left as it is. ``lows``: the
    words in lower case, and ``present`` their set, when the caller has them."""
    boards = lexicon().branch_prefixes
    if present is not None and boards.isdisjoint(present):
        return spans  # most sentences name no party board
    if lows is None:
        lows = list(map(str.lower, words))
    starts = {a: (b, kind) for a, b, kind in spans}
    out = spans
    for i in positions(lows, boards):
        if not words[i].isupper():
            continue
        a = i + 1
        body = starts.get(a)
        if body is None or body[1] != "ORG":
            continue
        b = body[0]
        place = starts.get(b)
        if place is not None and place[1] == "LOC":
            end = place[0]
        elif kb_tags and b < len(words) and kb_tags[b] == "B-LOC":  # a place the tagger left out
            end = b + 1
            while end < len(words) and kb_tags[end] == "I-LOC":
                end += 1
        elif kb_tags and kb_tags[b - 1][2:] == "LOC" and "B-LOC" in kb_tags[a + 1:b]:  # in the body's span
            end = b
        else:
            continue
        out = sorted([s for s in out if not i <= s[0] < end] + [(i, end, "ORG")])
    return out


_DI = frozenset(["di"])


def churches_by_region(words: list[str], spans: list[tuple[int, int, str]], lows: list[str] | None = None,
                       present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A church named by its denomination, then "di" and the land it serves, is one organisation: "[Gereja Kristen
    Injili] di [Tanah Papua]" -> "[Gereja Kristen Injili di Tanah Papua]", "Persekutuan Gereja-gereja di
    Indonesia" (entities.yaml church_words); not a church building ("Gereja Katedral di Jakarta" is a place in
    a city). ``lows``: the words in lower case, and ``present`` their set, when the caller has them."""
    church = lexicon().church_words
    if present is not None and church.isdisjoint(present):
        return spans  # most sentences name no church
    if lows is None:
        lows = list(map(str.lower, words))
    out = list(spans)
    n = len(words)
    for d in positions(lows, _DI):
        start = d
        while start > 0 and is_cap(words[start - 1]):
            start -= 1  # back over the name: "Persekutuan Gereja-gereja"
        # the name starts at the church (or its klasis), after any title before it: "Ketua Majelis Sinode [Gereja"
        start = next((k for k in range(start, d) if lows[k] == "gereja" or lows[k] in church), d)
        end = d + 1
        while end < n and end - d <= 3 and is_cap(words[end]):
            end += 1
        if end == d + 1 or church.isdisjoint(lows[start:d]) or not any(
                w == "gereja" or w.startswith("gereja-") for w in lows[start:d]):  # "Gereja-gereja": one word
            continue
        out = [s for s in out if s[1] <= start or s[0] >= end] + [(start, end, "ORG")]
    return sorted(out)


def misc_by_tail(words: list[str], spans: list[tuple[int, int, str]], kb_tags: list[str] | None = None,
                 lows: list[str] | None = None, present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """A name of two words or more ending with a word for a programme, facility, tournament or fair is MISC,
    not scored ("Deposit Facility", "Indonesia Masters"), not a name the KB knows; so is a listed competition
    ("La Liga"). ``lows``: the words in lower case, and ``present`` their set, when the caller has them."""
    lex = lexicon()
    tails, names = lex.misc_tails, first_words(lex.misc_names)  # a listed name's first word rules most spans out
    if lows is None:
        lows = list(map(str.lower, words))
    out = [(a, b, "MISC") if (b - a >= 2 and lows[b - 1] in tails and is_cap(words[b - 1])
                              and not known_whole(kb_tags, a, b))
           or (lows[a] in names and " ".join(words[a:b]).lower() in lex.misc_names) else (a, b, kind)
           for a, b, kind in spans]
    if present is None or not names.isdisjoint(present):  # a listed competition the tagger left out: "La Liga"
        covered = {k for a, b, _ in out for k in range(a, b)}
        for k in positions(lows, names):
            b = next((b for b in range(k + 2, min(k + 5, len(words) + 1))
                      if " ".join(lows[k:b]) in lex.misc_names), None)
            if b is not None and is_cap(words[k]) and covered.isdisjoint(range(k, b)):
                out.append((k, b, "MISC"))
        out.sort()
    # a capitalised tail is one of tail_words in lower case: most sentences are ruled out on their few asked words
    if kb_tags and not (present is not None and tail_words().isdisjoint(present)) and not (
            capitalised_tails().isdisjoint(words)):
        # a name the KB knows, untagged or tagged alone, then the tail: "[Jakarta Fair]", "[Singapore Open]"
        covered = {k for a, b, _ in out for k in range(a, b)}
        alone = {b: (a, b, kind) for a, b, kind in out if known_whole(kb_tags, a, b)}
        for k in positions(words, capitalised_tails()):
            if (k > 0 and k not in covered and (k - 1 not in covered or k in alone) and kb_tags[k - 1]
                    and not kb_tags[k].startswith("I-")):
                a = k - 1
                while a > 0 and kb_tags[a].startswith("I-"):
                    a -= 1
                if k in alone:
                    out.remove(alone[k])
                out.append((a, k + 1, "MISC"))
        out.sort()
    return out


_CLASS = re.compile(r"(?:I{1,3}|IV|V)[ABC]?")


def classed_facilities(words: list[str], spans: list[tuple[int, int, str]],
                       present: frozenset[str]) -> list[tuple[int, int, str]]:
    """A prison or a port named with its class keeps the class and the place after it: "[Rutan Kelas] IIB [Lubuk
    Pakam]" -> "Rutan Kelas IIB Lubuk Pakam", "Lapas Kelas IIA Kerobokan". ``present``: the sentence's asked words."""
    if "kelas" not in present:
        return spans  # most sentences name no class
    starts = {s[0]: s for s in spans}
    out, taken = [], set()
    for a, b, kind in spans:
        if (a, b, kind) in taken:
            continue
        if words[b - 1].lower() == "kelas" and b + 1 < len(words) and _CLASS.fullmatch(words[b]):
            end = b + 1
            after = starts.get(end)
            if after is not None:
                taken.add(after)
                end = after[1]
            else:
                while end < len(words) and is_cap(words[end]) and words[end].isalpha():
                    end += 1
            taken.update(s for s in spans if s[0] == b)
            b = end
        out.append((a, b, kind))
    return out
