"""The knowledge base's two value types: a record (one real-world entity) and a match (a name found in text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class KBRecord:
    """One entity. ``id`` is its Wikidata QID when known for certain, else a local id ``W:...``.

    ``name`` is the canonical name as Indonesian news writes it ("Rusia", "Komisi Pemberantasan Korupsi");
    ``aliases`` hold every other written form (English and former names included), ``acronyms`` the short forms.
    ``country``, ``stands_for`` and ``capital`` are ids of other records; ``stands_for`` is what the name denotes
    when used as an actor (Kremlin -> Russia, Moskow -> Russia). ``roles`` are ``{title, of, start, end}`` dicts
    with ``of`` a record id and ISO dates (``end`` None while in office).
    """

    id: str
    type: str
    name: str
    qid: str | None = None
    kind: str = ""
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    country: str | None = None
    stands_for: str | None = None
    capital: str | None = None
    roles: tuple[dict[str, Any], ...] = ()
    iso: str | None = None
    # Every written form: name, aliases, former names and acronyms, without repeats. Made once with the record (the
    # KB's indexes read it for each record anyway), where a property rebuilt the tuple for each of the pipeline's
    # ~6 reads an article; not an argument, not compared, not written by ``to_dict``.
    names: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", tuple(dict.fromkeys((self.name, *self.aliases, *self.former,
                                                                *self.acronyms))))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name}
        for key in (
            "qid", "kind", "aliases", "acronyms", "former", "country", "stands_for", "capital", "roles", "iso"
        ):
            value = getattr(self, key)
            if value:
                out[key] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KBRecord:
        data = dict(data)
        for key in ("aliases", "acronyms", "former", "roles"):
            data[key] = tuple(data.get(key, ()))
        return cls(**data)


@dataclass(slots=True)
class KBMatch:
    """A whole-word occurrence of a known name: ``text[start:end] == surface``; ``ids`` are the candidate records,
    most likely first. Not frozen: ``find`` makes one per name occurrence, and a frozen dataclass sets each field
    through ``object.__setattr__``, which made building them a sixth of the look-up's cost."""

    start: int
    end: int
    surface: str
    ids: tuple[str, ...] = field(default=())
