"""Reading batch inputs: records with their ids and sources, or a Bad item naming the record and the reason."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from warta.batch.inputs import Bad, find_inputs, local_name, record_from_row, records_from_bytes

BERITA = "Gubernur Jawa Tengah meninjau banjir di Semarang, Senin (3/3/2025)."


def _jsonl(*objs) -> bytes:
    return "\n".join(o if isinstance(o, str) else json.dumps(o) for o in objs).encode("utf-8")


# (kind, source, bytes, expected: ("ok", id, published) or ("bad", source, error code))
FILES = [
    ("jsonl", "/d/berita.jsonl", _jsonl({"id": "b1", "text": BERITA, "published": "2025-03-04"}),
     [("ok", "b1", "2025-03-04")]),
    ("jsonl", "/d/berita.jsonl", _jsonl({"text": BERITA}, "", {"text": BERITA}), [("ok", "berita-1", None),
                                                                                  ("ok", "berita-3", None)]),
    ("jsonl", "/d/berita.jsonl", _jsonl('{"id": "x", "text": ', {"id": "y", "text": BERITA}),
     [("bad", "/d/berita.jsonl:1", "E004"), ("ok", "y", None)]),
    ("jsonl", "/d/berita.jsonl", _jsonl({"id": "z", "judul": BERITA}), [("bad", "/d/berita.jsonl:1", "E007")]),
    ("jsonl", "/d/berita.jsonl", _jsonl({"id": "z", "text": BERITA, "published": "kemarin"}),
     [("bad", "/d/berita.jsonl:1", "E009")]),
    ("txt", "/d/banjir-semarang.txt", BERITA.encode("utf-8"), [("ok", "banjir-semarang", None)]),
    ("txt", "/d/banjir.txt", "\ufeff".encode() + BERITA.encode("utf-8"), [("ok", "banjir", None)]),
    ("txt", "/d/foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [("bad", "/d/foto.txt", "E002")]),
    ("txt", "/d/lama.txt", BERITA.replace("Semarang", "Semarang \xe9").encode("latin-1"), [("bad", "/d/lama.txt", "E003")]),
    ("txt", "/d/kosong.txt", b"  \n", [("bad", "/d/kosong.txt", "E001")]),
    ("unknown", "/d/berita.csv", b"id,text", [("bad", "/d/berita.csv", "unknown file type '.csv'")]),
]


def _summary(item):
    if isinstance(item, Bad):
        code = item.reason.split(":")[0] if item.reason.startswith("E0") else item.reason.split(";")[0]
        return "bad", item.source, code
    _, record = item
    return "ok", record.id, record.published


@pytest.mark.parametrize(("kind", "source", "data", "expected"), FILES)
def test_records_from_bytes(kind, source, data, expected):
    assert [_summary(i) for i in records_from_bytes(kind, source, data)] == expected


# (row, expected: ("ok", id, published, title) or ("bad", id, error code))
ROWS = [
    ({"id": "p1", "text": BERITA, "published": "2025-03-04"}, ("ok", "p1", "2025-03-04", None)),
    ({"id": 7, "text": BERITA, "published": datetime(2025, 3, 4, 23, 10), "title": "Banjir"},
     ("ok", "7", "2025-03-04", "Banjir")),
    ({"text": BERITA, "published": date(2025, 3, 4)}, ("ok", None, "2025-03-04", None)),
    ({"id": "p2", "text": None}, ("bad", "p2", "E007")),
    ({"id": "p3", "text": " \n"}, ("bad", "p3", "E001")),
    ({"id": "p4", "text": BERITA, "published": "4 Maret 2025"}, ("bad", "p4", "E009")),
]


@pytest.mark.parametrize(("row", "expected"), ROWS)
def test_record_from_row(row, expected):
    item = record_from_row(row, "/d/arsip.parquet")
    if isinstance(item, Bad):
        assert ("bad", item.id, item.reason[:4]) == expected and item.source == "/d/arsip.parquet"
    else:
        source, record = item
        assert ("ok", record.id, record.published, record.title) == expected and source == "/d/arsip.parquet"


def test_find_inputs_takes_known_suffixes_of_a_folder_recursively(tmp_path):
    for name in ("b.jsonl", "a.txt", "sub/c.parquet", "sub/d.TXT", "e.json", "f.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    units = find_inputs(tmp_path)
    assert [(u.kind, u.path) for u in units] == [("txt", str(tmp_path / "a.txt")), ("jsonl", str(tmp_path / "b.jsonl")),
                                                 ("parquet", str(tmp_path / "sub/c.parquet")),
                                                 ("txt", str(tmp_path / "sub/d.TXT"))]


@pytest.mark.parametrize(("path", "kind"), [("s3a://arsip/berita/*.jsonl", "jsonl"),
                                            ("hdfs:///berita/2024.parquet", "parquet"),
                                            ("hdfs:///berita/2024.parquet/", "parquet")])
def test_find_inputs_passes_cluster_uris_with_their_kind(path, kind):
    assert [(u.kind, u.path) for u in find_inputs(path)] == [(kind, path)]


@pytest.mark.parametrize(("path", "error"), [("s3a://arsip/berita/", ValueError),
                                             ("/tidak/ada/berita.jsonl", FileNotFoundError)])
def test_find_inputs_refuses_paths_it_cannot_read(path, error):
    with pytest.raises(error):
        find_inputs(path)


@pytest.mark.parametrize(("uri", "path"), [("file:/tmp/a.txt", "/tmp/a.txt"), ("file:///tmp/a.txt", "/tmp/a.txt"),
                                           ("/tmp/a.txt", "/tmp/a.txt"), ("hdfs:///a.txt", "hdfs:///a.txt")])
def test_local_name_matches_spark_paths_to_local_ones(uri, path):
    assert local_name(uri) == path


@pytest.mark.parametrize(("content", "expected"), [(b"PAR1 not really parquet PAR1", "E012"), (b"", "E012")])
def test_read_parquet_turns_an_unreadable_file_into_an_error(tmp_path, content, expected):
    pytest.importorskip("pyarrow", reason="the batch runner needs pyarrow")
    from warta.batch.inputs import read_parquet

    (tmp_path / "rusak.parquet").write_bytes(content)
    (item,) = read_parquet(str(tmp_path / "rusak.parquet"))
    assert isinstance(item, Bad) and item.reason.startswith(expected) and item.source.endswith("rusak.parquet")
