"""Direct quotations and their attribution.

A quotation's attribution is looked for, in order:
- after it, in the same sentence: '"...," kata Budi', '"...," ujarnya', '"...," kata dia', '"...," Budi
  menambahkan.', '"...," menurut Budi.'; when the attribution ends with a comma or colon and another quotation
  follows ('"A," kata Budi, "B."'), that quotation is the same statement, split by its attribution; so is one
  right after an attribution ending the sentence, with none of its own ('"A," kata Budi. "B."');
- before it, in the same sentence, ending with a comma or colon: 'Budi mengatakan, "..."', 'Ia menegaskan: "..."',
  'Pesan senada disampaikan Anwar Ibrahim: "..."', 'Kapolri: "..."'; words between the verb and the quotation
  that form a clause make it a mixed statement ('Budi mengatakan pemerintah siap, "tetapi ..."');
- in the next sentence: '"..." Demikian kata Rina.', '"..." Ujar Budi.', '"..." Hal itu disampaikan Maqdir.'.
A quotation with none takes the speaker of the statement before it (``inherit``); when it opens its own
paragraph it continues that statement. A quotation set over several paragraphs is one row per paragraph, all
with the attribution found at its start or its end. "..., seraya mencatat X" after an attribution is a second,
indirect statement of the same speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .quote_lexicon import AFTER, END, LOW, START, Lexicon, Word, capitalised, closing_end, words
from .quote_marks import Region, paragraphs_start
from .quote_phrases import (bahwa_after, circumstance_end, has_clause, name_end, passive_credit, speaker_after,
                            subject)

Span = tuple[int, int]


@dataclass(slots=True)
class Found:
    """A statement found in the text, before its speaker is resolved."""

    kind: str
    parts: list[Span]  # the content, one span per piece (a split quotation has two)
    cue: Span | None = None
    speaker: Span | None = None  # the words that name or refer to the speaker
    clitic: bool = False  # the speaker is the -nya of the cue ("katanya")
    inherit: bool = False  # no attribution of its own: the speaker of the statement before
    continuation: bool = False
    context: list[Span] = field(default_factory=list)  # attribution words that may give channel, addressee, time
    reported_by: Span | None = None
    reported_clitic: bool = False
    same_as: Found | None = None  # shares the speaker of this statement ("..., seraya mencatat ...")

    @property
    def start(self) -> int:
        return self.parts[0][0]


@dataclass(slots=True)
class _Attribution:
    cue: Span | None
    speaker: Span | None
    clitic: bool
    context: list[Span]
    words_end: int  # index after the last attribution word (post-posed only)
    reported: Span | None = None  # 'Budi mengatakan <reported>, "<quoted>"': a mixed statement


def _span(ws: list[Word], a: int, b: int) -> Span:
    return ws[a][START], ws[b - 1][END]


def _post(text: str, ws: list[Word], lex: Lexicon) -> _Attribution | None:
    """An attribution written right after a quotation, over the words ``ws`` that follow it."""
    if not ws:
        return None
    credit = passive_credit(ws, 0, lex)  # '"...," demikian disampaikan Kapolres.'
    if credit is not None:
        return _credited(ws, *credit)
    if ws[0][LOW] in lex.afterwords and len(ws) > 2:
        ws = ws[1:]
    cue = lex.post_cue(ws[0][LOW])
    if cue is not None:
        base, clitic = cue
        if clitic:
            return _Attribution(_span(ws, 0, 1), _span(ws, 0, 1), True, _rest(ws, 1), 1)
        if len(ws) < 2:
            return None
        end = 2 if ws[1][LOW] in lex.pronouns else speaker_after(ws, 1, lex)
        return _Attribution(_span(ws, 0, 1), _span(ws, 1, end), False, _rest(ws, end), end)
    if ws[0][LOW] in lex.according and len(ws) > 1:
        end = speaker_after(ws, 1, lex)
        return _Attribution(_span(ws, 0, 1), _span(ws, 1, end), False, _rest(ws, end), end)
    for n in range(1, min(6, len(ws))):  # '"...," Budi menambahkan.'
        verb = lex.verb_cue(ws, n)
        if verb and all(capitalised(w) or w[LOW] in lex.pronouns for w in ws[:n]):
            end = n + verb[0]
            return _Attribution(_span(ws, n, end), _span(ws, 0, n), False, _rest(ws, end), end)
        if ws[n - 1][AFTER]:
            break
    return None


def _credited(ws: list[Word], cue: int, a: int, b: int) -> _Attribution:
    return _Attribution(_span(ws, cue, cue + 1), _span(ws, a, b), False, _rest(ws, b), b)


def _rest(ws: list[Word], k: int) -> list[Span]:
    return [(ws[k][START], closing_end(ws[-1]))] if k < len(ws) else []


def _pre(ws: list[Word], lex: Lexicon) -> _Attribution | None:
    """An attribution written before a quotation, over the words of its sentence before the opening mark."""
    if not ws or not ws[-1][AFTER].endswith((":", ",")):
        return None
    colon = ws[-1][AFTER].endswith(":")
    for k in range(len(ws) - 1, max(-1, len(ws) - 13), -1):
        verb = lex.verb_cue(ws, k) if ws[k][LOW] in lex.verb_words else None  # the call only where one can start
        if verb:
            end = k + verb[0]
            reported = None
            if not colon and end < len(ws):
                # 'Budi mengatakan pemerintah siap membantu, "tetapi warga harus sabar."': reported, then quoted
                b = bahwa_after(ws, end, lex, len(ws))
                start = end if b is None else b + 1
                if len(ws) - start >= 2 and (b is not None or has_clause(ws, start, lex)):
                    reported = (ws[start][START], ws[-1][END])
                elif end < len(ws) - 3 and circumstance_end(ws, end, len(ws), lex, rest=0) < len(ws):
                    # more than a circumstance ('mengatakan kepada wartawan di Mapolda, "..."') before the quotation
                    return None
            subj = subject(ws, k, lex)
            if subj is None:
                return None
            context = [] if reported else _rest(ws, end)
            cut = name_end(ws, *subj, lex)
            if cut < subj[1]:
                context.append(_span(ws, cut, subj[1]))
            return _Attribution(_span(ws, k, end), _span(ws, subj[0], cut), False, context, end, reported)
        if ws[k][LOW] in lex.passive or (ws[k][LOW] in lex.according and k == 0):
            end = speaker_after(ws, k + 1, lex)
            if end > k + 1:
                return _Attribution(_span(ws, k, k + 1), _span(ws, k + 1, end), False, _rest(ws, end), end)
    if colon and len(ws) <= 8 and capitalised(ws[0]):  # 'Kapolri Listyo Sigit: "..."'
        return _Attribution(None, _span(ws, 0, len(ws)), False, [], len(ws))
    return None


def _afterwards(text: str, sentences: list[Span], i: int, lex: Lexicon) -> _Attribution | None:
    """'"..." Demikian kata Rina.' / 'Demikian disampaikan Kapolri.': the next sentence attributes the quotation."""
    if i >= len(sentences):
        return None
    ws = words(text, *sentences[i])
    if len(ws) < 2:
        return None
    cue = lex.post_cue(ws[0][LOW])
    if cue is not None and not cue[1]:  # '"Kami siap." Ujar Budi.' (not 'Kata Haris, pelaku ditangkap ...')
        found = _post(text, ws, lex)
        return found if found is not None and "," not in ws[found.words_end - 1][AFTER] else None
    if len(ws) < 3:
        return None
    # 'Hal itu disampaikan kuasa hukumnya, Maqdir Ismail.', 'Keluhan itu disampaikan Ketua RT 03, Sutarno.'
    summary = lex.match(ws, 0, lex.summaries)
    credit = passive_credit(ws, summary, lex) if summary else None
    if credit is not None:
        return _credited(ws, *credit)
    if ws[0][LOW] not in lex.afterwords:
        return None
    credit = passive_credit(ws, 0, lex)
    return _credited(ws, *credit) if credit is not None else _post(text, ws[1:], lex)


def _accompanying(text: str, ws: list[Word], k: int, lex: Lexicon) -> Found | None:
    """'..., tambahnya, seraya mencatat kehadirannya dapat bertambah.': a second, indirect statement."""
    for t in range(k, len(ws) - 2):
        if ws[t][LOW] in lex.accompanying:
            verb = lex.verb_cue(ws, t + 1)
            if verb and has_clause(ws, t + 1 + verb[0], lex):
                c = t + 1 + verb[0]
                b = bahwa_after(ws, c, lex, len(ws))
                start = c if b is None else b + 1
                if start < len(ws):
                    return Found("indirect", [(ws[start][START], closing_end(ws[-1]))], cue=_span(ws, t + 1, c))
    return None


def direct_quotes(text: str, sentences: list[Span], regions: list[Region],
                  lex: Lexicon) -> tuple[list[Found], set[int]]:
    """The direct quotations, and the start offsets of the cues their attributions used."""
    starts = [s for s, _ in sentences]

    def sentence(offset: int) -> Span:
        i = max(0, bisect_right(starts, offset) - 1)
        return sentences[i]

    def words_after(region: Region) -> tuple[Region | None, list[Word]]:
        """The quotation after ``region`` in its paragraph, and the words of its sentence between the two (none
        when the sentence ended with the quotation)."""
        # regions come in text order: the next one in the list, if in the same paragraph, is the one after it
        n = index[id(region)] + 1
        following = regions[n] if n < len(regions) and regions[n].par == region.par else None
        if region.close is None:
            return following, []
        limit = sentence(region.closed_end - 1)[1]
        if following is not None:
            limit = min(limit, following.open)
        post = words(text, region.closed_end, limit)
        if post and text[region.closed_end:post[0][START]].strip(" ,"):
            post = []  # '"...". Lalu ...': the sentence ended with the quotation
        return following, post

    def attributed(region: Region) -> bool:
        """Whether a quotation has an attribution of its own after it, in its sentence or the next."""
        return region.close is not None and (_post(text, words_after(region)[1], lex) is not None or _afterwards(
            text, sentences, bisect_right(starts, region.close), lex) is not None)

    found: list[Found] = []
    consumed: set[int] = set()
    taken: set[int] = set()
    index = {id(r): n for n, r in enumerate(regions)}
    for idx, region in enumerate(regions):
        if not region.quotation or id(region) in taken:
            continue
        chain = [region]
        while chain[-1].continues is not None:
            chain.append(chain[-1].continues)
        taken.update(map(id, chain))
        last = chain[-1]
        rows = [[(r.start, r.end)] for r in chain]
        following, post_words = words_after(last)
        attribution = _post(text, post_words, lex)
        extra = None
        if attribution is not None:
            extra = _accompanying(text, post_words, attribution.words_end, lex)
            nxt = following
            between = text[post_words[-1][END]:nxt.open] if nxt is not None and nxt.quotation else None
            if between is not None and (
                    (post_words[-1][AFTER].endswith((",", ":")) and not between.strip(" ,:"))
                    # '"A," kata Budi. "B."': B, right after and attributed to no one of its own, goes on with A
                    or (post_words[-1][AFTER].rstrip().endswith(".") and not between.strip(" .)")
                        and nxt.continues is None and not attributed(nxt))):
                rows[-1].append((nxt.start, nxt.end))  # '"A," kata Budi, "B."': one statement
                taken.add(id(nxt))
                while nxt.continues is not None:
                    nxt = nxt.continues
                    rows.append([(nxt.start, nxt.end)])
                    taken.add(id(nxt))
        if attribution is None:
            s, _ = sentence(region.open)
            pre_words = words(text, s, region.open)
            attribution = _pre(pre_words, lex)
        if attribution is None and last.close is not None:
            attribution = _afterwards(text, sentences, bisect_right(starts, last.close), lex)
        for n, parts in enumerate(rows):
            row = Found("direct", parts, continuation=n > 0)
            if attribution is None:
                row.inherit = True
                row.continuation = region.open == paragraphs_start(text, region.open) or n > 0
            else:
                row.cue, row.speaker, row.clitic = attribution.cue, attribution.speaker, attribution.clitic
                row.context = attribution.context
                if attribution.reported and n == 0:
                    row.kind, row.parts = "mixed", [attribution.reported, *parts]
                if attribution.cue:
                    consumed.add(attribution.cue[0])
            found.append(row)
        if extra is not None:
            extra.same_as = found[-1]
            found.append(extra)
    return found, consumed
