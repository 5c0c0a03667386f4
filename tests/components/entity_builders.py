"""Builders for end-to-end entity tests: a text's entities from the whole entity stage."""

from warta.components.entities import find_entities
from warta.components.metadata import find_dateline
from warta.components.segment import split_sentences, tokenize
from warta.kb import knowledge_base


def entities(text: str, kb=None):
    """The entities of a text, with the given KB or else the one warta ships."""
    kb = kb if kb is not None else knowledge_base()
    sentences = split_sentences(text)
    return find_entities(text, sentences, tokenize(text, sentences), dateline=find_dateline(text), kb=kb)


def by_name(text: str, kb=None) -> dict[str, object]:
    return {e.name: e for e in entities(text, kb)}


def names(text: str) -> dict[str, str]:
    """Each entity's name and type."""
    return {e.name: e.type for e in entities(text)}


def mentions(text: str) -> dict[str, set[str]]:
    """Each entity's name and the forms its mentions are written in."""
    return {e.name: {text[m.start:m.end] for m in e.mentions} for e in entities(text)}
