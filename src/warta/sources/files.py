"""Reading inputs: .txt, .html/.htm, .json (one record), .jsonl (one record per line) and ``-`` for stdin.

Every input yields ``Record``s or ``Failure``s naming the input and the reason; nothing here raises for bad
input, so one unreadable file never stops a batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import E, InputError
from ..pipeline import Record, parse_date
from ..settings import Options
from .html import record_from_html

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


@dataclass
class Failure:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def read_text_bytes(data: bytes) -> str:
    """Decode an input file: UTF-8 (with or without BOM), or UTF-16/UTF-32 with a BOM or, recognised by their
    NUL bytes, without one; anything else is refused (binary E002, another encoding E003)."""
    if not data.strip():
        raise InputError(E.E001)
    encoding = wide_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise InputError(E.E003, detail=f"it looks like {encoding.upper()} but byte {err.start} "
                                            f"is invalid: {err.reason}") from None
        _refuse_binary([ord(c) for c in text[:8192]])  # 16-bit numbers look like UTF-16 until decoded
        text = text.lstrip("\ufeff")
    else:
        _refuse_binary(data[:8192])
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            hint = ""
            try:
                data.decode("cp1252")
                hint = ", it looks like cp1252/latin-1"
            except UnicodeDecodeError:
                pass
            raise InputError(E.E003,
                             detail=f"invalid byte 0x{data[err.start]:02x} at offset {err.start}{hint}") from None
    if not text.strip():
        raise InputError(E.E001)
    return text


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))


def wide_encoding(data: bytes) -> str | None:
    """``utf-16``/``utf-32`` (a BOM says which) or ``utf-16-le``/``-be``, ``utf-32-le``/``-be`` recognised without
    one, else None. Text in those is mostly Latin letters, whose code points are below 256: their high bytes are
    NUL, so over the first kB one byte position in every 2 (UTF-16) or 3 in every 4 (UTF-32) is nearly always
    NUL while the low byte nearly never is."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    for width in (4, 2):
        units = min(len(data), 1024) // width
        if units < 4:
            continue
        head = data[:units * width]
        nul = [head[i::width].count(0) / units for i in range(width)]
        for end in ("le", "be"):
            low, highs = (0, range(1, width)) if end == "le" else (width - 1, range(width - 1))
            if nul[low] <= 0.05 and min(nul[i] for i in highs) >= 0.5:
                return f"utf-{8 * width}-{end}"
    return None


def _refuse_binary(head) -> None:
    """E002 for a NUL or more than 5 % control characters among ``head``'s code values (bytes or code points)."""
    if 0 in head or sum(c < 9 or 13 < c < 32 for c in head) > len(head) // 20:
        raise InputError(E.E002, detail="control bytes in the first 8 kB")


def _optional_str(obj: dict, key: str) -> str | None:
    # A number is read as its text; a list or an object would otherwise fail deep in the pipeline, ending the run.
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise InputError(E.E004, detail=f"'{key}' must be a string, not {type(value).__name__}")


def _record(obj: object, default_id: str, published: str | None) -> Record:
    if not isinstance(obj, dict):
        raise InputError(E.E004, detail="a record must be a JSON object")
    rid = str(obj.get("id") or default_id)
    html = obj.get("html")
    text = obj.get("text")
    title, url = _optional_str(obj, "title"), _optional_str(obj, "url")
    if isinstance(html, str) and not (isinstance(text, str) and text.strip()):
        record = record_from_html(html, id=rid, url=url)
    elif isinstance(text, str):
        record = Record(text=text, id=rid, title=title, url=url)
    else:
        raise InputError(E.E007)
    record.published = parse_date(obj.get("published")) or record.published or published
    if isinstance(record.meta.get("date"), str):
        record.meta["date"] = parse_date(record.meta["date"])
    if not record.text.strip():
        raise InputError(E.E001)
    return record


def read_path(path: str, *, published: str | None = None, options: Options | None = None) -> Iterator[Record | Failure]:
    """Records from one path (or ``-`` for stdin, read as plain text)."""
    options = options or Options()
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = _read_capped(sys.stdin.buffer, options.max_bytes)
            suffix, stem = ".txt", "stdin"
        else:
            p = Path(path)
            suffix, stem = p.suffix.lower(), p.stem
            if suffix not in SUFFIXES:
                raise InputError(E.E005, suffix=p.suffix or "(none)")
            size = p.stat().st_size
            if size > options.max_bytes:
                raise InputError(E.E013, size=size, limit=options.max_bytes)
            with p.open("rb") as handle:  # a device or a pipe reports size 0 and may never end
                data = _read_capped(handle, options.max_bytes)
        text = read_text_bytes(data)
        if suffix == ".jsonl":
            yield from _read_jsonl(text, stem, name, published)
            return
        if suffix == ".json":
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as err:
                raise InputError(E.E004, detail=f"line {err.lineno} column {err.colno}: {err.msg}") from None
            yield _within(_record(obj, stem, published), options)
        elif suffix in (".html", ".htm"):
            record = record_from_html(text, id=stem)
            record.published = published
            if isinstance(record.meta.get("date"), str):
                record.meta["date"] = parse_date(record.meta["date"])
            yield _within(record, options)
        else:
            yield _within(Record(text=text, id=stem, published=published), options)
    except InputError as err:
        yield Failure(name, err.message)
    except OSError as err:
        yield Failure(name, E.E012.format(detail=err.strerror or str(err)))


def _read_capped(handle, limit: int) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(E.E013, size=f"more than {limit}", limit=limit)
    return data


def _within(record: Record, options: Options) -> Record:
    # The pipeline refuses it too, but only under the record's id: here the failure names the file (a.txt, a.html).
    if len(record.text) > options.max_chars:
        raise InputError(E.E006, size=len(record.text), limit=options.max_chars)
    return record


def _read_jsonl(text: str, stem: str, name: str, published: str | None) -> Iterator[Record | Failure]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(E.E004, detail=f"column {err.colno}: {err.msg}") from None
            yield _record(obj, f"{stem}-{lineno}", published)
        except InputError as err:
            yield Failure(f"{name}:{lineno}", err.message)


FEED_SUFFIXES = (".rss", ".atom", ".xml")


def read_inputs(paths: list[str], *, published: str | None = None, options: Options | None = None,
                allow_private: bool | None = None) -> Iterator[Record | Failure]:
    """Records from files, ``-``, http(s) URLs (article pages or feeds) and feed files, in order."""
    paths = list(paths)
    if any(p.lower().startswith(("http://", "https://")) or Path(p).suffix.lower() in FEED_SUFFIXES for p in paths):
        from .web import read_sources  # network code only when a URL or a feed is given

        yield from read_sources(paths, published=published, options=options, allow_private=allow_private)
        return
    for path in paths:
        yield from read_path(path, published=published, options=options)
