"""Who does an event to whom: the actor and target of a trigger, and what a named party acts for.

The actor: walking back clause by clause (commas, "bahwa", "ketika", "untuk"...) from the trigger, the first entity
of the nearest clause that has one (a clause opened by "yang" describes an earlier noun and is passed over, so is a
place alone between commas: "tiba di Kairo, Mesir, pada Selasa"); the entity right after a nominal trigger
("serangan Israel"); after a passive verb, "oleh X" or a name right after it, maybe after an agent noun ("diserang
Rusia", "diperiksa penyidik Polres X"), else the body of the quote's speaker, else the actor of the last act of the
same kind, else the implicit agent (the subject is then the patient); inside a quote with a first-person subject,
the speaker (for "kami" of a person introduced as one of a crowd, "Seorang warga, Pak X", that crowd: none);
"ia"/"dia", the first person named in the nearest sentence that names one (not after a preposition); "keduanya",
"kedua pemimpin", the first of the last two persons named, "kedua partai" of the last two parties; "mereka" opening a
clause, the organisation that acted in the sentence before; an unnamed agent of the story ("penyidik", "polisi"),
the implicit agent, or the body of its kind the article names ("polisi" -> the police unit); none for people named
by a common noun ("warga Desa X", "tersangka"). An active verb with no subject of any of these kinds has no known
doer (roles() says so; the event's confidence is then low).
What a party acts for (the convention's actor lifting): a seat of power or capital, its state (Kremlin -> Rusia); a
person, the organisation (else the place) their title or apposition names, the longest name first ("Kepala Seksi
Kedaruratan BPBD Kabupaten Bandung, Euis" -> BPBD Kabupaten Bandung), else the body its office word names
("Menteri Perdagangan" -> Kementerian Perdagangan, "Kapolres Karawang" -> Polres Karawang), a lawyer's client (or
the body a kind noun describes: "kuasa hukum perusahaan"), the organisation named just before for a title with
"-nya" ("Juru bicaranya, He Yadong"), his country for an unnamed state organ ("juru bicara junta"), the home state
for a national office with no body named ("Presiden"), else the office the knowledge base gives him on the
article's date; a region, its government when the article names that. A state organ (a government body with its
country in its name, or a knowledge-base ministry, agency, army or police) acts for its state when the state is
foreign, and for the home state when it acts on another state, but in law enforcement.
The target: the first other party within a few words after the trigger (not "di X", the location), else the
partner of a joint subject ("Rusia dan Jepang sepakat").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from ..article import Article
from ..kb import knowledge_base
from .events_text import WORD, Marks, has_phrase, is_nominal, words_before

_FIRST_PERSON = re.compile(r"\b(kami|kita|saya|aku)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_BY = re.compile(r"\s+oleh\s+")
_OF = re.compile(r"\s+(?:dari\s+|(?!di\b|ke\b|dari\b|oleh\b|pada\b|dengan\b)\w+\s+)?")


class Mentions:
    """Entity mentions of an article sorted by position, and what each entity acts for."""

    def __init__(self, article: Article, skip_before: int, ctx: dict) -> None:
        self.article, self.ctx, self.skip_before = article, ctx, skip_before
        self.by_id = {e.id: e for e in article.entities}
        self.by_kb = {e.kb: e.id for e in article.entities if e.kb}
        self.items = sorted((m.start, m.end, e.id) for e in article.entities if e.type in ("PER", "ORG", "LOC")
                            for m in e.mentions if m.start >= skip_before)
        self.starts = [s for s, _, _ in self.items]
        people = [(s, eid) for s, _, eid in self.items if self.by_id[eid].type == "PER"]
        self.person_starts, self.person_ids = [s for s, _ in people], [eid for _, eid in people]
        counts: dict[str, int] = {}
        for _, _, eid in self.items:
            if self.by_id[eid].type == "ORG":
                counts[eid] = counts.get(eid, 0) + 1
        self.main_org = max(counts, key=counts.get) if counts else None
        self._acts_for: dict[str, str] = {}
        self._states: dict[str, str | None] = {}

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i, j = bisect_right(self.starts, start - 1), bisect_right(self.starts, end - 1)
        return [m for m in self.items[i:j] if m[1] <= end]

    def first_start(self, entity_id: str, start: int) -> int:
        """Where the first mention of an entity at or after ``start`` begins."""
        i = bisect_right(self.starts, start - 1)
        return next((s for s, _, eid in self.items[i:] if eid == entity_id), start)

    def person_before(self, position: int, sentence_starts: list[int]) -> str | None:
        """The person a pronoun before ``position`` stands for: the first named in the nearest sentence before it
        that names one (its subject, most often: "Menlu Jepang tiba ... Ia juga akan meninjau ...")."""
        i = bisect_right(self.person_starts, position - 1)
        if not i:
            return None
        sentence = sentence_starts[bisect_right(sentence_starts, self.person_starts[i - 1]) - 1]
        first = bisect_right(self.person_starts, sentence - 1)
        for start, eid in zip(self.person_starts[first:i], self.person_ids[first:i]):
            before = words_before(self.article.text, start, 1)
            if not before or before[0] not in self.ctx["object_of"]:  # "Selain dengan Retno, Kamikawa ...": Kamikawa
                return eid
        return self.person_ids[first]

    def described(self, noun: str, position: int, look_back: int = 2000, reach: int = 60) -> str | None:
        """The party that a description ("investor") was last written next to before ``position``: "investor
        utama klub, PT Sinar Khatulistiwa Abadi, ..." -> PT Sinar Khatulistiwa Abadi."""
        low = self.article.text[max(0, position - look_back):position].lower()
        at = low.rfind(noun)
        while at >= 0 and (at > 0 and low[at - 1].isalnum() or low[at + len(noun):at + len(noun) + 1].isalnum()):
            at = low.rfind(noun, 0, at)
        if at < 0:
            return None
        at += max(0, position - look_back) + len(noun)
        found = [m for m in self.between(at, min(position, at + reach)) if self.by_id[m[2]].type in ("ORG", "PER")]
        return found[0][2] if found else None

    def pair_before(self, position: int, people: bool, look_back: int = 12) -> str | None:
        """The first of the last two parties (``people``: persons) named before ``position`` ("Retno dan Kamikawa
        ... Keduanya ...")."""
        i = bisect_right(self.starts, position - 1)
        parties: list[str] = []
        for start, _, eid in reversed(self.items[max(0, i - look_back):i]):
            if is_place(self.article.text, start) or people and self.by_id[eid].type != "PER":
                continue  # "di Laut China Selatan": a place, not a party
            party = self.agent(eid)
            if party not in parties:
                parties.append(party)
                if len(parties) == 2:
                    return parties[1]
        return None

    def agent(self, entity_id: str | None) -> str | None:
        """What a named party acts for (worked out once per party)."""
        if entity_id is None:
            return None
        found = self._acts_for.get(entity_id)
        if found is None:
            found = self._acts_for[entity_id] = self._acting_for(self.by_id[entity_id])
        return found

    def _acting_for(self, entity) -> str:
        stands = entity.stands_for
        if stands in self.by_id or stands in self.by_kb:
            return stands if stands in self.by_id else self.by_kb[stands]
        if entity.type == "PER":
            return self._affiliation(entity)
        return self._government.get(entity.id, entity.id) if entity.type == "LOC" else entity.id

    def body_of_kind(self, words: list[str], previous: str | None) -> str | None:
        """The organisation of the kind a common noun stands for (`agent_kinds`: "polisi" -> the police unit,
        "perusahaan" -> the company): ``previous`` (the implicit agent) if it is one, else the one the article
        names most."""
        kinds = self.ctx["agent_kinds"]
        noun = next((w for w in words if w in kinds), None)
        if noun is None:
            return None
        marks = set(kinds[noun])

        def of_kind(eid: str) -> bool:
            entity = self.by_id[eid]
            return entity.type == "ORG" and not marks.isdisjoint(
                w for t in (entity.name, *(m.text for m in entity.mentions)) for w in _words(t))

        if previous is not None and of_kind(previous):
            return previous
        counts: dict[str, int] = {}
        for _, _, eid in self.items:
            if of_kind(eid):
                counts[eid] = counts.get(eid, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def is_legal(self, entity_id: str) -> bool:
        """A body that arrests, charges or tries people (police, prosecutors, courts), or a state."""
        entity = self.by_id[entity_id]
        if entity.type == "LOC":
            return True
        words = {w for t in (entity.name, *(m.text for m in entity.mentions)) for w in WORD.findall(t.lower())}
        return not self.ctx["legal_bodies"].isdisjoint(words)

    @cached_property
    def _bodies(self) -> dict[str, tuple[str, str]]:
        """Places and organisations by name, to find the one an official's title names ("Kepala BNPB")."""
        return _names(self.article, ("LOC", "ORG"))

    @cached_property
    def _people(self) -> dict[str, tuple[str, str]]:
        return _names(self.article, ("PER",))

    @cached_property
    def _government(self) -> dict[str, str]:
        """A region's government when the article names both ("Jawa Timur" -> "Pemerintah Provinsi Jawa Timur")."""
        entities = self.article.entities
        governments = [e for e in entities if e.type == "ORG" and e.name.lower().startswith(self.ctx["governments"])]
        return {loc.id: gov.id for loc in entities if loc.type == "LOC"
                for gov in governments if loc.name.lower() in gov.name.lower()}

    @cached_property
    def _home_state(self) -> str | None:
        return next((e.id for e in self.article.entities if e.type == "LOC" and e.name == self.ctx["home_state"]),
                    None)

    def _affiliation(self, person) -> str:
        """What a person acts for: the body their title or apposition names first ("Kepala Seksi BPBD Kabupaten
        Bandung, Euis" -> BPBD Kabupaten Bandung; a region -> its government when that is named too), the client of
        a lawyer ("Pengacara Hendra, Markus" -> Hendra), the home state for a national office; else themselves."""
        ctx = self.ctx
        first = next((m.start for m in person.mentions if m.start >= self.skip_before), None)
        text = self.article.text
        if first is not None and self._former(person, first):
            return person.id  # "mantan Kepala Dinas PUPR, Slamet": out of office, he acts for himself
        appositive = _appositive(text, first, person.titles, ctx) if first is not None else None
        prefix = _prefix(text, first) if first is not None and appositive is None else None
        for phrase in [*person.titles, *([appositive] if appositive else [])]:
            words = _words(phrase)
            if has_phrase(words, ctx["lawyers"]):
                # the client named, else the body of the kind described ("kuasa hukum perusahaan")
                client = next((c for c in _names_in(words, self._people) if c != person.id), None) or (
                    self.body_of_kind(words, None))
                if client:
                    return client
            named = _names_in(words, self._bodies)
            if not named and len(words) > 2 and words[-1] in ctx["anaphora"] and first is not None:
                # "Direktur Utama BPR tersebut, Dedi": of the organisation named before with that word in its name
                owner = self._named_with(words[-2], first)
                if owner:
                    return owner
            if not named and words and words[-1].endswith("nya") and first is not None:
                owner = self._org_before(first)  # "Juru bicaranya, He Yadong": of the body named just before
                if owner:
                    return owner
            if not named and not ctx["unnamed_organs"].isdisjoint(words) and (country := self._country(person)):
                return country  # "Juru bicara junta, Zaw Min Tun": his state's organ
            places = [eid for eid in named if self.by_id[eid].type == "LOC"]
            if named and self.by_id[named[0]].type != "LOC":
                return named[0]  # an organisation named: "Kepala Seksi BPBD Kabupaten Bandung"
            if self._home_state and not places and has_phrase(words, ctx["national_offices"]):
                return self._home_state  # "Presiden Joko Widodo", "Menlu Retno Marsudi": the state
            # the body an office's title names with another word, of the place it names if any: "Menteri
            # Perdagangan" -> Kementerian Perdagangan, "Kapolres Karawang" -> Polres Karawang (not Karawang)
            office = [eid for eid in _names_in([ctx["office_bodies"].get(w, w) for w in words], self._bodies)
                      if self.by_id[eid].type == "ORG" and all(
                          set(_words(self.by_id[p].name)) <= set(_words(self.by_id[eid].name))
                          or _words(self.by_id[p].name)[-1] in _words(self.by_id[eid].name) for p in places)]
            if office:
                return office[0]
            if places:
                return self._government.get(places[0], places[0])
        if prefix:  # "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI) Erick Thohir": an organisation
            named = [eid for eid in _names_in(_words(prefix), self._bodies)
                     if self.by_id[eid].type == "ORG"]
            if named:
                return named[0]
        return self._office(person) or person.id

    def _former(self, person, first: int) -> bool:
        """The person is introduced as a former office holder ("mantan Kepala Dinas PUPR Slamet Riyadi")."""
        before = self.article.text[max(0, first - 120):first]
        for title in person.titles:
            at = before.rfind(title)
            if at >= 0 and not before[at + len(title):].strip(" ,"):
                return bool(set(WORD.findall(before[:at].lower())[-1:]) & self.ctx["former"])
        return bool(set(WORD.findall(before.lower())[-1:]) & self.ctx["former"])

    def _named_with(self, word: str, position: int) -> str | None:
        """The organisation last named before ``position`` with ``word`` in its name or a mention."""
        for _, _, eid in reversed(self.items[:bisect_right(self.starts, position - 1)]):
            entity = self.by_id[eid]
            names = (entity.name, *(m.text for m in entity.mentions))
            if entity.type == "ORG" and any(word in _words(t) for t in names):
                return eid
        return None

    def _org_before(self, position: int) -> str | None:
        """The first organisation named in the nearest sentence before ``position`` that names one."""
        starts = [s for s, _ in self.article.sentences]
        si = bisect_right(starts, position) - 1
        for start, end in reversed(self.article.sentences[max(0, si - 2):si]):
            orgs = [eid for _, _, eid in self.between(start, end) if self.by_id[eid].type == "ORG"]
            if orgs:
                return orgs[0]
        return None

    def _country(self, person) -> str | None:
        """The person's country by the knowledge base, when the article names it."""
        record = _kb_record(person.kb)
        return self.by_kb.get(record.country) if record is not None and record.country else None

    def one_of_people(self, entity_id: str | None) -> bool:
        """A person introduced as one of people named by a common noun ("Seorang warga, Pak Slamet"): "kami" in
        their quote is those people, unnamed."""
        if entity_id is None or self.by_id[entity_id].type != "PER":
            return False
        person = self.by_id[entity_id]
        first = next((m.start for m in person.mentions if m.start >= self.skip_before), None)
        appositive = _appositive(self.article.text, first, person.titles, self.ctx) if first is not None else None
        return appositive is not None and has_phrase(_words(appositive), self.ctx["unnamed_people"])

    def _office(self, person) -> str | None:
        """The body the knowledge base says a person heads or serves on the article's date, when the article
        names it ("Budi Gunadi Sadikin" -> Kementerian Kesehatan): an office whose title the article gives him
        first, else the first one held."""
        record = _kb_record(person.kb)
        day = self.article.meta.published or ""
        held = [r for r in (record.roles if record else ()) if r.get("of") in self.by_kb
                and str(r.get("start") or "") <= day and (r.get("end") is None or day <= str(r["end"]))]
        if not held:
            return None
        titled = [r for r in held if any(r["title"].lower() in t.lower() for t in person.titles)]
        body = self.by_kb[(titled or held)[0]["of"]]
        return self._government.get(body, body)

    def state_of(self, entity_id: str | None) -> str | None:
        """The state an entity is or is an organ of, when the article names that state: a country; a government
        body with a country in its name ("Kementerian Perdagangan China", not "PT Freeport Indonesia"), else one
        the knowledge base places in a country ("Kementerian Luar Negeri RI" -> Indonesia)."""
        if entity_id is None:
            return None
        if entity_id not in self._states:
            self._states[entity_id] = self._state(entity_id)
        return self._states[entity_id]

    def _state(self, entity_id: str) -> str | None:
        entity = self.by_id[entity_id]
        record = _kb_record(entity.kb)
        if entity.type == "LOC":
            return entity_id if record is not None and record.kind == "country" else None
        if entity.type != "ORG":
            return None
        words = _words(entity.name)
        if words[:1] and words[0] in self.ctx["organ_words"]:
            inside = [eid for eid in _names_in(words, self._countries) if eid != entity_id]
            if inside:
                return inside[0]
        if record is not None and record.kind in self.ctx["state_organs"] and record.country in self.by_kb:
            return self.by_kb[record.country]
        return None

    def for_states(self, actor: str | None, target: str | None, type_: str) -> tuple[str | None, str | None]:
        """Actor and target lifted to their states (the convention's step 1): a foreign state's organ always (its
        acts are reported as its state's), a home state's organ when it acts on another state or its organ, but
        for law enforcement (`enforcement` types: Bakamla seizing a boat flying China's flag is Bakamla's act)."""
        a_state, t_state = self.state_of(actor), self.state_of(target)
        if a_state is not None and t_state is not None and a_state != t_state and (
                a_state != self._home_state or type_ not in self.ctx["enforcement"]):
            return a_state, t_state
        if a_state is not None and a_state != self._home_state:
            return a_state, target
        return actor, target

    @cached_property
    def _countries(self) -> dict[str, tuple[str, str]]:
        """Countries the article names, by name and mention."""
        return {name: found for name, found in _names(self.article, ("LOC",)).items()
                if self.state_of(found[0]) == found[0]}


def _kb_record(kb_id: str | None):
    """The knowledge-base record of an entity's id, if any (the base is loaded once, on first use)."""
    if not kb_id:
        return None
    kb = knowledge_base()
    return kb.get(kb_id) if kb_id in kb else None


def _names(article: Article, types: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Entity ids and types by each lower-cased name and mention text, as single-spaced words."""
    names: dict[str, tuple[str, str]] = {}
    for e in article.entities:
        if e.type in types:
            for t in {e.name, *(m.text for m in e.mentions)}:
                names[" ".join(_words(t))] = (e.id, e.type)
    return names


_SPACE_PUNCTUATION = str.maketrans({c: " " for c in ",.;:!?()[]\"'\u201c\u201d\u2018\u2019/"})


def _words(phrase: str) -> list[str]:
    """The lower-cased words of a name or title, punctuation dropped ("Kemenko Perekonomian (Kemenko)")."""
    return phrase.lower().translate(_SPACE_PUNCTUATION).split()


def _names_in(words: list[str], names: dict[str, tuple[str, str]], longest: int = 7) -> list[str]:
    """Ids of the names (of at most ``longest`` words) found in a phrase: organisations before places ("Ketua KPU
    Buton Selatan": KPU), the longest name first ("Kepala Seksi Kedaruratan BPBD Kabupaten Bandung": BPBD Kabupaten
    Bandung), then in text order."""
    found = []
    firsts = {name.split(" ", 1)[0] for name in names} if len(words) > 2 else None
    for i in range(len(words)):
        if firsts is not None and words[i] not in firsts:
            continue
        for j in range(min(len(words), i + longest), i, -1):
            name = " ".join(words[i:j])
            if name in names:
                found.append((names[name][1] != "ORG", -len(name), i, names[name][0]))
                break
    return [eid for *_, eid in sorted(found)]


def _appositive(text: str, start: int, titles: list[str], ctx: dict) -> str | None:
    """The phrase before a comma right before a name ("Pengacara Hendra, Markus ...", "ekonom LKEKP, Prof. Dr.
    Bambang ...", "Seorang warga, Pak Slamet"; one of the person's ``titles`` may stand between: "Juru bicara
    junta, Mayor Jenderal Zaw Min Tun"), back to the previous punctuation, at most 100 characters; none when the
    phrase opens with one of `settings` (a place or time: "Di Jakarta, Menteri ...")."""
    before = text[max(0, start - 60):start].rstrip()
    title = next((t for t in titles if before.endswith(t)), None)
    if title:
        start = text.rfind(title, 0, start)
    comma = text.rfind(",", max(0, start - 40), start)
    if comma < 0 or not ctx["honorifics_re"].fullmatch(text, comma, start):
        return None
    lo = max(0, comma - 100)
    cut = max(text.rfind(c, lo, comma) for c in ".,;:\"\u201c\u201d")
    phrase = text[max(cut + 1, lo):comma].strip()
    if phrase.split(" ", 1)[0].lower() in ctx["settings"]:
        return None  # "Di Jakarta, Menteri ... Trenggono": where or when, not who
    return phrase if len(phrase) >= 3 else None


def _prefix(text: str, start: int) -> str | None:
    """The run of capitalised words (and bracketed abbreviations) right before a name, where a title and its body
    are written: "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI) Erick Thohir"."""
    run: list[str] = []
    for token in reversed(text[max(0, start - 100):start].split()):
        if not (token[:1].isupper() or token[:1] == "(" and token[1:2].isupper() or token == "dan"):
            break
        run.append(token)
    return " ".join(reversed(run)) or None


def is_place(text: str, start: int) -> bool:
    """A mention starting at ``start`` right after "di" names where something happens ("di Jakarta")."""
    return text[max(0, start - 3):start].lower() == "di "


def _subject(text: str, mentions: Mentions, marks: Marks, clause_start: int, trigger_start: int) -> str | None:
    """The first entity of the nearest clause before the trigger that mentions one, passing over clauses opened by
    "yang" (they describe an earlier noun) and places alone between commas (they place the one before)."""
    found = mentions.between(clause_start, trigger_start)
    if not found:
        return None
    bounds = [clause_start] + marks.breaks_between(clause_start, trigger_start)
    ends = bounds[1:] + [trigger_start]
    clauses = list(zip(bounds, ends))
    for i in range(len(clauses) - 1, -1, -1):
        start, end = clauses[i]
        inside = [m for m in found if start <= m[0] < end]
        if inside and _name_only(text, start, end, inside) and text[start:end].rstrip().endswith(",") and all(
                mentions.by_id[m[2]].type == "LOC" for m in inside):
            continue  # a place alone between commas places the one before: "tiba di Kairo, Mesir, pada Selasa"
        if inside and not text[start:end].lstrip().lower().startswith("yang "):
            if re.match(r"\s*(?:dan|serta)\s+$", text[start:inside[0][0]]):
                # the last of a list, "Basarnas, TNI, dan Polri mengevakuasi": the first one listed acts. A list
                # has a name alone between commas before its last item; without one, "dan X" opens a clause of
                # its own ("Polda menangkap Budi, dan Bareskrim menggeledah ...")
                last = i
                while i > 0 and (listed := mentions.between(*clauses[i - 1])) and _name_only(text, *clauses[i - 1],
                                                                                         listed):
                    i -= 1
                if i == last:
                    return inside[0][2]
                before = mentions.between(*clauses[i - 1]) if i > 0 else []
                if before and re.fullmatch(r"[\s,]*", text[before[-1][1]:clauses[i - 1][1]]):
                    return before[-1][2]
                return mentions.between(*clauses[i])[0][2]
            return inside[0][2]
    return found[0][2]


def _name_only(text: str, start: int, end: int, inside: list[tuple[int, int, str]]) -> bool:
    """A clause that holds only names between commas ("..., TNI, ...")."""
    return text[start - 1:start] == "," and text[start:end].strip(" ,") == text[inside[0][0]:inside[-1][1]]


def roles(text, mentions, marks, clause_start, trigger, s_end, speaker, previous, same_act, before, sentence_starts,
          ctx, group=None) -> tuple[str | None, str | None, bool]:
    """Actor and target of a trigger in its clause, and whether its doer is known: named, described ("warga",
    "penyidik"), implied (a quote's speaker, the agent of a passive) or left unnamed by the text's own form (a
    noun, an agentless passive). An active verb whose clause has no subject the coder can read ("RUPS
    menyetujui", "dua jet tempur menjatuhkan bom") has no known doer. ``previous`` is the implicit agent,
    ``same_act`` the actor of the last event of the same type and mode, ``sentence_starts`` where the article's
    sentences start, ``group`` the organisation that acted in the sentence before (what "mereka" opening a clause
    stands for)."""
    word = trigger.text.lower()
    after = mentions.between(trigger.end, min(s_end, trigger.end + 80))
    after = [m for m in after if not is_place(text, m[0])]  # "di Jakarta" is the location
    first_person = speaker is not None and _FIRST_PERSON.search(text, max(clause_start, trigger.start - 30),
                                                                 trigger.start)
    crowd = bool(first_person) and first_person.group(1).lower() in ("kami", "kita") and mentions.one_of_people(
        speaker)
    if crowd:
        speaker = first_person = None  # "Kami tidak menolak," said a villager: the villagers, unnamed
    own = marks.breaks_between(clause_start, trigger.start)
    own_start = own[-1] if own else clause_start
    own_words = WORD.findall(text[own_start:trigger.start].lower())
    named = _subject(text, mentions, marks, clause_start, trigger.start)
    own_names = mentions.between(own_start, trigger.start)
    if own_words[:1] and own_words[0] in ctx["agent_nouns"] and own_names and re.search(
            r"\byang\b", text[own_start:own_names[0][0]]):
        # "Majelis hakim yang diketuai Arkanu mewajibkan ...": the body, not the name in its description
        named = mentions.body_of_kind(own_words, previous) or previous
    # people named by a common noun opening the clause, its subject ("Sejumlah nasabah mendatangi ... dan menuntut";
    # not "meminta maaf kepada nasabah dan berjanji", an object)
    people = has_phrase(own_words[:3], ctx["unnamed_people"]) and not mentions.between(own_start, trigger.start)
    unnamed = crowd or people or (
        named is not None and mentions.by_id[named].type == "LOC" and has_phrase(
            words_before(text, mentions.first_start(named, clause_start), 3), ctx["unnamed_people"]))
    if unnamed:  # "warga Desa Tambakrejo berunjuk rasa", "pemain klub asal Pontianak": no named actor
        named = None
        if own_words[:1] == ["mereka"] and group is not None:
            named = group  # "600 anggota SPSG mogok. Mereka menuntut ...": the body that acted just before
    if named is None and not first_person and before and ctx["pronouns"] & set(before):
        named = mentions.person_before(clause_start, sentence_starts)  # "Ia membantah ...": the person last named
    if own_words[:1] and own_words[0] in ctx["pair_words"] and not mentions.between(own_start, trigger.start):
        # "Keduanya sepakat ...": the first of the two persons last named; "kedua partai": of the two parties;
        # "kedua pemimpin": of the two persons
        named = mentions.pair_before(clause_start, people=own_words[0] == "keduanya" or (
            len(own_words) > 1 and own_words[1] in ctx["pair_people"])) or named
    if named is None and len(own_words) > 1 and own_words[-2] == "pihak":
        named = mentions.described(own_words[-1], clause_start)  # "Pihak investor membantah": the investor named
    subject = mentions.agent((speaker if first_person else None) or named or speaker)
    if is_nominal(word) and after and _OF.fullmatch(text[trigger.end:after[0][0]]):
        # "pengerahan pasukan Korea Utara", "serangan Israel", "pinjaman dari CDB": the agent follows the noun
        return mentions.agent(after[0][2]), subject, True
    if word.startswith("di"):  # passive: "ditangkap oleh Polda Jatim"; without "oleh", a person is the patient
        oleh = _BY.match(text, trigger.end, s_end)
        # the agent after "oleh", or a name right after the verb ("diserang Rusia", "ditangkap Polda Jatim")
        # ... also after an agent noun ("diperiksa penyidik Polres Karawang")
        found = mentions.between(oleh.end(), oleh.end() + 60) if oleh else [
            m for m in after[:1] if text[trigger.end:m[0]].isspace() or text[trigger.end:m[0]].endswith(" ") and set(
                WORD.findall(text[trigger.end:m[0]].lower())) <= ctx["agent_nouns"]]
        if found:
            return mentions.agent(found[0][2]), subject, True
        if named is not None and has_phrase(words_before(text, mentions.first_start(named, clause_start), 2),
                                             ctx["forces"]):
            return subject, None, True  # "personel TNI dan Polri dikerahkan": the forces' own body acts
        # no agent written: the body of the quote's speaker ("empat orang ditangkap", kata Kapolda), else the one
        # the article named for this act before, else the implicit one; the subject is the patient
        body, legal = mentions.agent(speaker), trigger.entry["type"] in ctx["legal_types"]
        if body is not None and (mentions.by_id[body].type == "PER" or legal and not mentions.is_legal(body)):
            body = None  # an arrest, a charge: the speaker's body is their agent only if it enforces the law
        if not legal or previous is not None and not mentions.is_legal(previous):
            previous = None  # "paspor mereka ditahan", told by a ministry; "warga dievakuasi": no agent named
        patients = {p for m in mentions.between(clause_start, trigger.start) for p in (m[2], mentions.agent(m[2]))}
        if same_act in patients:
            same_act = None  # no one does this to himself: the last act of the kind was the patient's own
        agent = body or same_act or previous
        # with no one named on either side ("RUU itu disepakati"), an agentless passive tells nobody's act, unless
        # its patients are people ("ratusan warga dievakuasi")
        return agent, subject, agent is not None or subject is not None or people
    target = next((a for a in (mentions.agent(m[2]) for m in after) if a != subject), None)
    described = not is_nominal(word) and has_phrase(own_words, ctx["agent_nouns"])
    if subject is None and described:
        # "penyidik menyita ...": an unnamed agent acting for the body of its kind the article names ("polisi":
        # its police unit), else for the implicit one
        subject = mentions.body_of_kind(own_words, previous) or previous
    if target is None:
        before_ms = mentions.between(clause_start, trigger.start)
        if len(before_ms) > 1 and text[before_ms[0][1]:before_ms[1][0]] == " dan ":
            target = mentions.agent(before_ms[1][2])  # "Rusia dan Jepang sepakat": the partner is the other side
    return subject, target, subject is not None or unnamed or described or is_nominal(word)
