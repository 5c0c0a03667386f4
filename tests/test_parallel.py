"""pipe(..., n_process=N): results in input order, errors as results, and the input read lazily (a stream of any
length needs bounded memory)."""

import multiprocessing

import pytest

from warta import Pipeline, Record

TEXTS = [
    "Jakarta - Presiden Joko Widodo mengatakan, \"Kita kerja.\" Senin (4/3/2025).",
    "Semarang - Banjir merendam 1.200 rumah, kata Kepala BPBD Kota Semarang.",
    "",  # not analysable: comes back as an error result in its place
    "Menteri Keuangan Sri Mulyani menyebut inflasi turun 2,5 persen pada kuartal II 2024.",
]


def test_two_processes_give_the_same_results_in_order():
    records = [Record(text=t, id=f"a{i}", published="2025-03-04") for i, t in enumerate(TEXTS * 5)]
    one = list(Pipeline().pipe(records))
    two = list(Pipeline().pipe(records, n_process=2))
    assert [r.id for r in two] == [r.id for r in records]
    assert [(r.article, r.error) for r in two] == [(r.article, r.error) for r in one]
    assert sum(not r.ok for r in two) == 5


@pytest.mark.parametrize("n_process", [2, 3])
def test_input_is_read_lazily(n_process):
    consumed = []

    def stream():
        for i in range(400):
            consumed.append(i)
            yield Record(text=TEXTS[0], id=str(i), published="2025-03-04")

    results = Pipeline().pipe(stream(), n_process=n_process)
    first = next(results)
    # 8 articles a chunk, 2 chunks a worker in flight: far fewer than the 400 a read-ahead would take
    assert first.id == "0" and len(consumed) <= 8 * 2 * n_process
    results.close()
    assert not multiprocessing.active_children()  # stopping early leaves no worker behind
