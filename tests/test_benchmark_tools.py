"""benchmarks/instructions.py reads callgrind's listing: the per component figures speed work is judged by."""

import importlib.util

import pytest

from conftest import ROOT


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


instructions = _load("instructions")


@pytest.mark.parametrize("symbol, name", [
    ("__pyx_pw_5warta_10components_8entities_16EntityRecognizer_3__call__", "entities.EntityRecognizer"),
    ("__pyx_pw_5warta_10components_6quotes_14QuoteExtractor_3__call__", "quotes.QuoteExtractor"),
    ("__pyx_pw_5warta_10components_10quantities_14QuantityTagger_3__call__", "quantities.QuantityTagger"),
    # other functions, and callgrind's marks for a recursive call, are not components
    ("__pyx_pw_5warta_10components_8entities_13find_entities", None),
    ("__pyx_pw_5warta_10components_8entities_16EntityRecognizer_3__call__'2", None),
    ("__pyx_pw_5warta_8pipeline_8Pipeline_7run", None),
    ("PyObject_Call", None),
])
def test_component_names_are_read_from_compiled_symbols(symbol, name):
    assert instructions.component(symbol) == name


def test_counts_take_the_total_and_each_components_largest_inclusive_figure():
    listing = """
    2,000,000,000 (100.0%)  PROGRAM TOTALS
    1,900,000,000 (95.0%)  ???:__pyx_pw_5warta_8pipeline_8Pipeline_7run [/x/pipeline.so]
      900,000,000 (45.0%)  ???:__pyx_pw_5warta_10components_8entities_16EntityRecognizer_3__call__ [/x/e.so]
      300,000,000 (15.0%)  ???:__pyx_pw_5warta_10components_6quotes_14QuoteExtractor_3__call__ [/x/q.so]
        1,000,000 (0.05%)  ???:__pyx_pw_5warta_10components_6quotes_14QuoteExtractor_3__call__ [/x/q.so]
    """
    total, parts = instructions.counts(listing)
    assert total == 2_000_000_000
    assert parts == {"entities.EntityRecognizer": 900_000_000, "quotes.QuoteExtractor": 300_000_000}


def test_a_listing_without_a_total_is_an_error():
    with pytest.raises(SystemExit, match="no total"):
        instructions.counts("nothing was counted")
