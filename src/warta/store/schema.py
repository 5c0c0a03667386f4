"""The corpus schema: one SQLAlchemy Core ``MetaData`` for SQLite and PostgreSQL.

Per-article rows (mentions, quotes, times, quantities, events) keep the article's own short ids (``e1``, ``q3``)
in ``local_id`` and are unique on ``(article, local_id)``, so re-writing an article can never duplicate them.
Entities are corpus-level: one row per real-world entity, merged across articles by KB id and name variants
(``entity_names``); ``article_entities`` links an article's ``e1`` to it. Near-duplicate articles (syndicated
copies) share a ``group_id`` (the id of the first-seen copy); queries count groups, not rows.

Offsets are character offsets into ``articles.text`` (the normalised text), as in the Article contract.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# Deleting an article deletes its analysis: children cascade (SQLite needs PRAGMA foreign_keys=ON, set on connect).
_ARTICLE_FK = {"ondelete": "CASCADE"}


def _article_ref() -> Column:
    return Column("article_id", Integer, ForeignKey("articles.id", **_ARTICLE_FK), nullable=False)


def _entity_ref(name: str) -> Column:
    return Column(name, Integer, ForeignKey("entities.id", ondelete="SET NULL"), index=True)


schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ref", Text, nullable=False),  # the Article.id the pipeline gave (file stem, record id or text hash)
    Column("content_hash", String(64), nullable=False, unique=True),  # exact duplicates: the normalised text
    Column("raw_hash", String(64), nullable=False, index=True),  # lets a re-run skip known inputs before analysis
    Column("group_id", Integer, index=True),  # near-duplicate group: id of the first-seen copy (itself if first)
    Column("similarity", Float),  # estimated Jaccard similarity to the group's first copy
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", String(10), index=True),
    Column("dateline", Text),
    Column("agency", Text),
    Column("author", Text),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("minhash", LargeBinary),
    Column("first_seen", String(32), nullable=False),
    Column("warta_version", String(32), nullable=False),
    Column("analyzed_at", String(32), nullable=False),
    Column("analysis", Text, nullable=False),  # the full Article JSON, for reanalyze/export and lossless reads
)

article_urls = Table(
    "article_urls", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("url", Text, nullable=False),
    Column("first_seen", String(32), nullable=False),
    UniqueConstraint("article_id", "url"),
)

# LSH band keys of each article's MinHash: candidates for near-duplicates share at least one (band, key).
article_bands = Table(
    "article_bands", metadata,
    _article_ref(),
    Column("band", Integer, nullable=False),
    Column("key", BigInteger, nullable=False),
    UniqueConstraint("article_id", "band"),
    Index("ix_article_bands_key", "key"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("kb", Text, unique=True),  # NULLs are distinct in both databases: many entities without a KB id
    Column("first_seen", String(32), nullable=False),
)

entity_names = Table(
    "entity_names", metadata,
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("norm", Text, nullable=False),  # casefolded, whitespace-collapsed name or alias
    Column("name", Text, nullable=False),
    UniqueConstraint("entity_id", "norm"),
    Index("ix_entity_names_norm", "norm"),
)

article_entities = Table(
    "article_entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("local_id", String(16), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("titles", Text),  # JSON list, as written in this article
    Column("stands_for", Text),
    Column("mention_count", Integer, nullable=False),
    UniqueConstraint("article_id", "local_id"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("local_id", String(24), nullable=False),  # "e3.2": the entity's id and the mention's position
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("sentence", Integer),
    UniqueConstraint("article_id", "local_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("local_id", String(16), nullable=False),
    Column("kind", String(8), nullable=False),
    _entity_ref("speaker_entity_id"),
    Column("speaker_name", Text),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer),
    Column("continuation", Boolean, nullable=False, default=False),
    Column("reported_by", Text),
    _entity_ref("addressee_entity_id"),
    Column("channel", Text),
    Column("time_value", Text),
    UniqueConstraint("article_id", "local_id"),
)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("local_id", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", Text, index=True),
    Column("type", String(10), nullable=False),
    Column("anchor", Text),
    UniqueConstraint("article_id", "local_id"),
)

quantities = Table(
    "quantities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("local_id", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer),
    Column("value", Float, nullable=False),
    Column("unit", Text, index=True),
    Column("approx", String(10)),
    _entity_ref("claimed_by_entity_id"),
    Column("claimed_by_quote", String(16)),  # the article's quote id, when the claimant is unnamed
    Column("previous", String(16)),  # the article's quantity id this value changed from
    UniqueConstraint("article_id", "local_id"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_ref(),
    Column("local_id", String(16), nullable=False),
    Column("type", String(24), nullable=False, index=True),
    Column("mode", Text),
    Column("context", Text),  # JSON list
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    _entity_ref("actor_entity_id"),
    _entity_ref("target_entity_id"),
    _entity_ref("location_entity_id"),
    Column("time_value", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("modality", String(16), nullable=False),
    Column("source_quote", String(16)),
    Column("sentence", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    UniqueConstraint("article_id", "local_id"),
)

#: Tables holding one article's analysis, deleted and rewritten together when an article is re-analysed.
ANALYSIS_TABLES = (article_entities, mentions, quotes, times, quantities, events)
