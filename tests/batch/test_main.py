"""``python -m warta.batch``, the spark-submit application, and the package's import cost."""

from __future__ import annotations

import subprocess
import sys

import pytest

from warta.batch.__main__ import main

BERITA = "Bupati Demak Eisti'anah meninjau tanggul yang jebol di Desa Ketanjung, Senin (3/3/2025)."


def test_main_analyses_inputs_into_output_and_prints_the_counts(tmp_path, capsys):
    pytest.importorskip("pyarrow", reason="the batch runner needs pyarrow")
    (tmp_path / "a.txt").write_text(BERITA, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BERITA.replace("Demak", "Kudus"), encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "out"), "--partitions", "1"]) == 0
    assert "articles=2 " in capsys.readouterr().out
    assert (tmp_path / "out" / "errors" / "part-00000.parquet").exists()


@pytest.mark.parametrize("argv", [["hanya-satu"], ["a.txt", "out", "--engine", "dask"]])
def test_main_refuses_wrong_usage(argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2


def test_importing_batch_loads_neither_arrow_nor_spark():
    code = "import sys, warta.batch; print(sorted(m for m in ('pyarrow', 'pyspark', 'duckdb') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
