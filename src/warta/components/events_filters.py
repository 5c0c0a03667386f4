"""Whether a trigger, read with the words around it, reports no event of its own (events.py lists every case not
coded, under "Not coded"; the checks on one trigger and its words are here, those that compare it with the events
coded before it are in events.py).

A trigger in a name or title (`in_name`) or a fixed phrase (`in_idiom`); after "yang" that describes; after an
opinion verb or in a link to another story; what the law allows (`statutory`); an attempt ("upaya ... untuk"); a verb
whose clause opens with a disaster, a state or a thing; equipment readied, not forces sent; what a speech act asks,
agrees, alleges, denies or threatens (its content); "mendorong" as a cause and "permintaan" as market demand; a
question; a noun that is the object of a preposition, action noun or trigger, or an event told before ("itu",
"tersebut"); "mohon maaf" opening a refusal ("Mohon maaf, saya belum bisa berkomentar") (`not_an_event`). The
word lists named here are in lang/id/event_context.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import dropwhile

from .events_parties import Mentions
from .events_roles import titled_agent
from .events_text import (
    VERB,
    WORD,
    Marks,
    Trigger,
    context,
    has_phrase,
    is_nominal,
    not_verbs,
    party_words,
    words_after,
    words_in,
)
from .regex_guard import Lowered

_ACTION_NOUN = re.compile(r"(?:pe|ke)\w{3,}an")
# read backwards: spaces, then words opening with a capital (as many as there are), spaces and the word before them
# ("Myanmar krisis" of "krisis Myanmar"); written forwards, r"(\w+)\s+(?:[A-Z][\w.-]*\s+)+$"
_NAME_BEFORE = re.compile(r"\s+(?:[\w.-]*[A-Z]\s+)+(\w+)")
_YANG_BEFORE = re.compile(r"yang\s+(?:\w+\s+){0,3}$", re.IGNORECASE)  # "yang bulan lalu menyerang"
# after a name: its short form in brackets ("Kejaksaan Tinggi Sumatera Utara (Kejati Sumut), "), or degrees ("H.
# Mukhlis Yusuf, S.H., "), and a comma
_AFTER_NAME = re.compile(r"\)?(?:\s*\([^()]{1,30}\))?(?:\s*,\s*[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,4}\.)*)*\s*,\s*")


def _has_verb(text: str, start: int, end: int) -> bool:
    return any(w not in not_verbs() for w in VERB.findall(text, start, end))


@cache
def _idioms_with(word: str) -> tuple[str, ...]:
    # an idiom that is the trigger itself is not one: the lexicon codes it ("meninjau ulang ... izin")
    return tuple(f" {p} " for p in context()["idioms"] if f" {word} " in f" {p} " and p != word)


def in_idiom(text: str, trigger: Trigger, before: list[str], lowered: Lowered | None = None) -> bool:
    """The trigger is part of a fixed phrase that names no event ("menahan diri", "pembebasan lahan"); ``lowered``
    is lower_words of the text."""
    word = trigger.text.lower()
    idioms = _idioms_with(word)
    if not idioms:
        return False
    around = " " + " ".join(before[-3:] + [word] + words_after(text, trigger.end, 3, lowered)) + " "
    return any(p in around for p in idioms)


def _is_object(text: str, trigger: Trigger, previous: Trigger | None, wide: list[str], mentions: Mentions,
               ctx: dict) -> bool:
    """A nominal trigger that is the object of a preposition (not the purpose of a trip, nor the means or source of
    something with its doer named right after it: "dibangun dengan pinjaman Jepang", "lebih ringan dari tuntutan
    jaksa Kejari Bandung"), of an action noun or of the trigger right before it."""
    last = wide[-1] if wide and text[max(0, trigger.start - 40):trigger.start].rstrip()[-1:].isalnum() else ""
    return (last in ctx["object_of"] and not is_trip(trigger, wide, ctx)
            and not (last in ctx["means"] and agent_follows(text, trigger, mentions))
            or _ACTION_NOUN.fullmatch(last) is not None  # "pembahasan kerja sama"
            or (previous is not None and text[previous.end:trigger.start].isspace()))


def _party_follows(text: str, trigger: Trigger, mentions: Mentions) -> bool:
    """A party named right after a trigger, the one it acts on ("Ia mendorong Kementerian Lingkungan Hidup")."""
    after = mentions.between(trigger.end, trigger.end + 40)
    return bool(after) and text[trigger.end:after[0][0]].isspace()


def _requester_follows(text: str, trigger: Trigger, mentions: Mentions, ctx: dict,
                       lowered: Lowered | None = None) -> bool:
    """Who asks, or what for, written right after a nominal request: a party named ("permintaan [dari] Jepang"), a
    pronoun or people ("permintaan mereka", "permintaan warga"), or a purpose ("permintaan agar ...")."""
    after = words_after(text, trigger.end, 3, lowered)
    return (agent_follows(text, trigger, mentions) or bool(after) and (
        after[0] in ctx["requesters"] or after[0] in ctx["unnamed_people"] or after[0] in ctx["agent_nouns"])
            or not ctx["purposes"].isdisjoint(after))


def agent_follows(text: str, trigger: Trigger, mentions: Mentions) -> bool:
    """A party named right after a nominal trigger, its doer ("pinjaman Jepang", "pinjaman dari CDB", "tuntutan
    jaksa KPK": maybe after an agent noun and a few more words of its title)."""
    after = mentions.between(trigger.end, trigger.end + 80)
    if not after:
        return False
    between = text[trigger.end:after[0][0]]
    return re.fullmatch(r"\s+(?:dari\s+)?", between) is not None or titled_agent(between, context())


def is_trip(trigger: Trigger, before: list[str], ctx: dict) -> bool:
    """A CONSULT trigger that is the purpose of a trip: "tiba di Rusia untuk berunding"."""
    return trigger.entry["type"] == "CONSULT" and "untuk" in before and not ctx["trip_verbs"].isdisjoint(before)


def _is_content(text: str, trigger: Trigger, speech: Trigger | None, s_start: int, marks: Marks,
                mentions: Mentions, ctx: dict) -> bool:
    """A trigger in the same clause after the last REQUEST, AGREE, ACCUSE, REJECT or THREATEN trigger (``speech``):
    what is asked, agreed, alleged, denied or threatened, not an event of its own. A name between commas is an
    apposition, not a clause end ("menuding investor klub, PT X, menahan dana"), nor is a short form in brackets,
    nor a comma before a word that goes on with a list (`continuations`: "termasuk"), nor a reason given for it
    (`reasons`: "menuding panitia tebang pilih karena hanya memeriksa ..."); "dan", "serta" after a verb of the
    content join another verb to it ("meminta warga menguras bak dan menutup tandon")."""
    if speech is None or speech.end <= s_start or speech.text.lower() == trigger.text.lower():
        return False  # the verb said again is another act: "menegur kepala sekolah yang ... dan menegur pengawas"
    end = marks.next_end(speech.end)
    while end is not None and end < trigger.start and (joiner := ctx["joiner_re"].match(text, end)) and _has_verb(
            text, speech.end, end):
        end = marks.next_end(joiner.end())  # "meminta semua pihak menahan diri dan membuka akses": one request
    while end is not None and end < trigger.start and (reason := ctx["reasons_re"].match(text, end)):
        end = marks.next_end(reason.end())  # "menuding panitia tebang pilih karena hanya memeriksa atlet": its reason
    while end is not None and end < trigger.start and text[end] in ",(":
        if text[end] == "(":  # "berjanji Pemerintah Provinsi Maluku (Pemprov Maluku) akan ...": a short form
            close = text.find(")", end, min(trigger.start, end + 40))
            if close < 0:
                break
            end = marks.next_end(close + 1)
            continue
        if not ctx["continuations"].isdisjoint(words_after(text, end + 1, 1, marks.lowered)):
            end = marks.next_end(end + 1)  # "mengancam ... langkah balasan, termasuk menggugat Indonesia ke WTO"
            continue
        after = marks.next_end(end + 1)
        if after is None or text[after] != ",":
            break
        named = mentions.between(end + 1, after)
        if not named or text[end + 1:after].strip() != text[named[0][0]:named[-1][1]]:
            break
        end = marks.next_end(after + 1)
    while end is not None and end < trigger.start and (joiner := ctx["joiner_re"].match(text, end)) and _has_verb(
            text, speech.end, end):
        end = marks.next_end(joiner.end())
    return end is None or end >= trigger.start


def in_name(text: str, m: Trigger, s_start: int) -> bool:
    """A capitalised trigger right after a capitalised word of its sentence is part of a name or title ("Direktur
    Penyidikan KPK")."""
    if not m.text[:1].isupper():
        return False
    prev = re.search(r"(\w+)\s+$", text[max(s_start, m.start - 40):m.start])
    return bool(prev) and prev.group(1)[:1].isupper()


def _opens_refusal(text: str, m: Trigger, ctx: dict) -> bool:
    """One of `refusals` right after a trigger, maybe after words of `refusal_openers` ("karena kami")."""
    words = list(dropwhile(ctx["refusal_openers"].__contains__, words_after(text, m.end, ctx["refusal_reach"])))
    said = " ".join(words) + " "
    return any(said.startswith(f"{p} ") for p in ctx["refusals"])


def not_an_event(text: str, m: Trigger, previous: Trigger | None, speech: Trigger | None, s_start: int,
                 marks: Marks, mentions: Mentions, opinion_at: int | None, wide: list[str], ctx: dict) -> bool:
    if ctx["descriptive"] & set(wide[-2:]) and not of_a_named_party(text, m, mentions) and not _existential(
            wide, ctx):
        # "pasukan yang bertempur" describes; "KPK, yang menahan Budi pekan lalu, ..." and "belum ada pejabat yang
        # menemui para pengunjuk rasa" tell an act (or that there was none)
        return True
    if m.text.lower() in ctx["polite_apologies"] and _opens_refusal(text, m, ctx):
        return True  # '"Mohon maaf, saya belum bisa berkomentar"': politeness opening a refusal, no apology
    if opinion_at is not None and opinion_at < m.start:
        return True  # an analyst's view or a forecast ("Pengamat ... menilai kunjungan ...")
    if has_phrase(wide, ctx["statutory"]):
        return True
    if wide[-1:] == ["untuk"] and not ctx["attempts"].isdisjoint(wide[-5:-1]):
        return True  # "upaya Korea Utara untuk mengerahkan ...": an attempt
    if not is_nominal(m.text) and (_subject_word(wide, ctx) in ctx["not_agents"]
                                   or _noun_before_name(text, m.start) in ctx["not_agents"]
                                   or not m.text.lower().startswith("di") and not m.entry.get("object_voice")
                                   and not ctx["subject_openers"].isdisjoint(wide)
                                   and _thing_subject(text, m, s_start, marks, mentions, ctx)):
        return True  # "krisis Myanmar menyandera agenda", "banjir memaksa warga mengungsi": no party acts
    if m.entry["type"] == "MOBILIZE" and ctx["deployed"].isdisjoint(m.text.lower().split()) and (
            ctx["deployed"].isdisjoint(wide[-6:]) and ctx["deployed"].isdisjoint(words_after(text, m.end, 4,
                                                                                              marks.lowered))
            and (m.text.lower() in ctx["standby"]
                 or ctx["relief"].isdisjoint(words_after(text, m.end, ctx["relief_reach"], marks.lowered)))):
        # "menyiagakan perahu karet", "alat berat dikerahkan": equipment, not forces; but sent (not readied,
        # `standby`) for relief it is aid ("mengerahkan dua helikopter untuk pemadaman")
        return True
    if _is_content(text, m, speech, s_start, marks, mentions, ctx):
        return True
    if m.text.lower() in ctx["needs_party"] and not (
            _party_follows(text, m, mentions) and (mentions.between(s_start, m.start) or ctx["pronouns"] & set(wide))):
        return True  # "mendorong pertumbuhan", "Permintaan pasar mendorong Jepang ...": no party urges another
    if m.text.lower() in ctx["needs_requester"] and not _requester_follows(text, m, mentions, ctx, marks.lowered):
        return True  # "Permintaan beras melemah": market demand, no one asks
    if text.find("?", m.end, marks.end) >= 0 and marks.stop_after(m.end) == "?":
        return True  # "apakah menerima putusan ini atau mengajukan banding?"
    if is_nominal(m.text):
        # "serangan tersebut", "pertemuan dua hari itu": an event told before
        stop = marks.next_end(m.end)
        after = words_in(text, m.end, min(stop or m.end + 30, m.end + 30), marks.lowered)[:3]
        return _is_object(text, m, previous, wide, mentions, ctx) or not ctx["anaphora"].isdisjoint(after)
    return False


def _existential(wide: list[str], ctx: dict) -> bool:
    """The "yang" before a trigger follows "ada" and maybe a word for people ("belum ada pejabat Kementan yang
    menemui ...", "ada yang dipukul"; not "ada 23 bidang yang belum dibebaskan"): the clause says who did the act or
    had it done to them, or that no one did."""
    at = max(i for i, w in enumerate(wide) if w in ctx["descriptive"])
    there = [i for i, w in enumerate(wide[:at]) if w in ctx["existential"] and at - i <= 4]
    if not there:
        return False
    between = wide[there[-1] + 1:at]
    return not between or any(w in ctx["unnamed_people"] or w in ctx["agent_nouns"] or w in ctx["pair_people"]
                              for w in between)


def of_a_named_party(text: str, m: Trigger, mentions: Mentions) -> bool:
    """The trigger opens a clause set off by a comma after a name ("Kejati Sumut, yang menetapkan keduanya sebagai
    tersangka bulan lalu, ..."): it tells what that party did, not which of several it is."""
    found = _YANG_BEFORE.search(text, max(0, m.start - 40), m.start)
    if found is None:
        return False
    named = mentions.between(max(0, found.start() - 80), found.start())
    return bool(named) and _AFTER_NAME.fullmatch(text, named[-1][1], found.start()) is not None


def _noun_before_name(text: str, start: int) -> str | None:
    """The lower-case word right before the name that ends just before ``start`` ("krisis" in "... membiarkan krisis
    Myanmar menyandera"), if a capitalised name does: the 80 characters before ``start`` are matched once, read
    backwards (_NAME_BEFORE), as searching them for a name ending at their end would try every offset."""
    found = _NAME_BEFORE.match(text[max(0, start - 80):start][::-1])
    word = found.group(1)[::-1] if found else None
    return word if word is not None and word.islower() else None


def _thing_subject(text: str, m: Trigger, s_start: int, marks: Marks, mentions: Mentions, ctx: dict) -> bool:
    """The clause of an active verb names no one and opens with a condition or clause word (jika, ketika...), then,
    past linking words and numbers, a common noun of no party written in lower case ("jika pupuk tidak tiba di
    kios"): a thing is its subject, no party acts."""
    own = marks.breaks_between(s_start, m.start)
    own_start = max(own[-1] if own else s_start, marks.last_end_before(m.start) or s_start)
    if mentions.between(own_start, m.start):
        return False
    words = WORD.findall(text[own_start:m.start])
    if not words or words[0].lower() not in ctx["conditional"] and words[0].lower() not in ctx["clause_breaks"]:
        return False  # a clause opened by a condition or a clause word has a subject of its own
    words = [w for w in words[1:] if w.lower() not in ctx["linking"] and not w.isdigit()]
    # a capitalised word may be a name the tagger missed ("Sisi menyambut baik ...")
    return bool(words) and words[0].isalpha() and words[0].islower() and not VERB.fullmatch(words[0]) and (
        words[0] not in party_words())


def _subject_word(wide: list[str], ctx: dict) -> str | None:
    """The first word of the trigger's clause when the words before it reach back to the clause's start."""
    breaks = [i for i, w in enumerate(wide) if w in ctx["clause_breaks"]]
    own = wide[breaks[-1] + 1:] if breaks else wide
    return own[0] if own and (breaks or len(wide) < 2 * ctx["window"]) else None
