import gc

import pytest

from warta import InputError, Pipeline, Record
from warta.errors import ConfigError
from warta.pipeline import article_id


class _Needs:
    name = "needs-quotes"
    requires = ("quotes",)
    assigns = ()

    def __call__(self, doc):
        pass


def test_pipeline_checks_requirements_when_built():
    with pytest.raises(ConfigError, match="E010"):
        Pipeline(["normalize", _Needs()])


def test_pipeline_rejects_unknown_component_names():
    with pytest.raises(ConfigError, match="E011"):
        Pipeline(["normalize", "no-such-thing"])


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_pipeline_analyze_refuses_empty_text(text):
    with pytest.raises(InputError, match="E001"):
        Pipeline().analyze(text)


def test_pipeline_analyze_refuses_text_over_the_limit():
    from warta.settings import Options

    with pytest.raises(InputError, match="E006"):
        Pipeline(options=Options(max_chars=10)).analyze("Kalimat ini lebih panjang dari sepuluh huruf.")


def test_pipeline_analyze_refuses_invalid_published_date():
    with pytest.raises(InputError, match="E009"):
        Pipeline().analyze("Teks berita.", published="29-10-2024")


def test_pipeline_pipe_keeps_order_ids_and_reports_failures_in_place():
    records = [Record(text="Satu kalimat.", id="a"), Record(text="", id="b"), Record(text="Dua kalimat.", id="c")]
    results = list(Pipeline().pipe(records))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert [r.ok for r in results] == [True, False, True]
    assert "E001" in results[1].error


def test_pipeline_pipe_with_two_processes_matches_one_process(example_text):
    records = [Record(text=example_text, id=str(i), published="2025-03-04") for i in range(6)]
    one = [r.article for r in Pipeline().pipe(records)]
    two = [r.article for r in Pipeline().pipe(records, n_process=2)]
    assert one == two


def test_pipeline_gives_stable_ids_to_articles_without_one():
    a = Pipeline().analyze("Sebuah berita.")
    assert a.id == article_id("Sebuah berita.") == Pipeline().analyze("Sebuah berita.").id


def test_analyze_convenience_uses_default_pipeline(example_text):
    import warta

    article = warta.analyze(example_text, published="2025-03-04")
    assert article.meta.published == "2025-03-04"
    assert article.meta.published_source == "given"
    assert article.sentences


def test_every_sentence_slices_the_returned_text(example_article):
    for start, end in example_article.sentences:
        piece = example_article.text[start:end]
        assert piece == piece.strip() and piece


class _Broken:
    name = "broken"
    requires = ("text",)
    assigns = ()

    def __call__(self, doc):
        raise KeyError("oops")


def test_component_bug_fails_one_article_with_its_name_and_the_batch_goes_on():
    from warta.errors import ComponentError

    pipeline = Pipeline(["normalize", _Broken()])
    results = list(pipeline.pipe([Record(text="Satu.", id="a"), Record(text="Dua.", id="b")]))
    assert [r.ok for r in results] == [False, False]
    assert "E014" in results[0].error and "'broken'" in results[0].error
    with pytest.raises(ComponentError):
        pipeline.analyze("Tiga.")


class _SeesCollector:
    name = "sees-collector"
    requires = ()
    assigns = ()

    def __init__(self, fail=False):
        self.seen, self.fail = [], fail

    def __call__(self, doc):
        self.seen.append(gc.isenabled())
        if self.fail:
            raise KeyError("oops")


@pytest.mark.parametrize("fail", [False, True])
@pytest.mark.parametrize("enabled", [True, False])
def test_pipeline_pauses_the_cyclic_collector_per_article_and_gives_back_the_callers_setting(enabled, fail):
    component = _SeesCollector(fail)
    pipeline = Pipeline(["normalize", component])
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        list(pipeline.pipe(["Satu.", "Dua."]))
        assert component.seen == [False, False]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
