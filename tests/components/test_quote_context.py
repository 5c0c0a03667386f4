"""Channel, addressee and time of a statement."""

import pytest

from warta.components.quotes import extract_quotes
from warta.components.segment import split_sentences

from .quote_builders import entities, quotes_of


@pytest.mark.parametrize("text, ents, channel, addressee", [
    ('"Perang ini meluas," kata Zelenskiy di X.', "Zelenskiy:PER; X:ORG", "X", None),
    ('"Perang ini meluas," kata Zelenskiy di X.', "Zelenskiy:PER; X:LOC", "X", None),
    ('"Kami siap," tulis Jokowi di Instagram.', "Jokowi:PER", "Instagram", None),
    ('"Kami siap," kata Jokowi di Solo.', "Jokowi:PER; Solo:LOC", None, None),
    ('"Ini bukan upaya simbolis," kata CSIS dalam sebuah catatan.', "CSIS:ORG", "sebuah catatan", None),
    ('"Kami kooperatif," kata Markus kepada wartawan di Jakarta.', "Markus:PER; Jakarta:LOC", "wartawan", None),
    ('"Bantuan segera tiba," kata Retno kepada Menlu Myanmar Than Swe.', "Retno:PER; Than Swe:PER; Myanmar:LOC",
     None, "e2"),
    ('"Kami minta maaf," tulis manajemen melalui akun Instagram resmi klub.', "", "akun Instagram resmi klub", None),
])
def test_channel_and_addressee(text, ents, channel, addressee):
    q = quotes_of(text, ents)[0]
    assert (q.channel, q.addressee) == (channel, addressee)


def test_time_inside_the_attribution_is_linked():
    from warta.article import Time

    text = '"Klien kami kooperatif," kata Markus kepada wartawan di Jakarta, Kamis (22/8/2024).'
    start = text.index("Kamis")
    times = [Time(id="t1", text="Kamis (22/8/2024)", start=start, end=start + 17, value="2024-08-22")]
    quotes = extract_quotes(text, split_sentences(text), entities(text, "Markus:PER"), times)
    assert quotes[0].time == "t1"


def test_time_between_the_speaker_and_the_cue_is_linked():
    from warta.article import Time

    text = "Presiden AS Joe Biden pada Selasa mengatakan bahwa bantuan untuk Ukraina akan ditambah."
    start = text.index("pada Selasa")
    times = [Time(id="t1", text="pada Selasa", start=start, end=start + 11, value="2024-10-29")]
    q = extract_quotes(text, split_sentences(text), entities(text, "Joe Biden:PER; AS:LOC; Ukraina:LOC"), times)[0]
    assert (q.speaker.text, q.time) == ("Presiden AS Joe Biden", "t1")
