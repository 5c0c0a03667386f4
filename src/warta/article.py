"""The output contract: one analysed article, versioned as ``warta.article/1``.

Every offset is a character offset into ``Article.text`` (the normalised text warta returns), so
``text[start:end] == span.text`` holds for every span. Other modules build these objects; nothing here
analyses anything.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA = "warta.article/1"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
MentionKind = Literal["name", "acronym", "alias", "title", "pronoun", "description"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Approx = Literal["about", "at_least", "at_most", "vague"]
Modality = Literal["asserted", "future", "hypothetical", "reported", "historical"]
PublishedSource = Literal["given", "html", "text"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of ``Article.text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Span):
    kind: MentionKind = "name"


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    kb: str | None = Field(None, description="Wikidata QID (Q...) or a local warta KB id (W:...)")
    titles: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    stands_for: str | None = Field(None, description="entity id or KB id this mention stands for (metonymy)")
    mentions: list[Mention] = Field(default_factory=list)


class Speaker(_Model):
    """Who a quote is attributed to: an entity when one exists, else a description ("seorang warga"). A quote whose
    only attribution is a pronoun naming no one before it ("katanya", "ujar dia" with nobody named) has no
    speaker (``Quote.speaker`` is None)."""

    entity: str | None = None
    name: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quote(_Model):
    id: str
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    content: str = Field(
        description="the statement without quotation marks or attribution: its parts joined by a space")
    start: int = Field(ge=0, description="start of the first part")
    end: int = Field(ge=0, description="end of the last part")
    parts: list[Span] = Field(default_factory=list, description="the content's pieces in the text; two for a "
                                                               "quotation split by its attribution")
    continuation: bool = Field(False, description="continues the previous quote of the same speaker")
    reported_by: Speaker | None = None
    addressee: str | None = Field(None, description="entity id the statement was addressed to")
    channel: str | None = None
    time: str | None = Field(None, description="id of a time expression")


class Time(Span):
    id: str
    value: str | None = Field(None, description="ISO 8601 value, e.g. 2024-10-29, 2024-10, 1950/1953, P6W")
    type: TimeType = "DATE"
    anchor: str | None = Field(None, description="the date relative expressions were resolved against")
    warning: str | None = None


class Quantity(Span):
    id: str
    value: float | int
    unit: str | None = None
    approx: Approx | None = None
    claimed_by: str | None = Field(None, description="entity id, or quote id when the speaker is unnamed")
    previous: str | None = Field(None, description="quantity id of the value this one changed from")


class Event(_Model):
    id: str
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    trigger: Span
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    time: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    source: str | None = Field(None, description="quote id when the event is only reported")
    sentence: int = Field(ge=0)
    confidence: float = Field(1.0, ge=0, le=1)


class Summary(_Model):
    who: list[str] = Field(default_factory=list)
    what: str | None = None
    when: str | None = None
    where: str | None = None
    why: str | None = None
    how: str | None = None
    lead: str | None = None


class Meta(_Model):
    title: str | None = None
    dateline: str | None = None
    published: str | None = Field(None, description="ISO date of publication")
    published_source: PublishedSource | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    agency: str | None = None
    language: str = "id"


class Article(_Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["warta.article/1"] = Field(SCHEMA, alias="schema")
    id: str
    meta: Meta = Field(default_factory=Meta)
    text: str
    sentences: list[tuple[int, int]] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict:
    """The JSON Schema of the article record, as printed by ``warta schema``."""
    return Article.model_json_schema(by_alias=True)


def validated(model: type[BaseModel], items: list[dict]) -> list:
    """``items``, each the fields of a ``model``, as models, validated in one call. The stages hand their output
    over this way: ``model(**fields)`` for each would cost its __init__'s Python frame and keyword arguments, about
    as much again as the validation itself."""
    return _list_of(model).validate_python(items)


@cache
def _list_of(model: type[BaseModel]) -> TypeAdapter:
    return TypeAdapter(list[model])  # type: ignore[valid-type]
