import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()


def test_cli_example_prints_valid_json():
    result = runner.invoke(app, ["analyze", "--example"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.validate(data, schema)
    assert data["meta"]["dateline"] == "SEMARANG"


def test_cli_text_format_is_a_readable_report():
    result = runner.invoke(app, ["analyze", "--example", "--format", "text"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Banjir Rendam Ribuan Rumah di Semarang")
    assert "dateline: SEMARANG" in result.stdout


def test_cli_seed_article(seed_path):
    result = runner.invoke(app, ["analyze", str(seed_path), "--published", "2024-10-29"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["meta"]["dateline"] == "MOSKOW"
    for start, end in data["sentences"]:
        assert data["text"][start:end].strip() == data["text"][start:end] != ""


def test_cli_out_dir_writes_one_file_per_article(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": f"Berita nomor {i}."}) for i in ("a1", "b2")),
                   encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a1.json", "b2.json"]


def test_cli_stdin(tmp_path):
    result = runner.invoke(app, ["analyze", "-"], input="MOSKOW - Rusia menyatakan sesuatu.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "stdin"


@pytest.mark.parametrize("name, data", [
    ("kosong.txt", b""),
    ("biner.txt", bytes(range(256))),
    ("cp1252.txt", "\u201cSiap,\u201d kata Budi.".encode("cp1252")),
    ("berkas.pdf", b"%PDF-1.4"),
])
def test_cli_single_bad_input_one_line_error_nonzero_exit(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    result = runner.invoke(app, ["analyze", str(p)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(p) in lines[0] and "Traceback" not in result.output


def test_cli_batch_goes_on_and_summarises_failures(tmp_path):
    good, bad = tmp_path / "baik.txt", tmp_path / "buruk.txt"
    good.write_text("Berita yang baik.", encoding="utf-8")
    bad.write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(bad), str(good)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["id"] == "baik"
    assert "1 analysed, 1 failed" in result.stderr


def test_cli_malformed_jsonl_line_is_reported_and_rest_analysed(tmp_path):
    src = tmp_path / "campur.jsonl"
    src.write_text('{"id": "ok", "text": "Berita."}\n{rusak\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src)])
    assert result.exit_code == 1
    assert "campur.jsonl:2" in result.stderr
    assert json.loads(result.stdout)["id"] == "ok"


def test_cli_many_articles_from_one_jsonl_file_print_one_json_line_each(tmp_path):
    texts = {"a": "Budi datang ke Jakarta.", "b": "Ani pergi ke Bandung.", "c": "Harga beras naik."}
    src = tmp_path / "banyak.jsonl"
    src.write_text("\n".join(json.dumps({"id": k, "text": v}) for k, v in texts.items()), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src)])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "c"]


def test_cli_bad_published_is_a_usage_error():
    result = runner.invoke(app, ["analyze", "--example", "--published", "kemarin"])
    assert result.exit_code == 2


def test_cli_without_files_is_a_usage_error():
    assert runner.invoke(app, ["analyze"]).exit_code == 2


def test_installed_warta_command_runs_the_example():
    exe = [sys.executable, "-m", "warta.cli", "analyze", "--example", "--format", "text"]
    done = subprocess.run(exe, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "SEMARANG" in done.stdout


def test_cli_html_file_takes_published_date_from_page_metadata(tmp_path, html_page):
    page = tmp_path / "halaman.html"
    page.write_text(html_page, encoding="utf-8")
    data = json.loads(runner.invoke(app, ["analyze", str(page)]).stdout)
    assert (data["meta"]["published"], data["meta"]["published_source"]) == ("2023-05-08", "html")
    assert data["meta"]["title"] == "Inflasi Turun" and data["meta"]["author"] == "Budi Santoso"


def test_cli_eval_reference_article(seed_path):
    result = runner.invoke(app, ["eval", str(seed_path.parent)])
    assert result.exit_code == 0 and "dateline accuracy" in result.stdout


def test_cli_batch_writes_tables_and_exits_1_when_a_record_failed(tmp_path):
    pytest.importorskip("pyarrow")
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "Bupati Demak meninjau tanggul di Demak, Senin (3/3/2025)."}'
                                       '\n{"id": "b"\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path / "in.jsonl"), str(tmp_path / "out"), "--partitions", "1"])
    assert result.exit_code == 1 and "articles=1 " in result.stdout
    assert (tmp_path / "out" / "errors" / "part-00000.parquet").exists()
