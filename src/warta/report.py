"""A readable plain-text report of an article, for people (``warta analyze --format text``)."""

from __future__ import annotations

from .article import Article


def _clip(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def _number(value: float) -> str:
    """Indonesian style: 1.200.000.000, 3,2."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:g}".replace(".", ",")


def render(article: Article) -> str:
    m = article.meta
    lines = [f"# {m.title or article.id}"]
    facts = [("terbit", m.published and f"{m.published} ({m.published_source})"), ("dateline", m.dateline),
             ("media", m.outlet), ("kantor berita", m.agency)]
    lines.append("  ".join(f"{k}: {v}" for k, v in facts if v))
    lines.append(f"{len(article.sentences)} kalimat")
    names = {e.id: e.name for e in article.entities}
    times = {t.id: t.text for t in article.times}
    sm = article.summary
    if sm.what:
        lines.append("\nRingkasan")
        facts = [("siapa", ", ".join(names.get(i, i) for i in sm.who)), ("apa", _clip(sm.what)),
                 ("kapan", times.get(sm.when)), ("di mana", names.get(sm.where)), ("mengapa", sm.why),
                 ("bagaimana", sm.how)]
        lines += [f"  {k}: {v}" for k, v in facts if v]
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
            by = f" (menurut {names[n.claimed_by]})" if n.claimed_by in names else ""
            lines.append(f"  {n.text!r} -> {_number(n.value)} {n.unit or ''}{approx}{by}")
    if article.events:
        lines.append("\nPeristiwa")
        for v in article.events:
            who = f"{names.get(v.actor, '?')} -> {names.get(v.target, '-')}"
            lines.append(f"  {v.type}/{v.mode or '-'} {v.trigger.text!r}: {who} ({v.modality}"
                         f"{', negated' if v.negated else ''})")
    for w in article.warnings:
        lines.append(f"peringatan: {w}")
    return "\n".join(lines)
