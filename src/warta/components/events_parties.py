"""What a named party of an event acts for, and the entity mentions the event coder looks its parties up in.

What a party acts for (the convention's actor lifting): a seat of power or capital, its state (Kremlin -> Rusia); a
person introduced as an analyst or expert, himself (not his university); a person introduced as a body's channel,
that body ("Kementerian ESDM lewat juru bicaranya Agus"); another person, the organisation (else the place) their
title or apposition names, the first one, longest at its place ("Kepala Seksi Kedaruratan BPBD Kabupaten Bandung,
Euis" -> BPBD Kabupaten Bandung; "Ketua Komisi D DPRD Sulsel" -> Komisi D; a faction first), else the body its
office word names ("Menteri Perdagangan" -> Kementerian Perdagangan, "Kapolres Karawang" -> Polres Karawang), a
lawyer's client (or the body a kind noun describes: "kuasa hukum perusahaan"), the organisation named just before
for a title with "-nya" ("Juru bicaranya, He Yadong"), his country for an unnamed state organ ("juru bicara
junta"), the home state for a national office with no body named ("Presiden"), else the office the knowledge base
gives him on the article's date; a region, its government when the article names that (and "pemkab" with no
government named, the regency). A state organ (a government body with its country in its name, or a
knowledge-base ministry, agency, army or police) acts for its state when the state is foreign, and for the home
state when it acts on another state, but in law enforcement. Names in titles and appositions are read with
events_names.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property

from ..article import Article
from .events_names import (
    appositive_of,
    entity_names,
    governments_of,
    kb_record,
    name_words,
    names_in,
    title_prefix,
)
from .events_text import VERB, WORD, has_phrase, last_word, may_hold, words_before


class Mentions:
    """Entity mentions of an article sorted by position, and what each entity acts for."""

    def __init__(self, article: Article, skip_before: int, ctx: dict) -> None:
        self.article, self.ctx, self.skip_before = article, ctx, skip_before
        # entities by id and knowledge-base id, each one's type by id, and the mentions of parties, read in one pass
        # (a model's attribute costs several look-ups; types are read often)
        by_id, by_kb, types = {}, {}, {}
        found: list[tuple[int, int, str]] = []
        for e in article.entities:
            eid, kind, kb = e.id, e.type, e.kb
            by_id[eid], types[eid] = e, kind
            if kb:
                by_kb[kb] = eid
            if kind in ("PER", "ORG", "LOC"):
                _add_mentions(found, e.mentions, eid, skip_before)
        self.by_id, self.by_kb, self.types = by_id, by_kb, types
        self.items = sorted(found)
        self.starts = [s for s, _, _ in self.items]
        people = [(s, eid) for s, _, eid in self.items if types[eid] == "PER"]
        self.person_starts, self.person_ids = [s for s, _ in people], [eid for _, eid in people]
        counts: dict[str, int] = {}
        for _, _, eid in self.items:
            if types[eid] == "ORG":
                counts[eid] = counts.get(eid, 0) + 1
        self.main_org = max(counts, key=counts.get) if counts else None
        self._acts_for: dict[str, str] = {}
        self._states: dict[str, str | None] = {}
        self._analysts: dict[str, bool] = {}
        self._intros: dict[str, tuple[int | None, str | None]] = {}

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
        found = [m for m in self.between(at, min(position, at + reach)) if self.types[m[2]] in ("ORG", "PER")]
        return found[0][2] if found else None

    def pair_before(self, position: int, people: bool, persons: bool = False, look_back: int = 12) -> str | None:
        """The first of the last two parties (``persons``: persons) named together in the sentence before
        ``position`` or in its own ("Malaysia dan Turki mengutuk ... Keduanya meminta ..."), else of the last two
        parties (``people``: persons) named ("Retno bertemu Kamikawa ... Keduanya ...")."""
        i = bisect_right(self.starts, position - 1)
        text, starts = self.article.text, [s for s, _ in self.article.sentences]
        since = starts[max(0, bisect_right(starts, position - 1) - 2)]  # the sentence before, and this one
        for (begin, end, first), (start, _, second) in zip(reversed(self.items[max(0, i - look_back):i - 1]),
                                                           reversed(self.items[max(1, i - look_back + 1):i])):
            if begin < since:
                break
            if text[end:start] == " dan " and not is_place(text, begin) and self.agent(first) != self.agent(
                    second) and (not persons or self.types[first] == self.types[second] == "PER"):
                return self.agent(first)
        parties: list[str] = []
        for start, _, eid in reversed(self.items[max(0, i - look_back):i]):
            if is_place(self.article.text, start) or people and self.types[eid] != "PER":
                continue  # "di Laut China Selatan": a place, not a party
            party = self.agent(eid)
            if party not in parties:
                parties.append(party)
                if len(parties) == 2:
                    return parties[1]
        return None

    @cached_property
    def _groups(self) -> dict[str, frozenset[str]]:
        """Organisations of people (a name opening with one of `collectives` or holding a word for people: "Serikat
        Pekerja ...", "Kelompok Tani ...", "Badan Eksekutif Mahasiswa"), each with the member nouns tied to it:
        those of its name and those written within `group_reach` words before a mention of it ("guru honorer yang
        tergabung dalam FHK2"), each with the other nouns of its class in `member_nouns` (buruh, pekerja,
        karyawan)."""
        classes = {w: frozenset(c.split()) for c in self.ctx["member_nouns"] for w in c.split()}
        people = self.ctx["unnamed_people"]
        groups: dict[str, set[str]] = {}
        for start, _, eid in self.items:
            entity = self.by_id[eid]
            name = name_words(entity.name)
            if entity.type != "ORG" or not name or name[0] not in self.ctx["collectives"] and all(
                    w not in people for w in name):
                continue  # "Serikat Pekerja ...", "Badan Eksekutif Mahasiswa": of people; "Universitas Mataram": no
            near = words_before(self.article.text, start, self.ctx["group_reach"])
            found = groups.setdefault(eid, {w for w in name if w in people or w in classes})
            found.update(w for w in near if w in people or w in classes)
        return {eid: frozenset(x for w in found for x in classes.get(w, (w,))) for eid, found in groups.items()}

    def group_of(self, words: list[str], position: int, ahead: bool = False) -> str | None:
        """The organisation of people that a definite reference to them stands for ("Para buruh menuntut ..." in a
        story on a union of workers): the last one named before ``position`` with a member noun of ``words`` or
        another of its words in its name ("para pengusaha baja": "Asosiasi Industri Baja"), else, ``ahead``, the
        first such one named after it; for "mereka", the last one named in the sentence before or the one before
        that."""
        if not self.ctx["public_nouns"].isdisjoint(words):
            return None  # "Masyarakat di sekitar tambang": residents, not "Aliansi Masyarakat Adat Nusantara"
        nouns = [w for w in words if w in self.ctx["unnamed_people"] and w not in self.ctx["group_refs"]]
        others = {w for w in words if w not in nouns and w not in self.ctx["group_refs"]}
        groups = self._groups
        if not groups:
            return None
        i = bisect_right(self.starts, position - 1)
        starts = [s for s, _ in self.article.sentences]
        reach = starts[max(0, bisect_right(starts, position) - 3)] if not nouns else 0
        for start, _, eid in reversed(self.items[:i]):
            if start < reach:
                return None
            if eid in groups and (not nouns or not groups[eid].isdisjoint(nouns)
                                  or not others.isdisjoint(name_words(self.by_id[eid].name))):
                return eid  # "para pengusaha baja": "Asosiasi Industri Baja"
        if ahead and nouns:  # "Aksi mogok kerja ratusan buruh ... Sekitar 600 anggota Serikat Pekerja X mogok"
            return next((eid for _, _, eid in self.items[i:] if eid in groups and not groups[eid].isdisjoint(nouns)),
                        None)
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

    def body_of_kind(self, words: Sequence[str], previous: str | None) -> str | None:
        """The organisation of the kind a common noun stands for (`agent_kinds`: "polisi" -> the police unit,
        "perusahaan" -> the company): ``previous`` (the implicit agent) if it is one, else the one the article
        names most."""
        kinds = self.ctx["agent_kinds"]
        noun = next((w for w in words if w in kinds), None)
        if noun is None:
            return None
        marks = set(kinds[noun])
        # "pemkab" with no regency government named: the regency itself ("Kabupaten Keerom")
        types = ("ORG", "LOC") if noun.startswith(self.ctx["governments"]) else ("ORG",)

        def of_kind(eid: str) -> bool:
            entity = self.by_id[eid]
            return entity.type in types and not marks.isdisjoint(
                w for t in (entity.name, *(m.text for m in entity.mentions)) for w in name_words(t))

        if previous is not None and of_kind(previous):
            return previous
        counts: dict[str, int] = {}
        for _, _, eid in self.items:
            if of_kind(eid):
                counts[eid] = counts.get(eid, 0) + 1
        if not counts:
            return None
        # the most named; of as many, one named by the kind ("Polda Jawa Tengah", not its unit "PJR Ditlantas
        # Polda Jawa Tengah")
        found = max(counts, key=lambda e: (counts[e], next(iter(name_words(self.by_id[e].name)), "") in marks))
        return self._government.get(found, found)

    def titled(self, words: list[str]) -> str | None:
        """What the first person acts for whose title names one of the agent nouns in ``words`` ("Ketua Panitia
        Pelaksana Ahmad" for "panitia")."""
        nouns = [w for w in words if w in self.ctx["agent_nouns"]]
        if not nouns:
            return None
        person = next((e for e in self.article.entities if e.type == "PER" and any(
            n in name_words(t) for t in e.titles for n in nouns)), None)
        return self.agent(person.id) if person is not None else None

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
        return entity_names(self.article, ("LOC", "ORG"))

    @cached_property
    def _people(self) -> dict[str, tuple[str, str]]:
        return entity_names(self.article, ("PER",))

    @cached_property
    def _government(self) -> dict[str, str]:
        """A region's government when the article names both (`events_names.governments_of`)."""
        return governments_of(self.article.entities, self.ctx)

    @cached_property
    def _home_state(self) -> str | None:
        return next((e.id for e in self.article.entities if e.type == "LOC" and e.name == self.ctx["home_state"]),
                    None)

    def _affiliation(self, person) -> str:
        """What a person acts for: the body their title or apposition names first ("Kepala Seksi BPBD Kabupaten
        Bandung, Euis" -> BPBD Kabupaten Bandung; a region -> its government when that is named too), the client of
        a lawyer ("Pengacara Hendra, Markus" -> Hendra), the home state for a national office; else themselves."""
        ctx = self.ctx
        first, appositive = self._introduced(person)
        text = self.article.text
        if first is not None and self._former(person, first):
            return person.id  # "mantan Kepala Dinas PUPR, Slamet": out of office, he acts for himself
        if self.is_analyst(person.id):
            return person.id  # "Pakar ekologi Universitas X, Dr. Y": he speaks for himself, not the university
        principal = self._channel_of(first) if first is not None else None
        if principal is not None:
            return principal  # "Kementerian ESDM lewat juru bicaranya Agus": he speaks for the ministry
        prefix = title_prefix(text, first) if first is not None and appositive is None else None
        for phrase in [*person.titles, *([appositive] if appositive else [])]:
            words = name_words(phrase)
            if has_phrase(words, ctx["lawyers"]):
                # the client named, else the body of the kind described ("kuasa hukum perusahaan")
                client = next((c for c in names_in(words, self._people) if c != person.id), None) or (
                    self.body_of_kind(words, None))
                if client:
                    return client
            named = names_in(words, self._bodies, first=ctx["speaks_for"])
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
            places = [eid for eid in named if self.types[eid] == "LOC"]
            bodies = [ctx["office_bodies"].get(w, w) for w in words]  # an office word made its body's: "kapolres"
            if named and self.types[named[0]] != "LOC":
                # an organisation named: "Kepala Seksi BPBD Kabupaten Bandung"; the unit an office word names
                # within it, when the article names that unit: "Direktur Reserse Siber Polda Metro Jaya" ->
                # Direktorat Reserse Siber Polda Metro Jaya, not the Polda
                unit = self._office_in(bodies, places) if any(w in ctx["office_bodies"] for w in words) else None
                within = unit is not None and set(name_words(self.by_id[named[0]].name)) < set(
                    name_words(self.by_id[unit].name))
                return unit if within else named[0]
            if self._home_state and not places and has_phrase(words, ctx["national_offices"]):
                return self._home_state  # "Presiden Joko Widodo", "Menlu Retno Marsudi": the state
            # the body an office's title names with another word, of the place it names if any: "Menteri
            # Perdagangan" -> Kementerian Perdagangan, "Kapolres Karawang" -> Polres Karawang (not Karawang)
            # ... the body named in full ("Kapolda Jawa Timur" -> Kepolisian Daerah Jawa Timur: `body_long_forms`)
            office = self._office_in(bodies, places) or self._office_in(
                " ".join(ctx["body_long_forms"].get(w, w) for w in bodies).split(), places)
            if office:
                return office
            if places:
                return self._government.get(places[0], places[0])
        if prefix:  # "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI) Erick Thohir": an organisation
            named = [eid for eid in names_in(name_words(prefix), self._bodies)
                     if self.types[eid] == "ORG"]
            if named:
                return named[0]
        return self._office(person) or person.id

    def _office_in(self, words: list[str], places: list[str]) -> str | None:
        """The first organisation named in an office's title (its words with the office word made its body's), of
        the places the title names if any."""
        return next((eid for eid in names_in(words, self._bodies) if self.types[eid] == "ORG" and all(
            set(name_words(self.by_id[p].name)) <= set(name_words(self.by_id[eid].name))
            or name_words(self.by_id[p].name)[-1] in name_words(self.by_id[eid].name) for p in places)), None)

    def _channel_of(self, first: int) -> str | None:
        """The organisation a person introduced as its channel speaks for: the one named right before "melalui",
        "lewat"... (`channels`) when no verb stands between that word and the person ("PT KAI melalui Vice President
        Public Relations, Anne Purba, ...")."""
        window = self.article.text[max(0, first - 80):first]
        if not may_hold(window, self.ctx["channel_firsts"]):
            return None
        found = None
        for found in self.ctx["channel_re"].finditer(window):
            pass  # the last one
        if found is None or VERB.search(window, found.end()):
            return None
        at = first - len(window) + found.start()
        before = self.between(max(0, at - 80), at)
        if not before or self.types[before[-1][2]] != "ORG":
            return None
        between = self.article.text[before[-1][1]:at]
        return before[-1][2] if re.fullmatch(r"[\s,]*(?:\([^()]{1,20}\)[\s,]*)?", between) else None

    def _former(self, person, first: int) -> bool:
        """The person is introduced as a former office holder ("mantan Kepala Dinas PUPR Slamet Riyadi")."""
        before = self.article.text[max(0, first - 120):first]
        for title in person.titles:
            at = before.rfind(title)
            if at >= 0 and not before[at + len(title):].strip(" ,"):
                return last_word(before[:at]) in self.ctx["former"]
        return last_word(before) in self.ctx["former"]

    def _named_with(self, word: str, position: int) -> str | None:
        """The organisation last named before ``position`` with ``word`` in its name or a mention."""
        for _, _, eid in reversed(self.items[:bisect_right(self.starts, position - 1)]):
            entity = self.by_id[eid]
            names = (entity.name, *(m.text for m in entity.mentions))
            if entity.type == "ORG" and any(word in name_words(t) for t in names):
                return eid
        return None

    def _org_before(self, position: int) -> str | None:
        """The first organisation named before ``position`` in its sentence ("Kementerian ESDM, lewat juru bicaranya
        Agus") or else in the nearest sentence before it that names one."""
        starts = [s for s, _ in self.article.sentences]
        si = bisect_right(starts, position) - 1
        for start, end in reversed([*self.article.sentences[max(0, si - 2):si], (starts[si], position)]):
            orgs = [eid for _, _, eid in self.between(start, end) if self.types[eid] == "ORG"]
            if orgs:
                return orgs[0]
        return None

    def _country(self, person) -> str | None:
        """The person's country by the knowledge base, when the article names it."""
        record = kb_record(person.kb)
        return self.by_kb.get(record.country) if record is not None and record.country else None

    def one_of_people(self, entity_id: str | None) -> bool:
        """A person introduced as one of people named by a common noun ("Seorang warga, Pak Slamet"): "kami" in
        their quote is those people, unnamed."""
        if entity_id is None or self.types[entity_id] != "PER":
            return False
        appositive = self._introduced(self.by_id[entity_id])[1]
        return appositive is not None and has_phrase(name_words(appositive), self.ctx["unnamed_people"])

    def _introduced(self, person) -> tuple[int | None, str | None]:
        """Where a person is first named after the dateline, and the apposition written before it there
        (appositive_of), worked out once per person."""
        found = self._intros.get(person.id)
        if found is None:
            first = next((m.start for m in person.mentions if m.start >= self.skip_before), None)
            found = self._intros[person.id] = (first, appositive_of(self.article.text, first, person.titles, self.ctx)
                                               if first is not None else None)
        return found

    def is_analyst(self, entity_id: str | None) -> bool:
        """A person introduced as an analyst, expert or researcher (`analysts`) by a title or apposition."""
        if entity_id is None or self.types[entity_id] != "PER":
            return False
        found = self._analysts.get(entity_id)
        if found is None:
            person = self.by_id[entity_id]
            appositive = self._introduced(person)[1]
            found = self._analysts[entity_id] = any(
                name_words(t)[:1] and name_words(t)[0] in self.ctx["analysts"]
                for t in [*person.titles, appositive or ""])
        return found

    def _office(self, person) -> str | None:
        """The body the knowledge base says a person heads or serves on the article's date, when the article
        names it ("Budi Gunadi Sadikin" -> Kementerian Kesehatan): an office whose title the article gives him
        first, else the first one held."""
        record = kb_record(person.kb)
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
        record = kb_record(entity.kb)
        if entity.type == "LOC":
            return entity_id if record is not None and record.kind == "country" else None
        if entity.type != "ORG":
            return None
        words = name_words(entity.name)
        if words[:1] and words[0] in self.ctx["organ_words"]:
            inside = [eid for eid in names_in(words, self._countries) if eid != entity_id]
            if inside:
                return inside[0]
        if record is not None and record.kind in self.ctx["state_organs"] and record.country in self.by_kb:
            return self.by_kb[record.country]
        return None

    def for_states(self, actor: str | None, target: str | None, type_: str) -> tuple[str | None, str | None]:
        """Actor and target lifted to their states (the convention's step 1): a foreign state's organ always (its
        acts are reported as its state's), a home state's organ when it acts on another state, its organ or an
        international body, but for law enforcement (`enforcement` types: Bakamla seizing a boat flying China's
        flag is Bakamla's act)."""
        a_state, t_state = self.state_of(actor), self.state_of(target)
        if a_state is not None and t_state is not None and a_state != t_state and (
                a_state != self._home_state or type_ not in self.ctx["enforcement"]):
            return a_state, t_state
        if a_state is not None and (a_state != self._home_state or self._international(target)):
            return a_state, target  # "Kemlu RI mendesak Dewan Keamanan PBB": Indonesia acts toward the body
        return actor, target

    def _international(self, entity_id: str | None) -> bool:
        """An international body by the knowledge base (`international_kinds`: the UN Security Council, ASEAN)."""
        record = kb_record(self.by_id[entity_id].kb) if entity_id is not None else None
        return record is not None and record.kind in self.ctx["international_kinds"]

    @cached_property
    def _countries(self) -> dict[str, tuple[str, str]]:
        """Countries the article names, by name and mention."""
        return {name: found for name, found in entity_names(self.article, ("LOC",)).items()
                if self.state_of(found[0]) == found[0]}


def _add_mentions(found: list[tuple[int, int, str]], mentions, eid: str, skip_before: int) -> None:
    """Add the start, end and entity id of each of an entity's mentions from ``skip_before`` on to ``found``."""
    for m in mentions:
        start = m.start
        if start >= skip_before:
            found.append((start, m.end, eid))


def is_place(text: str, start: int) -> bool:
    """A mention starting at ``start`` right after "di" names where something happens ("di Jakarta")."""
    return text[max(0, start - 3):start].lower() == "di "
