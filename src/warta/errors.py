"""warta's error catalogue and its small exception tree.

    WartaError              base; carries a code (E0xx) and an HTTP status for the API
    ├── InputError          the user's input cannot be read or analysed (status 400)
    ├── ConfigError         a pipeline or setting is wrong (status 500)
    └── ComponentError      a component failed on an article: a bug, reported per article (status 500)

Library code raises these; adapters (CLI, API, batch) turn them into one-line messages. A batch never stops on
an InputError: sources and ``Pipeline.pipe`` return it inside a result instead.
"""

from __future__ import annotations

from enum import Enum


class E(str, Enum):
    """Error codes and message templates; ``E.E001.format(...)`` fills the template."""

    E001 = "the input is empty"
    E002 = "the input looks binary, not text ({detail})"
    E003 = "the input is not UTF-8 text ({detail}); convert it to UTF-8 first"
    E004 = "malformed JSON: {detail}"
    E005 = "unknown file type '{suffix}'; expected .txt, .html, .htm, .json or .jsonl"
    E006 = "the input is {size} characters, over the limit of {limit} (setting max_chars)"
    E007 = "the record has no 'text' (or 'html') string field"
    E008 = "no article text found in the HTML page"
    E009 = "invalid date '{value}'; expected YYYY-MM-DD"
    E010 = "component '{name}' requires '{field}', which no earlier component assigns"
    E011 = "unknown component '{name}'; known: {known}"
    E012 = "cannot read the input: {detail}"
    E013 = "the file is {size} bytes, over the limit of {limit} (setting max_bytes)"
    E014 = "internal error in component '{name}' ({detail}); please report it with this article"
    E015 = "cannot use the database or output ({detail}); check the path, its permissions and the free disk space"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"{self.name}: {self.value.format(**kwargs)}"


class WartaError(Exception):
    status = 500

    def __init__(self, code: E, **kwargs: object) -> None:
        self.code = code.name
        self.message = code.format(**kwargs)
        super().__init__(self.message)


class InputError(WartaError):
    status = 400


class ConfigError(WartaError):
    status = 500


class ComponentError(WartaError):
    status = 500


class StoreError(WartaError):
    """The corpus cannot be used as asked (opened read-only, or not a readable corpus): E015."""

    status = 503

    def __init__(self, detail: str) -> None:
        super().__init__(E.E015, detail=detail)
