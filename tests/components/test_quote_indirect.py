"""Reported speech: more than one statement in a sentence."""

from .quote_builders import quotes_of


def test_two_statements_in_one_sentence_split_at_the_clause_link():
    text = ("Presiden Prabowo menyatakan pemerintah akan membangun tiga juta rumah, sementara Menteri PUPR Dody "
            "mengatakan anggarannya belum tersedia.")
    quotes = quotes_of(text, "Prabowo:PER; Dody:PER")
    assert [(q.speaker.name, q.content) for q in quotes] == [
        ("Prabowo", "pemerintah akan membangun tiga juta rumah"), ("Dody", "anggarannya belum tersedia")]
