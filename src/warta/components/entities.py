"""Named entities: recognition, in-article coreference and linking to the knowledge base.

Per sentence, a CRF (``ner_model``, with the KB's matches as features) tags candidate windows, and rules fix
extents and types from head words (``ner_heads``), brackets and non-name words (``ner_rules``), from titles,
honorifics and nicknames (``ner_person``), and split off persons the tagger ran into an organisation or place
(``ner_splits``). Over the article: the dateline's outlet is dropped and its city kept, all-caps section heads
and the headline keep only names the body or the KB confirms (``ner_layout``), a known place is split off the
person a title ran into (``ner_article``), and candidates the article shows are no names are dropped
(``ner_drops``). Names that stand for another body the article names (an acronym with its region, a branch's
region, a club's city, a national body's office in a region) are joined to it (``ner_bodies``). The KB adds and
types known names (``linking.annotate``), mentions are grouped and missed repeats found (``coref``), and each
entity is linked (``linking``). Entity ids are e1, e2... in order of first mention.
"""

from __future__ import annotations

from bisect import bisect_left

from ..article import Entity, validated
from ..pipeline import Doc
from . import coref, coref_cues, coref_propagate, linking, ner_article, ner_bodies, ner_drops, ner_layout
from .acronyms import abbreviates
from .coref_forms import ACRONYM_THEN, region_after
from .ner_cues import names_spelled_by_brackets, persons_by_sentence_cues, places_joined_to_places, said_words
from .ner_heads import (
    churches_by_region,
    classed_facilities,
    head_spans,
    merge_heads,
    misc_by_tail,
    regional_boards,
    units_with_parents,
)
from .ner_lexicon import affixed_noun, first_words, is_cap, lexicon, phrase_at, tail_words
from .ner_model import bio_spans, kb_tags, lowercase_vocab, tag_words
from .ner_person import (
    after_lower_case,
    alias_after,
    degree_tail,
    division_before_known,
    given_name_abbreviations,
    initials,
    lower_honorifics,
    name_before_alias,
    name_start_before,
    portfolio_overlap,
    rank_inside,
    strip_person,
    surely_initials,
    title_before,
    title_in_apposition,
    title_overlap,
    title_starts,
    unit_names,
)
from .ner_rules import (
    Cand,
    align_to_kb,
    bracket_after,
    common_word_at_start,
    is_not_name,
    join_branches,
    join_particles,
    leading_title,
    looks_like_acronym,
    only_titles,
    particle_name,
    places_in_lists,
    route_ends,
    split_org_tails,
    trim,
    typed_by_cue,
)
from .ner_splits import (
    bodies_ending_persons,
    kb_names_kept,
    name_tail_words,
    persons_across_infixes,
    persons_across_initials,
    persons_after_lower_honorifics,
    persons_after_places,
    persons_after_titles,
    persons_at_honorifics,
    persons_at_initials,
    persons_at_name_starts,
    persons_by_clan_names,
)

_OPENERS = ('"', "\u201c", "(", "-", "\u2013")


def sentence_candidates(text: str, toks: list[tuple[int, int]], kb_tags: list[str] | None = None) -> list[Cand]:
    """Candidate mentions in one sentence, given its token spans (and the KB's tags for them, if any)."""
    toks, kb_tags = join_particles(text, toks, kb_tags)
    if kb_tags is not None and not any(kb_tags):
        # the KB's tag of a word it knows no name at is "", and the tagger and every rule read a tag for its truth
        # alone: half the sentences have none, and as None their tag-guarded passes are skipped, not scanned
        kb_tags = None
    words = [text[s:e] for s, e in toks]
    # once for the rules that look words up in lower case; a word its lower case leaves as it is (most) is kept as
    # the same string, neither hashed a second time (for ``present`` below) nor compared beyond its identity. A word
    # of ASCII characters but capitals is its own lower case, told character by character in C (compiled): lowering
    # it would make a string to compare and free. Other words are lowered then compared, which costs less than
    # islower(), reading each character's Unicode record
    lows: list[str] = []
    w: str
    for w in words:
        for ch in w:
            if "A" <= ch <= "Z" or ch > "\x7f":
                break  # a capital, or a character past ASCII: lowered below
        else:
            lows.append(w)
            continue
        low: str = w.lower()
        lows.append(w if low == w else low)
    present = _asked_words().intersection(lows)  # once for their "does the sentence hold any of these" tests
    spans = [(a, b + 1 if kind == "PER" and b < len(words) and particle_name(words[b]) else b, kind)
             for a, b, kind in bio_spans(tag_words(words, kb_tags, lows))]  # "Abdel Fattah [el-Sisi]"
    if len(spans) > 1:
        spans = persons_across_initials(words, spans)  # "[Retno] L.P. [Marsudi]"
    known = []  # places the KB knows, cut off the front of a tagger's span: a rule's, not to be split again
    if kb_tags is not None:
        kept = kb_names_kept(spans, kb_tags)  # "Gubernur [Papua Pegunungan] Nikolaus Kogoya"
        known = [s for s in kept if s not in spans]
        spans = kept
    per_starts = {a for a, _, kind in spans if kind == "PER"}
    starts = title_starts(words, lows, present)
    units = unit_names(words, kb_tags, starts) if starts else []
    inert = frozenset([k for x, y in units for k in range(x, y)])  # compiled, a list is made in place: no generator
    heads = head_spans(words, per_starts, kb_tags, inert, lows, present)
    spans = merge_heads(words, spans, heads)
    heads += known
    # the passes under "if cut" only change spans found before them: 2 sentences in 5 have none there
    cut = join_branches(words, spans, kb_tags, lows, present)  # "Komnas HAM Perwakilan Papua"
    if cut:
        cut = split_org_tails(words, cut)             # "[Borneo FC] Pieter Huistra"
    cut = typed_by_cue(words, cut, kb_tags, lows, present)  # "maskapai [Wings Air]", "perlintasan [Kerem Shalom]"
    if cut:
        cut = places_in_lists(words, cut)             # "Kecamatan Badau, [Embaloh Hulu], dan [Puring Kencana]"
        cut = places_joined_to_places(words, cut)     # "di Mataram dan [Praya]"
    cut = misc_by_tail(words, cut, kb_tags, lows, present)  # "Deposit Facility", "La Liga"
    cut = units_with_parents(words, cut, kb_tags, lows, present)  # "[Satgas Pangan] [Polresta Surakarta]"
    cut = classed_facilities(words, cut, present)  # "[Rutan Kelas] IIB [Lubuk Pakam]"
    cut = churches_by_region(words, cut, lows, present)  # "[Gereja Kristen Injili di Tanah Papua]"
    cut = regional_boards(words, cut, kb_tags, lows, present)  # "[DPW] [PKB] [Jawa Timur]"
    cut = route_ends(words, toks, cut, kb_tags, present)  # "ruas [Tambakrejo]-[Sendangbiru]"
    if cut:
        cut = persons_after_places(words, cut, kb_tags, lows)  # "Kepala [Dinas LH Tanah Bumbu] [Rahmat Prapto Udoyo]"
        cut = persons_at_name_starts(words, cut)          # "[PHRI Badung] [I Gusti Agung Rai Suryawijaya]"
        cut = persons_at_initials(words, cut, kb_tags)    # "[PT Jasa Marga] [Rivan A. Purwantono]"
        cut = persons_at_honorifics(words, cut, kb_tags)  # "Ketua [PCNU] [K.H. A. Pandji Taufiq]"
        if not lower_honorifics().isdisjoint(present):
            cut = persons_after_lower_honorifics(words, cut)  # "[Psikiater] dr. Eniarti", "dr. [Tan] Shot Yen"
        cut = bodies_ending_persons(words, cut, kb_tags)  # "[Investigator KNKT]" -> "KNKT"
    cut = persons_by_sentence_cues(words, cut, kb_tags, lows, present)  # "[Ratna Sari Dewi] mengatakan"
    cut = persons_by_clan_names(words, cut, kb_tags, lows, present)  # "[Darwin] Purba", a place for a given name
    if cut:
        cut = persons_across_infixes(words, cut, present)  # "[David] de Gea"
    if "(" in present and cut:
        cut = names_spelled_by_brackets(words, cut)  # "[National Oceanic] and [Atmospheric Administration] (NOAA)"
    if cut != spans:
        heads += [s for s in cut if s not in spans]  # decided by rule, like the head words
        spans = cut
    named_by_initials = initials(words, present)
    persons = named_by_initials + (persons_after_titles(words, spans, kb_tags, starts) if starts else [])
    if named_by_initials:
        named_by_initials = surely_initials(words, named_by_initials)
    if persons:
        spans = sorted([s for s in spans if not any(s[0] < b and a < s[1] for a, b, _ in persons)] + persons)
        heads += persons
    if not spans:
        return []  # many sentences name nothing: no candidate to build
    mains: list[tuple[int, int, Cand]] = []
    partners: list[tuple[int, int, Cand]] = []
    vocab = lowercase_vocab()
    # a partner is in brackets or after an alias cue's first word: most sentences have neither, and skip its search
    partnered = "(" in present or not first_words(lexicon().alias_cues).isdisjoint(present)
    for a, b, kind in spans:
        a, b = trim(words, a, b, lows, present)
        if kb_tags:
            a, b = align_to_kb(kb_tags, a, b, kind)
        a += title_overlap(words, a, b)
        if kind == "LOC" and b - a > 1 and lows[a] in lexicon().address_honorifics and not (kb_tags and kb_tags[a]):
            kind = "PER"  # "ke [rumah Pak Yohanes]": the house of a person
        if kind in ("ORG", "LOC"):
            a += leading_title(words, a, b, lows)
            if kind == "ORG" and kb_tags and title_before(words, a)[1] is not None:
                a = division_before_known(words, kb_tags, a, b)  # "Vice President [Komunikasi Korporat] Pupuk"
        while a < b and a in inert:
            a += 1  # "Kepala Bidang [Kedaruratan dan Logistik] BPBD Lebak": the division is the title's
        if kind == "PER":
            a += portfolio_overlap(words, a, b)  # "Menteri [Ketenagakerjaan] Yassierli"
            a = rank_inside(words, a, b)  # "Kapolresta [Barelang] Kombes Pol Nugroho", "Operasi [Cartenz] Kombes"
            a = after_lower_case(words, a, b)  # "[Kritik sastra] H. B. Jassin"
            glued = frozenset([k for k in range(max(0, a - 1), b - 1) if toks[k][1] == toks[k + 1][0]])
            a, b = strip_person(words, a, b, glued, lows)
            a = name_start_before(words, a, glued)
        if a >= b or ((a, b, kind) not in named_by_initials and (  # "berinisial RS": a person, not a hospital
                is_not_name(words, a, b, lows) or common_word_at_start(words, a, b, vocab)
                # "[Perpindahan KK] mendadak ...": a noun of a portfolio's affixes opening the sentence is no person's
                or (kind == "PER" and (a == 0 or words[a - 1] in _OPENERS or words[a - 1] in ".?!")
                    and affixed_noun(words[a]))
                # a head word's name may be a title or a head word itself: "Kecamatan Ibu", "Pulau Laut"; head
                # words the acronym after them spells name a body: "Pemerintah Provinsi (Pemprov) Kalbar"
                or (only_titles(words, a, b, lows) and not (kind == "LOC" and (a, b, kind) in heads)
                    and not _defined_by_bracket(words, a, b)))):
            continue
        if kind == "LOC" and lows[b - 1] in lexicon().org_tails:
            kind = "ORG"  # "Japan International Cooperation Agency": a body, whatever country its name opens with
        start, end = toks[a][0], toks[b - 1][1]
        if text.endswith("-nya", start, end) and end - start > 4:
            end -= 4
        cand = Cand(start, end, kind, source="rule" if (a, b, kind) in heads else "crf")
        _, title = title_before(words, a)
        cand.after_title, cand.title = title is not None, title
        if title and kind == "PER":
            cand.titles.append(title)
        cand.initial = b - a == 1 and (a == 0 or words[a - 1] in _OPENERS)
        mains.append((a, b, cand))
        partner = _partner(words, toks, b, cand, spans) if partnered else None
        if partner:
            partners.append(partner)
        elif kind == "PER" and a > 2:
            _nickname_of(words, toks, a, cand, mains, vocab)
    _apposed_titles(words, mains)
    inside = [(x, y) for x, y, _ in partners]
    for a, b, c in mains:  # degrees after a person: "dr. Eniarti, M.Sc., Sp.KJ., MMR"
        if c.type == "PER":
            tail = degree_tail(words, b)
            if tail > b:
                inside.append((b, tail))
    out = [c for a, b, c in mains if not any(x <= a and b <= y for x, y in inside)]
    return out + [c for _, _, c in partners]


_ASKED_WORDS: list[frozenset[str]] = []  # filled on first use


def _asked_words() -> frozenset[str]:
    """Every word the rules' "does the sentence hold any of these" tests ask about (their ``present``): a sentence's
    words are met with these once, and each test then reads the few found, mostly none, instead of all the words.
    A rule that tests ``present`` against a new list must add it here (``test_entities_asked_words`` watches the
    rules' tests and fails when one asks about a word left out). Kept in a list, as ``lexicon()`` is: asked for
    each sentence, where functools.cache's call costs several times the look-up."""
    if not _ASKED_WORDS:
        _ASKED_WORDS.append(_read_asked_words())
    return _ASKED_WORDS[0]


def _read_asked_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset().union(
        first_words(lex.person_titles),  # title_starts
        first_words(lex.branch_words),  # join_branches
        first_words(lex.org_cues), first_words(lex.place_nouns),  # typed_by_cue
        lex.head_firsts,  # head_spans
        lex.village_heads, first_words(lex.village_offices), ("/", "("), said_words(),  # persons_by_sentence_cues
        ("-",), tail_words(), (")",), first_words(lex.misc_names),  # route_ends, misc_by_tail, trim ("(" above)
        lower_honorifics(),  # persons_after_lower_honorifics
        first_words(lex.alias_cues),  # a nickname after a person (_partner's alias_after); "(" is asked above
        first_words(lex.unit_heads), lex.church_words, lex.branch_prefixes,  # units_with_parents,
        # churches_by_region, regional_boards
        lex.clan_names, lex.initials_cues, name_tail_words(),  # persons_by_clan_names, initials, ..._infixes
        ("kelas",))  # classed_facilities


def _defined_by_bracket(words: list[str], a: int, b: int) -> bool:
    """Words of two or more the acronym in brackets right after spells: "[Pemerintah Provinsi] (Pemprov)"; not
    a party's unit, annotated as the party ("Dewan Pimpinan Pusat (DPP) Partai Golkar")."""
    found = bracket_after(words, b) if b - a >= 2 and not phrase_at(words, a, lexicon().unit_prefixes) else None
    return found is not None and found[1] - found[0] == 1 and abbreviates(words[found[0]], " ".join(words[a:b]))


def _apposed_titles(words: list[str], mains: list[tuple[int, int, Cand]]) -> None:
    """A title written before a comma goes to the person named after it ("Ketua KPU Buton Selatan, Muhammad
    Irfan Saleh"), and is taken from a person it was only the complement of ("Pengacara Hendra, Markus ...")."""
    persons = {(a, b): c for a, b, c in mains if c.type == "PER"}
    if not persons:
        return
    for (a, b), cand in persons.items():
        if cand.titles:
            continue
        found = title_in_apposition(words, a, b, list(persons))
        if found:
            title, client = found
            cand.titles.append(title)
            if client:
                persons[client].titles = [t for t in persons[client].titles if not title.startswith(t)]


def _nickname_of(words, toks, a: int, cand: Cand, mains: list[tuple[int, int, Cand]], vocab) -> None:
    """A person at words[a] after an alias cue is the nickname of the name before the cue, a person whether the
    tagger found it or not: "[Sumanto], yang akrab disapa Kang [Manto]"."""
    found = name_before_alias(words, a, vocab)
    if found is None:
        return
    x, y = found
    full = next((c for m, n, c in mains if (m, n) == (x, y)), None)
    if full is None:
        if any(m < y and x < n for m, n, _ in mains):
            return  # another name there
        full = Cand(toks[x][0], toks[y - 1][1], "PER", source="rule")
        mains.append((x, y, full))
    full.type = "PER"
    cand.kind, cand.partner = "alias", full


def _partner(words, toks, b, cand: Cand, spans) -> tuple[int, int, Cand] | None:
    """An acronym in brackets after an organisation or place, a nickname after a person."""
    found = bracket_after(words, b)
    if cand.type == "PER":
        bracketed = found is not None
        found = found or alias_after(words, b)
        if not found:
            return None
        x, y = found
        tagged = next((k for a, bb, k in spans if a == x), None)
        if tagged not in (None, "PER") or (bracketed and sum(ch.isupper() for w in words[x:y] for ch in w) > y - x):
            # "Bambang (PDI-P)": a party after a name, not a nickname; after an alias cue, initials are one
            # ("Suhardi Duka, yang akrab disapa SDK")
            return None
        return x, y, Cand(toks[x][0], toks[y - 1][1], "PER", kind="alias", source="rule", partner=cand)
    if found is None:
        return None
    x, y = found
    if not looks_like_acronym("".join(words[x:y])) and not (
            # a unit's syllable acronym may run long ("Direktorat Tindak Pidana Siber (Dittipidsiber)"), a place
            # in brackets is no acronym ("Universitas Gadjah Mada (Yogyakarta)")
            y - x == 1 and len(words[x]) <= 16 and is_cap(words[x])
            and next((k for a, _, k in spans if a == x), cand.type) == cand.type):
        return None
    return x, y, Cand(toks[x][0], toks[y - 1][1], cand.type, kind="acronym", source="rule", partner=cand)


def find_entities(text: str, sentences: list[tuple[int, int]], tokens: list[tuple[int, int]], dateline=None,
                  kb=None, body_start: int = 0) -> list[Entity]:
    """The article's entities. ``body_start`` is where the body starts after a headline line (0: no headline);
    ``dateline`` has ``.start .end .city``; ``kb`` is a knowledge base or None."""
    cands: list[Cand] = []
    starts = [s for s, _ in tokens]
    matches = kb.find(text) if kb is not None else []
    if matches:  # not the letters of an abbreviation: "AP" of "M.AP."
        matches = [m for m in matches if not (m.start > 1 and text[m.start - 1] == "." and text[m.start - 2].isalpha()
                                              and m.surface.isupper())]
    tags = kb_tags(tokens, matches, kb) if matches else None
    for s, e in sentences:
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        cands += sentence_candidates(text, tokens[i:j], tags[i:j] if tags else None)
    blocked = ner_layout.blocked_lines(text, body_start)
    if dateline is not None:
        blocked.append((dateline.start, dateline.end))
    else:
        byline = ner_layout.outlet_byline(text, body_start, kb)  # "Jakarta, CNBC Indonesia - ..."
        if byline:
            blocked.append(byline)
    credit = ner_layout.credit_span(text)
    if credit:
        blocked.append(credit)

    def in_blocked(a: int, b: int) -> bool:
        return any(x <= a and b <= y for x, y in blocked)

    cands = [c for c in cands if not in_blocked(c.start, c.end)]
    if dateline is not None:
        cands = ner_layout.cut_at_dateline(cands, text, dateline.start, dateline.end)
    if dateline is not None and dateline.city:
        at = text.upper().find(dateline.city.upper(), dateline.start, dateline.end)
        if at >= 0:
            cands.append(Cand(at, at + len(dateline.city), "LOC", source="dateline"))
    cands = ner_drops.drop_sentence_initial(cands, text)
    cands = ner_drops.drop_then_openers(ner_drops.drop_opening_word(cands, text, kb), text)
    cands = ner_article.split_known_prefixes(cands, text, kb)
    cands = ner_article.split_person_tails(cands, text, kb)
    cands = given_name_abbreviations(ner_article.split_person_heads(cands, text), text)
    cands = ner_article.split_title_complements(cands, text, kb)
    cands = linking.annotate(cands, text, kb, matches, lambda a, b: not in_blocked(a, b) or a < body_start,
                             body_start)
    cands = ner_bodies.clubs_named_by_city(cands, text, kb)
    cands = ner_drops.drop_common_acronyms(cands, text)
    cands = ner_drops.drop_state_suffix(ner_drops.drop_rank_corps(cands, text), text)
    cands = ner_drops.drop_pairs(cands, text)
    cands = ner_layout.confirm_headline(cands, text, body_start)
    seats = linking.lexicon_seats()
    for c in cands:
        seat = seats.get(text[c.start:c.end].lower())
        if seat:
            c.type = seat["type"]
    cands = ner_bodies.bodies_by_region_forms(ner_bodies.acronyms_with_their_region(cands, text, kb), text, kb)
    cands = ner_bodies.branches_by_region(ner_bodies.offices_of_bodies(cands, text, kb), text, kb)
    cands = ner_bodies.lone_offices(ner_bodies.offices_in_regions(cands, text, kb), text)
    clusters = coref.cluster(cands, text)
    # not "orang Jepang", "bahasa Inggris"
    coref_propagate.propagate(clusters, text, [(c.start, c.end) for c in cands],
                              lambda a, b: not in_blocked(a, b) and not linking.after_language_cue(text, a))
    clusters = coref_cues.merge_nicknames(clusters, text)
    clusters = ner_drops.drop_nationalities(clusters, text, kb)
    for target, cand in coref_cues.title_references(text, clusters):
        target.mentions.append(cand)
        target.mentions.sort(key=lambda m: m.start)
    return _entities(clusters, text, kb)


def _entities(clusters: list[coref.Cluster], text: str, kb) -> list[Entity]:
    entities: list[dict] = []
    linked: dict[str, str] = {}
    chosen = []
    places = {m.start: m.end for cl in clusters for m in cl.mentions if m.type == "LOC"} if "(" in text else {}
    for n, cl in enumerate(clusters, 1):
        kind = linking.entity_type(cl, kb)
        names = [m for m in cl.mentions if m.kind == "name"] or cl.mentions
        forms = [text[m.start:m.end] for m in names]
        around = _named_around_acronym(names, text, places) if places and kind == "ORG" else []
        forms += around[::2]
        # most entities are written one way: the forms are ranked only when there are several
        name = forms[0] if forms.count(forms[0]) == len(forms) else max(forms, key=_name_rank)
        if name.isupper() and all(m.source == "dateline" for m in cl.mentions):
            name = name.title()  # a dateline city met nowhere else: "LABUAN BAJO" -> "Labuan Bajo"
        if name.endswith(".") and " " in name:
            name = name[:-1]  # "PT Timah Tbk." ending a sentence: the name is registered without the stop
        rid = linking.choose(cl, kind, kb, name, text)
        eid = f"e{n}"
        linked["name:" + name.lower()] = eid
        if rid:
            linked[rid] = eid
        chosen.append((cl, kind, name, rid, eid, around))
    for cl, kind, name, rid, eid, around in chosen:
        # other written forms (surname, acronym, nickname), not the name in capitals or "sang presiden"; a body's
        # acronym with its region when the text writes the region after the bracket ("Walhi Sulawesi Tengah")
        aliases = dict.fromkeys([*(text[m.start:m.end] for m in cl.mentions if m.kind != "title"), *around])
        folded = name.casefold()
        # a person's titles; a place the tagger took for a person after a title has none ("Sekda [NTB]")
        titles = list(dict.fromkeys(t for m in cl.mentions for t in m.titles)) if kind == "PER" else []
        entities.append({
            "id": eid, "name": name, "type": kind, "kb": linking.public_id(kb, rid) if rid else None,
            "titles": titles, "aliases": [s for s in aliases if s.casefold() != folded],
            "stands_for": linking.stands_for(kb, rid, name, linked),
            "mentions": [{"text": text[m.start:m.end], "start": m.start, "end": m.end, "kind": m.kind}
                         for m in cl.mentions],
        })
    return validated(Entity, entities)  # with their Mentions, in one call


def _named_around_acronym(names, text: str, places: dict[int, int]) -> list[str]:
    """A body's names written around its acronym, with the region it serves after the bracket: "Pemerintah
    Provinsi (Pemprov) NTT" is "Pemerintah Provinsi NTT" and "Pemprov NTT", "Wahana Lingkungan Hidup Indonesia
    (Walhi) Sulawesi Tengah" is "Wahana Lingkungan Hidup Indonesia Sulawesi Tengah" and "Walhi Sulawesi Tengah": the
    name in full, then the acronym's, for each such mention (``places``: where each place mention starts -> where it
    ends). A branch word may come first: "Komisi Nasional Hak Asasi Manusia (Komnas HAM) Perwakilan Kalimantan
    Barat" is "Komisi Nasional Hak Asasi Manusia Perwakilan Kalimantan Barat"."""
    out = []
    for m in names:
        bracket = ACRONYM_THEN.match(text, m.end)
        if bracket is None:
            continue
        at = region_after(text, bracket.end(), places)
        if at is not None:
            region = text[bracket.end():places[at]]
            out += [f"{text[m.start:m.end]} {region}", f"{bracket.group(1)} {region}"]
    return out



def _name_rank(form: str) -> tuple[bool, int, int]:
    """How well a written form names its entity: not in capitals, then the most words, then the longest."""
    return not form.isupper(), len(form.split()), len(form)


def knowledge_base_or_none():
    """The KB when it is built; None otherwise (then nothing is linked)."""
    try:
        from ..kb import knowledge_base

        return knowledge_base()
    except (ImportError, FileNotFoundError):
        return None


class EntityRecognizer:
    name = "entities"
    requires = ("text", "sentences", "tokens", "dateline")
    assigns = ("entities",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        text, meta = doc.article.text, doc.article.meta
        body_start = 0
        if meta.title and text.startswith(meta.title):
            body_start = len(meta.title)
        doc.article.entities = find_entities(text, doc.article.sentences, doc.tokens,
                                             dateline=doc.scratch.get("dateline"), kb=knowledge_base_or_none(),
                                             body_start=body_start)
