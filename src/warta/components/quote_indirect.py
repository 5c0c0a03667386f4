"""Reported (indirect) statements: speech without quotation marks.

Per sentence, outside quotations, in order of preference:
1. an attribution closing the sentence after a comma: "..., kata seorang diplomat.", "..., katanya.",
   "..., lanjut Judha.", "..., menurut data PBB.", "..., seperti dikutip dari laman resmi MK.", "..., demikian
   disampaikan Kepala Dinas PUPR." The reported clause is the sentence before it. When that clause has a speaker
   of its own ("Yoon memberi tahu Zelenskiy bahwa ..., kata kantornya") the statement is that speaker's, reported
   by the closing one (or, for a publication, found in that channel);
2. "Menurut X, ..." (or "... yang menurut X akan ...", "Seperti disampaikan X, ..."): the content follows X;
3. a speech verb after its subject: "Budi mengatakan, ...", "Ani menegaskan bahwa ...", "NUG mengecam serangan
   itu dan meminta ..."; weak verbs ("membantah", "mencatat", "meminta") only with a clause after them; a second
   one after a clause link ("..., sementara Dody mengatakan ...") is a second statement;
4. otherwise "Hal itu disampaikan X." or "Begitu kata X." credits the sentence before it to X; when that sentence's
   statement has a lone pronoun as its speaker ("Dia bilang ..."), the pronoun points forward to X.
A quoted fragment inside the content that carries the speaker's own words (a verb or a list:
'"mengutuk keras"', '"terstruktur, sistematis, dan masif"') makes the statement mixed; a quoted term
('"sasaran yang adil"') does not.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .quote_direct import Found, Span
from .quote_lexicon import AFTER, END, LOW, START, Lexicon, Word, capitalised, closing_end, plain_words, words
from .quote_marks import Region
from .quote_phrases import (bahwa_after, before_relative, circumstance_end, has_clause, name_end, passive_credit,
                            predicate_after, request_content, speaker_after, subject)


def _content_end(w: Word) -> int:
    """End of the content at the last word, keeping a closing bracket or quotation mark but not the period."""
    return closing_end(w)


def _partial(text: str, region: Region, lex: Lexicon) -> bool:
    """A quoted fragment that is the speaker's own words rather than a quoted term."""
    ws = words(text, region.start, region.end)
    if len(ws) < 2:
        return False
    return "," in text[region.start:region.end] or any(lex.is_verb(w) or w[LOW] in lex.clause_words for w in ws)


def _speaker_start_ok(ws: list[Word], j: int, lex: Lexicon) -> bool:
    if j >= len(ws):
        return False
    w = ws[j]
    return (capitalised(w) or w[LOW] in lex.pronouns or w[LOW].endswith("nya")
            or bool(lex.match(ws, j, lex.quantifiers)) or bool(lex.match(ws, j, lex.person_heads))
            or w[LOW] in lex.proxy_heads)


def _no_one(np: list[Word], lex: Lexicon) -> bool:
    """A subject that is a record or a plan rather than a source ("Catatan sejarah menyebutkan ...")."""
    k = 0
    while k < len(np) - 1 and np[k][LOW] in lex.proxy_heads:
        k += 1
    return bool(lex.match(np, k, lex.not_sources))


def _names_a_source(np: list[Word], lex: Lexicon) -> bool:
    if not np or lex.match(np, 0, lex.not_sources):
        return False
    # or a body named before, by its kind and a determiner: "Menurut dinas itu, patroli digelar ..."
    return any(capitalised(w) or w[LOW] in lex.pronouns or lex.match(np, k, lex.person_heads)
               or lex.match(np, k, lex.office_titles) for k, w in enumerate(np)) or (
        len(np) > 1 and np[-1][LOW] in lex.determiners and np[0][LOW] in lex.group_heads)


def _tail_ok(ws: list[Word], e: int, lex: Lexicon) -> bool:
    return e >= len(ws) or ws[e][LOW] in lex.np_stops or "," in ws[e - 1][AFTER]


class _Closing(NamedTuple):
    """An attribution closing a sentence, as word indices: the content ends before ``content_end``, the cue is
    ``ws[cue:cue_end]``, the speaker ``ws[speaker:speaker_end]`` (the cue itself for a clitic)."""

    content_end: int
    cue: int
    cue_end: int
    speaker: int
    speaker_end: int
    clitic: bool = False
    source: bool = False


def _closing(ws: list[Word], lex: Lexicon) -> _Closing | None:
    for p in range(len(ws) - 1, 0, -1):
        if "," not in ws[p - 1][AFTER]:
            continue
        n = lex.match(ws, p, lex.source_cues)
        if n and p + n < len(ws):
            # "X, seperti dikutip dari laman resmi kampusnya, menyebut ...": an aside before the speech verb
            if any("," in ws[k - 1][AFTER] and lex.verb_cue(ws, k) for k in range(p + n + 1, len(ws))):
                continue
            return _Closing(p, p, p + n, p + n, len(ws), source=True)
        cue = lex.post_cue(ws[p][LOW])
        if cue is not None and cue[1]:
            if _tail_ok(ws, p + 1, lex):
                return _Closing(p, p, p + 1, p, p + 1, clitic=True)
            continue
        if cue is not None or ws[p][LOW] in lex.according:
            if not _speaker_start_ok(ws, p + 1, lex):
                continue
            e = p + 2 if ws[p + 1][LOW] in lex.pronouns else speaker_after(ws, p + 1, lex)
            if _tail_ok(ws, e, lex):
                return _Closing(p, p, p + 1, p + 1, e)
        # "..., demikian disampaikan Kepala Dinas PUPR Topan Ginting.", "..., seperti diumumkan Dinas Pendidikan."
        credit = passive_credit(ws, p, lex) if cue is None else None
        if credit is not None and _speaker_start_ok(ws, credit[1], lex) and _tail_ok(ws, credit[2], lex):
            k, a, e = credit
            return _Closing(p, k, k + 1, a, e)
        # "..., begitu kata Ketua Hiswana Migas Jateng, Sulistyo."
        if (ws[p][LOW] in lex.afterwords and p + 2 < len(ws) and lex.post_cue(ws[p + 1][LOW]) == (ws[p + 1][LOW], False)
                and _speaker_start_ok(ws, p + 2, lex)):
            e = speaker_after(ws, p + 2, lex)
            if _tail_ok(ws, e, lex):
                return _Closing(p, p + 1, p + 2, p + 2, e)
    return None


def _preposed(ws: list[Word], lows: list[str], lex: Lexicon, consumed: set[int], end: int,
              start: int = 0) -> Found | None:
    verb_words = lex.verb_words
    for i in range(start, end):
        if lows[i] not in verb_words:
            continue  # no speech verb starts here: skip the call
        verb = lex.verb_cue(ws, i)
        if verb is None or ws[i][START] in consumed:
            continue
        n, strength = verb
        j = i + n
        if j >= end:
            continue
        marked = ws[j - 1][AFTER].endswith((",", ":"))
        if not (strength == "strong" or marked or (strength == "weak" and has_clause(ws, j, lex))):
            continue
        subj = subject(ws, i, lex)
        if subj is None and i > 0 and ws[i - 1][LOW] == "yang":  # "... analis yang memprediksi suku bunga ditahan"
            if any(lows[k] in verb_words and lex.verb_cue(ws, k) for k in range(j, end)):
                continue  # the clause describes the speaker of a later verb: "pekerja yang meminta namanya tidak
                # ditulis mengatakan, ..."
            subj = before_relative(ws, i - 1, lex)
        if subj is None or _no_one(ws[subj[0]:subj[1]], lex):
            continue
        context = []
        bahwa = bahwa_after(ws, j, lex, end)
        # "mengungkapkan kepada wartawan, tersangka ...": the content follows the circumstance
        b = circumstance_end(ws, j, end, lex) - 1 if bahwa is None else bahwa
        if b >= j:
            if b > j:
                context.append((ws[j][START], ws[b - 1][END]))
            j = b + 1
        if bahwa is None:  # "berpesan agar umat ...": "agar" opens the content as "bahwa" does
            j = request_content(ws, i, j, end, lex)
        summary = lex.match(ws, j, lex.summaries)
        if end - j < 2 or summary and not (has_clause(ws, j + 1, lex) or predicate_after(ws, j + summary, lex)):
            continue  # "terdakwa menjawab singkat", "mengatakan hal itu kepada wartawan": no statement here
        cut = name_end(ws, *subj, lex)
        if cut < subj[1]:
            context.append((ws[cut][START], ws[subj[1] - 1][END]))
        return Found("indirect", [(ws[j][START], _content_end(ws[end - 1]))], cue=(ws[i][START], ws[i + n - 1][END]),
                     speaker=(ws[subj[0]][START], ws[cut - 1][END]), context=context)
    return None


def _preposed_all(ws: list[Word], lows: list[str], lex: Lexicon, consumed: set[int], end: int) -> list[Found]:
    """Statements of a sentence with speech verbs; a second one starts after a clause link with its own subject
    ("X menyatakan A, sementara Y mengatakan B"), and ends the first."""
    first = _preposed(ws, lows, lex, consumed, end)
    if first is None:
        return []
    found = [first]
    if lex.clause_links.isdisjoint(lows):
        return found  # no clause link: no second statement (one set test in C, not a search word by word)
    k = next(k for k, w in enumerate(ws) if w[START] == first.start)
    while True:
        link = next((m for m in range(k + 1, end - 2) if ws[m][LOW] in lex.clause_links
                     and "," in ws[m - 1][AFTER]), None)
        if link is None:
            return found
        nxt = _preposed(ws, lows, lex, consumed, end, link + 1)
        if nxt is None or nxt.speaker[0] != ws[link + 1][START]:
            return found
        found[-1].parts[-1] = (found[-1].parts[-1][0], ws[link - 1][END])
        found.append(nxt)
        k = next(k for k, w in enumerate(ws) if w[START] == nxt.start)


def _credit(ws: list[Word], lex: Lexicon) -> tuple[int, int, int] | None:
    """(cue, speaker start, speaker end) of a sentence that credits the one before it: 'Hal itu disampaikan Menteri
    ESDM Bahlil di Jakarta.', 'Begitu kata Ketua Hiswana Migas Jateng, Sulistyo.'"""
    if len(ws) < 3:
        return None
    n = lex.match(ws, 0, lex.summaries)
    if n and n < len(ws) - 1 and ws[n][LOW] in lex.passive:
        k = n + 1 + (ws[n + 1][LOW] == "oleh")
    elif ws[0][LOW] in lex.afterwords and not ws[0][AFTER] and lex.post_cue(ws[1][LOW]) == (ws[1][LOW], False):
        n, k = 1, 2
    else:
        return None
    e = speaker_after(ws, k, lex)
    return (n, k, e) if e > k else None


def _by_pronoun(text: str, quote: Found, lex: Lexicon) -> bool:
    return quote.speaker is not None and not quote.clitic and text[slice(*quote.speaker)].lower() in lex.pronouns


def _summarised(text: str, ws: list[Word], previous: tuple[int, int] | None, lex: Lexicon) -> Found | None:
    """'Hal itu disampaikan Menteri ESDM Bahlil di Jakarta.': the sentence before is the statement."""
    credit = _credit(ws, lex) if previous is not None else None
    if credit is None:
        return None
    n, k, e = credit
    prev = words(text, *previous)
    if len(prev) < 3:
        return None
    context = [(ws[e][START], closing_end(ws[-1]))] if e < len(ws) else []
    return Found("indirect", [(prev[0][START], _content_end(prev[-1]))], cue=(ws[n][START], ws[n][END]),
                 speaker=(ws[k][START], ws[e - 1][END]), context=context)


def _according(ws: list[Word], lows: list[str], lex: Lexicon, end: int) -> Found | None:
    credit = passive_credit(ws, 0, lex) if ws[0][LOW] in lex.as_words else None
    if credit is not None:  # "Seperti disampaikan Kepala Dinsos Dodo Suhendar, bantuan tunai dicairkan ..."
        k, a, e = credit
        if e < end and "," in ws[e - 1][AFTER] and _names_a_source(ws[a:e], lex):
            return Found("indirect", [(ws[e][START], _content_end(ws[end - 1]))], cue=(ws[k][START], ws[k][END]),
                         speaker=(ws[a][START], ws[e - 1][END]))
    according_forms = lex.according_forms
    # after the first word only "menurut" (or "menurutnya") can start it: most sentences have none after their first
    # word, found by one set test in C, and only the first word is tried
    last = end - 1 if not according_forms.isdisjoint(lows[1:end - 1]) else min(end - 1, 1)
    for p in range(last):
        if p and lows[p] not in according_forms:
            continue  # skip the other words cheaply
        cue = lex.post_cue(ws[p][LOW])
        clitic = cue is not None and cue[1] and cue[0] in lex.according
        opening = p == 0 and cue is not None and not cue[1]  # "Kata Haris, pelaku ditangkap di rumahnya."
        if not (ws[p][LOW] in lex.according or clitic or opening):
            continue
        e = p + 1 if clitic else (p + 2 if ws[p + 1][LOW] in lex.pronouns else speaker_after(ws, p + 1, lex))
        if e >= end or e == p + 1 and not clitic or opening and "," not in ws[e - 1][AFTER]:
            continue
        if not clitic and not _names_a_source(ws[p + 1:e], lex):
            continue  # "Menurut rencana, ...", "Menurut UU Nomor 24, ...": no one speaks
        speaker = (ws[p][START], ws[p][END]) if clitic else (ws[p + 1][START], ws[e - 1][END])
        return Found("indirect", [(ws[e][START], _content_end(ws[end - 1]))], cue=(ws[p][START], ws[p][END]),
                     speaker=speaker, clitic=clitic)
    return None


def indirect_quotes(text: str, sentences: list[Span], regions: list[Region], consumed: set[int],
                    lex: Lexicon, skip_until: int = 0) -> list[Found]:
    # regions come in text order and do not overlap: the ones a sentence or a statement holds are found by bisection
    quotations = [r for r in regions if r.quotation]
    ends = [r.closed_end for r in quotations]
    fragments = [r for r in regions if not r.quotation]
    fragment_starts = [r.start for r in fragments]
    found: list[Found] = []
    previous: tuple[int, int] | None = None  # the sentence before, when it holds no statement
    by_pronoun: Found | None = None  # the statement of the sentence before, when a lone pronoun is its speaker
    for s, e in sentences:
        if e <= skip_until:
            continue
        s = max(s, skip_until)
        i = bisect_right(ends, s)  # the first quotation closing after the sentence starts
        inside = i < len(quotations) and quotations[i].open < e
        if inside:
            if quotations[i].open <= s + 1:
                previous = by_pronoun = None
                continue  # the sentence is (or starts with) a quotation; its attribution is the direct quote's
            e = quotations[i].open
        # no speech cue (a speech verb, "kata", "menurut", a passive "disampaikan"): no statement, and nothing to
        # credit the sentence before with either (_credit needs a passive or post-posed cue), so the sentence is not
        # split into words. Each cue word is a run of letters, so a word of the split that is one is a plain word.
        if lex.cue_words.isdisjoint(plain_words(text, s, e)):
            quotes = []
        else:
            ws = words(text, s, e)
            quotes = _statement(ws, lex, consumed) if len(ws) >= 3 else []
            credit = None if quotes or by_pronoun is None else _credit(ws, lex)
            if credit is not None:  # "Dia bilang pasokan aman. Begitu kata Ketua Hiswana Migas, Sulistyo.": him
                by_pronoun.speaker = (ws[credit[1]][START], ws[credit[2] - 1][END])
            elif not quotes:
                summary = _summarised(text, ws, previous, lex)
                quotes = [summary] if summary is not None else []
        previous = None if quotes or inside else (s, e)
        by_pronoun = quotes[0] if len(quotes) == 1 and _by_pronoun(text, quotes[0], lex) else None
        for quote in quotes:
            a, b = quote.start, quote.parts[-1][1]
            held = fragments[bisect_left(fragment_starts, a):bisect_right(fragment_starts, b)]
            if held and any(r.end <= b and _partial(text, r, lex) for r in held):  # most hold none
                quote.kind = "mixed"
            found.append(quote)
    return found


def _statement(ws: list[Word], lex: Lexicon, consumed: set[int]) -> list[Found]:
    lows = [w[LOW] for w in ws]  # read by the tests below word by word, and by set tests in C
    if lex.cue_words.isdisjoint(lows):
        return []  # no speech verb, "kata", "menurut" or "seperti dikutip": the tests below cannot find one
    closing = _closing(ws, lex)
    if closing is not None:
        p, c, c_end, a, e, clitic, source = closing
        attribution = (ws[a][START], ws[e - 1][END])
        cue = (ws[c][START], ws[c_end - 1][END])
        context = [(ws[e][START], closing_end(ws[-1]))] if e < len(ws) else []
        inner = _preposed(ws, lows, lex, consumed, p) or _according(ws, lows, lex, p)
        if inner is not None:
            if source:
                inner.context.append((ws[p][START], closing_end(ws[-1])))
            else:
                inner.reported_by, inner.reported_clitic = attribution, clitic
            return [inner]
        if source:
            context.insert(0, (ws[p][START], closing_end(ws[-1])))
        parts = [(ws[0][START], _content_end(ws[p - 1]))]
        if e < len(ws) and "," in ws[e - 1][AFTER] and any(
                lex.is_verb(w) or w[LOW] in lex.clause_words for w in ws[e:]):
            # "Pemerintah, katanya, akan menambah bantuan.": the attribution sits inside the statement
            parts.append((ws[e][START], _content_end(ws[-1])))
            context = []
        return [Found("indirect", parts, cue=cue, speaker=attribution, clitic=clitic, context=context)]
    according = _according(ws, lows, lex, len(ws))
    return [according] if according is not None else _preposed_all(ws, lows, lex, consumed, len(ws))
