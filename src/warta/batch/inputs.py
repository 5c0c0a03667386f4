"""Batch inputs: JSONL files, Parquet files and folders of .txt files, turned into records with their source.

Reading yields ``(source, Record)`` pairs or ``Bad`` items (a record that cannot be read and why); nothing here
raises for bad data, only for a path that does not exist. The same per-file functions serve both engines: the
local engine reads files itself, Spark hands them the bytes (or Parquet rows) it read on the executors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from ..errors import E, InputError
from ..pipeline import Record, parse_date
from ..sources.files import _read_jsonl, read_text_bytes

KINDS = {".jsonl": "jsonl", ".txt": "txt", ".parquet": "parquet"}
#: Parquet columns a record is built from; only ``text`` is required.
COLUMNS = ("id", "text", "published", "title", "url")


@dataclass(frozen=True)
class Bad:
    """A record that could not be read: it goes to the errors table."""

    id: str | None
    source: str
    reason: str


Item = tuple[str, Record] | Bad


@dataclass(frozen=True)
class Unit:
    """One input file (or, for a cluster URI, a glob Spark expands) and how to read it."""

    kind: str
    path: str


def kind_of(path: str) -> str | None:
    return KINDS.get(PurePosixPath(path.rstrip("/")).suffix.lower())


def find_inputs(inputs: str | Path | Iterable[str | Path]) -> list[Unit]:
    """The files to read: each path as given, each folder's .jsonl/.txt/.parquet files (recursively, sorted).

    A URI with a scheme (``s3a://...``, ``hdfs://...``) is passed to Spark as is and must end in a known
    suffix (a glob such as ``hdfs:///news/*.jsonl`` does).
    """
    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    units: list[Unit] = []
    for raw in map(str, paths):
        if "://" in raw and not raw.startswith("file://"):
            kind = kind_of(raw)
            if kind is None:
                raise ValueError(f"cannot tell the format of '{raw}': end it in .jsonl, .txt or .parquet")
            units.append(Unit(kind, raw))
            continue
        path = Path(raw.removeprefix("file://")).absolute()  # absolute, as Spark reports the sources
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KINDS)
            units += [Unit(KINDS[p.suffix.lower()], str(p)) for p in files]
        elif path.exists():
            units.append(Unit(kind_of(str(path)) or "unknown", str(path)))
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")
    return units


def local_name(uri: str) -> str:
    """Spark's ``file:/x`` and ``file:///x`` as the plain path the local engine reports, so sources agree."""
    if uri.startswith("file:"):
        return "/" + uri[len("file:"):].lstrip("/")
    return uri


def records_from_bytes(kind: str, source: str, data: bytes) -> Iterator[Item]:
    """The records of one .jsonl or .txt file given its bytes."""
    if kind not in ("txt", "jsonl"):
        yield unknown(source)
        return
    stem = PurePosixPath(source).stem
    try:
        text = read_text_bytes(data)
    except InputError as err:
        yield Bad(None, source, err.message)
        return
    if kind == "txt":
        yield source, Record(text=text, id=stem)
        return
    for item in _read_jsonl(text, stem, source, None):
        if isinstance(item, Record):
            yield source, item
        else:  # a sources.Failure: the source names the line
            yield Bad(None, item.source, item.reason)


def unknown(path: str) -> Bad:
    """A file named on purpose whose format batch does not read (folders only yield known suffixes)."""
    return Bad(None, path, f"unknown file type '{PurePosixPath(path).suffix or '(none)'}'; expected .jsonl, .txt "
                           "or .parquet")


def _published(value: object) -> str | None:
    if isinstance(value, datetime):  # a Parquet timestamp column: the publication date is its date
        value = value.date()
    return parse_date(value if isinstance(value, date) or value is None else str(value))


def record_from_row(row: dict, source: str) -> Item:
    """A record from one Parquet row (a dict of the ``COLUMNS`` present); rows without an id get the text's hash."""
    rid = None if row.get("id") is None else str(row["id"])
    text = row.get("text")
    try:
        if not isinstance(text, str):
            raise InputError(E.E007)
        if not text.strip():
            raise InputError(E.E001)
        title, url = row.get("title"), row.get("url")
        return source, Record(text=text, id=rid, published=_published(row.get("published")),
                              title=None if title is None else str(title), url=None if url is None else str(url))
    except InputError as err:
        return Bad(rid, source, err.message)


def read_parquet(path: str, batch_size: int = 1024) -> Iterator[Item]:
    """Records of a local Parquet file, read in batches so a large file is never held whole."""
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except Exception as err:  # noqa: BLE001 - pyarrow raises several types for unreadable files
        yield Bad(None, path, E.E012.format(detail=str(err)))
        return
    columns = [c for c in COLUMNS if c in handle.schema_arrow.names]
    batches = handle.iter_batches(batch_size=batch_size, columns=columns)
    while True:
        try:
            batch = next(batches, None)
        except Exception as err:  # noqa: BLE001 - a corrupt row group ends this file, not the batch
            yield Bad(None, path, E.E012.format(detail=str(err)))
            return
        if batch is None:
            return
        for row in batch.to_pylist():
            yield record_from_row(row, path)


def read_local(units: Iterable[Unit]) -> Iterator[Item]:
    """Every record of local input files, in order (the local engine's reader)."""
    for unit in units:
        if unit.kind not in ("txt", "jsonl", "parquet"):
            yield unknown(unit.path)
            continue
        if unit.kind == "parquet":
            yield from read_parquet(unit.path)
            continue
        try:
            data = Path(unit.path).read_bytes()
        except OSError as err:
            yield Bad(None, unit.path, E.E012.format(detail=err.strerror or str(err)))
            continue
        yield from records_from_bytes(unit.kind, unit.path, data)
