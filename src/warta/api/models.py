"""Request and response bodies of the API (the article itself is ``warta.Article``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

DATE = r"^\d{4}-\d{2}-\d{2}$"


class ArticleIn(BaseModel):
    """One article to analyse or store: its text, or an HTML page to extract the text from."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="the article text (plain text)")
    html: str | None = Field(None, description="an HTML page; its main text is extracted")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD; relative dates resolve to it")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=200, description="your id for the article")

    @model_validator(mode="after")
    def _one_source(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class Stored(BaseModel):
    status: str = Field(description="added, near_duplicate (stored, grouped with a copy) or duplicate (not stored)")
    id: int
    group_id: int
    href: str


class Page(BaseModel):
    items: list[Any]
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="offset of the next page, or null on the last page")


class Health(BaseModel):
    status: str
    version: str
    schema_: str = Field(alias="schema")
    database: str
    articles: int
