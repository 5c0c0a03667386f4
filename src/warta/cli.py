"""The ``warta`` command line: a thin adapter over the library (no analysis logic here).

Exit codes: 0 all inputs analysed; 1 at least one input failed (each named on stderr with its reason) or an
evaluation fell below its floors; 2 wrong usage.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import typer

from . import __version__
from .errors import E, WartaError

app = typer.Typer(
    help="warta reads Indonesian news and extracts who said what, about whom, when, where and with what numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXAMPLE = ("banjir-semarang.txt", "2025-03-04")


def _fail(message: str) -> None:
    typer.echo(f"warta: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"warta {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """warta reads Indonesian news and extracts who said what, about whom, when, where and with what numbers."""


@app.command()
def analyze(
    files: list[str] = typer.Argument(None, metavar="FILE...",
                                      help="Articles to analyse: .txt, .html, .json (one record), .jsonl (one record "
                                           "per line: {id, text, published?, title?, url?}), - for stdin, an http(s) "
                                           "URL (article page or RSS/Atom feed), or a feed file (.rss/.atom/.xml)."),
    published: str = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                  help="Publication date; relative dates ('kemarin', 'Selasa') resolve against it."),
    format: str = typer.Option("json", "--format", "-f", help="json (the article record) or text (a readable report)."),
    out: Path = typer.Option(None, "--out", "-o", help="Write each article to OUT/<id>.json instead of stdout."),
    example: bool = typer.Option(False, "--example", help="Analyse the built-in example article."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Let URLs reach loopback/private addresses (local tests, intranet "
                                            "mirrors); cloud metadata addresses stay refused."),
) -> None:
    """Analyse news articles and print one JSON record per article (or a readable report with --format text)."""
    from .pipeline import Pipeline, parse_date
    from .report import render
    from .settings import Options
    from .sources import Failure, read_inputs

    if format not in ("json", "text"):
        raise typer.BadParameter("expected json or text", param_hint="--format")
    if not files and not example:
        raise typer.BadParameter("give at least one FILE, - for stdin, or --example", param_hint="FILE...")
    try:
        published = parse_date(published)
    except WartaError as err:
        raise typer.BadParameter(err.message, param_hint="--published") from None
    options = Options.from_env()
    paths = list(files or [])
    if example:
        name, date = EXAMPLE
        paths.insert(0, str(resources.files("warta.examples").joinpath(name)))
        published = published or date
    pipeline = Pipeline(options=options)
    if out:
        out.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    done = 0
    # one article (one file of one article, or stdin) is printed indented; several (more paths, a .jsonl file, a
    # feed) one compact line each, as JSONL
    single = len(paths) == 1 and (paths[0] == "-"
                                  or Path(paths[0]).suffix.lower() in (".txt", ".html", ".htm", ".json"))
    for item in read_inputs(paths, published=published, options=options, allow_private=allow_private or None):
        if isinstance(item, Failure):
            failures.append(str(item))
            _fail(str(item))
            continue
        result = pipeline.process(item)
        if not result.ok:
            failures.append(f"{result.id}: {result.error}")
            _fail(failures[-1])
            continue
        done += 1
        article = result.article
        if out:
            (out / out_name(article.id)).write_text(article.to_json(), encoding="utf-8")
        elif format == "text":
            typer.echo(render(article) + "\n")
        else:
            typer.echo(article.to_json(indent=2 if single else None))
    if failures and done + len(failures) > 1:
        _fail(f"{done} analysed, {len(failures)} failed")
    if failures:
        raise typer.Exit(1)


def out_name(article_id: str) -> str:
    """``<id>.json`` kept inside --out: an id from a record ("../x", "a/b", 300 characters) is input, not a path."""
    name = article_id.replace("/", "_").replace("\\", "_").lstrip(".") or "_"
    if len(name) > 200:  # file names stop at 255 bytes; the hash keeps two long ids with one prefix apart
        import hashlib

        name = f"{name[:180]}-{hashlib.sha1(article_id.encode()).hexdigest()[:12]}"
    return f"{name}.json"


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record (warta.article/1)."""
    from .article import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False,
                                    help="Folder of <id>.txt + <id>.gold.json pairs (see eval/dev/GUIDELINES.md)."),
    pred: Path = typer.Option(None, "--pred", help="Score saved predictions (<id>.json) instead of running warta."),
    floors: Path = typer.Option(None, "--floors", help="Fail (exit 1) when a score is below its floor in this file."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List each article's misses and false hits."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score warta against gold annotations: entities, quotes, times, quantities, datelines, events."""
    from .eval import check_floors, evaluate_dir, format_report

    report = evaluate_dir(gold_dir, pred_dir=pred)
    typer.echo(json.dumps(report.scores(), indent=2) if as_json else format_report(report, verbose=verbose))
    if floors:
        below = check_floors(report, floors, gold_dir.resolve().name)
        for line in below:
            _fail(f"below floor: {line}")
        if below:
            raise typer.Exit(1)


@app.command("eval-conll")
def eval_conll(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A CoNLL file in the idner-news-2k format."),
    tagger_only: bool = typer.Option(False, "--tagger-only", help="Score the CRF tagger alone, without rules and KB."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show sentences with errors."),
) -> None:
    """Exact-span typed P/R/F1 of the entity recogniser on a CoNLL file."""
    from .eval.conll import evaluate_file, format_score

    score = evaluate_file(file, keep_errors=50 if verbose else 0, tagger_only=tagger_only)
    typer.echo(format_score(score, "tagger" if tagger_only else "entities"))


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; 0.0.0.0 exposes it to the network."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    db: str = typer.Option(None, "--db", help="Corpus database: SQLite path or PostgreSQL URL "
                                              "(default: warta.db in the user data directory)."),
) -> None:
    """Serve the REST API (/v1, reference at /docs) and the web dashboard. Writes need WARTA_TOKEN."""
    from .api import serve as run_server

    run_server(host, port, db)


kb_app = typer.Typer(help="The knowledge base: entities with Wikidata ids, aliases and roles.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("lookup")
def kb_lookup(name: str = typer.Argument(..., help="A name, alias or acronym as news writes it: Korut, Kemlu, Jokowi.")
              ) -> None:
    """Show every knowledge-base record that NAME can mean (exit 1 when none)."""
    from .kb import describe, knowledge_base

    typer.echo(describe(name))
    if not knowledge_base().lookup(name):
        raise typer.Exit(1)


from . import cli_corpus  # noqa: E402,F401  (registers the corpus commands on app)


def run() -> None:
    try:
        app()
    except WartaError as err:  # a user error that escaped an adapter: one line, no traceback
        _fail(err.message)
        sys.exit(1)
    except Exception as err:  # a full disk or a read-only database is the machine's state, not a bug: one line
        reason = environment_error(err)
        if reason is None:
            raise
        _fail(reason)
        sys.exit(1)


def environment_error(err: BaseException) -> str | None:
    """The one-line E015 reason for a database or file-system failure (disk full, read-only), else None."""
    orig = getattr(err, "orig", None)  # SQLAlchemy wraps the driver's error; checked by name to import nothing
    if type(err).__name__ == "OperationalError" and orig is not None:
        return E.E015.format(detail=str(orig).splitlines()[0])
    if isinstance(err, OSError) and err.errno is not None:
        where = f"{err.filename}: " if err.filename else ""
        return E.E015.format(detail=f"{where}{err.strerror or err}")
    return None


if __name__ == "__main__":
    run()
