"""The one place where components are registered, by name, in their default order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from importlib import import_module

from .errors import E, ConfigError
from .settings import Options

#: name -> "module:factory"; factories take Options and return a component. Imported lazily so that
#: importing warta loads no data.
FACTORIES: dict[str, str] = {
    "normalize": "warta.components.normalize:Normalizer",
    "segment": "warta.components.segment:Segmenter",
    "metadata": "warta.components.metadata:MetadataReader",
    "times": "warta.components.times:TimeTagger",
    "entities": "warta.components.entities:EntityRecognizer",
    "quotes": "warta.components.quotes:QuoteExtractor",
    "quantities": "warta.components.quantities:QuantityTagger",
    "events": "warta.components.events:EventCoder",
    "summary": "warta.components.summary:Summarizer",
}

DEFAULT: tuple[str, ...] = tuple(FACTORIES)


def create(name: str, options: Options):
    if name not in FACTORIES:
        raise ConfigError(E.E011, name=name, known=", ".join(FACTORIES))
    module, attr = FACTORIES[name].split(":")
    factory: Callable = getattr(import_module(module), attr)
    return factory(options)


def check_order(components: Sequence, given: Iterable[str]) -> None:
    """Raise ConfigError when a component requires a field no earlier component assigns."""
    available = set(given)
    for component in components:
        for required in component.requires:
            if required not in available:
                raise ConfigError(E.E010, name=component.name, field=required)
        available.update(component.assigns)
