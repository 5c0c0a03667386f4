from warta import registry
from warta.pipeline import INPUT_FIELDS


def test_registry_default_order_is_valid():
    components = [registry.create(name, None) for name in registry.DEFAULT]
    registry.check_order(components, INPUT_FIELDS)


def test_registry_snapshot_of_component_names():
    # Changing the default pipeline is a deliberate act: update this list with it.
    expected = ["normalize", "segment", "metadata", "times", "entities", "quotes", "quantities", "events", "summary"]
    assert list(registry.DEFAULT) == [n for n in expected if n in registry.FACTORIES]


def test_registry_names_match_component_names():
    for name in registry.DEFAULT:
        assert registry.create(name, None).name == name
