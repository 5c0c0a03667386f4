"""Every word list in lang/id holds words: YAML 1.1 reads a bare on, off, yes, no, y or n as a boolean
(flags such as ``object_voice: true`` are values, not words, and are left alone)."""

from importlib import resources

import pytest

from warta.lang.id import load

FILES = sorted(p.name[:-5] for p in resources.files("warta.lang.id").iterdir() if p.name.endswith(".yaml"))


def _words(node):
    """List items and mapping keys, the places a word stands."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            if isinstance(value, (dict, list)):
                yield from _words(value)
    elif isinstance(node, list):
        for value in node:
            yield from _words(value) if isinstance(value, (dict, list)) else (value,)


@pytest.mark.parametrize("name", FILES)
def test_no_word_is_read_as_a_boolean(name):
    assert not [w for w in _words(load(name)) if isinstance(w, bool)]
