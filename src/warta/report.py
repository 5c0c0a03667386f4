"""A readable plain-text report of an article, for people (``warta analyze --format text``)."""

from __future__ import annotations

from .article import Article


def _clip(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def render(article: Article) -> str:
    m = article.meta
    lines = [f"# {m.title or article.id}"]
    facts = [("terbit", m.published and f"{m.published} ({m.published_source})"), ("dateline", m.dateline),
             ("media", m.outlet), ("kantor berita", m.agency)]
    lines.append("  ".join(f"{k}: {v}" for k, v in facts if v))
    lines.append(f"{len(article.sentences)} kalimat")
    if article.entities:
        lines.append("\nEntitas")
        for e in article.entities:
            extra = [f"kb {e.kb}"] if e.kb else []
            extra += [f"jabatan {', '.join(e.titles)}"] if e.titles else []
            lines.append(f"  {e.type:<4} {e.name}  ({len(e.mentions)}x{'; ' + '; '.join(extra) if extra else ''})")
    if article.quotes:
        lines.append("\nKutipan")
        for q in article.quotes:
            who = q.speaker.name if q.speaker else "?"
            cue = f" [{q.cue.text}]" if q.cue else ""
            lines.append(f"  {who}{cue} ({q.kind}): {_clip(q.content)}")
    if article.times:
        lines.append("\nWaktu")
        lines += [f"  {t.text!r} -> {t.value} ({t.type})" for t in article.times]
    if article.quantities:
        lines.append("\nAngka")
        for n in article.quantities:
            approx = f" ~{n.approx}" if n.approx else ""
            lines.append(f"  {n.text!r} -> {n.value:g} {n.unit or ''}{approx}")
    if article.events:
        lines.append("\nPeristiwa")
        for v in article.events:
            lines.append(f"  {v.type}/{v.mode or '-'} {v.trigger.text!r} ({v.modality}{', negated' if v.negated else ''})")
    for w in article.warnings:
        lines.append(f"peringatan: {w}")
    return "\n".join(lines)
