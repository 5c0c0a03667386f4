import pytest

from warta.settings import Options, describe


def test_settings_table_documents_every_option():
    names = [name for name, _, help_ in describe() if help_]
    assert names == [f for f in Options.__dataclass_fields__]


def test_settings_from_env_overrides_and_converts_types():
    options = Options.from_env({"WARTA_MAX_CHARS": "500"})
    assert options.max_chars == 500 and options.max_bytes == Options().max_bytes


@pytest.mark.parametrize("raw, expected", [("0", False), ("false", False), ("no", False), ("1", True),
                                           ("true", True), ("YES", True), ("", False)])
def test_settings_boolean_from_env_reads_words_not_truthiness(raw, expected):
    assert Options.from_env({"WARTA_FETCH_ALLOW_PRIVATE": raw}).fetch_allow_private is expected


def test_settings_boolean_from_env_rejects_nonsense():
    with pytest.raises(ValueError):
        Options.from_env({"WARTA_FETCH_ALLOW_PRIVATE": "maybe"})
