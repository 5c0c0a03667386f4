"""PLOVER event coding: trigger words from lang/id/events.yaml, with actor, target, modality and evidence.

Coded by the convention of eval/dev/GUIDELINES.md (Events). The stage reads with events_text.py (triggers, context
words, clause marks), leaves out a trigger that its words show to report no event with events_filters.py, finds who
acts with events_roles.py and what a party acts for with events_parties.py, and reads how an act is told (modality,
negation) with events_modality.py (see there); this module decides what is an event of its own, told for the first
time, and its type. The word lists named below are in lang/id/event_context.yaml.

Type: the trigger's entry, except a pledge ("siap mendukung", "siap bekerja sama") or promise ("berjanji
membantu"), an AGREE; forces, a team or equipment sent for relief ("dikerahkan untuk membantu evakuasi"), an AID; a
verb of arriving (`arrivals`: tiba, sampai di, diterima, menjangkau) whose clause opens with aid ("Bantuan dari
Kemensos tiba di ...", `aid_goods`), an AID by the party named with the aid (else the speaker's body) toward the
place or party it reaches (such a verb with no aid arriving is no event, but "tiba di" a visit); revoking a
restriction (`revoking`, `restrictions`: "Larangan ekspor tidak akan kami cabut"), a RETREAT, like postponing a
measure on a party (events.yaml `needs_target`: "menunda larangan ekspor bagi PT X"; with no party acted on, a
policy, no event: "menunda kenaikan tarif listrik"); a summons of both sides or for mediation ("memanggil
manajemen ... untuk mediasi"), a CONSULT/third-party; a summons to a hearing ("memanggil Gubernur BI untuk rapat
kerja"), a CONSULT/meet; a CONSULT that is the purpose of a trip ("tiba ... untuk berunding"), a visit.

Target: the one roles() finds, else a country named further in the trigger's clause, even as a place ("mendesak
semua pihak di Myanmar"), so that a home-state organ's act toward it is the state's (Mentions.for_states); never the
actor itself (no party acts on itself: one of the two was misread, and the doer is read more surely).

A bare stem is a trigger only in the object voice, after a personal pronoun ("akan kami jerat").

Not coded, as they report no new event:
- a trigger in a link to another story ("Baca juga: ..."), right after "yang" (it describes: "pasukan yang
  bertempur"; but after a name and a comma it tells what that party did: "KPK, yang menahan Budi pekan lalu,"),
  inside a fixed phrase ("menahan diri", "pembebasan lahan"), inside a name or title ("Direktur Penyidikan KPK"), in
  a question, in a sentence of sports play ("kedua tim bertemu pada laga ..."), after "ancaman
  hukuman" (what the law allows), after "upaya ... untuk" (an attempt), or after an opinion verb ("menilai") or
  "menurut" an analyst in its sentence;
- a verb trigger whose clause opens with a disaster or a state ("banjir memaksa warga mengungsi"), or names no one
  and opens with a thing ("jika pupuk tidak tiba di kios"): no party acts;
  "mendorong" (`needs_party`) without a party named right after it, or with no party or pronoun before it in its
  sentence ("mendorong pertumbuhan", "Permintaan pasar mendorong Jepang ..."): a cause, not a request; "permintaan"
  (`needs_requester`) with no one asking, nor what for, right after it ("Permintaan beras melemah"): market demand;
- a trigger in a quote of an analyst (a person introduced as one), or of which he is the doer ("Ia menyebut
  penyaluran bantuan ... mendorong konsumsi"), but his own speech acts: what he explains;
- a trigger after a REQUEST, AGREE, ACCUSE (allege, disapprove), REJECT or THREATEN trigger in the same clause (what
  is asked, agreed, alleged, denied or threatened: "meminta ... menjatuhkan sanksi", "mengancam mencabut izin");
- a nominal trigger right after a preposition (but one of means or source with its doer right after it: "dengan
  pinjaman Jepang"), a noun it qualifies ("jadwal pengesahan"), an action noun or another trigger (the object of an
  act: "mengutuk pengerahan pasukan", "pembahasan kerja sama"), followed within three words by "itu"/"tersebut" (an
  event told before), or of a type and mode already coded with no other actor (the same event named again: "KTT
  kali ini"; so is a verb after "selain": "Selain menyegel lahan, ...");
- a second trigger of the same type and mode in one sentence, unless it acts on another party named, repeats
  the verb ("menegur kepala sekolah ... dan menegur dua pengawas") or follows the first told as past in a clause of
  its own ("Polda, yang sebelumnya menangkap ..., kini menahan"); one right after "untuk" is the first's purpose
  ("memanggil Budi untuk diperiksa sebagai saksi"); the same act by the same actor on the same target
  told again (for COERCE and ACCUSE also with the target unnamed once: arrest and detention are one act, unless the
  one on someone named comes more than `told_again_reach` sentences after the one on no one named, or its doer says
  the verb again in the sentence: "memeriksa Bupati X ..., lalu memeriksa dua stafnya"; an act said not to have
  happened is none; nor is one told as done again, `repeated`, or at another time or place, in the same word or of a
  type not in `told_again`: "Keesokan harinya, KKB kembali menembaki pos TNI"); a speech act made in a quote soon after
  (`told_again_reach`) the same act made by its actor ('ia meminta manajemen ... "Saya minta ..."');
- an act of the type last coded, within `told_again_reach` sentences, on the same party, by no one named, told with
  no word of `another_act` and no time or place of its own: the same act told by the side it was done to ('KKB
  menembaki pos TNI ... "Kami diserang dari arah hutan," kata ...');
- an act retold by its doers referred back ("Para pelaku", "Mereka" opening the clause) soon after one of its type,
  on no other party, when they are named no further ("... menganiaya juru parkir. Para pelaku memukul korban") or
  stand for the body that acted and use its verb ("SPN mogok kerja ... Mereka mogok menuntut ..."), but not with
  "juga", "lagi", "lain"... (`another_act`) anywhere in its clause, a party counted after the verb ("menangkap dua
  karyawan") or a time or place other than the first act's;
- a rescue (events.yaml `rescue`) of no people named before it in its clause ("Klub X diselamatkan dari
  degradasi");
- aid told before that arrives ("Bantuan itu tiba di Waingapu"); a promise of something (`lures`: "menjanjikan")
  by a suspect, after the modus is named or by someone the article told arrested, charged or convicted: a fraud's
  lure ("Modusnya, tersangka menjanjikan imbal hasil 10 persen");
- a verb of protesting (`protesting`: "memprotes") by a party that held a protest in the sentence or the one
  before: what that protest is about;
- an event below the confidence threshold (`min_confidence`): by default an active verb whose doer cannot be read at
  all (no name, pronoun, speaker, people noun or agent noun in its clause) and that names no target.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..article import Article, Event, Time, validated
from ..pipeline import Doc
from .events_filters import agent_follows, in_idiom, in_name, is_trip, not_an_event, of_a_named_party
from .events_modality import is_negated, modality_of, quoted_spans, sequel_ids
from .events_parties import Mentions, is_place
from .events_roles import roles
from .events_text import (
    WORD,
    Marks,
    Trigger,
    context,
    find_triggers,
    has_phrase,
    is_nominal,
    listed,
    words_after,
    words_before,
    words_in,
)
from .metadata import first_body_sentence
from .regex_guard import Lowered, lower_words, shared_lower_words

__all__ = ["EventCoder", "Trigger", "code_events", "find_triggers", "is_nominal"]

def _aid_arrives(text: str, m: Trigger, s_start: int, marks: Marks, quotes, quote_starts: list[int],
                 ctx: dict) -> int | None:
    """Where the clause of a verb of arriving starts (its sentence's, its quote's or after its last clause mark),
    if it opens, past numbers and quantity words, with aid among its first three words ("Sebanyak 500 paket sembako
    kiriman BNPB tiba di ...", 'Ia mengatakan bantuan beras dari Bulog sudah sampai di gudang')."""
    qi = bisect_right(quote_starts, m.start) - 1
    start = max(s_start, marks.last_end_before(m.start) or s_start, quotes[qi].start if qi >= 0 and m.end <= quotes[
        qi].end else s_start)
    words = [w for w in WORD.findall(text, start, m.start) if not w.isdigit() and w.lower() not in ctx["quantities"]]
    return start if not ctx["aid_goods"].isdisjoint(w.lower() for w in words[:3]) else None


def _aid_parties(text: str, m: Trigger, start: int, end: int, speaker: str | None,
                 mentions: Mentions) -> tuple[str | None, str | None]:
    """The giver and recipient of aid arriving: the first party named with the aid before the verb (not in a
    description: "dua ekskavator yang diminta Bupati X"), else the speaker's body; the first party or place named
    after the verb in its clause (``end``), not where the aid comes from ("tiba dari Palu")."""
    yang = text.find(" yang ", start, m.start)
    named = mentions.between(start, yang if yang >= 0 else m.start)
    giver = mentions.agent(named[0][2] if named else speaker)
    return giver, next((mentions.agent(eid) for at, _, eid in mentions.between(m.end, end)
                        if not text[max(m.end, at - 5):at].lower().endswith("dari ")), None)


def _entry(text: str, m: Trigger, before: list[str], wide: list[str], aid: bool, ctx: dict,
           lowered: Lowered | None = None) -> tuple[dict, bool]:
    """The type, mode and context a trigger codes, and whether it is promised, by its words around it (``aid``: aid
    arrives, an AID; ``lowered``: lower_words of the text)."""
    entry = m.entry
    if aid:
        return {"type": "AID", "mode": None, "context": ["humanitarian"]}, False
    if entry["type"] == "SANCTION" and m.text.lower() in ctx["revoking"] and not ctx["restrictions"].isdisjoint(before):
        return {"type": "RETREAT", "mode": None, "context": []}, False  # "Larangan ekspor tidak akan kami cabut"
    # "siap mendukung", "berjanji untuk membantu": a pledge or promise, an AGREE
    promise = before[-2] if before[-1:] == ["untuk"] and len(before) > 1 else before[-1] if before else None
    if promise in ctx["promise"] or (promise in ctx["pledge"] and entry["type"] in ctx["pledged"]):
        return {"type": "AGREE", "mode": None, "context": entry.get("context")}, True
    if entry["type"] in ("ACCUSE", "CONSULT") and (
            has_phrase(words_after(text, m.end, 3, lowered), ctx["both_sides"])
            or not ctx["mediation"].isdisjoint(words_after(text, m.end, ctx["window"] + 3, lowered))):
        # "memanggil kedua pihak", "memanggil manajemen ... untuk mediasi": bringing parties together
        return {"type": "CONSULT", "mode": "third-party", "context": []}, False
    if entry["type"] == "ACCUSE" and entry.get("mode") == "investigate" and has_phrase(
            words_after(text, m.end, ctx["window"] + 3, lowered), ctx["hearings"]):
        # "DPR memanggil Gubernur BI untuk rapat kerja": a hearing, not an investigation
        return {"type": "CONSULT", "mode": "meet", "context": []}, False
    if is_trip(m, wide, ctx):
        return {**entry, "mode": "visit"}, False
    if entry["type"] == "MOBILIZE" and not ctx["relief"].isdisjoint(words_after(text, m.end, ctx["relief_reach"],
                                                                                lowered)):
        return {"type": "AID", "mode": None, "context": ["humanitarian"]}, False  # forces sent for relief
    return entry, False


def code_events(article: Article, body_start: int = 0, skip_before: int = 0,
                min_confidence: float | None = None, lowered: Lowered | None = None) -> list[Event]:
    """The events of an article; ``min_confidence`` (default: the `min_confidence` of event_context.yaml) leaves out
    the less certain ones. ``lowered`` is ``lower_words(article.text)`` when already known."""
    ctx = context()
    text = article.text
    starts = [s for s, _ in article.sentences]
    mentions = Mentions(article, skip_before, ctx)
    quotes = sorted(article.quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in quotes]
    times_in: dict[int, list] = {}
    for t in article.times:
        times_in.setdefault(bisect_right(starts, t.start) - 1, []).append(t)
    time_values = {t.id: t.value for t in article.times}
    sequels: frozenset[str] | None = None  # the times counted from the act told before, found at the first event
    published = article.meta.published
    opinion_at: dict[int, int | None] = {}
    play: dict[int, bool] = {}
    marks: dict[int, Marks] = {}
    speech: Trigger | None = None  # the last trigger whose clause goes on with what is asked, agreed, alleged...
    # the events coded so far as their fields, read back while coding (a field of a model costs twice as much):
    # validated into models in one call at the end
    events: list[dict] = []
    seen: dict[tuple, list[tuple]] = {}  # target, verb, actor, end and being past of the acts coded, by sentence, kind
    coded_kinds: set[tuple[str, str | None]] = set()
    acts: dict[tuple, set[str | None]] = {}  # targets by type, mode, actor and whether planned
    worded: dict[tuple, set[str]] = {}  # trigger words by type, mode and actor
    unnamed_at: dict[tuple, int] = {}  # the sentence of the last act of a kind, by an actor, on no one named
    said: dict[tuple, int] = {}  # the sentence of the last act of a kind made by an actor
    untargeted: dict[tuple, int] = {}  # the sentence of the last act of a kind, by an actor and verb, on nobody named
    groups: dict[int, str | None] = {}  # the organisation that acted in the sentence before, per sentence
    last_org: str | None = None
    accused: set[str] = set()  # the parties told arrested, charged or convicted
    last_of_type: dict[str, tuple] = {}  # sentence, actor, target, verb and event index of the last act of a type
    last_actor: dict[tuple[str, str | None], str] = {}
    lowered = lowered or lower_words(text)
    triggers = find_triggers(text, lowered)
    for k, m in enumerate(triggers):
        si = bisect_right(starts, m.start) - 1
        if si < max(body_start, 0):
            continue
        s_start, s_end = article.sentences[si]
        if m.end > s_end:
            continue
        if si not in opinion_at:
            sentence = marks[si] = Marks(text, s_start, s_end, lowered)
            # a sentence without an opinion verb (or a word of sports play) is not searched for one
            opinion = sentence.may_match(ctx["opinion_words"]) and ctx["opinion_re"].search(text, s_start, s_end)
            opinion_at[si] = opinion.start() if opinion else None
            play[si] = sentence.may_match(ctx["play_firsts"]) and bool(ctx["play_re"].search(text, s_start, s_end))
            if ctx["link_re"].match(text, s_start, s_end):
                opinion_at[si] = s_start  # "Baca juga: Polisi Tangkap ...": a link to another story
        if play[si] and m.entry["type"] in ctx["play_types"]:
            continue  # sports play: "kedua tim akan kembali bertemu pada laga keempat"
        wide = words_before(text, m.start, 2 * ctx["window"], lowered)
        if m.entry.get("object_voice") and (not wide or wide[-1] not in ctx["object_voice_agents"]):
            continue  # a bare stem is an act only in the object voice: "akan kami jerat"
        if in_name(text, m, s_start) or in_idiom(text, m, wide, lowered):
            continue  # the word acts here in no way, nor opens a clause of what is asked or alleged
        before = wide[-ctx["window"]:]
        if m.entry.get("rescue") and not _people_saved(text, m, wide, max(
                s_start, marks[si].last_end_before(m.start) or s_start), mentions, ctx):
            continue  # "Klub X diselamatkan dari degradasi": no one is saved, no relief
        aid = _aid_arrives(text, m, s_start, marks[si], quotes, quote_starts, ctx) if m.text.lower() in ctx[
            "arrivals"] else None
        if m.entry.get("arrival") and aid is None:
            continue  # "Rombongan tiba dari Jakarta", "laporan itu diterima": no aid arrives
        if aid is not None and not ctx["anaphora"].isdisjoint(WORD.findall(text[aid:m.start].lower())):
            continue  # "Bantuan itu tiba di Waingapu": the aid told before arrives, the same act
        entry, promised = _entry(text, m, before, wide, aid is not None, ctx, lowered)
        kind = (entry["type"], entry.get("mode"))
        skip = not_an_event(text, m, triggers[k - 1] if k else None, speech, s_start, marks[si], mentions,
                             opinion_at[si], wide, ctx)
        if listed(m.entry, ctx["content_of"]) and not (skip and (
                m.text.lower() in ctx["needs_party"] or not ctx["descriptive"].isdisjoint(wide[-2:]))):
            # a "mendorong" that is no request is a cause ("perkembangan yang mendorong Kyiv untuk meminta
            # senjata"): what it causes is an act of its own; so is what follows a description ("Pemprov yang
            # digugat warga menolak berdamai")
            speech = m
        if skip:
            continue
        verb = m.text.split()[0].lower()
        # an act told as background in a clause of its own ("Polda Jatim, yang sebelumnya menangkap tiga pelaku, kini
        # menahan dua orang lagi") is not the one the sentence goes on to tell
        coded_here = [c for c in seen.get((si, *kind), ()) if not (c[4] and marks[si].breaks_between(c[3], m.start))]
        if coded_here and wide[-1:] == ["untuk"]:
            continue  # "memanggil Budi untuk diperiksa sebagai saksi": the purpose of the act told, not another
        if coded_here and all(v != verb or is_nominal(verb) for _, v, *_ in coded_here) and not mentions.between(
                min(c[3] for c in coded_here), min(s_end, m.end + 80)):
            continue  # a second trigger of the kind in the sentence, no one named around it: the same act (_same_act)
        qi = bisect_right(quote_starts, m.start) - 1
        quote = quotes[qi] if qi >= 0 and m.end <= quotes[qi].end else None
        speaker = quote.speaker.entity if quote is not None and quote.speaker else None
        if quote is not None and quote.speaker and speaker is None:
            # a speaker written as a name the quote does not link ("Pemerintah Provinsi Jawa Barat melalui ...
            # menyatakan menerima"): the entity named there; one named by a kind of body ("Perusahaan menyatakan siap
            # ..."): the body of that kind named
            named = mentions.between(quote.speaker.start, quote.speaker.end)
            speaker = named[0][2] if named else mentions.body_of_kind(lower_words(quote.speaker.text)[1], None)
        if mentions.is_analyst(speaker) and not listed(entry, ctx["performative"]):
            continue  # an analyst's quote explains ("Perusahaan harus ikut menanggung pemeriksaan ..."), acts not
        clause_start = max(quote.start, s_start) if quote else max(s_start, skip_before)
        previous = last_org or mentions.main_org
        if si not in groups:
            groups[si] = next((v["actor"] for v in reversed(events) if v["sentence"] == si - 1 and v["actor"]
                               and mentions.types[v["actor"]] == "ORG"), None)
        group = groups[si]
        actor, target, known = roles(text, mentions, marks[si], clause_start, m, s_end, speaker, previous,
                                     last_actor.get(kind), before, starts, ctx, group)
        if target is None and entry["type"] in ctx["denials"] and not ctx["denied_accusations"].isdisjoint(
                words_in(text, m.end, m.end + 60, lowered)[:3]):
            # "Budi menolak tudingan itu": a denial answers the accusation told last, its accuser the recipient
            target = next((v["actor"] for v in reversed(events) if v["type"] == "ACCUSE" and v["sentence"] >= si - 3
                           and v["actor"] != actor), None)
        if target is None and actor is not None:
            # a country named further in the clause, even as a place ("mendesak semua pihak di Myanmar"): the
            # state acted toward
            c_end = marks[si].next_end(m.end) or s_end
            target = next((eid for _, _, eid in mentions.between(m.end, c_end)
                           if mentions.state_of(eid) == eid and eid != mentions.state_of(actor)), None)
        if aid is not None:  # "Bantuan dari Kemensos tiba di Kecamatan Cugenang", "sudah diterima warga Desa X"
            actor, target = _aid_parties(text, m, aid, marks[si].next_end(m.end) or s_end, speaker, mentions)
            known = True
        actor, target = mentions.for_states(actor, target, entry["type"])
        if target is not None and target == actor:
            target = None  # no party acts on itself: one of the two was misread, the doer is read more surely
        if target is None and m.entry.get("needs_target"):
            continue  # "Pemerintah menunda kenaikan tarif listrik": a policy, no party eased
        if coded_here and _same_act(m, actor, target, verb, coded_here, s_start, marks[si], mentions):
            # a second trigger of the kind in the sentence is the same act ("menangkap dan menahan"), unless it acts
            # on another party named, repeats the verb ("menegur kepala sekolah ... dan menegur dua pengawas") or
            # names another doer in its own clause ("Polda menangkap dua pelaku, sedangkan Polres menahan ...")
            continue
        if m.text.lower() in ctx["lures"] and (actor is not None and actor in accused or not ctx["suspects"].isdisjoint(
                before[-3:]) or not ctx["lure_marks"].isdisjoint(WORD.findall(text[s_start:m.start].lower()))):
            continue  # a fraud's lure ("tersangka menjanjikan imbal hasil 10 persen"), not an agreement
        if mentions.is_analyst(actor) and not listed(entry, ctx["performative"]):
            continue  # an analyst explains ("Ia menyebut penyaluran bantuan sosial turut mendorong konsumsi")
        if m.text.lower() in ctx["protesting"] and any(v["type"] == "PROTEST" and v["actor"] == actor
                                                       and si - v["sentence"] <= 1 for v in events[-3:]):
            continue  # "APPS berunjuk rasa ... Mereka memprotes kelangkaan pupuk": what the protest is about
        confidence = round((0.5 if known else 0.3) + 0.3 * (actor is not None) + 0.2 * (target is not None), 2)
        if confidence < (ctx["min_confidence"] if min_confidence is None else min_confidence):
            continue
        negated = is_negated(before, ctx)
        times = times_in.get(si, [])
        own = quote is None or actor is None or speaker is None or actor in (
            mentions.agent(speaker), mentions.state_of(mentions.agent(speaker)))
        background = not ctx["descriptive"].isdisjoint(wide[-4:]) and of_a_named_party(text, m, mentions)
        if sequels is None:
            sequels = sequel_ids(article.times, ctx)
        modality = modality_of(text, m, entry, (s_start, s_end), marks[si], before, times, sequels, published, quote,
                               quoted_spans(quotes, quote_starts, s_start, s_end), promised, ctx, own, background,
                               events[-1]["modality"] if events else None)
        made = modality in ctx["made"]
        # an act planned is not one done told again ("sudah memeriksa 14 saksi ... akan memeriksa direksi")
        planned = modality in ctx["planned"]
        act = (*kind, actor, planned)
        told = None if negated else acts.get(act)  # "belum menyita" is no seizure told again
        # ... a noun naming an act planned once done, or the other way round, names it again only in the same word
        named_again = told is not None or m.text.lower() in worded.get((*kind, actor), ())
        if (is_nominal(m.text) or wide[-1:] and wide[-1] in ctx["recap"]) and kind in coded_kinds and (
                actor is None or named_again or _named_as_known(text, m, entry, wide, quote, mentions, ctx)):
            # the same event named again ("KTT ... KTT kali ini", "Selain menyegel lahan, ...")
            continue
        # the verb said again by its doer in the sentence tells another act ("memeriksa Bupati X ..., lalu memeriksa
        # dua stafnya"), as in _same_act
        again = any(v == verb and a == actor for _, v, a, *_ in coded_here)
        own_start = max(clause_start, marks[si].last_end_before(m.start) or clause_start)
        own_end = marks[si].next_end(m.end) or s_end
        # doers referred back ("Mereka", "Para pelaku") who say their act is another: not the act told again
        retold = _referred_back(text, m, own_start, ctx, lowered)
        another = retold and _another_act(text, m, own_start, own_end, ctx, lowered)
        last = last_of_type.get(entry["type"])
        if actor is not None and told is not None and not another and (
                target is not None and target in told
                or entry["type"] in ctx["told_again"] and not again and (target is None) != (None in told) and (
                    target is None or si - unnamed_at[act] <= ctx["told_again_reach"])) and not (
                (entry["type"] not in ctx["told_again"] or m.text.lower() in worded[(*kind, actor)])
                and last is not None and _another_occasion(text, (own_start, own_end), clause_start, events[last[4]],
                                      times_in.get(si, ()), time_values, mentions, ctx)):
            # the same act by the same actor on the same person told again ("menahan NH ... ditangkap"); an act on
            # someone named, sentences after one on people unnamed, is another ("empat orang ditangkap ... untuk
            # memburu LKS"), and so is one told as done again or at another time or place, in the same words or of a
            # type whose acts are not told in other words ("Keesokan harinya, KKB kembali menembaki pos TNI")
            continue
        if retold and not another and last is not None and si - last[0] <= ctx["told_again_reach"] and (
                actor is None or actor == last[1] and verb == last[3]) and target in (None, last[2]) and not _set_apart(
                    text, (own_start, own_end), events[last[4]], times_in.get(si, ()), time_values, mentions):
            # "... menganiaya juru parkir. Para pelaku memukul korban", "SPN mogok ... Mereka mogok menuntut ...": the
            # same act by the doers told of
            continue
        if actor is None and target is not None and last is not None and 0 < si - last[0] <= ctx[
                "told_again_reach"] and target == last[2] and entry.get("mode") in (
                    None, events[last[4]]["mode"]) and not _another_act(text, m, own_start, own_end, ctx, lowered) and (
                not _another_occasion(text, (own_start, own_end), clause_start, events[last[4]], times_in.get(si, ()),
                                      time_values, mentions, ctx)):
            # the act done to the party last acted on in this way, by no one named, with no new time or place: the
            # same act told again, by the side it was done to ('KKB menembaki pos TNI ... "Kami diserang dari arah
            # hutan," kata ...'), not another ("Keesokan harinya, pos TNI kembali diserang")
            continue
        if actor is not None and quote is not None and 0 < si - said.get((*kind, actor), -99) <= ctx[
                "told_again_reach"] and listed(entry, ctx["performative"]) and made:
            # a quote soon after a request made repeats it: 'ia meminta manajemen ... "Saya minta ..."', 'PT X
            # membantah lalai. Kuasa hukumnya ... "Klien kami menolak tudingan ..."'
            continue
        if actor is not None and quote is not None and target is None and (
                untargeted.get((*kind, actor, verb)) == si - 1):
            continue  # a quote right after, with the same verb, repeats the act: 'mengirim bantuan ... "Kami mengirim"'
        seen.setdefault((si, *kind), []).append((target, verb, actor, m.end, modality == "historical"))
        coded_kinds.add(kind)
        if not negated:
            acts.setdefault(act, set()).add(target)
            worded.setdefault((*kind, actor), set()).add(m.text.lower())
            if made:
                said[(*kind, actor)] = si  # a request made, not one announced ("akan meminta")
            if target is None:
                untargeted[(*kind, actor, verb)] = si
                unnamed_at[act] = si
        if not negated:
            last_of_type[entry["type"]] = (si, actor, target, verb, len(events))
        if target is not None and not negated and listed(entry, ctx["suspect_types"]):
            accused.add(target)
        if actor and mentions.types[actor] == "ORG":
            last_org = actor
        if actor:
            last_actor[kind] = actor
        loc_id = next((eid for s, _, eid in mentions.between(s_start, s_end)
                       if mentions.types[eid] == "LOC" and is_place(text, s)), None)
        events.append(dict(
            id=f"v{len(events) + 1}", type=entry["type"], mode=entry.get("mode"),
            # the trigger as plain values: pydantic validates it into a Span in one call with the event
            context=list(entry.get("context") or []), trigger={"text": m.text, "start": m.start, "end": m.end},
            actor=actor, target=target, location=loc_id, time=times[0].id if times else None,
            negated=negated, modality=modality,
            source=quote.id if quote is not None else None, sentence=si, confidence=confidence,
        ))
    return validated(Event, events)


def _people_saved(text: str, m: Trigger, wide: list[str], start: int, mentions: Mentions, ctx: dict) -> bool:
    """The clause of a verb of rescue (from ``start``) names people before it: a person, or people by a noun of
    `rescued` among the words before it (``wide``): "Lima nelayan asal Buton diselamatkan oleh ..."."""
    return not ctx["rescued"].isdisjoint(wide) or any(
        mentions.types[eid] == "PER" for _, _, eid in mentions.between(start, m.start))


def _referred_back(text: str, m: Trigger, start: int, ctx: dict, lowered: Lowered | None = None) -> bool:
    """The clause of a trigger (from ``start``) opens with doers unnamed told of before ("Para pelaku", "Mereka",
    "Pelaku tersebut")."""
    words = words_in(text, start, m.start, lowered)
    return bool(words) and (words[0] in ctx["group_refs"] or words[0] in ctx["unnamed_people"] and not ctx[
        "anaphora"].isdisjoint(words[1:3]))


def _another_act(text: str, m: Trigger, start: int, end: int, ctx: dict, lowered: Lowered | None = None) -> bool:
    """The clause of a trigger (``start`` to ``end``) says its act is another: a word of `another_act` anywhere in it
    ("juga", "lagi", "lain", "keesokan"), or a party counted right after an active trigger ("menangkap dua
    karyawan"; not the doers or the time after a passive: "dianiaya tiga orang", "diserang sekitar pukul 06.00")."""
    words = words_in(text, start, end, lowered)
    after = words_in(text, m.end, end, lowered)[:1] if not m.text.lower().startswith("di") else []
    return not ctx["another_act"].isdisjoint(words) or bool(after) and (
        after[0] in ctx["quantities"] or after[0].isdigit())


def _set_apart(text: str, clause: tuple[int, int], first: dict, times: Sequence[Time], time_values: dict[str, str],
               mentions: Mentions) -> bool:
    """A clause retelling an act names a time or a place other than the one the ``first`` act was told with
    ("mogok ... di Bekasi pada Senin. Mereka mogok pada Kamis di Karawang"; ``times``: those of the clause's
    sentence, ``time_values``: the value of each time by id): another act."""
    start, end = clause
    value = next((t.value for t in times if start <= t.start < end), None)
    if value is not None and first["time"] is not None and not _same_time(value, time_values[first["time"]]):
        return True
    place = next((eid for s, _, eid in mentions.between(start, end)
                  if mentions.types[eid] == "LOC" and is_place(text, s)), None)
    return place is not None and first["location"] is not None and place != first["location"]


def _another_occasion(text: str, clause: tuple[int, int], start: int, first: dict, times: Sequence[Time],
                      time_values: dict[str, str], mentions: Mentions, ctx: dict) -> bool:
    """The ``clause`` of a trigger tells its act as done again, by a word of `repeated` ("kembali", "keesokan"), or
    it and the words before it from ``start`` (its sentence's or quote's) tell it at another time or place than the
    ``first`` act of its type (_set_apart: "Pada Sabtu malam, OPM menembaki ...")."""
    return not ctx["repeated"].isdisjoint(WORD.findall(text[clause[0]:clause[1]].lower())) or _set_apart(
        text, (start, clause[1]), first, times, time_values, mentions)


def _same_time(one: str | None, two: str | None) -> bool:
    """Two time values of which one is the other or narrows it down ("2026-03" and "2026-03-10"), or of the same day
    ("2026-03-10TMO", dini hari, and "2026-03-10T02:00+09:00"): no new time."""
    if not one or not two:
        return one == two
    short = min(len(one), len(two), 10)
    return one[:short] == two[:short]


def _named_as_known(text: str, m: Trigger, entry: dict, wide: list[str], quote, mentions: Mentions,
                    ctx: dict) -> bool:
    """A noun of an act of a kind told before that names that act, whoever speaks: opening its clause or what a
    source says ('"Pengasapan baru dilakukan setelah ...," kata Ferdinandus', "Ia mengatakan pengasapan tidak bisa
    ..."), owned by a pronoun ("Kalau tuntutan kami tidak dipenuhi"), or a speech act's noun without its doer after
    it ("jika tuntutan tidak dipenuhi")."""
    return (not wide or quote is not None and not text[quote.start:m.start].strip(" \"\u201c")
            or not ctx["possessives"].isdisjoint(words_after(text, m.end, 1))
            or entry["type"] in ctx["named_by_noun"] and not agent_follows(text, m, mentions))


def _same_act(m: Trigger, actor: str | None, target: str | None, verb: str, coded: list[tuple], s_start: int,
              marks: Marks, mentions: Mentions) -> bool:
    """A trigger of a kind already coded in its sentence (``coded``: target, verb, actor, end of each and whether it
    is told as past) names the same act, but on another party named, with the verb said again, or by another doer
    named in its own clause, before the trigger or after it ("..., sedangkan dua kontraktor ditahan oleh Kejari")."""
    own = max(s_start, marks.last_end_before(m.start) or s_start, *marks.breaks_between(s_start, m.start))
    return any(not _other(target, t) and (v != verb or is_nominal(verb)) and not (_other(actor, a) and any(
        mentions.agent(e) == actor for _, _, e in mentions.between(max(at, own), marks.next_end(m.end) or marks.end)))
        for t, v, a, at, _ in coded)


def _other(one: str | None, two: str | None) -> bool:
    """Two parties both named and not the same."""
    return one is not None and two is not None and one != two


class EventCoder:
    name = "events"
    requires = ("text", "sentences", "entities", "quotes", "times")
    assigns = ("events",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        dateline = doc.scratch.get("dateline")
        doc.article.events = code_events(doc.article, body_start=first_body_sentence(doc.article),
                                         skip_before=dateline.end if dateline else 0, lowered=shared_lower_words(doc))
