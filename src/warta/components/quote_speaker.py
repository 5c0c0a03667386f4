"""Who a speaker phrase refers to: an entity, an unnamed source's description, or, for pronouns, clitics and
anaphoric descriptions ("ia", "katanya", "diplomat tersebut"), the most recent compatible speaker before it.

Rules, in order, for a phrase that is neither a pronoun nor a clitic:
- a relative clause ("seorang diplomat yang berbicara dengan syarat anonim") is not part of the description, but
  a name it gives ("pria yang akrab disapa Zulhas itu") is the speaker;
- a person named in the phrase is the speaker, the last one when several are ("Pengacara Hendra, Markus
  Simanjuntak"), so titles and appositions before the name do not matter;
- a description ending in "tersebut/itu" refers back: to the last speaker with the same head noun, for an
  official ("pejabat tersebut") to the last speaker who holds an office, else to the last person;
- a proxy ("data Kementan", "laman resmi MK", "keterangan warga") stands for what it names;
- a description of an unnamed source ("pejabat AS", "anggota parlemen Korea Selatan") stays a description;
- otherwise the organisation or place the phrase names ("lembaga pemikir CSIS", "Korea Selatan").
Candidates for back-reference are the speakers met so far and the people named as the subject of a sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..article import Entity
from .acronyms import head_unit, heads_short
from .quote_lexicon import AFTER, BEFORE, END, LOW, START, TEXT, Lexicon, Word, capitalised, plain_words, words
from .quote_phrases import strip_openers

_MENTION_KINDS = ("name", "acronym", "alias", "title")


@dataclass(order=True, slots=True)
class Antecedent:
    pos: int
    entity: str | None = field(compare=False)
    name: str = field(compare=False)
    head: str | None = field(compare=False, default=None)
    person: bool = field(compare=False, default=True)
    official: bool = field(compare=False, default=False)
    words: frozenset[str] = field(compare=False, default=frozenset())  # of the phrase that named it
    group: bool = field(compare=False, default=False)  # a sentence subject like "Warga di bantaran": for "mereka"
    subject: bool = field(compare=False, default=False)  # found by add_subjects, not remembered from a statement


def _said(text: str, start: int, end: int, name: str, entity: str | None = None) -> dict:
    """A speaker as the fields of ``article.Speaker``: quotes.py validates the quotes of a text in one call at the
    end, where building each Speaker by keyword cost twice as much."""
    return {"entity": entity, "name": name, "text": text, "start": start, "end": end}


def _position(a: Antecedent) -> int:
    return a.pos


def _order(a: Antecedent) -> tuple[int, bool]:
    """History order: by position, a sentence subject before a speaker remembered at the same offset."""
    return a.pos, not a.subject


class SpeakerResolver:
    def __init__(self, text: str, entities: list[Entity], lex: Lexicon) -> None:
        self.text, self.lex = text, lex
        self.entities = {e.id: e for e in entities}
        self.entity_list = list(entities)
        self.mentions = sorted([(m.start, m.end, e.id) for e in entities for m in e.mentions  # a list: no generator
                                if m.kind in _MENTION_KINDS])
        self.mention_starts = [m[0] for m in self.mentions]  # bisected as ints: cheaper than comparing tuples
        # entity id -> where it is first named: the mentions read from the last, so the first one is kept
        self.first_mention: dict[str, int] = {eid: ms for ms, _, eid in reversed(self.mentions)}
        self.history: list[Antecedent] = []  # sorted by position
        self.nicknames: dict[str, Antecedent] = {}  # entity id of a nickname -> the person it was given to
        self._sentences: list[tuple[int, int]] = []  # sentences whose subjects are candidates (add_subjects)
        self._sentence_starts: list[int] = []
        self._inside_quotes = None
        self._unread: list[bool] = []  # per sentence: its subjects are not in the history yet
        self._orgs: list[tuple[Entity, frozenset[str]]] | None = None
        # the names of each person, as words, under their first word: (entity order, words)
        self.person_forms: dict[str, list[tuple[int, list[str]]]] = {}
        # the first words of persons' titles ("kapolrestabes"): a title alone may name one of them
        self.title_firsts = frozenset(t.split(None, 1)[0].lower() for e in entities if e.type == "PER"
                                      for t in e.titles if t)
        person_forms = self.person_forms
        for n, e in enumerate(entities):
            if e.type == "PER":
                for form in dict.fromkeys([e.name] + [m.text for m in e.mentions if m.kind in _MENTION_KINDS]):
                    if len(form) > 3:
                        names = form.split()
                        person_forms.setdefault(names[0] if names else "", []).append((n, names))

    # -- history ------------------------------------------------------------------------------------------------
    def add_subjects(self, sentences: list[tuple[int, int]], inside_quotes) -> None:
        """Remember people named as the subject of a sentence (before its first verb) as candidates. A sentence is
        read lazily, only when a back-reference looks back past its end: most articles refer back rarely, and then
        mostly to someone named a sentence or two before, and reading every sentence was a fifth of the stage."""
        self._sentences, self._inside_quotes = sentences, inside_quotes
        self._sentence_starts = [s for s, _ in sentences]
        self._unread = [True] * len(sentences)

    def _subjects(self, s: int, e: int) -> list[Antecedent]:
        """The candidates the sentence ``text[s:e]`` gives, each within it, in the order they are remembered."""
        if not self._names_anyone(s, e):
            return []  # no candidate can come from it: not split into words
        text, lex, inside_quotes = self.text, self.lex, self._inside_quotes
        ws = words(text, s, e)
        if inside_quotes(s) or inside_quotes(e - 1) or text.find('"', s, e) >= 0 or text.find("\u201c", s, e) >= 0:
            ws = [w for w in ws if not inside_quotes(w[START])]
        # the predicate: a verb, or a word without an affix that only a clause has ("Kepala Desa Sukamaju,
        # Dedi Kurniawan, tiba di lokasi", "Bupati Nursiah sudah ...", "KH Mustofa Bisri hadir ...")
        is_verb, predicates = lex.is_verb, lex.clause_words
        verb = None
        for w in ws:  # a loop, not a generator made for each sentence
            if is_verb(w) or w[LOW] in predicates and not capitalised(w):
                verb = w[START]
                break
        if verb is None:
            return []
        first = strip_openers(ws, 0, len(ws), lex)
        s = ws[first][START] if first < len(ws) else e
        people = [m for m in self._mentions_in(s, verb) if self.entities[m[2]].type == "PER"]
        # "Hal senada diungkapkan pengamat transportasi Djoko ...": the one named after a passive speech verb;
        # "Tudingan itu dibantah (keras) oleh Ribka": the agent of any verb "oleh" names
        passives, n = lex.passive, len(ws)
        passive = next((k for k, w in enumerate(ws) if w[LOW] in passives or (
            is_verb(w) and any(ws[j][LOW] == "oleh" for j in range(k + 1, min(k + 3, n))))), None)
        if passive is not None and passive + 1 < len(ws):
            after = ws[passive + 1][START]
            people += [m for m in self._mentions_in(after, e) if self.entities[m[2]].type == "PER"][:1]
        if not people and first < len(ws) and ws[first][START] < verb:
            group = self._group(ws, first, verb)
            return [group] if group is not None else []
        found = []
        for ms, me, eid in people:
            if not inside_quotes(ms):
                official = self._official(words(text, s, ms))
                said = frozenset(w[LOW] for w in words(text, s, me))
                found.append(Antecedent(ms, eid, self.entities[eid].name, None, True, official, said, subject=True))
        return found

    def _names_anyone(self, s: int, e: int) -> bool:
        """Whether the sentence ``text[s:e]`` can give a candidate: it mentions a person, or holds a word that can
        head a description of people."""
        return any(self.entities[m[2]].type == "PER" for m in self._mentions_in(s, e)) or not (
            self.lex.head_words.isdisjoint(plain_words(self.text, s, e)))

    def _group(self, ws: list[Word], first: int, verb: int) -> Antecedent | None:
        """A description of people as a sentence's subject ("Warga di bantaran Ciliwung sudah ..."): a candidate
        for a later "mereka" only."""
        lex = self.lex
        h = first + lex.match(ws, first, lex.quantifiers)
        if h < len(ws) and lex.match(ws, h, lex.person_heads):
            body = self._member_of(ws[first:first + 12])  # the first verb may be "tergabung" itself
            if body is not None:  # "Puluhan sopir yang tergabung dalam Paguyuban X berunjuk rasa": the body
                return Antecedent(ws[first][START], body.id, body.name, None, False, group=True, subject=True)
            subject = [w for w in ws[first:] if w[START] < verb]
            core = subject[:next((k for k, w in enumerate(subject) if w[LOW] == "yang"), len(subject))]
            while core and (core[-1][LOW] in lex.adverbs or core[-1][LOW] in lex.clause_words):
                core.pop()  # "Warga di bantaran Ciliwung sudah terbiasa": not "sudah"
            if core:
                name = self.text[core[0][START]:core[-1][END]]
                name = name[0].lower() + name[1:]
                return Antecedent(core[0][START], None, name, core[h - first][LOW], True, group=True, subject=True)
        return None

    def remember(self, ante: Antecedent | None) -> None:
        if ante is not None:
            insort(self.history, ante, key=_order)

    def _earlier(self, pos: int, plural: bool = True) -> Iterator[Antecedent]:
        """The candidates before ``pos``, latest first (groups only for a plural), in the order an eager reading of
        every sentence gives (``_order``). Before a candidate is given, the sentences that end after it are read:
        their candidates lie within them, so none read later can come after one already given."""
        history, sentences, unread = self.history, self._sentences, self._unread
        top = bisect_left(history, pos, key=_position)  # the candidates left to give are history[:top]
        n = bisect_left(self._sentence_starts, pos) - 1  # the sentences left to read are sentences[:n + 1]
        while True:
            while n >= 0 and (top == 0 or sentences[n][1] > history[top - 1].pos):
                if unread[n]:
                    unread[n] = False
                    for ante in self._subjects(*sentences[n]):
                        insort(history, ante, key=_order)
                        top += ante.pos < pos  # before the candidates given so far: see the docstring
                n -= 1
            if top == 0:
                return
            top -= 1
            if plural or not history[top].group:
                yield history[top]

    def _back(self, pos: int, head: str | None = None, person: bool = False,
              plural: bool = False) -> Antecedent | None:
        if head is not None:
            found = next((a for a in self._earlier(pos, plural) if a.head == head), None)
            if found is None and head in self.lex.official_heads:
                found = next((a for a in self._earlier(pos, plural) if a.official), None)
            group = head in self.lex.group_heads  # "kelompok itu": a body, not the person quoted last
            return found or next((a for a in self._earlier(pos, plural) if a.person != group), None)
        if person:
            return next((a for a in self._earlier(pos, plural) if a.person), None)
        return next(self._earlier(pos, plural), None)

    # -- resolution ---------------------------------------------------------------------------------------------
    def resolve(self, start: int, end: int, clitic: bool = False,
                continuing: bool = False) -> tuple[dict | None, Antecedent | None]:
        """The speaker for the phrase ``text[start:end]`` and what to remember of it for later back-references.
        None for a pronoun or clitic that refers to no one named before it ("tambah dia", "katanya" opening an
        article): it names no one, so the statement keeps its content and cue but has no speaker. ``continuing``:
        the cue goes on with what someone was saying ("menambahkan"), so a pronoun is the last person quoted."""
        if self.text.count("(", start, end) > self.text.count(")", start, end) and self.text[end:end + 1] == ")":
            end += 1  # "... (Satgas Pasti)": keep the bracket the phrase opened
        ws = words(self.text, start, end)
        said = self._last_speaker(start) if continuing and (clitic or (
            len(ws) == 1 and ws[0][LOW] in self.lex.pronouns and ws[0][LOW] != "mereka")) else None
        speaker, ante = self._refer(start, end, said) if said is not None else self._resolve(start, end, clitic, ws)
        if ante is not None:
            ante.words = ante.words | {w[LOW] for w in ws}
        return speaker, ante

    def _resolve(self, start: int, end: int, clitic: bool,
                 ws: list[Word] | None = None) -> tuple[dict | None, Antecedent | None]:
        """``resolve`` without the bracket and the words to remember; ``ws`` are the phrase's words when known."""
        text = self.text[start:end]
        if ws is None:
            ws = words(self.text, start, end)
        if clitic or not ws:
            return self._pronoun(start, end, self._back(start))
        lex = self.lex
        if len(ws) == 1 and ws[0][LOW] in lex.pronouns:
            plural = ws[0][LOW] == "mereka"
            return self._pronoun(start, end, self._back(start, person=not plural, plural=plural))
        if len(ws) == 1 and ws[0][LOW].endswith("nya") and len(ws[0][LOW]) > 6:
            owner = self._back(start)  # "kantornya": his office
            stem = ws[0][TEXT][:-3]
            if owner is None:
                return None, None
            if stem.lower() == "pihak":
                return self._refer(start, end, owner)
            name = f"{stem} {owner.name}"
            return _said(text, start, end, name), Antecedent(start, None, name, stem.lower())
        rel = next((k for k, w in enumerate(ws) if w[LOW] == "yang" and k > 0), len(ws))
        core, relative = ws[:rel], ws[rel:]
        body = self._member_of(relative)
        if body is not None:  # "massa yang tergabung dalam Aliansi Mahasiswa Papua": the alliance speaks
            return (_said(text, start, end, body.name, body.id),
                    Antecedent(start, body.id, body.name, None, False, group=True))
        named = self._named_in(relative)
        people = [m for m in self._mentions_in(core[0][START], core[-1][END]) if self.entities[m[2]].type == "PER"]
        if named is not None:
            # "pria yang akrab disapa Zulhas itu" refers back, "Hevearita ... atau yang akrab disapa Mbak Ita" to
            # the one named before it; the nickname only says to whom
            earlier = None
            if ws[-1][LOW] in lex.determiners:
                earlier = self._back(start, person=True)
            elif people:
                earlier = self._resolve(core[0][START], core[-1][END], False)[1]
            hit = self._mentions_in(*named)
            # the nickname is new here (no earlier mention of its entity): an alias of the one referred back to
            new = not hit or hit[0][2] == (earlier and earlier.entity) or not (
                self.first_mention.get(hit[0][2], start) < start)
            if earlier is not None and new:
                if hit and hit[0][2] != earlier.entity:
                    self.nicknames[hit[0][2]] = earlier  # a later '"...," ujar Ita' is the same person
                return self._refer(start, end, earlier)
            return self._entity_or_name(start, end, *named)
        if relative and ws[-1][LOW] in lex.determiners and not self._mentions_in(core[0][START], ws[-1][END]):
            # "Pria yang sehari-hari berjualan soto itu": a description its relative clause closes refers back
            return self._refer(start, end, self._back(start, head=self._head(core, 0)))
        if people:
            ms, me, eid = people[-1]
            if eid in self.nicknames:
                return self._refer(start, end, self.nicknames[eid])
            official = self._official([w for w in ws if w[END] <= ms])
            entity = self.entities[eid]
            return (_said(text, start, end, entity.name, eid),
                    Antecedent(start, eid, entity.name, None, True, official))
        person = self._person_by_name(core)
        if person is not None:
            official = self._official(core)
            return (_said(text, start, end, person.name, person.id),
                    Antecedent(start, person.id, person.name, None, True, official))
        titled = self._titled_name(core)
        if titled is not None:
            name = self.text[titled[0]:titled[1]]
            return (_said(text, start, end, name),
                    Antecedent(start, None, name, None, True, True))
        h = lex.match(core, 0, lex.quantifiers)
        h = h if h < len(core) else 0
        others = self._mentions_in(core[h][START], core[-1][END])
        timed = len(core) > 2 and core[-2][LOW] in lex.time_words  # "Presiden saat itu": then, not "that"
        # not after "seorang", whose determiner is the place's: "Seorang perawat di rumah sakit tersebut"
        if core[-1][LOW] in lex.determiners and len(core) > 1 and not timed and core[0][LOW] != "seorang" and (not any(
                self.entities[m[2]].type == "ORG" for m in others) or lex.match(core, h, lex.person_heads)):
            # "diplomat tersebut", also with the body he belongs to: "politikus Partai Kebangkitan Bangsa itu"; not
            # a body itself ("BPBD tersebut")
            head = self._head(core, h)
            return self._refer(start, end, self._back(start, head=head))
        proxied = h
        while proxied < len(core) - 1 and core[proxied][LOW] in lex.proxy_heads:
            proxied += 1
        if proxied > h:
            speaker, ante = self._resolve(core[proxied][START], core[-1][END], False)
            if speaker is None:
                return None, None
            speaker = _said(text, start, end, speaker["name"], speaker["entity"])
            return speaker, ante
        if len(core) == 1 and h == 0 and (lex.match(core, 0, lex.person_heads)
                                          or lex.match(core, 0, lex.office_titles)):
            # a bare head ("hakim menilai ...") is the one named with it before ("ketua majelis hakim Dewi")
            earlier = next((a for a in self._earlier(start) if core[0][LOW] in a.words), None)
            if earlier is not None:
                return self._refer(start, end, earlier)
        elif capitalised(core[0]) and (len(core) == 1 and not others or len(core) == 2 and all(
                self.entities[m[2]].type == "LOC" for m in others)):
            # a capitalised word no entity is, the short form of the title of a person named before ("Kaops
            # menambahkan" after "Kepala Operasi Damai Cartenz ... Ronald", "ujar Kadisdik" after "Kepala Dinas
            # Pendidikan Kota Semarang, Heru ..."). Not any word he was named with: that lost a held-out speaker
            # ("Kadinkes Makassar" after "Kepala Dinas Kesehatan (Dinkes) Kota Makassar dr. Andi ...")
            unit, place = head_unit(core[0][TEXT]), core[-1][LOW] if len(core) == 2 else ""
            # or his title's first word: "kata Kapolrestabes" after "Kapolrestabes Bandung Kombes Pol. Rudy ..."
            # (most capitalised words are neither: the earlier sentences are read only for one that may be)
            first = core[0][LOW] if core[0][LOW] in self.title_firsts else None
            earlier = next((a for a in self._earlier(start) if a.person and a.entity and any(
                (unit and heads_short(unit, t) or t.lower().split()[0] == first) and place in t.lower()
                for t in self.entities[a.entity].titles)), None) if unit or first else None
            if earlier is not None:
                return self._refer(start, end, earlier)
        institution = self._institution(core) if len(core) == 1 else None
        if institution is not None:  # "Polisi memperkirakan ...": the police force the article is about
            return (_said(text, start, end, institution.name, institution.id),
                    Antecedent(start, institution.id, institution.name, core[0][LOW], False))
        outlet = lex.match(core, h, lex.outlet_heads)
        orgs = [m for m in others if self.entities[m[2]].type == "ORG"]
        if outlet and orgs:  # "kantor berita TASS", "harian Kompas": the outlet itself
            entity = self.entities[orgs[0][2]]
            return (_said(text, start, end, entity.name, entity.id),
                    Antecedent(start, entity.id, entity.name, None, False))
        n = lex.match(core, h, lex.person_heads) or lex.match(core, h, lex.office_titles)
        if n:
            name = self.text[core[0][START]:core[-1][END]]
            if lex.match(core, h, lex.person_heads) and (h or not lex.match(core, 0, lex.office_titles)):
                name = name[0].lower() + name[1:]  # "Seorang diplomat ..." starts a sentence: "seorang diplomat"
            official = core[h][LOW] in lex.official_heads or self._official(core)
            return (_said(text, start, end, name),
                    Antecedent(start, None, name, " ".join(w[LOW] for w in core[h:h + n]), True, official))
        kinds = {self.entities[m[2]].type for m in others}
        if h and others and not capitalised(core[h]) and (kinds == {"LOC"} or (
                core[0][LOW] == "seorang" and kinds <= {"LOC", "ORG"})):
            # "Seorang pemandu selam di Pulau Kri": someone unnamed, described by a place, is not the place; nor
            # "seorang perwira di Polres Maluku Tengah" the body he serves
            name = self.text[core[0][START]:core[-1][END]]
            name = name[0].lower() + name[1:]
            return (_said(text, start, end, name),
                    Antecedent(start, None, name, core[h][LOW], True, self._official(core)))
        if others:
            at_head = next((m for m in others if m[0] == core[h][START]), None)
            if at_head is None and capitalised(core[h]):  # "BPBD Halmahera Barat": a name the entities missed
                name = self.text[core[h][START]:core[-1][END]]
                return _said(text, start, end, name), Antecedent(start, None, name, None, False)
            orgs = [m for m in others if self.entities[m[2]].type == "ORG"]
            ms, me, eid = at_head or (orgs or others)[0]
            entity = self.entities[eid]
            person = entity.type == "PER"
            return (_said(text, start, end, entity.name, eid),
                    Antecedent(start, eid, entity.name, None, person, False))
        name = self.text[core[0][START]:core[-1][END]]
        return (_said(text, start, end, name),
                Antecedent(start, None, name, core[h][LOW] if not capitalised(core[h]) else None,
                           capitalised(core[h]), self._official(core)))

    def _institution(self, core: list[Word]) -> Entity | None:
        """The organisation a bare institution noun stands for: the first one named with a matching head; a noun
        not listed stands for one whose name starts with it ("konsulat" for "Konsulat Jenderal Australia")."""
        heads = self.lex.institutions.get(core[0][LOW])
        if not heads:
            if not core[0][TEXT][:1].islower():
                return None  # a name ("Bawaslu") is its own entity, not the first one it starts
            heads = frozenset({core[0][LOW]})
        return next((entity for entity, firsts in self._organisations() if not heads.isdisjoint(firsts)), None)

    def _organisations(self) -> list[tuple[Entity, frozenset[str]]]:
        """Each organisation with the first words (lower case) of its name and mentions, made once per text: a scan
        of every mention for every bare institution noun made long texts quadratic."""
        if self._orgs is None:
            self._orgs = [(e, frozenset(n.split()[0].lower() for n in [e.name, *(m.text for m in e.mentions)]
                                        if n and n.split()))
                          for e in self.entities.values() if e.type == "ORG"]
        return self._orgs

    def _person_by_name(self, core: list[Word]) -> Entity | None:
        """A person whose name is written in the phrase though the entities did not mark it there (a title
        swallowed into an organisation's name: "Ketua Koperasi Pedagang ... Zulkifli Rasyid")."""
        caps = {w[TEXT] for w in core if capitalised(w)}
        if not caps:
            return None
        found = [n for first in (*caps, "") for n, names in self.person_forms.get(first, ())
                 if all(name in caps for name in names)]
        return self.entity_list[max(found)] if found else None

    def _titled_name(self, core: list[Word]) -> tuple[int, int] | None:
        """The name after a title when no person entity was found there ("Bupati Halmahera Barat James Uang"):
        the capitalised words after the title's organisation or place, without forms of address."""
        lex = self.lex
        n = lex.match(core, 0, lex.office_titles)
        if not n:
            return None
        k = n
        for ms, me, _ in self._mentions_in(core[0][START], core[-1][END]):
            while k < len(core) and core[k][START] < me:
                k += 1
        lowered = [i for i in range(k, len(core)) if not capitalised(core[i])]
        k = lowered[-1] + 1 if lowered else k
        while k < len(core) and core[k][LOW].rstrip(".") in lex.honorifics:
            k += 1
        run = core[k:]
        if not run or len(run) > 4 or any("(" in w[BEFORE] or ")" in w[AFTER] for w in run):
            return None
        return run[0][START], run[-1][END]

    def _last_speaker(self, pos: int) -> Antecedent | None:
        """The person quoted last before ``pos``, in its paragraph or the one before; None when the last one
        quoted is no person or further back."""
        said = next((a for a in self._earlier(pos, False) if not a.subject), None)
        if said is None or not (said.person and said.entity) or self.text.count("\n", said.pos, pos) > 1:
            return None
        return said

    def _pronoun(self, start: int, end: int, ante: Antecedent | None) -> tuple[dict | None, Antecedent | None]:
        """A pronoun or clitic: the one it refers back to, or no speaker when there is none."""
        return (None, None) if ante is None else self._refer(start, end, ante)

    def _refer(self, start: int, end: int, ante: Antecedent | None) -> tuple[dict, Antecedent | None]:
        text = self.text[start:end]
        if ante is None:
            return _said(text, start, end, text), None
        speaker = _said(text, start, end, ante.name, ante.entity)
        return speaker, Antecedent(start, ante.entity, ante.name, ante.head, ante.person, ante.official, ante.words,
                                   ante.group)

    def _entity_or_name(self, start: int, end: int, ns: int, ne: int) -> tuple[dict, Antecedent]:
        text = self.text[start:end]
        hit = self._mentions_in(ns, ne)
        if hit:
            entity = self.entities[hit[0][2]]
            return (_said(text, start, end, entity.name, entity.id),
                    Antecedent(start, entity.id, entity.name, None, entity.type == "PER"))
        name = self.text[ns:ne]
        return _said(text, start, end, name), Antecedent(start, None, name)

    def _member_of(self, ws: list[Word]) -> Entity | None:
        """The organisation named right after "yang tergabung dalam" in ``ws``, if the entities know it."""
        lex = self.lex
        for k in range(len(ws) - 2):
            if ws[k][LOW] == "yang" and (n := lex.match(ws, k + 1, lex.membership)) and k + 1 + n < len(ws):
                at = ws[k + 1 + n][START]
                return next((self.entities[eid] for ms, _, eid in self._mentions_in(at, ws[-1][END])
                             if ms == at and self.entities[eid].type == "ORG"), None)
        return None

    def _named_in(self, relative: list[Word]) -> tuple[int, int] | None:
        for k, w in enumerate(relative[:-1]):
            if w[LOW] in self.lex.naming_words and capitalised(relative[k + 1]):
                run = [relative[k + 1]]
                for nxt in relative[k + 2:]:
                    if not capitalised(nxt) or run[-1][AFTER]:
                        break
                    run.append(nxt)
                return run[0][START], run[-1][END]
        return None

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        # mentions are sorted by start: bisect to those starting in [start, end] instead of scanning all of them
        # for every quote, which made long texts quadratic
        lo = bisect_left(self.mention_starts, start)
        hi = bisect_right(self.mention_starts, end, lo)
        return [m for m in self.mentions[lo:hi] if m[1] <= end]

    def _head(self, core: list[Word], h: int) -> str:
        n = self.lex.match(core, h, self.lex.person_heads)
        return " ".join(w[LOW] for w in core[h:h + max(n, 1)])

    def _official(self, ws: list[Word]) -> bool:
        lex = self.lex
        titles = lex.office_titles
        # only a word that starts a title can start a match: the call is made for those alone (a loop, not a
        # generator made for each phrase)
        for k, w in enumerate(ws):
            if w[LOW] in titles and lex.match(ws, k, titles):
                return True
        return False
