"""Who does an event to whom: the actor and target of a trigger (what a named party acts for: events_parties.py).

The actor: walking back clause by clause (commas, "bahwa", "ketika", "untuk"...) from the trigger, the first entity
of the nearest clause that has one (a clause opened by "yang" describes an earlier noun and is passed over, so is
one naming a channel, "lewat juru bicaranya X", one of circumstance before the trigger's own, "Kemenkes, setelah
berkoordinasi dengan WHO, memutuskan", a name after "yang" in the trigger's own clause, "Warga Kampung Bayam yang
digusur Pemprov DKI menggugat", and a place alone between commas: "tiba di Kairo, Mesir, pada Selasa"; after a verb
joined on, "..., Suparman, dan menyita", any name alone between commas); for a trigger opening its clause but for
linking words, the clause before a description or channel holds its subject ("Keluarga satpam yang menjadi korban,
melalui kuasa hukumnya, meminta"); the body people are said to be in ("yang tergabung dalam BEM Unram"); for a
clause of circumstance opening the sentence with no subject, the main clause's ("Setelah bertemu Presiden, Ketua
Umum PSSI Erick ..."); the entity right after a nominal trigger ("serangan Israel"; but a person after an arrest is
its patient, and an agent after "oleh" or "dilakukan" comes first: "Penangkapan Budi oleh Polda Jatim"); people
right after a protest ("aksi mogok ratusan buruh"), their group; after a passive verb, "oleh X" or a name right
after it, maybe after an agent noun ("diserang Rusia", "diperiksa penyidik Polres X"), else the body of the quote's
speaker (not of what is done to "kami", "saya": '"Kami diserang," kata X' has X's side as patient), else the actor of
the last act of the same kind, else the implicit agent (the subject is then the patient: in a quote, the speaker only
when no other words name one, not "Ratna mengatakan suaminya ditangkap");
inside a quote with a first-person subject, or "kami" opening the clause ("Tim kami bersama personel TNI"), the
speaker (for "kami" of a person introduced as one of a crowd, "Seorang warga, Pak X", that crowd: none; with people
named by a common noun opening the clause, "para buruh akan mogok", not the speaker; a speaker named by a kind of
body, "Perusahaan menyatakan ...", is that body: events.py); "ia"/"dia", the first person named in the nearest
sentence that names one (not after a preposition); "keduanya", the first of two parties named together in the
sentence before ("Malaysia dan Turki"), else of the last two persons named, "kedua pemimpin" of two persons, "kedua
partai" of the last two parties; "mereka" opening a clause, the organisation that acted in the sentence before;
people named again by a common noun ("Para buruh menuntut ..."), the organisation of such people named before
(Mentions.group_of); an unnamed agent of the story ("penyidik", "polisi"), the body of its kind the article names
("polisi" -> the police unit; a noun of a kind with none named: no one), else the person whose title names it
("Ketua Panitia X" for "panitia"), else the implicit agent, but for a noun with a word of its own after it, another
body ("Pemerintah pusat", "Petugas imigrasi": no one); the head word of a body's name alone ("Kedubes juga
menolak"), the body of that kind the article names, else none; none for people named by a common noun ("warga Desa
X", "tersangka"). An active verb with no subject of any of these kinds has no known doer (roles() says so; the
event's confidence is then low).
The target: the first other party within a few words after the trigger (not "di X", the location; not past a word
opening a clause with a subject of its own, "sedangkan"), else the partner of a joint subject ("Rusia dan Jepang
sepakat").
On either side, a place in a person's title right before his name is passed over for the person, who acts for what
his title names ("Gubernur Sulut Olly Dondokambey": Sulut by the convention, through Mentions.agent; "Warga Binjai
Asep Sunandar": Asep himself).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .events_parties import Mentions, is_place
from .events_text import (
    WORD,
    Marks,
    context,
    has_phrase,
    is_nominal,
    linking_only,
    listed,
    words_after,
    words_before,
    words_in,
)
from .ner_lexicon import lexicon
from .regex_guard import Lowered

_FIRST_PERSON_WORDS = frozenset(("kami", "kita", "saya", "aku"))
_FIRST = "|".join(sorted(_FIRST_PERSON_WORDS))  # no word is the start of another: their order does not matter
_FIRST_PERSON = re.compile(rf"\b({_FIRST})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_OPENS_FIRST_PERSON = re.compile(rf"\s*(?:\w+\s+)?({_FIRST})\b", re.IGNORECASE)
_YANG = re.compile(r"\byang\b", re.IGNORECASE)
_VERB_SHAPED = re.compile(r"\b(?:me|di|ber|ter)\w{3,}", re.IGNORECASE)
_BY = re.compile(r"\s+oleh\s+")
_ORIGIN = re.compile(r"\b(?:asal|berasal dari)\s+$", re.IGNORECASE)
_PLACE_LIST = re.compile(r",?\s+(?:(?:dan|serta|sampai|hingga)\s+)?")
# a word between a nominal trigger and a name before its agent ("pinjaman dari CDB", "tuntutan jaksa KPK"), not a
# preposition of place, time, means or recipient ("rekomendasi kepada Kementan", "kecaman terhadap Israel")
_OF = re.compile(r"\s+(?:dari\s+|(?!(?:di|ke|dari|oleh|pada|dengan|kepada|terhadap|bagi|untuk|atas)\b)\w+\s+)?")


def _subject(text: str, mentions: Mentions, names: list[tuple[int, int, str]], breaks: list[int], clause_start: int,
             trigger_start: int) -> str | None:
    """The first entity of the nearest clause before the trigger that mentions one, passing over clauses opened by
    "yang" (they describe an earlier noun) and places alone between commas (they place the one before); ``names``
    are the mentions and ``breaks`` the clause breaks between ``clause_start`` and the trigger."""
    found = _past_titles(text, mentions, names)
    if not found:
        return None
    bounds = [clause_start, *breaks]
    ends = bounds[1:] + [trigger_start]
    clauses = list(zip(bounds, ends))
    # "menahan Direktur CV X, Suparman, dan menyita ...": a verb joined on goes on with the subject before the
    # apposition, not with the name between commas
    ctx = context()
    joined = ctx["joined_re"].fullmatch(text, bounds[-1], trigger_start) is not None
    described: list[tuple[int, int, str]] = []
    for i in range(len(clauses) - 1, -1, -1):
        start, end = clauses[i]
        inside = [m for m in found if start <= m[0] < end]
        if inside and _name_only(text, start, end, inside) and text[start:end].rstrip().endswith(",") and (
                joined or all(mentions.types[m[2]] == "LOC" for m in inside)):
            continue  # a place alone between commas places the one before: "tiba di Kairo, Mesir, pada Selasa"
        if inside and (ctx["passed_over_re"].match(text, start) or i < len(clauses) - 1 and (
                ctx["adverbial_re"].match(text, start) or ctx["adverbial_end_re"].search(text, max(0, start - 12),
                                                                                        start))):
            described.extend(inside)
            continue  # "yang ..." describes an earlier noun; "lewat juru bicaranya X" is the channel of the one before
        if inside and i == len(clauses) - 1 and _YANG.search(text, start, inside[0][0]) and WORD.search(
                text, start, inside[0][0]):
            # in the trigger's own clause, a name after "yang" describes its subject ("Warga Kampung Bayam yang
            # digusur Pemprov DKI menggugat": the residents), but for the name it is called by: "Pria yang akrab
            # disapa Melki itu berjanji" (Melki)
            if _called(text, start, inside[0][0]):
                return inside[0][2]
            described.extend(inside)
            continue
        if inside:
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
    # no clause names the subject: a name of a description or channel is none ("Kelompok suporter Bonek, yang
    # menggelar aksi di depan Gelora Bung Tomo, menolak ...")
    rest = [m for m in found if m not in described]
    return rest[0][2] if rest else None


def _called(text: str, start: int, at: int) -> bool:
    """Whether the words before ``at`` (from ``start``) end with "yang" and a cue for the name someone is called by
    ("yang akrab disapa", "yang biasa dipanggil"; entities.yaml alias_cues)."""
    before = " ".join(text[start:at].lower().split())
    return any(before.endswith("yang " + cue) for cue in lexicon().alias_cues)


def _subject_clause(text: str, mentions: Mentions, breaks: list[int], clause_start: int, trigger_start: int,
                    lowered: Lowered | None = None) -> int:
    """Where the clause holding the trigger's subject starts: its own clause, or, for a trigger opening its clause
    but for linking words ("..., tetapi membebaskan mereka"), the nearest clause before it that is no description or
    channel ("yang ...", "melalui kuasa hukumnya") and no name alone between commas ("Keluarga satpam yang menjadi
    korban, melalui kuasa hukumnya, meminta ..."); ``lowered`` is lower_words of the text."""
    bounds = [clause_start, *breaks]
    ctx = context()

    def empty(start: int, end: int) -> bool:
        return linking_only(text, start, end, lowered)

    if not breaks or not empty(bounds[-1], trigger_start):
        return bounds[-1]
    for start, end in zip(reversed(bounds[:-1]), reversed(bounds[1:])):
        inside = mentions.between(start, end)
        if ctx["passed_over_re"].match(text, start) or inside and _name_only(text, start, end, inside) or empty(
                start, end):
            continue
        return start
    return bounds[-1]


def titled_agent(between: str, ctx: dict) -> bool:
    """What stands between a nominal trigger and a name is an agent noun and a few more words of its title, written
    in lower case ("tuntutan [jaksa penuntut umum] Kejaksaan Negeri Bandung")."""
    words = WORD.findall(between)
    return 0 < len(words) <= 3 and words[0] in ctx["agent_nouns"] and all(w.islower() for w in words) and (
        not WORD.sub("", between).strip(" ,"))


def _subject_after(text: str, mentions: Mentions, marks: Marks, start: int, s_end: int) -> str | None:
    """The subject of the main clause after a clause of circumstance that opens the sentence ("Setelah bertemu
    Presiden, Ketua Umum PSSI Erick Thohir memutuskan ..."): the first name after its comma, before any verb."""
    end = marks.next_end(start)
    if end is None or text[end] != ",":
        return None
    ahead = mentions.between(end, min(s_end, end + 80))
    if not ahead or _first_verb(text, end, ahead[0][0]) < ahead[0][0]:
        return None
    return ahead[0][2]


def _object_end(text: str, marks: Marks, start: int, limit: int, ctx: dict) -> int:
    """Where what a trigger acts on may end: before ``limit``, at a word that opens another clause with a subject of
    its own ("menangkap dua pelaku, sedangkan Polres Malang menahan ...")."""
    for end in marks.ends_between(start, limit):
        found = WORD.match(text, end)
        if found and found.group() in ctx["clause_ends"] and found.group() not in ctx["verb_joiners"]:
            return end  # not "dan": "menolak klaim itu dan melayangkan nota protes kepada China" is toward China
    return limit


def _unnamed_own_subject(text: str, mentions: Mentions, own_start: int, end: int, ctx: dict) -> bool:
    """The clause before a trigger is opened by a clause end that starts one with a subject of its own (`clause_ends`
    but the verb joiners: sedangkan, sementara, tetapi, namun, karena, sehingga; maybe with "itu": "sementara itu")
    and has words but no name: its subject is no party named before it ("Kejati menahan X, sedangkan dua kontraktor
    ditahan ...")."""
    return ctx["own_subject_re"].search(text, max(0, own_start - 24), own_start) is not None and (
        WORD.search(text, own_start, end) is not None and not mentions.between(own_start, end))


def _lead(words: list[str]) -> list[str]:
    """The words opening a clause before its first verb, at most three ("para buruh juga" of "para buruh juga
    menuntut")."""
    lead = []
    for w in words[:3]:
        if _is_verb(w):
            break
        lead.append(w)
    return lead


def _since_verb(words: list[str]) -> list[str]:
    """The words after the last verb among ``words`` (all when none is one): those before a trigger that may be its
    subject ("pelaku" of "Kami berharap pelaku ditangkap")."""
    i = len(words)
    while i and not _is_verb(words[i - 1]):
        i -= 1
    return words[i:]


def _patient_words(text: str, own_words: list[str], lead: list[str], marks: Marks, clause_start: int,
                   own_start: int, ctx: dict) -> list[str]:
    """The words that may name the patient of a passive: those after the last verb before it, else, when these name
    no one, those opening its clause before its first verb (``lead``: "kliennya" of "kliennya dipukuli saat
    diperiksa"), else those opening the clause before it ("suaminya" of "suaminya ditangkap, lalu ditahan")."""
    for words in (_since_verb(own_words), lead):
        if not _FIRST_PERSON_WORDS.isdisjoint(words) or _names_another(words, ctx):
            return words
    if own_start <= clause_start:
        return lead
    start = max(clause_start, marks.last_end_before(own_start - 1) or clause_start,
                *marks.breaks_between(clause_start, own_start - 1))
    return _lead(words_in(text, start, own_start, marks.lowered))


def _names_another(words: list[str], ctx: dict) -> bool:
    """Words before a trigger, or after an agent noun opening its clause, that name a party or thing of their own: a
    word that is none of `no_party_words` (linking, clause, modal and time words, auxiliaries, prepositions), an agent
    noun, a verb or a number ("suaminya", "pusat" of "Pemerintah pusat"; not "sudah", "juga", "di")."""
    return any(w not in ctx["no_party_words"] and w not in ctx["agent_nouns"] and not w.isdigit()
               and not _is_verb(w) for w in words)


def _of_speaker(word: str, for_body: bool, ctx: dict) -> bool:
    """A word that stands for the side of a quote's speaker: a body noun with "-nya" ("kampusnya", "fraksinya",
    "timnya"), or, for a speaker acting for a body (``for_body``), a word for its members or leaders, with "-nya" or
    not ("para pemimpin" said by ASEAN's secretary-general)."""
    stem = word[:-3] if word.endswith("nya") else None
    return stem is not None and stem in ctx["speaker_bodies"] or for_body and (stem or word) in ctx["body_members"]


def _first_verb(text: str, start: int, end: int) -> int:
    """Where the first verb between ``start`` and ``end`` starts (``end`` if none): the words shaped like one are
    found by one search."""
    return next((v.start() for v in _VERB_SHAPED.finditer(text, start, end) if _is_verb(v.group().lower())), end)


@lru_cache(maxsize=65_536)  # bounded: a long stream meets ever more word forms
def _is_verb(word: str) -> bool:
    """A word shaped like a verb (meN-, di-, ber-, ter-) that is not a people noun ("terdakwa") or known noun; worked
    out once per word form, as the words before each trigger are read by several steps."""
    ctx = context()
    return _VERB_SHAPED.match(word) is not None and word not in ctx["unnamed_people"] and word not in ctx["not_verbs"]


def _not_places(text: str, mentions: Mentions, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions that are no place where something happens: not one right after "di" ("di Jakarta"), nor a
    region after a comma that places it or goes on with the list ("bekerja di Paris, Prancis", "di Bone, Gowa,
    sampai Luwu"), nor the place a person named after it comes from ("menahan seorang WNA asal Rusia berinisial AV":
    AV; not "bea masuk terhadap kain asal China")."""
    kept, place_end = [], -1
    for m, following in zip(found, [*found[1:], None]):
        if is_place(text, m[0]) or place_end >= 0 and _PLACE_LIST.fullmatch(text, place_end, m[0]) and (
                mentions.types[m[2]] == "LOC") or following is not None and mentions.types[
                    following[2]] == "PER" and mentions.types[m[2]] == "LOC" and _ORIGIN.search(
                    text, max(0, m[0] - 12), m[0]):
            place_end = m[1]
        else:
            kept.append(m)
    return kept


def _past_titles(text: str, mentions: Mentions, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions but a place in a person's title, right before his name ("Gubernur Sulut Olly Dondokambey",
    "Perdana Menteri Malaysia Anwar Ibrahim"): the person is the party named, acting for what his title names
    (Mentions.agent: the region, its government, the state, "Kapolres Karawang" the Polres)."""
    return [m for m, following in zip(found, [*found[1:], None]) if following is None or not (
        text[m[1]:following[0]].isspace() and mentions.types[m[2]] == "LOC"
        and mentions.types[following[2]] == "PER")]


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
    if after:
        end = _object_end(text, marks, trigger.end, after[-1][1], ctx)
        after = [m for m in after if m[1] <= end]  # those between the trigger and that end
    after = _past_titles(text, mentions, _not_places(text, mentions, after))  # "di Jakarta" is where, not whom
    # the mentions and clause breaks before the trigger in its clause, read by several of the steps below
    names = mentions.between(clause_start, trigger.start)
    breaks = marks.breaks_between(clause_start, trigger.start)
    own_start = _subject_clause(text, mentions, breaks, clause_start, trigger.start, marks.lowered)
    # "kami" right before the trigger, or opening its clause ("Tim kami bersama personel TNI mengevakuasi")
    first_person = speaker is not None and (
        _FIRST_PERSON.search(text, max(clause_start, trigger.start - 30), trigger.start)
        or _OPENS_FIRST_PERSON.match(text, own_start, trigger.start))
    crowd = bool(first_person) and first_person.group(1).lower() in ("kami", "kita") and mentions.one_of_people(
        speaker)
    if crowd:
        speaker = first_person = None  # "Kami tidak menolak," said a villager: the villagers, unnamed
    lowered = marks.lowered
    own_words = words_in(text, own_start, trigger.start, lowered)
    named = _subject(text, mentions, names, breaks, clause_start, trigger.start)
    own_names = [m for m in names if m[0] >= own_start]
    if own_words[:1] and own_words[0] in ctx["agent_nouns"] and own_names and re.search(
            r"\byang\b", text[own_start:own_names[0][0]]):
        # "Majelis hakim yang diketuai Arkanu mewajibkan ...": the body, not the name in its description
        named = mentions.body_of_kind(own_words, previous) or previous
    if named is not None and speaker is not None and own_names and own_names[0][2] == named and own_words[:1] and (
            _is_verb(own_words[0]) and own_words[-1] in ctx["verb_joiners"]):
        # in a quote, a verb joined on to the verb opening the clause goes on with its subject, the speaker, not with
        # the name after that verb, its object ("konsulat menyatakan menghormati hukum Indonesia dan mengimbau ...":
        # the consulate appeals, not Indonesia)
        named = None
    # a membership ("tergabung dalam") is searched for only in a sentence whose words hold a word opening one
    member = marks.may_match(ctx["membership_firsts"]) and ctx["membership_re"].search(text, own_start, trigger.start)
    body = mentions.between(member.end(), member.end() + 80)[:1] if member else []
    if body and body[0][0] == member.end():
        named = body[0][2]  # "Ratusan mahasiswa Unram yang tergabung dalam BEM Unram berunjuk rasa": the body
    else:
        body = []
    # people named by a common noun opening the clause, before its first verb, its subject ("Sejumlah nasabah
    # mendatangi ... dan menuntut"; not "menemui para pengemudi dan berjanji", an object)
    lead = _lead(own_words)
    # ... named in the clause only after its verb: "para buruh berjalan kaki menuju kantor Pemkab Karawang dan
    # berunjuk rasa" is the workers' act
    people = has_phrase(lead, ctx["unnamed_people"]) and not body and not (
        own_names and own_names[0][0] < _first_verb(text, own_start, trigger.start))
    unnamed = crowd or people or (
        named is not None and mentions.types[named] == "LOC" and has_phrase(
            words_before(text, mentions.first_start(named, clause_start), 3, lowered), ctx["unnamed_people"]))
    if unnamed:  # "warga Desa Tambakrejo berunjuk rasa", "pemain klub asal Pontianak": no named actor
        named = None
        if lead[:1] == ["mereka"] and group is not None:
            named = group  # "600 anggota SPSG mogok. Mereka menuntut ...": the body that acted just before
        elif people and (lead[0] in ctx["group_refs"] or lead[0] in ctx["unnamed_people"]):
            # "Para buruh menuntut ...", "Mereka juga meminta ...": the group of such people named before (a union
            # of workers, a farmers' group, "Asosiasi Industri Baja" for "para pengusaha baja"), not new people
            # ("Ratusan warga ...")
            named = mentions.group_of(lead, clause_start)
    if named is None and not first_person and own_start == clause_start and ctx["adverbial_re"].fullmatch(
            text, clause_start, trigger.start):
        # "Setelah bertemu Presiden, Ketua Umum PSSI Erick Thohir ...": no subject of its own (not "Setelah polisi
        # menangkap X, ...")
        named = _subject_after(text, mentions, marks, trigger.end, s_end)
    if named is None and not first_person and before and ctx["pronouns"] & set(before):
        named = mentions.person_before(clause_start, sentence_starts)  # "Ia membantah ...": the person last named
    if own_words[:1] and own_words[0] in ctx["pair_words"] and not own_names:
        # "Keduanya sepakat ...": the first of the two persons last named; "kedua partai": of the two parties;
        # "kedua pemimpin": of the two persons
        persons = len(own_words) > 1 and own_words[1] in ctx["pair_people"]
        named = mentions.pair_before(clause_start, people=own_words[0] == "keduanya" or persons,
                                     persons=persons) or named
    if named is None and len(own_words) > 1 and own_words[-2] == "pihak":
        named = mentions.described(own_words[-1], clause_start)  # "Pihak investor membantah": the investor named
    # the speaker does what his quote tells only when no one else opens its clause: not 'para pengemudi akan mogok'
    # ... nor a noun of a kind of body but a government ("aparat gabungan akan melakukan evakuasi paksa", said by a
    # regent, is the forces'; "pihaknya", "tim", "pemkab" are the speaker's), nor any other word naming a party of
    # its own right before the verb ("Ratna mengatakan suaminya memukul ...": the husband, unnamed; not "mengatakan
    # akan ...", nor "kampusnya siap mengirim", the speaker's body)
    since = _since_verb(own_words)
    # ... but a verb joined on after another's object goes on with that verb's subject ("menghormati hukum Indonesia
    # dan mengimbau ...")
    joined = own_words[-1:] and own_words[-1] in ctx["verb_joiners"] and len(since) < len(own_words)
    own_subject = speaker is not None and not word.startswith("di") and not joined and _names_another(
            [w for w in since if not _of_speaker(w, mentions.agent(speaker) != speaker, ctx)
             and (w not in ctx["group_refs"] or w in ctx["unnamed_people"])], ctx)  # "para" alone names no one
    other = own_subject or any(w in ctx["agent_kinds"] and not w.startswith(ctx["governments"]) for w in lead)
    subject = mentions.agent((speaker if first_person else None) or named or (None if people or other else speaker))
    doers = words_after(text, trigger.end, 3, lowered) if trigger.entry["type"] in ctx["done_by_people_after"] else []
    if has_phrase(doers, ctx["unnamed_people"]) and (
            doers[0] in ctx["unnamed_people"] or doers[0] in ctx["group_refs"] or doers[0] in ctx["quantities"]):
        # "aksi mogok kerja ratusan buruh PT X": those people do it, as their group if the article names one
        return mentions.group_of(doers, trigger.start, ahead=True), next(
            (mentions.agent(m[2]) for m in after), None), True
    if is_nominal(word) and after:
        done_by = ctx["done_by_re"].search(text, trigger.end, after[-1][0] + 1)
        by = [m for m in after if done_by and m[0] >= done_by.end() and set(words_in(
            text, done_by.end(), m[0], lowered)) <= ctx["agent_nouns"]][:1]
        if by:  # "Penangkapan Budi oleh Polda Jatim", "Pemeriksaan ... dilakukan penyidik KPK": the agent
            patient = next((mentions.agent(m[2]) for m in after if m[0] < by[0][0]), None)
            return mentions.agent(by[0][2]), patient, True
        if (_OF.fullmatch(text[trigger.end:after[0][0]]) or titled_agent(text[trigger.end:after[0][0]], ctx)) and not (
                mentions.types[after[0][2]] == "PER" and listed(trigger.entry, ctx["patient_after"])):
            # "pengerahan pasukan Korea Utara", "serangan Israel", "pinjaman dari CDB": the agent follows the noun;
            # a person after an arrest or an examination is its patient ("penangkapan Budi")
            return mentions.agent(after[0][2]), subject, True
    if word.startswith("di"):  # passive: "ditangkap oleh Polda Jatim"; without "oleh", a person is the patient
        if _unnamed_own_subject(text, mentions, own_start, trigger.start, ctx):
            subject = None  # "..., sedangkan dua kontraktor ditahan oleh Kejari": not the party before
        # in a quote, the speaker is the patient when "kami", "saya" is ("Kami diserang," kata X), or when no other
        # words name one: not "Ratna mengatakan suaminya ditangkap", "Kami berharap pelaku ditangkap"
        patient_words = _patient_words(text, own_words, lead, marks, clause_start, own_start, ctx)
        speaker_patient = speaker is not None and not _FIRST_PERSON_WORDS.isdisjoint(patient_words)
        if named is None and speaker is not None and not speaker_patient and _names_another(patient_words, ctx):
            subject = None
        oleh = _BY.match(text, trigger.end, s_end)
        # the agent after "oleh" (not a place after "di": "ditangkap oleh polisi di Sidoarjo", the police), or a name
        # right after the verb ("diserang Rusia", "ditangkap Polda Jatim") ... also after an agent noun ("diperiksa
        # penyidik Polres Karawang")
        if oleh:
            found = _not_places(text, mentions, mentions.between(oleh.end(), oleh.end() + 60))
            if not found and (body := mentions.body_of_kind(words_after(text, oleh.end(), 2, lowered), previous)):
                return body, subject, True
        else:
            found = [m for m in after[:1] if text[trigger.end:m[0]].isspace() or text[trigger.end:m[0]].endswith(
                " ") and set(words_in(text, trigger.end, m[0], lowered)) <= ctx["agent_nouns"]]
        if found:
            return mentions.agent(found[0][2]), subject, True
        if named is not None and has_phrase(words_before(text, mentions.first_start(named, clause_start), 2, lowered),
                                             ctx["forces"]):
            return subject, None, True  # "personel TNI dan Polri dikerahkan": the forces' own body acts
        # no agent written: the body of the quote's speaker ("empat orang ditangkap", kata Kapolda), else the one
        # the article named for this act before, else the implicit one; the subject is the patient
        body, legal = mentions.agent(speaker), trigger.entry["type"] in ctx["legal_types"]
        if body is not None and (mentions.types[body] == "PER" or legal and not mentions.is_legal(body)
                                 or speaker_patient):
            # an arrest, a charge: the speaker's body is their agent only if it enforces the law; and never of what
            # is done to the speaker's side ("Kami diserang")
            body = None
        if not legal or previous is not None and not mentions.is_legal(previous):
            previous = None  # "paspor mereka ditahan", told by a ministry; "warga dievakuasi": no agent named
        patients = {p for m in names for p in (m[2], mentions.agent(m[2]))}
        if same_act in patients or same_act == subject:
            same_act = None  # no one does this to himself: the last act of the kind was the patient's own
        agent = body or same_act or previous
        # with no one named on either side ("RUU itu disepakati"), an agentless passive tells nobody's act, unless
        # its patients are people ("ratusan warga dievakuasi"), or its doers are named by an agent noun or as people
        # ("ditangkap polisi", "dianiaya tiga orang")
        doer = words_after(text, oleh.end() if oleh else trigger.end, 3, lowered)
        people = people or has_phrase(patient_words, ctx["unnamed_people"])  # "Mereka dijanjikan ..., tapi dipaksa"
        return agent, subject, agent is not None or subject is not None or people or bool(doer) and (
            doer[0] in ctx["agent_nouns"] or (doer[0] in ctx["unnamed_people"] or doer[0] in ctx["quantities"])
            and has_phrase(doer, ctx["unnamed_people"]))
    target = next((a for a in (mentions.agent(m[2]) for m in after) if a != subject), None)
    # an agent noun of the clause, not of a description in it ("Warga Kampung Bayam yang digusur Pemprov DKI"), the
    # doer of a verb or of a noun after a light verb ("aparat gabungan akan melakukan evakuasi paksa")
    verbal = not is_nominal(word) or bool(before) and before[-1] in ctx["light_verbs"]
    subject_words = own_words[:own_words.index("yang")] if "yang" in own_words[1:] else own_words
    described = verbal and has_phrase(subject_words, ctx["agent_nouns"])
    if subject is None and verbal and own_words[:1] and own_words[0] in ctx["body_heads"]:
        subject = mentions.body_of_kind(own_words[:1], None)  # "Kedubes juga menolak ...": the embassy named
    if subject is None and described:
        # "penyidik menyita ...": an unnamed agent acting for the body of its kind the article names ("polisi":
        # its police unit), else for the person whose title names it ("Panitia mendiskualifikasi ..." after "Ketua
        # Panitia Pelaksana Ahmad": the body is no entity), else for the implicit one, but for a noun of a kind of
        # body ("Aparat menangkap 12 mahasiswa" after a protest: no body of the kind named, no one named); none for
        # one with a word of its own right after it but a kind, another body ("Pemerintah pusat menunda ..." after a
        # regency's government or a city's agency acted; not "Tim penyidik", "Petugas kejaksaan", "Polisi terus")
        noun = next(i for i, w in enumerate(subject_words) if w in ctx["agent_nouns"])
        if not _names_another([w for w in subject_words[noun + 1:noun + 2] if w not in ctx["agent_kinds"]], ctx):
            subject = mentions.body_of_kind(own_words, previous) or mentions.titled(own_words) or (
                None if not ctx["agent_kinds"].keys().isdisjoint(own_words) else previous)
    if target is None:
        if len(names) > 1 and text[names[0][1]:names[1][0]] == " dan ":
            target = mentions.agent(names[1][2])  # "Rusia dan Jepang sepakat": the partner is the other side
    return subject, target, subject is not None or unnamed or described or own_subject or is_nominal(word)
