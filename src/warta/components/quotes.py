"""Quotes: who said what. Direct, indirect and mixed statements with their resolved speakers.

The stages, each in its own module:
- quote_marks:    where quotation marks are, quotations vs quoted terms, quotations over several paragraphs;
- quote_direct:   the attribution of each quotation (post-posed, pre-posed, split, continued);
- quote_indirect: reported speech without quotation marks;
- quote_interview: the answers of an interview set out as questions and answers;
- quote_speaker:  what a speaker phrase refers to (entity, description, or an earlier speaker);
- quote_context:  channel, addressee and time of a statement.
Speech words are data (lang/id/speech.yaml). The headline and the dateline are never statements.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..article import Entity, Quote, Time, validated
from ..pipeline import Doc
from .quote_context import Located, find_context
from .quote_direct import Found, direct_quotes
from .quote_indirect import indirect_quotes
from .quote_interview import interview_answers
from .quote_lexicon import lexicon, share_lowered
from .quote_marks import find_regions, paragraph_gap
from .quote_speaker import SpeakerResolver
from .regex_guard import Lowered, shared_lower_words

#: an unattributed quotation takes the previous speaker only from this many paragraphs back
_INHERIT_PARAGRAPHS = 2


def extract_quotes(text: str, sentences: list[tuple[int, int]], entities: Sequence[Entity] = (),
                   times: Sequence[Time] = (), skip_until: int = 0, lowered: Lowered | None = None) -> list[Quote]:
    """Every statement in ``text`` after ``skip_until`` (the end of the headline and dateline), in text order.
    ``lowered`` is ``regex_guard.lower_words(text)`` when an earlier stage made it."""
    lex = lexicon()
    if lowered is not None:
        share_lowered(text, lowered)
    entities = list(entities)
    sentences = list(sentences) or [(0, len(text))]
    regions = find_regions(text, skip_until)
    directs, consumed = direct_quotes(text, sentences, regions, lex)
    indirects = indirect_quotes(text, sentences, regions, consumed, lex, skip_until)
    found = directs + indirects
    answers = interview_answers(text, lex, skip_until)
    if answers:  # an answer is the interviewee's own words, whatever speech verbs it holds
        spans = [f.parts[0] for f in answers]
        found = [f for f in found if not any(a <= f.start < b for a, b in spans)] + answers
    found.sort(key=lambda f: f.start)

    spans = sorted((r.open, r.closed_end) for r in regions if r.quotation)
    opens = [a for a, _ in spans]

    def inside_quotes(offset: int) -> bool:
        i = bisect_right(opens, offset) - 1
        return i >= 0 and spans[i][0] <= offset < spans[i][1]

    resolver = SpeakerResolver(text, entities, lex)
    located = Located(entities, list(times))
    # the first sentence's subject starts after the dateline ("Kompas.com, SEMARANG - Ratusan warga ...")
    resolver.add_subjects([(max(s, skip_until), e) for s, e in sentences if e > skip_until], inside_quotes)
    quotes: list[dict] = []  # the fields of each Quote: validated together at the end (see _quotes)
    resolved: dict[int, tuple[dict | None, dict | None]] = {}
    attributed: list[bool] = []  # per quote: it has a speaker, or a pronoun that names no one ("tambah dia")
    for f in found:
        got = _speaker(text, f, resolver, resolved, quotes, attributed)
        if got is None:
            continue
        speaker, cue = got
        resolved[id(f)] = (speaker, cue)
        attributed.append(speaker is not None or f.speaker is not None or f.inherit)
        reported_by = None
        if f.reported_by is not None:
            reported_by, _ = resolver.resolve(*f.reported_by, clitic=f.reported_clitic)
        context = find_context(text, f.context, located, lex, cue["text"] if cue else None)
        contents = [text[a:b] for a, b in f.parts]
        quotes.append({"id": f"q{len(quotes) + 1}", "kind": f.kind, "speaker": speaker, "cue": cue,
                       "content": " ".join(contents), "start": f.parts[0][0], "end": f.parts[-1][1],
                       "parts": [{"text": t, "start": a, "end": b} for t, (a, b) in zip(contents, f.parts)],
                       "continuation": f.continuation, "reported_by": reported_by,
                       "addressee": context.addressee, "channel": context.channel, "time": context.time})
    return validated(Quote, quotes)


def _speaker(text: str, f: Found, resolver: SpeakerResolver, resolved: dict, quotes: list[dict],
             attributed: list[bool]) -> tuple[dict | None, dict | None] | None:
    """The speaker and cue of ``f`` (the fields of a Speaker and a Span); None for an unattributed quotation that
    follows no attributed statement (it is left out). One that follows a statement whose pronoun names no one has
    no speaker either."""
    cue = {"text": text[f.cue[0]:f.cue[1]], "start": f.cue[0], "end": f.cue[1]} if f.cue else None
    if f.same_as is not None:
        speaker, _ = resolved.get(id(f.same_as), (None, None))
        return speaker, cue
    if f.inherit:
        if not quotes or not attributed[-1]:
            return None
        previous = quotes[-1]
        paragraphs_between = paragraph_gap(text, previous["end"], f.start)
        if paragraphs_between > _INHERIT_PARAGRAPHS or (paragraphs_between and not f.continuation):
            return None
        return previous["speaker"], previous["cue"]
    if f.speaker is None:
        return None, cue
    continuing = cue is not None and cue["text"].lower() in resolver.lex.continuing
    speaker, antecedent = resolver.resolve(*f.speaker, clitic=f.clitic, continuing=continuing)
    resolver.remember(antecedent)
    return speaker, cue


def _skip_until(doc: Doc) -> int:
    """Offset where statements may start: after the headline and the dateline."""
    article = doc.article
    start = 0
    title = article.meta.title
    if title and article.text.startswith(title):
        start = len(title)
    dateline = doc.scratch.get("dateline")
    if dateline is not None:
        start = max(start, dateline.end)
    return start


class QuoteExtractor:
    name = "quotes"
    # meta and times are read when present (the default pipeline runs metadata and times earlier)
    requires = ("text", "sentences", "entities")
    assigns = ("quotes",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        a = doc.article
        a.quotes = extract_quotes(a.text, a.sentences, a.entities, a.times, _skip_until(doc),
                                  shared_lower_words(doc))


__all__ = ["QuoteExtractor", "extract_quotes"]
