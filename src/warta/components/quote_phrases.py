"""Phrase finding inside a sentence: the subject before a pre-posed cue, the speaker after a post-posed cue,
and whether a weak cue's complement is a clause.

All functions take the sentence's words (``quote_lexicon.words``) and word indices, and return word indices;
no offsets are computed here.
"""

from __future__ import annotations

from .quote_lexicon import AFTER, BEFORE, LOW, TEXT, Lexicon, Word, capitalised
from .segment import abbreviations


def _has_comma(w: Word) -> bool:
    return "," in w[AFTER]


def _comma_at(ws: list[Word], k: int, limit: int) -> int | None:
    """Index of the first word of ``ws[k:limit]`` with a comma after it; None when none has one (a loop: a
    generator made for each search cost more than the search)."""
    while k < limit:
        if "," in ws[k][AFTER]:
            return k
        k += 1
    return None


def strip_openers(ws: list[Word], a: int, limit: int, lex: Lexicon) -> int:
    """Skip introductory phrases closed by a comma ("Sementara itu,", "Dalam pernyataan tertulis,"): a listed
    opener, or a phrase that names nobody (no capitalised word after its first, no description head)."""
    for _ in range(3):
        k = _comma_at(ws, a, limit)
        if k is None or k + 1 >= limit:
            return a
        listed = lex.match(ws, a, lex.openers)
        nameless = not listed and (
            # a number names no one ("Selama 20 bulan bekerja, ia mengaku ..."), but an age in brackets follows a
            # name ("Sutini (52), pedagang sayur, bilang ...")
            # nor does a day's name ("Dikonfirmasi pada Selasa (19/5/2026) pagi, Rizky membenarkan ...")
            k > a and not any((w[TEXT][:1].isupper() and w[LOW] not in lex.weekdays)
                              or w[TEXT][:1].isdigit() and "(" in w[BEFORE] and "/" not in w[TEXT]
                              for w in ws[a + 1:k + 1]) and ws[a][LOW] not in lex.pronouns
            and not any(lex.match(ws, j, lex.person_heads) for j in range(a, k + 1))
            and not (k == a and ws[a][LOW].endswith("nya"))  # "Ibunya, Ibu Warsini, ..."
            and not ws[a][TEXT].replace("-", "").isupper())  # "TPNPB-OPM dalam keterangan tertulis, ..."
        if not (listed or nameless):
            return a
        a = k + 1
    return a


def subject(ws: list[Word], i: int, lex: Lexicon, a: int = 0) -> tuple[int, int] | None:
    """Word range of the subject of the speech verb at ``i``; None when the verb is not a main predicate
    (inside a relative clause, negated, or preceded by another clause without a subject of its own)."""
    a = strip_openers(ws, a, i, lex)
    n = lex.match(ws, a, lex.sentence_links)
    if n and a + n < i and not ws[a + n - 1][AFTER]:
        a += n  # "Namun ia mengatakan ...": the link opens the sentence, the subject follows it
    while a + 1 < i and ws[a][LOW] in lex.adverbs and not ws[a][AFTER]:
        a += 1  # "Bahkan ia bercerita ...": the adverb opens the sentence, the subject follows it
    b = i
    while b > a and ws[b - 1][LOW] in lex.adverbs and not ws[b - 1][AFTER]:
        b -= 1
    if b - 2 > a and ws[b - 2][LOW] in lex.np_stops and ws[b - 1][LOW][:2] == "di" and lex.is_verb(ws[b - 1]):
        b -= 2  # "Kepala BPN, Bambang, saat dikonfirmasi menyebut ...": a circumstance, no predicate of its own
    if b <= a or ws[b - 1][LOW] in lex.negations or ws[b - 1][LOW] in lex.prospective or ws[b - 1][LOW] == "yang":
        return None
    # words between two commas are an apposition or an aside ("Kapolres, saat dihubungi, mengatakan ...")
    commas = [c for c in range(a, b) if _has_comma(ws[c])]
    aside = {k for c1, c2 in zip(commas, commas[1:]) for k in range(c1 + 1, c2 + 1)}
    in_relative = False
    for k in range(a, b):
        w = ws[k]
        if w[LOW] == "yang":
            in_relative = True
            continue
        if in_relative:
            in_relative = not _has_comma(w)
            continue
        if k in aside or not (lex.is_verb(w) or w[LOW] in ("adalah", "merupakan")):
            continue
        # another predicate before the cue: "Ahmad membantah tuduhan itu dan menyatakan ..." shares the subject;
        # "..., sementara pejabat di Seoul mengatakan ..." starts a clause with its own subject
        if ws[b - 1][LOW] in lex.connectors and b - 1 > k:
            end = k
            while end > a and ws[end - 1][LOW] in lex.adverbs:
                end -= 1
            return (a, end) if end > a else None
        links = [j for j in range(k + 1, b) if ws[j][LOW] in lex.clause_links]
        if links:
            j = links[-1] + 1
            if j < b and not any(lex.is_verb(ws[m]) for m in range(j, b)):
                return j, b
        return None
    if b - a > 30:
        return None
    if len(commas) >= 2 and commas[-1] == b - 1:  # drop a closing aside: "Rio, saat dihubungi, membenarkan"
        w = ws[commas[-2] + 1]
        dated = any("/" in x[TEXT] and any(c.isdigit() for c in x[TEXT])  # "Karyoto, Jumat (1/3/2024),"
                    for x in ws[commas[-2] + 1:b])
        day = commas[-2] + 2 == b and w[LOW] in lex.weekdays  # "TPNPB-OPM dalam keterangan ..., Senin, mengklaim"
        if w[LOW] in lex.np_stops or w[LOW] in lex.clause_links or w[LOW] == "yang" or lex.is_verb(w) or dated or day:
            b = commas[-2] + 1
    return a, b


def name_end(ws: list[Word], a: int, b: int, lex: Lexicon) -> int:
    """Where the subject ``ws[a:b]`` stops naming the speaker: before a circumstance after a name
    ("Presiden Joe Biden pada Selasa", "Zelenskiy dalam pidato malamnya"); the rest may give time or channel. Not
    before the place of a title the name is apposed to: "Duta Besar RI untuk Arab Saudi, H. Faisal ...", "Kepala
    Kantor UNICEF di Jayapura, Siddharth Menon, ..."."""
    for k in range(a + 1, b):
        if ws[k][LOW] in lex.np_stops and capitalised(ws[k - 1]) and not lex.match(ws, k - 1, lex.office_titles) \
                and not lex.match(ws, k - 1, lex.person_heads) and ws[k][LOW] not in ("dari", "yang") \
                and not _place_then_name(ws, k + 1, b, lex):
            return k
    return b


def _ends(w: Word, nxt: Word | None) -> bool:
    """Whether the phrase ends after ``w``: a period that is not an abbreviation's ("Hj. Euis", "S.H.,")."""
    if not w[AFTER].endswith((".", ":", "!", "?")):
        return False
    if w[AFTER].endswith(".") and w[AFTER] == "." and (w[TEXT] + "." in abbreviations()
                                                     or (len(w[TEXT]) <= 4 and capitalised(w)
                                                         and nxt is not None and capitalised(nxt))):
        return False
    return True


def _apposition(ws: list[Word], k: int, limit: int, lex: Lexicon) -> int | None:
    """End of a comma-separated chunk starting at ``k`` that continues the phrase before it: a name with its
    degrees ("ahli ..., Prof. Dr. Hendri Wibowo, S.H.,") or the rest of a description ending in a determiner
    ("atlet asal Tabanan, Bali, tersebut")."""
    end = k
    while end < limit and not _has_comma(ws[end]) and not _ends(ws[end], ws[end + 1] if end + 1 < limit else None):
        end += 1
    chunk = ws[k:min(end + 1, limit)]
    if not chunk or len(chunk) > 6 or any(lex.is_verb(w) or w[LOW] in lex.clause_words for w in chunk):
        return None
    if chunk[0][LOW] in lex.weekdays:
        return None  # the day of the statement: "kata Kapolrestabes, Minggu (17/8/2025)."
    last = end >= limit - 1  # the chunk closes the phrase: "klaim Direktur PT Sehat Farma, Johan."
    # a name, also one listing parts ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG),")
    named = capitalised(chunk[-1]) and all(capitalised(w) or w[LOW] in ("dan", "&") for w in chunk)
    if chunk[-1][LOW] in lex.determiners or (named and (_has_comma(chunk[-1]) or last)):
        return k + len(chunk)
    return None


def speaker_after(ws: list[Word], j: int, lex: Lexicon, limit: int | None = None) -> int:
    """End (exclusive) of the speaker phrase starting at word ``j`` ("kata Budi kepada wartawan" -> after Budi)."""
    limit = len(ws) if limit is None else limit
    # a description of an unnamed source, or a title that a place or body completes ("Peneliti dari LSI Djayadi")
    described = j < limit and (not capitalised(ws[j]) or bool(lex.match(ws, j, lex.person_heads))
                               or bool(lex.match(ws, j, lex.office_titles)))
    in_relative = False
    k = j
    while k < limit:
        w = ws[k]
        if k > j:
            if w[BEFORE].startswith(("\"", "\u201c")):
                break
            if w[LOW] == "yang":
                in_relative = True
            elif w[LOW] in lex.np_stops and not (in_relative and lex.match(ws, k - 1, lex.membership)):
                # "pejabat intelijen di Amerika Serikat", "Peneliti dari LSI": the body or place a description or
                # title names; not after a name ("Kapolri Listyo Sigit di Mabes Polri")
                prev = ws[k - 1]
                titled = not capitalised(prev) or lex.match(ws, k - 1, lex.person_heads) or lex.match(
                    ws, k - 1, lex.office_titles)
                if not (described and titled and not in_relative and w[LOW] in ("di", "dari") and k + 1 < limit
                        and capitalised(ws[k + 1])):
                    break
            elif not in_relative and not capitalised(w) and (lex.is_verb(w) or w[LOW] in lex.clause_words):
                break  # a capitalised word inside the phrase is part of a name: "Polda Jawa Tengah", "Kabupaten Baru"
        k += 1
        if _has_comma(w):
            if k < limit and ws[k][LOW] == "yang":  # "Menurut Budi, yang juga Ketua RT, ...": an aside about him
                close = _comma_at(ws, k, min(limit, k + 12))
                if close is not None:
                    return close + 1
            more = _apposition(ws, k, limit, lex)
            while more is not None and more > k:
                k = more
                if ws[k - 1][LOW] in lex.determiners:
                    return k
                more = _apposition(ws, k, limit, lex)
            break
        if _ends(w, ws[k] if k < limit else None):
            break
    return k


def _place_then_name(ws: list[Word], i: int, limit: int, lex: Lexicon) -> bool:
    """Whether a place of one to four capitalised words at ``i`` ends with a comma and a name follows it: "... di
    [Johor Bahru], Sutrisno, mengatakan"; or the field a title serves, after "untuk", in up to six words of any
    case: "Juru bicara PCG untuk [wilayah Laut Filipina Barat], Komodor Emilio ...", "Petugas teknis WHO untuk
    [penyakit tular vektor], Dr. Sarah Whitfield, ..." (not a channel: "Kementerian Kesehatan melalui juru
    bicaranya, Mohammad Syahril, ..." is the ministry speaking)."""
    field = ws[i - 1][LOW] == "untuk"
    part = (lambda w: not lex.is_verb(w)) if field else capitalised
    end = i
    while end < limit and end - i < (6 if field else 4) and part(ws[end]) and not _has_comma(ws[end]):
        end += 1
    return end + 1 < limit and part(ws[end]) and _has_comma(ws[end]) and capitalised(ws[end + 1])


def passive_credit(ws: list[Word], p: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """(cue, speaker start, speaker end) of a credit with a passive speech verb at word ``p``, after "demikian"
    or "seperti" when written: 'demikian disampaikan Kapolres', 'seperti diumumkan Dinas Pendidikan',
    'disampaikan oleh Menteri ESDM Bahlil'."""
    k = p + (p < len(ws) and (ws[p][LOW] in lex.afterwords or ws[p][LOW] in lex.as_words))
    if k + 1 >= len(ws) or ws[k][LOW] not in lex.passive or ws[k - 1][AFTER] and k > p:
        return None
    j = k + 1 + (ws[k + 1][LOW] == "oleh")
    e = speaker_after(ws, j, lex) if j < len(ws) else j
    return (k, j, e) if e > j else None


def before_relative(ws: list[Word], y: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase a relative clause at ``y`` ("yang") describes, when it can be a speaker
    ("perkiraan sebagian besar analis yang memprediksi ...")."""
    a = y
    while a > 0 and y - a < 7:
        w = ws[a - 1]
        if _has_comma(w) or w[LOW] in lex.np_stops or w[LOW] in lex.clause_links or lex.is_verb(w):
            break
        a -= 1
    if a == y:
        return None
    for q in range(a, y):
        if lex.match(ws, q, lex.quantifiers):
            a = q
            break
    if not any(lex.match(ws, q, lex.person_heads) or capitalised(ws[q]) for q in range(a, y)):
        return None
    return a, y


def has_clause(ws: list[Word], j: int, lex: Lexicon) -> bool:
    """Whether the complement starting at word ``j`` is a clause rather than a noun object."""
    if j < len(ws) and lex.match(ws, j, lex.summaries):
        return False  # "mengatakan hal itu kepada wartawan": the statement is elsewhere
    in_relative, opened = False, j
    for k in range(j, min(len(ws), j + 16)):
        w = ws[k]
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        if k > j and w[LOW] in lex.clause_breaks and not (nxt and nxt[LOW] in lex.determiners):  # not "saat ini"
            return False
        if w[LOW] == "yang":  # "menyebut nama-nama pejabat yang terlibat": a verb inside the object
            in_relative, opened = True, k
        if in_relative and w[LOW] != "bahwa":
            if "," in w[AFTER]:
                in_relative = False
            elif k > opened + 1 and nxt and nxt[TEXT][:1].isdigit() and lex.is_verb(w):
                return True  # "menyebut luas sawah yang puso akibat banjir mencapai 12.480 hektare": the predicate
            continue
        if w[LOW] in ("dan", "serta") and nxt and (lex.is_verb(nxt) or nxt[LOW] in lex.clause_words):
            return False  # a second predicate of the subject: "membantah tuduhan itu dan menyatakan ..."
        if w[LOW] in lex.clause_words:
            return True
        if lex.is_verb(w):
            return True
        # a clause without a verb: "menyebut 200 sekolah rusak", "menyebut kondisi itu stabil" (not "saat itu")
        if k > j + 1 and w[LOW] in lex.predicates:
            return True
        if (k > j and w[LOW] in lex.determiners and ws[k - 1][LOW] not in lex.time_words
                and predicate_after(ws, k + 1, lex)):
            return True
        if w[AFTER].endswith((".", "!", "?", ";")):
            return False
    return False


def predicate_after(ws: list[Word], k: int, lex: Lexicon) -> bool:
    """Whether word ``k``, after a noun phrase closed by a determiner, starts its predicate ("pernyataan itu
    blunder") rather than a circumstance, an adverb or a second clause ("hal itu kepada wartawan", "itu dan ...")."""
    if k >= len(ws) or ws[k - 1][AFTER]:
        return False
    w = ws[k]
    return (w[TEXT][:1].islower() and not w[LOW].endswith("nya") and w[LOW] not in lex.np_stops
            and w[LOW] not in lex.connectors and w[LOW] not in lex.adverbs and w[LOW] not in lex.clause_breaks
            and w[LOW] not in lex.determiners)


def circumstance_end(ws: list[Word], j: int, limit: int, lex: Lexicon, rest: int = 2) -> int:
    """Where the phrases written between a cue and its content end: to whom, where, when or through what, each
    closed by a comma ("mengungkapkan kepada wartawan, tersangka ...", "mengatakan di Jakarta, Senin (3/6/2024),
    harga ..."), with at least ``rest`` words after them (none before a quotation); ``j`` when there are none."""
    k = j
    while k < limit and ws[k][LOW] in lex.np_stops and ws[k][LOW] != "bahwa":
        c = _comma_at(ws, k, min(limit, k + 8))
        if c is None or c + rest >= limit or any(lex.is_verb(w) or w[LOW] in lex.clause_words
                                                 for w in ws[k + 1:c + 1]):
            break
        k = c + 1
        d = _comma_at(ws, k, min(limit, k + 3))
        if d is not None and d + rest < limit and any("/" in w[TEXT] and w[TEXT][:1].isdigit() for w in ws[k:d + 1]):
            k = d + 1  # the day after a place: "di Jakarta, Senin (3/6/2024),"
    return k


def bahwa_after(ws: list[Word], j: int, lex: Lexicon, limit: int) -> int | None:
    """Index of a "bahwa" that opens the content a few words after the cue ("mengatakan pada hari Senin bahwa")."""
    for k in range(j, min(limit, j + 20)):
        if ws[k][LOW] == "bahwa":
            return k
        if lex.is_verb(ws[k]) or ws[k][BEFORE].startswith(("\"", "\u201c")):
            return None
    return None


def request_content(ws: list[Word], i: int, j: int, limit: int, lex: Lexicon) -> int:
    """Where the content of the speech verb at ``i`` starts when it would start at ``j``: after a conjunction that
    opens a reported request, which is no more part of it than "bahwa" is ("berpesan agar umat menjaga ..." ->
    "umat menjaga ...", "mengimbau untuk tetap tenang" -> "tetap tenang"). A clause after it closed by a comma is a
    fronted purpose, part of the content ("mengatakan, agar banjir tidak terulang, pemerintah ..."), except
    right after a request verb, whose request may run on ("meminta agar warga tenang, tidak panik")."""
    if limit - j < 3:
        return j
    low = ws[j][LOW]
    request = ws[i][LOW] in lex.request_verbs
    infinitive = request and low in lex.infinitive_marks and (lex.is_verb(ws[j + 1])
                                                             or ws[j + 1][LOW] in lex.clause_words)
    if not (low in lex.request_marks or infinitive):
        return j
    fronted = (not request or "," in ws[j - 1][AFTER]) and any("," in w[AFTER] for w in ws[j:limit - 1])
    return j if fronted else j + 1
