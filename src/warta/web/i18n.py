"""Interface text in Indonesian (the default) and English, from ``messages.yaml``.

The language is chosen by ``?lang=id|en`` (remembered in a cookie), else the cookie, else Indonesian.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

LANGS = ("id", "en")
DEFAULT = "id"


@cache
def messages() -> dict[str, dict[str, str]]:
    import yaml

    text = resources.files("warta.web").joinpath("messages.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def translator(lang: str):
    table = messages()

    def t(key: str) -> str:
        entry = table.get(key)
        if entry is None:
            return key  # a missing key shows itself; tests/web check every key used by a template exists
        return entry.get(lang) or entry[DEFAULT]

    return t


def choose(query_lang: str | None, cookie_lang: str | None) -> str:
    for lang in (query_lang, cookie_lang):
        if lang in LANGS:
            return lang
    return DEFAULT
