"""The pipeline: an ordered list of named components run over a ``Doc``.

A component is a callable ``Doc -> None`` with a ``name`` and the fields it ``requires`` and ``assigns``; the
pipeline checks, when it is built, that every requirement is assigned by an earlier component (or is part of the
input). ``Pipeline.analyze`` runs one article; ``Pipeline.pipe`` streams many, in order, carrying ids along and
returning a failed input as a ``Result`` with its reason instead of raising.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from .article import Article, Meta
from .errors import ComponentError, E, InputError, WartaError
from .settings import Options

#: What a Doc holds before any component ran.
INPUT_FIELDS = frozenset({"raw", "meta.given"})


@dataclass
class Record:
    """One article to analyse, as read by a source."""

    text: str
    id: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict)  # extra metadata a source found (html: author, sitename, date)


@dataclass
class Doc:
    """The working state of one article: the ``Article`` being built plus scratch only components need."""

    raw: str
    article: Article
    options: Options
    tokens: list[tuple[int, int]] = field(default_factory=list)
    scratch: dict = field(default_factory=dict)


@dataclass
class Result:
    """What ``pipe`` yields: the article, or the reason it could not be analysed."""

    id: str
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc) -> None: ...


def article_id(text: str) -> str:
    """A stable id for an article without one: the start of its text's SHA-1."""
    return "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def parse_date(value: str | date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise InputError(E.E009, value=value) from None


class Pipeline:
    """An ordered, checked list of components. ``Pipeline()`` builds the default Indonesian pipeline.

    Not thread-safe: components share caches in module state, so analyse one article at a time per process;
    ``pipe(..., n_process=N)`` runs worker processes, each with its own."""

    def __init__(self, components: Sequence[str | Component] | None = None, options: Options | None = None):
        from . import registry

        self.options = options or Options()
        names = registry.DEFAULT if components is None else components
        self.components: list[Component] = [
            registry.create(c, self.options) if isinstance(c, str) else c for c in names
        ]
        registry.check_order(self.components, INPUT_FIELDS)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def make_doc(self, record: Record) -> Doc:
        text = record.text
        if not isinstance(text, str) or not text.strip():
            raise InputError(E.E001)
        if len(text) > self.options.max_chars:
            raise InputError(E.E006, size=len(text), limit=self.options.max_chars)
        published = parse_date(record.published)
        meta = Meta(title=record.title, url=record.url, published=published,
                    published_source="given" if published else None)
        article = Article(id=record.id or article_id(text), meta=meta, text=text)
        doc = Doc(raw=text, article=article, options=self.options)
        doc.scratch["source_meta"] = record.meta
        return doc

    def run(self, doc: Doc) -> Article:
        # Python's cyclic collector is paused while one article is analysed: a collection in the middle of it would
        # only walk the article's live objects and move them to an older generation, to be walked again there. They
        # are freed by reference counting when it is done (an article leaves about four objects in cycles).
        collecting = gc.isenabled()
        gc.disable()
        try:
            for component in self.components:
                try:
                    component(doc)
                except WartaError:
                    raise
                except Exception as err:  # a bug in one component must not look like the user's fault, nor stop a batch
                    raise ComponentError(E.E014, name=component.name, detail=f"{type(err).__name__}: {err}") from err
        finally:
            if collecting:
                gc.enable()
        return doc.article

    def analyze(self, text: str, *, published: str | date | None = None, title: str | None = None,
                url: str | None = None, id: str | None = None) -> Article:  # noqa: A002
        """Analyse one article. Raises ``InputError`` for input that cannot be analysed."""
        record = Record(text=text, id=id, title=title, url=url,
                        published=published.isoformat() if isinstance(published, date) else published)
        return self.run(self.make_doc(record))

    def pipe(self, records: Iterable[Record | str], n_process: int = 1) -> Iterator[Result]:
        """Analyse many articles, yielding one ``Result`` per input, in input order."""
        items = (Record(text=r) if isinstance(r, str) else r for r in records)
        if n_process > 1:
            from .parallel import pipe_parallel

            yield from pipe_parallel(self, items, n_process)
            return
        for record in items:
            yield self.process(record)

    def process(self, record: Record) -> Result:
        rid = record.id or (article_id(record.text) if isinstance(record.text, str) else "?")
        try:
            return Result(id=rid, article=self.run(self.make_doc(record)))
        except WartaError as err:
            return Result(id=rid, error=err.message)
