"""events_filters._noun_before_name reads the window before a trigger backwards in one match; the check it
replaces searched it forwards for a name ending at its end. Both must find the same word."""

import random
import re

import pytest

from warta.components.events_filters import _noun_before_name

_CHUNKS = ["krisis", "banjir", "Myanmar", "KPK", "Jawa", "Timur", "R.I.", "Dr.", "Sulawesi-Selatan", "a-Bc", "x.Y",
           "(krisis", "krisis,", "Ketua)", "2024", "3B", "Ébola", "Şahin", "ıkan", "und_er", "pasca-Banjir",
           "McDonald", ",", ".", "-", "A", "b", "yang", "ÁB", "dan"]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n"]


def _forwards(text: str, start: int) -> str | None:
    """The check as it was written before: a search for a name ending at the window's end."""
    found = re.search(r"(\w+)\s+(?:[A-Z][\w.-]*\s+)+$", text[max(0, start - 80):start])
    return found.group(1) if found and found.group(1).islower() else None


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 30)):
        # names often: capitalised chunks ("Myanmar", "R.I.", "Ébola" is none) more often than the rest
        parts.append(rng.choice(_CHUNKS if rng.random() < 0.5 else _CHUNKS[2:10]))
        parts.append(rng.choice(_SPACES) if rng.random() < 0.9 else "")
    return "".join(parts)


@pytest.mark.parametrize("seed", range(5))
def test_the_backward_match_finds_what_the_forward_search_found(seed):
    rng = random.Random(seed)
    for _ in range(4000):
        text = _random_text(rng)
        start = len(text) if rng.random() < 0.7 else rng.randint(0, len(text))  # mostly right after a space
        assert _noun_before_name(text, start) == _forwards(text, start), (text, start)


def test_the_backward_match_agrees_at_every_word_of_an_article(example_text):
    starts = [m.start() for m in re.finditer(r"\w+", example_text)]
    assert any(_forwards(example_text, s) for s in starts)  # the article has such words: the check is not idle
    assert [_noun_before_name(example_text, s) for s in starts] == [_forwards(example_text, s) for s in starts]


@pytest.mark.parametrize("text, word", [
    ("Ia membiarkan krisis Myanmar ", "krisis"),
    ("banjir Jawa Timur ", "banjir"),
    ("Presiden Joko Widodo ", None),
    ("krisis, Myanmar ", None),
    ("krisis Myanmar", None),
])
def test_the_word_before_a_name(text, word):
    assert _noun_before_name(text, len(text)) == word
