"""Candidates the article shows are no names, or no entities of their own, where one sentence alone cannot tell:

- a one-word candidate opening a sentence when the article writes that word in lower case elsewhere, and an
  ordinary word capitalised only because it opens the sentence before a name the KB knows ("[Gol] Persib");
- acronyms the article defines by lower-case words ("kejadian luar biasa (KLB)"), a corps between rank and name
  ("Letjen TNI Suharyanto") and "RI" after an organisation;
- a country named only as a nationality ("pemain Denmark Viktor Axelsen").
"""

from __future__ import annotations

import re

from . import coref
from .ner_lexicon import lexicon
from .ner_model import lowercase_vocab
from .ner_rules import Cand
from .word_search import written_alone


def drop_sentence_initial(cands: list[Cand], text: str) -> list[Cand]:
    """A word that opens a sentence and is written in lower case elsewhere in the article is an ordinary word
    ("Vonis dibacakan ...", "... vonis itu")."""
    initial = [c for c in cands if c.initial and c.source == "crf"]
    if not initial:
        return cands
    forms = {text[c.start:c.end].lower() for c in initial}
    # the forms the article writes elsewhere as a whole word of small letters a-z
    lower = {f for f in forms if f.isascii() and f.isalpha() and f.islower() and written_alone(text, f)}
    drop = {id(c) for c in initial if text[c.start:c.end].lower() in lower}
    return [c for c in cands if id(c) not in drop]


def drop_then_openers(cands: list[Cand], text: str) -> list[Cand]:
    """A name start that is also an ordinary word (entities.yaml ordinary_name_starts: "Lalu", then) opening a
    sentence before a person the article names without it is that word: "Purbaya Yudhi Sadewa ... [Lalu]
    Purbaya menemui ..."; not "Lalu Iqbal" for "Lalu Muhammad Iqbal"."""
    openers = [w.capitalize() + " " for w in lexicon().ordinary_name_starts]  # as they open a sentence: "Lalu "
    hits = [c for c in cands if c.type == "PER" and any(text.startswith(w, c.start) for w in openers)
            and " " in text[c.start:c.end] and _opens_sentence(text, c.start)]
    if not hits:
        return cands
    others = [coref.fold(text[c.start:c.end]).split() for c in cands if c.type == "PER" and c not in hits]
    for c in hits:
        first, rest = text[c.start:c.end].split(None, 1)
        words = coref.fold(rest).split()
        if any(o[0] != coref.fold(first) and all(w in o for w in words) for o in others):
            c.start = c.end - len(rest)
    return cands


def drop_opening_word(cands: list[Cand], text: str, kb) -> list[Cand]:
    """An ordinary word that opens the sentence, capitalised for that alone, is no part of the name the KB
    knows after it: "[Gol] Persib dicetak ...", "[Saham] Antam naik ..."; not a head word or a title ("Bank
    Mandiri", "Presiden Prabowo"), nor a name the KB knows whole, nor a name word ("Putera Sampoerna")."""
    if kb is None:
        return cands
    lex, vocab = lexicon(), lowercase_vocab()
    for c in cands:
        # one word has no opening word to drop: the look back for a sentence end only for names of several
        if c.source != "crf" or c.kind != "name" or " " not in text[c.start:c.end] or not _opens_sentence(
                text, c.start):
            continue
        first, _, rest = text[c.start:c.end].partition(" ")
        low = first.lower()
        if (not rest or low in lex.org_heads or low in lex.loc_heads or low in lex.title_words
                or low in lex.honorifics or kb.lookup(text[c.start:c.end])):
            continue
        kinds = {r.type for r in kb.lookup(rest)}
        # an ordinary word ("Laga Persib": entities.yaml opening_nouns), never a capitalised name word before a
        # surname that is also a company's name: "Putera Sampoerna", "Keisuke Honda"
        if len(kinds) == 1 and (low in vocab or low in lex.opening_nouns or written_alone(text, low)):
            c.start += len(first) + 1
            c.type = kinds.pop()
    return cands


def _opens_sentence(text: str, start: int) -> bool:
    r"""Whether a sentence opens at ``start``: only white space between it and the text's start, a line end, a
    stop or closing quote, or a dash after a space, within the 4 characters before. (What the regex
    (?:^|[.!?"\u201d\n]|\s[-\u2013])\s*$ searched for there, trying each start; str.rstrip and str.isspace take
    the white space \s does.)"""
    lo = max(0, start - 4)
    head = text[lo:start].rstrip()
    end = lo + len(head)  # past the last character that is not white space
    if end == 0 or "\n" in text[end:start]:
        return True
    if not head:
        return False
    last = head[-1]
    return last in ".!?\"\u201d" or (last in "-\u2013" and end - 2 >= lo and text[end - 2].isspace())


_ACRONYM_AFTER_SPACE = re.compile(r"\((?<= \()([A-Z]{2,7})\)")  # the bracket first: re skips to the next one in C
# up to eight lower-case words before it, read in the reversed text from the bracket back: one anchored match per
# acronym instead of a search that tried eight words at every word of the article
_LOWER_WORDS_REVERSED = re.compile(r"(?: [a-z]+\b){1,8}")


_GLOSSED_ACRONYM = re.compile(r"\(((?:[a-z]+ ){1,7}[a-z]+)/([A-Z]{2,7})\)")  # "(crude palm oil/CPO)"


def common_acronyms(text: str) -> set[str]:
    """Acronyms the article defines by lower-case words, so kinds of things, not names: "kejadian luar biasa
    (KLB)", "bea masuk tindakan pengamanan (BMTP)", "zona ekonomi eksklusif (ZEE)", "minyak sawit mentah (crude
    palm oil/CPO)"."""
    found = {m.group(2) for m in _GLOSSED_ACRONYM.finditer(text) if coref.spells(m.group(2), m.group(1))}
    reverse = ""
    for m in _ACRONYM_AFTER_SPACE.finditer(text):
        reverse = reverse or text[::-1]
        before = _LOWER_WORDS_REVERSED.match(reverse, len(text) - m.start())
        if before is None:
            continue
        words, acronym = before.group()[::-1].split(), m.group(1)
        if any(coref.spells(acronym, " ".join(words[k:])) for k in range(len(words) - 1)):
            found.add(acronym)
    return found


def drop_common_acronyms(cands: list[Cand], text: str) -> list[Cand]:
    """No candidate is such an acronym, and one it starts ("ZEE Indonesia") starts after it."""
    common = common_acronyms(text)
    if not common:
        return cands
    out = []
    for c in cands:
        first, _, rest = text[c.start:c.end].partition(" ")
        if first in common:
            if not rest or not rest[:1].isupper():
                continue
            c.start += len(first) + 1
        out.append(c)
    return out


def drop_state_suffix(cands: list[Cand], text: str) -> list[Cand]:
    """ "RI" right after an organisation's name says whose it is ("Bawaslu RI", "DPR RI"): no mention of
    Indonesia there."""
    ends = {c.end for c in cands if c.type == "ORG"}
    if not ends:
        return list(cands)
    # where an organisation ends first, a set look-up: most candidates follow none, and need no slice of the text
    return [c for c in cands if not (c.start - 1 in ends and text[c.start - 1] == " " and text[c.start:c.end] == "RI")]


_PAIR = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")


def drop_pairs(cands: list[Cand], text: str) -> list[Cand]:
    """A pair of running mates named by one name each, "Rahim-Stevanus" after "Abdul Rahim Sangaji dan Stevanus
    Tjoa", is the pair, no person: each half starts a word of another person the article names ("Ubaid" for
    Ubaidillah). Nor a place, as the tagger may read it for a route ("tim Markus-Amir dan Yohanes-Selfina")."""
    pairs = [c for c in cands if c.type in ("PER", "LOC") and _PAIR.fullmatch(text, c.start, c.end)]
    if not pairs:
        return cands  # most articles name no pair
    names = [text[c.start:c.end].split() for c in cands if c.type == "PER" and c not in pairs]

    def person(half: str) -> int | None:
        return next((n for n, words in enumerate(names) if any(w.startswith(half) for w in words)), None)

    dropped = set()
    for c in pairs:
        first, second = _PAIR.fullmatch(text, c.start, c.end).groups()
        a, b = person(first), person(second)
        if a is not None and b is not None and a != b:
            dropped.add(id(c))
    return [c for c in cands if id(c) not in dropped]


# what may stand between a rank's corps and the name: a space, or a retired officer's "(Purn.)"
_RANK_GAPS = frozenset([" ", " (purn.) ", " (purn) "])


def drop_rank_corps(cands: list[Cand], text: str) -> list[Cand]:
    """The corps written between a rank and a name is part of the rank ("Laksamana Muda TNI Fauzi Rahman",
    "Brigjen Pol Marjuki", "Brigjen TNI (Purn.) Ariandi Putra"): no organisation of its own there. A rank alone
    is no person: it is the title of the one named after it ("Kapolrestabes Bandung [Kombes] Pol. Dani Hamdani",
    the tagger's "Bandung Kombes" split)."""
    lex = lexicon()
    cands = sorted(cands, key=coref.by_start)
    out = []
    for i, c in enumerate(cands):
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (c.type != "PER" and nxt is not None and nxt.type == "PER"
                and text[c.end:nxt.start].lower() in _RANK_GAPS and text[c.start:c.end].lower() in lex.rank_corps
                # after a rank, maybe of two words ("Laksamana Muda"), not any title ("Panglima TNI Agus Subiyanto")
                and any(w in lex.ranks for w in _words_before(text, c.start)[-2:])):
            continue
        if c.type == "PER" and text[c.start:c.end].lower() in lex.ranks:
            continue
        if (c.end - c.start <= 2 and text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")"
                and any(w in lex.ranks or w in lex.rank_corps for w in _words_before(text, c.start - 1)[-2:])):
            continue  # a navy speciality in brackets: "Letkol Laut (P) Arief Budiman"
        out.append(c)
    return out


# "((?:[\w-]+\s+){1,3})$" written for the reversed text: one match anchored at the offset, instead of a search
# that tries the pattern from every character of the 40 before it
_WORDS_BEFORE_REVERSED = re.compile(r"(?:\s+[\w-]+){1,3}")


def _words_before(text: str, start: int) -> list[str]:
    """Up to three lower-cased words right before ``start`` (none across punctuation)."""
    m = _WORDS_BEFORE_REVERSED.match(text[max(0, start - 40):start][::-1])
    return m.group()[::-1].lower().split() if m else []


def _after_nationality_cue(text: str, start: int) -> bool:
    """ "pemain Denmark", "warga negara Indonesia": the word at ``start`` follows a word for people by kind."""
    words = _words_before(text, start)
    cues = lexicon().nationality_cues
    return any(" ".join(words[k:]) in cues for k in range(len(words)))


def drop_nationalities(clusters: list[coref.Cluster], text: str, kb) -> list[coref.Cluster]:
    """A country named only right after a word for people ("pemain Denmark Viktor Axelsen", "warga negara
    Indonesia (WNI)") is a nationality, not the place: no entity. Once the article names the country otherwise
    ("asal Brasil", "di Jepang"), every mention stays."""
    if kb is None:
        return clusters

    out = []
    for c in clusters:
        # a loop written out, not a function called per entity: few entities have a KB id
        for m in c.mentions:
            if m.kb_ids and getattr(kb.get(m.kb_ids[0]), "kind", "") == "country":
                break
        else:
            out.append(c)  # no country
            continue
        if not all(_after_nationality_cue(text, m.start) for m in c.mentions):
            out.append(c)
    return out
