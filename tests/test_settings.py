from warta.settings import Options, describe


def test_settings_table_documents_every_option():
    names = [name for name, _, help_ in describe() if help_]
    assert names == [f for f in Options.__dataclass_fields__]


def test_settings_from_env_overrides_and_converts_types():
    options = Options.from_env({"WARTA_MAX_CHARS": "500"})
    assert options.max_chars == 500 and options.max_bytes == Options().max_bytes
