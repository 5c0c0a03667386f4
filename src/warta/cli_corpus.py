"""Many-article commands of the ``warta`` CLI: ingest, search, query and export a corpus store; batch to Parquet.

Thin adapters over ``warta.corpus``; registered on the same Typer app as the single-article commands.
"""

from __future__ import annotations

import json

import typer

from .cli import _fail, app

DB_HELP = ("Corpus database: a SQLite file path or a postgresql://user:pw@host/db URL "
           "(default: warta.db in your user data folder; env WARTA_DB).")


def _db_option():
    return typer.Option(None, "--db", envvar="WARTA_DB", metavar="PATH|URL", help=DB_HELP)


def _since_option():
    return typer.Option(None, "--since", metavar="YYYY-MM-DD", help="Only articles published on or after this day.")


def _until_option():
    return typer.Option(None, "--until", metavar="YYYY-MM-DD", help="Only articles published on or before this day.")


def _reading(db: str | None):
    """The corpus opened for queries only: they work on read-only media, and never create or change a corpus."""
    from .store import Store

    return Store(db, read_only=True)


def _report(summary) -> None:
    """Each failed input on its own line, then the summary; exit 1 when anything failed."""
    for failure in summary.failed:
        _fail(str(failure))
    typer.echo(str(summary), err=True)
    if summary.failed:
        raise typer.Exit(1)


def _emit(rows, as_json: bool, line) -> None:
    import dataclasses

    for row in rows:
        typer.echo(json.dumps(dataclasses.asdict(row), ensure_ascii=False) if as_json else line(row))


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., metavar="SOURCE...",
                                        help="Files or folders (.txt, .html, .json, .jsonl), feed files or "
                                             "http(s) URLs of pages or RSS/Atom feeds."),
    db: str = _db_option(),
    published: str = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                  help="Publication date for inputs that carry none."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Analyse in this many processes."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Let URLs reach loopback/private addresses (refused by default)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
) -> None:
    """Analyse articles and store them in the corpus; the same article twice is stored once."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .corpus import ingest as run_ingest

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  disable=quiet, transient=True) as bar:
        task = bar.add_task("starting")
        summary = run_ingest(sources, db=db, published=published, n_process=processes, allow_private=allow_private,
                             progress=lambda s: bar.update(task, description=str(s)))
    _report(summary)


@app.command()
def search(
    text: str = typer.Argument(..., help="Words to find (all must match; end a word with * for a prefix)."),
    db: str = _db_option(),
    kind: str = typer.Option("all", "--kind", help="all, article or quote."),
    limit: int = typer.Option(20, "--limit", "-n", min=1),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per hit."),
) -> None:
    """Search stored articles and quotes, best first, with snippets."""
    from .corpus import search as run_search

    if kind not in ("all", "article", "quote"):
        raise typer.BadParameter("expected all, article or quote", param_hint="--kind")
    with _reading(db) as store:
        hits = run_search(text, db=store, kind=kind, limit=limit)
    _emit(hits, as_json,
          lambda h: f"{h.kind:7} {h.published or '?':10} {h.ref}  {(h.speaker + ': ') if h.speaker else ''}"
                    f"{h.snippet}")


@app.command()
def quotes(
    speaker: str = typer.Option(None, "--speaker", help="Who said it (any name variant)."),
    about: str = typer.Option(None, "--about", help="Who or what it is about (named inside the quote)."),
    since: str = _since_option(),
    until: str = _until_option(),
    db: str = _db_option(),
    limit: int = typer.Option(100, "--limit", "-n", min=1),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per quote."),
) -> None:
    """Quotes in the corpus, latest first; copies of one story are listed once."""
    from .corpus import quotes as run_quotes

    with _reading(db) as store:
        found = run_quotes(speaker=speaker, about=about, since=since, until=until, db=store, limit=limit)
    _emit(found, as_json,
          lambda q: f"{q.published or '?':10} {q.speaker or '?'}: \u201c{q.content}\u201d  [{q.ref}]")


@app.command()
def entity(
    name: str = typer.Argument(..., help="A name or alias, any case."),
    db: str = _db_option(),
    as_json: bool = typer.Option(False, "--json", help="The profile as JSON."),
) -> None:
    """An entity's profile: type, KB id, titles over time, stories per day, co-mentions, latest quotes."""
    import dataclasses

    from .corpus import entity as run_entity

    with _reading(db) as store:
        profile = run_entity(name, db=store)
    if profile is None:
        _fail(f"no entity named '{name}' in the corpus")
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(dataclasses.asdict(profile), ensure_ascii=False, indent=2))
        return
    also = ", ".join(n for n in profile.names if n != profile.name) or "-"
    typer.echo(f"{profile.name} ({profile.type}{', ' + profile.kb if profile.kb else ''}), "
               f"{profile.stories} {'story' if profile.stories == 1 else 'stories'}; also: {also}")
    for t in profile.titles:
        typer.echo(f"  title  {t.title}: {t.first} .. {t.last} ({t.stories} stories)")
    typer.echo("  days   " + ", ".join(f"{d} {n}" for d, n in profile.mentions_by_day[-14:]))
    typer.echo("  with   " + ", ".join(f"{n} ({c})" for n, c in profile.co_mentioned))
    for label, rows in (("said", profile.quotes_by), ("about", profile.quotes_about)):
        for q in rows:
            typer.echo(f"  {label:6} {q.published or '?'} {q.speaker or '?'}: \u201c{q.content}\u201d")


@app.command()
def claims(
    unit: str = typer.Option(None, "--unit", help="Only numbers of this unit (pasukan, orang, persen, ...)."),
    about: str = typer.Option(None, "--about", help="Claimed by, or named beside the number."),
    since: str = _since_option(),
    until: str = _until_option(),
    db: str = _db_option(),
    limit: int = typer.Option(200, "--limit", "-n", min=1),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per claim."),
    changes: bool = typer.Option(False, "--revisions",
                                 help="Only how the figure changed: each value once, at its first appearance, "
                                      "with the value it replaced (needs --unit and --about)."),
) -> None:
    """Numeric claims over time, oldest first, with claimant and article (revisions like 3.000 -> 10.000)."""
    from .corpus import claims as run_claims
    from .corpus import revisions

    def figure(text: str, previous) -> str:  # the number as written, after the one it replaced
        return f"{_number(previous)} -> {text}" if previous is not None else text

    if changes:
        if not (unit and about):  # a series of every figure of a unit mixes unrelated things
            raise typer.BadParameter("a revision series needs a unit and what it is about",
                                     param_hint="--unit/--about")
        with _reading(db) as store:
            series = revisions(unit, about=about, since=since, until=until, db=store)[:limit]
        _emit(series, as_json,
              lambda r: f"{r.published or '?':10} {figure(r.text, r.previous):30} "
                        f"{r.claimant or '-':24} [{r.ref}]{' (as the article says)' if r.stated else ''}"
                        f"{f' ({r.stories} stories)' if r.stories > 1 else ''}")
        return
    with _reading(db) as store:
        found = run_claims(unit=unit, about=about, since=since, until=until, db=store, limit=limit)
    _emit(found, as_json,
          lambda c: f"{c.published or '?':10} {figure(c.text, c.previous):30} "
                    f"{c.claimant or '-':24} [{c.ref}] {c.context}")


def _number(value: float) -> str:
    """A value written the Indonesian way: 10.000, 1,5."""
    value = int(value) if float(value).is_integer() else value
    return f"{value:,}".translate(str.maketrans(",.", ".,"))


@app.command()
def reanalyze(
    db: str = _db_option(),
    everything: bool = typer.Option(False, "--all", help="Redo every article, not only older analyses."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Analyse in this many processes."),
) -> None:
    """Re-run analysis over stored articles made by another warta version (after an upgrade)."""
    from .corpus import reanalyze as run_reanalyze

    summary = run_reanalyze(db, everything=everything, n_process=processes)
    _report(summary)


@app.command()
def timeline(
    name: str = typer.Argument(None, help="Only events whose actor, target or place is this entity."),
    type: str = typer.Option(None, "--type", help="Only this PLOVER event type (ACCUSE, MOBILIZE, ...)."),  # noqa: A002
    since: str = _since_option(),
    until: str = _until_option(),
    db: str = _db_option(),
    limit: int = typer.Option(200, "--limit", "-n", min=1),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per event."),
) -> None:
    """Events in the corpus, oldest first: who did what to whom, where, when, with the article."""
    from .corpus.timeline import timeline as run_timeline

    def line(v) -> str:
        flags = ("tidak " if v.negated else "") + (f"[{v.modality}] " if v.modality != "asserted" else "")
        return (f"{v.date or '?':10} {v.type:9} {flags}{v.actor or '?'} -> {v.target or '-'}"
                f"{' @ ' + v.location if v.location else ''}  \u201c{v.trigger}\u201d [{v.ref}]")

    with _reading(db) as store:
        events = run_timeline(about=name, type=type, since=since, until=until, db=store, limit=limit)
    _emit(events, as_json, line)


@app.command()
def network(
    name: str = typer.Argument(None, help="Only edges touching this entity."),
    since: str = _since_option(),
    until: str = _until_option(),
    db: str = _db_option(),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    as_json: bool = typer.Option(False, "--json", help="The nodes and edges as JSON."),
) -> None:
    """Who reacts to whom: actor -> target (events) and speaker -> entity (quotes) edges with polarity, weighted
    by stories, strongest first."""
    import dataclasses

    from .corpus.network import network as run_network

    with _reading(db) as store:
        graph = run_network(about=name, since=since, until=until, db=store, limit=limit)
    if as_json:
        typer.echo(json.dumps(dataclasses.asdict(graph), ensure_ascii=False, indent=2))
        return
    names = {n.id: n.name for n in graph.nodes}
    for e in graph.edges:
        sign = "+" if e.polarity > 0 else "-" if e.polarity < 0 else "0"
        typer.echo(f"{names.get(e.source, e.source)} -> {names.get(e.target, e.target)}  {sign} {e.kind}"
                   f"{' (' + e.quad + ')' if e.quad else ''}  {e.stories} {'story' if e.stories == 1 else 'stories'}")


@app.command()
def export(
    table: str = typer.Option(..., "--table", "-t",
                              help="articles, entities, mentions, quotes, times, quantities, events, or all."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet (DuckDB reads it)."),
    out: str = typer.Option(..., "--out", "-o", metavar="PATH",
                            help="The file to write; with --table all, a folder for one <table>.<format> each."),
    db: str = _db_option(),
) -> None:
    """Export corpus tables to JSON Lines, CSV or Parquet, streamed in batches."""
    from .corpus.export import FORMATS, TABLES, export_all
    from .corpus.export import export as run_export

    if table != "all" and table not in TABLES:
        raise typer.BadParameter(f"expected all or one of {', '.join(TABLES)}", param_hint="--table")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
    with _reading(db) as store:
        counts = export_all(fmt, out, db=store) if table == "all" else {table: run_export(table, fmt, out, db=store)}
    typer.echo(" ".join(f"{t}={n}" for t, n in counts.items()), err=True)


@app.command()
def batch(
    input: str = typer.Argument(..., metavar="INPUT",  # noqa: A002
                                help="A .jsonl or .parquet file, a folder of .jsonl/.parquet/.txt files, or a cluster "
                                     "URI ending in one of those suffixes (hdfs:///news/*.jsonl)."),
    output: str = typer.Argument(..., metavar="OUTPUT",
                                 help="Folder (or cluster URI) for the Parquet tables articles, entities, mentions, "
                                      "quotes, times, quantities, events and errors."),
    engine: str = typer.Option("local", "--engine", help="local (worker processes) or spark (a local Spark session, "
                                                         "or spark-submit's)."),
    partitions: int = typer.Option(None, "--partitions", min=1,
                                   help="Worker processes (local; default: the CPU count) or Spark partitions "
                                        "(spark; default: the cluster's parallelism)."),
) -> None:
    """Analyse many articles into Parquet tables that DuckDB and Spark SQL read (see docs/batch.md)."""
    from .batch import ENGINES, run
    from .settings import Options

    if engine not in ENGINES:
        raise typer.BadParameter(f"expected one of {', '.join(ENGINES)}", param_hint="--engine")
    try:
        counts = run(input, output, engine=engine, partitions=partitions, options=Options.from_env())
    except (FileNotFoundError, ValueError) as err:
        _fail(str(err))
        raise typer.Exit(2) from None
    typer.echo(" ".join(f"{table}={n}" for table, n in counts.items()))
    if counts["errors"]:
        _fail(f"{counts['errors']} records failed; their reasons are in {output.rstrip('/')}/errors")
        raise typer.Exit(1)
