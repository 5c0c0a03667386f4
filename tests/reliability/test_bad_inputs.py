"""The generated bad-input corpus (badcorpus.py) through every entry point: ``warta analyze`` in-process and as a
real subprocess, ``warta.batch.run`` and ``warta.corpus.ingest``. Each failed input gets one line naming it and its
reason, the rest are analysed, nothing prints a traceback, and the exit codes are the README's (0 / 1 / 2)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app

from .badcorpus import ID, cases, write

runner = CliRunner()
SINGLE = {name: expected for name, (_, expected) in cases().items() if expected != "mixed"}
OK = sorted(n for n, e in SINGLE.items() if e == "ok")
WARTA = str(Path(sys.executable).with_name("warta"))


def _records(stdout: str) -> list[dict]:
    """The JSON records printed one after another (the first one of a run may be indented)."""
    decoder, out, at = json.JSONDecoder(), [], 0
    while (at := len(stdout) - len(stdout[at:].lstrip())) < len(stdout):
        obj, at = decoder.raw_decode(stdout, at)
        out.append(obj)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("buruk")
    write(folder)
    return folder


@pytest.mark.parametrize("name", sorted(SINGLE))
def test_each_bad_input_is_analysed_or_refused_in_one_line_naming_it(corpus, name):
    result = runner.invoke(app, ["analyze", str(corpus / name)])
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no exception escaped
    assert "Traceback" not in result.stderr
    if SINGLE[name] == "ok":
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["text"].strip()
    else:
        assert result.exit_code == 1
        assert result.stderr.splitlines() == [result.stderr.strip()]  # exactly one line
        assert result.stderr.startswith(f"warta: {corpus / name}: {SINGLE[name]}: ")


@pytest.mark.parametrize(("name", "language"), [("inggris.txt", "en"), ("jawa.txt", "jv"), ("utf16-bom.txt", "id"),
                                                ("utf16be-tanpa-bom.txt", "id"), ("utf32le-tanpa-bom.txt", "id")])
def test_text_in_another_language_is_analysed_with_a_warning(corpus, name, language):
    article = json.loads(runner.invoke(app, ["analyze", str(corpus / name)]).stdout)
    assert article["meta"]["language"] == language
    assert any("not Indonesian" in w for w in article["warnings"]) == (language != "id")


def test_a_jsonl_file_reports_each_bad_line_and_analyses_the_rest(corpus):
    result = runner.invoke(app, ["analyze", str(corpus / "baris.jsonl")])
    assert result.exit_code == 1
    failed = [line.split(": ")[1:3] for line in result.stderr.splitlines()[:-1]]
    name = str(corpus / "baris.jsonl")
    assert failed == [[f"{name}:2", "E004"], [f"{name}:3", "E004"], [f"{name}:4", "E007"], [f"{name}:5", "E009"]]
    # an offset that is not a real time zone and a basic-format date keep their valid calendar date
    ids = [r["id"] for r in _records(result.stdout)]
    assert ids == ["baik", "zona", "tgl-angka", "ganda"]
    assert result.stderr.splitlines()[-1] == "warta: 4 analysed, 4 failed"


def test_a_feed_with_broken_entries_names_each_entry(corpus):
    result = runner.invoke(app, ["analyze", str(corpus / "feed.xml")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "loopback" in lines[0]  # the entry's link points at 127.0.0.1: refused, never fetched
    assert lines[1].startswith(f"warta: {corpus / 'feed.xml'}#2: ") and lines[2].startswith(f"warta: {corpus / 'feed.xml'}#3: ")


def test_wrong_usage_exits_2(corpus):
    assert runner.invoke(app, ["analyze", str(corpus / "angka.txt"), "--published", "2023-02-30"]).exit_code == 2
    assert runner.invoke(app, ["analyze", str(corpus / "angka.txt"), "--format", "xml"]).exit_code == 2


def test_the_whole_corpus_through_one_real_process(corpus):
    started = time.perf_counter()
    result = subprocess.run([WARTA, "analyze", *sorted(str(p) for p in corpus.iterdir())],
                            capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    assert result.returncode == 1 and "Traceback" not in result.stderr
    for name, expected in SINGLE.items():
        if expected != "ok":
            assert f"warta: {corpus / name}: {expected}: " in result.stderr
    articles = _records(result.stdout)
    assert len(articles) == len(OK) + 4  # and the four good lines of baris.jsonl
    assert seconds < 120  # two 11 MB inputs are refused, not analysed


def test_batch_turns_every_bad_record_into_an_error_row(corpus, tmp_path):
    import pyarrow.parquet as pq

    from warta.batch import run

    counts = run(corpus, tmp_path / "out", partitions=1)
    errors = pq.read_table(tmp_path / "out" / "errors").to_pylist()
    reasons = {Path(e["source"]).name: e["reason"][:4] for e in errors}
    txt = {n: e for n, e in SINGLE.items() if n.endswith(".txt")}  # batch reads .txt, .jsonl and .parquet
    assert {n: r for n, r in reasons.items() if n.endswith(".txt")} == {n: e for n, e in txt.items() if e != "ok"}
    assert {n: r for n, r in reasons.items() if ".jsonl" in n} == {
        "baris.jsonl:2": "E004", "baris.jsonl:3": "E004", "baris.jsonl:4": "E007", "baris.jsonl:5": "E009"}
    assert counts["articles"] == sum(e == "ok" for e in txt.values()) + 4


def test_ingest_stores_the_good_inputs_and_names_every_bad_one(corpus, tmp_path):
    from warta.corpus import ingest

    summary = ingest([corpus], db=tmp_path / "c.db")
    failed = {Path(f.source).name: f.reason[:4] for f in summary.failed}
    files = {n: e for n, e in SINGLE.items() if n != "tanpa-ekstensi"}  # a folder yields known suffixes only
    assert {n: r for n, r in failed.items() if ":" not in n} == {n: e for n, e in files.items() if e != "ok"}
    assert summary.added + summary.near_duplicates + summary.duplicates == len(OK) + 4


@pytest.mark.parametrize(("name", "seconds"), [("kalimat-panjang.txt", 10), ("angka.txt", 10), ("besar.txt", 5)])
def test_pathological_text_is_analysed_or_refused_quickly(corpus, pipeline, name, seconds):
    from warta.sources import read_path

    started = time.perf_counter()
    for item in read_path(str(corpus / name)):
        if not hasattr(item, "reason"):
            pipeline.process(item)
    assert time.perf_counter() - started < seconds


@pytest.mark.parametrize(("record", "outcome"), [
    ({"id": "judul-angka", "text": ID, "title": 123}, "ok"),  # a number is read as its text
    ({"id": "url-daftar", "text": ID, "url": ["https://a.example"]}, "E004"),
    ({"id": "judul-objek", "text": ID, "title": {"id": "x"}}, "E004"),
    ({"id": "nul", "text": ID + "\x00" + ID}, "ok"),
    ({"id": "benar", "text": ID, "published": True}, "E009"),
    ({"id": 5, "text": ID}, "ok"),
])
def test_record_fields_of_the_wrong_type_fail_that_record_only(tmp_path, record, outcome):
    src = tmp_path / "jenis.jsonl"
    src.write_text(json.dumps(record) + "\n" + json.dumps({"id": "baik", "text": ID}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    ids = [r["id"] for r in _records(result.stdout)]
    if outcome == "ok":
        assert (result.exit_code, ids) == (0, [str(record["id"]), "baik"])
    else:
        assert (result.exit_code, ids) == (1, ["baik"])
        assert result.stderr.startswith(f"warta: {src}:1: {outcome}: ")


@pytest.mark.parametrize(("rid", "name"), [
    ("../lolos", "_lolos.json"), ("a/b", "a_b.json"), ("..\\..\\x", "_.._x.json"), (".tersembunyi", "tersembunyi.json"),
    ("biasa", "biasa.json"),
])
def test_out_writes_every_record_inside_the_folder(tmp_path, rid, name):
    src = tmp_path / "id.jsonl"
    src.write_text(json.dumps({"id": rid, "text": ID}) + "\n", encoding="utf-8")
    out = tmp_path / "hasil"
    assert runner.invoke(app, ["analyze", str(src), "--out", str(out)]).exit_code == 0
    assert [p.name for p in out.iterdir()] == [name]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil", "id.jsonl"]


def test_a_300_character_id_gets_a_short_unique_file_name(tmp_path):
    src = tmp_path / "id.jsonl"
    src.write_text("".join(json.dumps({"id": "x" * 300 + k, "text": ID}) + "\n" for k in "ab"), encoding="utf-8")
    assert runner.invoke(app, ["analyze", str(src), "--out", str(tmp_path / "hasil")]).exit_code == 0
    names = [p.name for p in (tmp_path / "hasil").iterdir()]
    assert len(names) == 2 and all(len(n) < 255 for n in names)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_file_that_never_ends_is_refused_at_the_byte_limit(tmp_path, device, monkeypatch):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    monkeypatch.setenv("WARTA_MAX_BYTES", "100000")
    link = tmp_path / "tanpa-akhir.txt"
    link.symlink_to(device)  # stat() says 0 bytes: the size check before reading cannot see it
    result = runner.invoke(app, ["analyze", str(link)])
    assert result.exit_code == 1 and result.stderr.startswith(f"warta: {link}: E013: ")


def test_stdin_is_read_up_to_the_byte_limit(monkeypatch):
    monkeypatch.setenv("WARTA_MAX_BYTES", "1000")
    result = runner.invoke(app, ["analyze", "-"], input=ID * 20)
    assert result.exit_code == 1 and result.stderr.startswith("warta: <stdin>: E013: the file is more than 1000 bytes")
    assert runner.invoke(app, ["analyze", "-"], input=ID).exit_code == 0


def test_script_and_iframe_content_never_reaches_the_text(corpus):
    article = json.loads(runner.invoke(app, ["analyze", str(corpus / "skrip.html")]).stdout)
    assert "Sri Mulyani" in article["text"]
    assert not any(bad in article["text"] for bad in ("alert", "document.write", "palsu", "iklan.example"))
