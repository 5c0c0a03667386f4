"""word_search.whole_words against a plain reference: every whole-word occurrence, the longest at each start,
then the non-overlapping ones from the left; by ``str.find`` and by the automaton (more than 64 forms)."""

import random
import re

from warta.components.word_search import whole_words


def _reference(text: str, forms: list[str]) -> list[tuple[int, int]]:
    longest: dict[int, int] = {}
    for form in filter(None, forms):
        for m in re.finditer(rf"(?<![\w-])(?=({re.escape(form)})(?![\w-]))", text):
            a, b = m.start(), m.start() + len(form)
            longest[a] = max(longest.get(a, -1), b)
    out: list[tuple[int, int]] = []
    for a in sorted(longest):
        if not out or a >= out[-1][1]:
            out.append((a, longest[a]))
    return out


def test_examples():
    text = "Joko Widodo bertemu Joko. Widodo-nya, Bin Bin Bin; é Joko_ Joko"
    # "Joko Widodo" wins over "Joko" at 0; "Widodo-nya" and "Joko_" are no whole words; "Bin Bin" once
    assert whole_words(text, ["Joko", "Joko Widodo", "Widodo", "Bin Bin"]) == [(0, 11), (20, 24), (38, 45), (59, 63)]


def test_random_texts_agree_with_reference():
    rng = random.Random(7)
    alphabet = "ab -_.,é1\u00a0"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        n_forms = rng.choice((3, 70))
        forms = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(n_forms)]
        assert whole_words(text, forms) == _reference(text, forms)
