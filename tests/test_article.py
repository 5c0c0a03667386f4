import jsonschema
import pytest

from warta.article import SCHEMA, Article, json_schema


def test_article_schema_tag_is_serialised_as_schema(example_article):
    data = example_article.model_dump(by_alias=True)
    assert data["schema"] == SCHEMA == "warta.article/1"


def test_article_output_validates_against_published_json_schema(example_article):
    import json

    jsonschema.validate(json.loads(example_article.to_json()), json_schema())


def test_article_round_trips_through_json(example_article):
    again = Article.model_validate_json(example_article.to_json())
    assert again == example_article


@pytest.mark.parametrize("field", ["entities", "quotes", "times", "quantities", "events", "summary", "meta"])
def test_article_schema_lists_the_contract_fields(field):
    assert field in json_schema()["properties"]


def test_article_rejects_unknown_fields():
    with pytest.raises(ValueError):
        Article.model_validate({"id": "x", "text": "t", "extra": 1})
