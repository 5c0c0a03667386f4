import json

import pytest

from warta.article import Article, Entity, Mention, Meta, Quantity, Quote, Speaker, Time
from warta.eval import check_floors, evaluate, evaluate_dir
from warta.eval.gold import GoldArticle, anchor

TEXT = ('JAKARTA - Menteri Keuangan Sri Mulyani mengatakan inflasi turun pada hari Selasa. '
        '"Kami optimistis," kata Sri Mulyani. Harga naik 3,2 persen, kata BPS pada hari Selasa.')


def _gold(**kw):
    base = dict(id="g", text=TEXT, published="2024-10-29", dateline="JAKARTA", events=None,
                entities=[{"name": "Sri Mulyani", "type": "PER", "mentions": ["Sri Mulyani"]},
                          {"name": "Badan Pusat Statistik", "type": "ORG", "mentions": ["BPS"]}],
                quotes=[{"speaker": "Sri Mulyani", "speaker_mention": "Sri Mulyani", "cue": "mengatakan",
                         "kind": "indirect", "content_head": "inflasi turun pada hari Selasa"},
                        {"speaker": "Sri Mulyani", "speaker_mention": "Sri Mulyani", "cue": "kata",
                         "kind": "direct", "content_head": "Kami optimistis"}],
                times=[{"text": "pada hari Selasa", "value": "2024-10-29"},
                       {"text": "pada hari Selasa", "value": "2024-10-29"}],
                quantities=[{"text": "3,2 persen", "value": 3.2, "unit": "persen"}])
    base.update(kw)
    return GoldArticle(**base)


def _span(text, s, nth=0):
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.find(s, pos + 1)
    return pos, pos + len(s)


def _article(**kw):
    s1, e1 = _span(TEXT, "Sri Mulyani")
    s2, e2 = _span(TEXT, "BPS")
    ents = [Entity(id="e1", name="Sri Mulyani", type="PER", mentions=[Mention(text="Sri Mulyani", start=s1, end=e1)]),
            Entity(id="e2", name="BPS", type="ORG", mentions=[Mention(text="BPS", start=s2, end=e2)])]
    q1 = _span(TEXT, "inflasi turun pada hari Selasa")
    q2 = _span(TEXT, "Kami optimistis")
    spk = Speaker(entity="e1", name="Sri Mulyani", text="Sri Mulyani", start=s1, end=e1)
    quotes = [Quote(id="q1", kind="indirect", speaker=spk, content=TEXT[q1[0]:q1[1]], start=q1[0], end=q1[1]),
              Quote(id="q2", kind="indirect", speaker=spk, content=TEXT[q2[0]:q2[1]], start=q2[0], end=q2[1])]
    t1, t2 = _span(TEXT, "pada hari Selasa"), _span(TEXT, "pada hari Selasa", 1)
    times = [Time(id="t1", text="pada hari Selasa", start=t1[0], end=t1[1], value="2024-10-29"),
             Time(id="t2", text="pada hari Selasa", start=t2[0], end=t2[1], value="2024-10-28")]
    n = _span(TEXT, "3,2 persen")
    qty = [Quantity(id="n1", text="3,2 persen", start=n[0], end=n[1], value=3.2, unit="persen")]
    base = dict(id="g", text=TEXT, meta=Meta(dateline="JAKARTA"), entities=ents, quotes=quotes, times=times,
                quantities=qty)
    base.update(kw)
    return Article(**base)


def test_eval_perfect_and_imperfect_fields_are_told_apart():
    found = evaluate(_gold(), _article())
    assert found["entities"].f1 == 1.0  # "BPS" matches the gold entity through its mention
    assert found["quotes"].f1 == 1.0 and found["attribution"].f1 == 1.0
    assert found["quote_kind"].value == 0.5
    assert found["times"].f1 == 1.0 and found["times_value"].tp == 1  # second Selasa has the wrong value
    assert found["quantities_value"].f1 == 1.0
    assert found["dateline"].value == 1.0


def test_eval_wrong_type_is_not_an_entity_match():
    art = _article()
    art.entities[1].type = "LOC"
    found = evaluate(_gold(), art)
    assert found["entities"].tp == 1 and found["entities"].false_hits == ["LOC BPS"]
    assert found["entities"].misses == ["ORG Badan Pusat Statistik"]


def test_eval_wrong_speaker_counts_as_detection_but_not_attribution():
    art = _article()
    art.quotes[1].speaker = Speaker(entity="e2", name="BPS", text="BPS", start=0, end=3)
    found = evaluate(_gold(), art)
    assert found["quotes"].tp == 2 and found["attribution"].tp == 1


@pytest.mark.parametrize("gold_speaker, pred_name, ok", [
    ("seorang diplomat", "seorang diplomat yang berbicara dengan syarat anonim", True),
    ("anggota parlemen Korea Selatan", "anggota parlemen", True),
    ("seorang diplomat", "warga", False),
])
def test_eval_unnamed_speaker_descriptions(gold_speaker, pred_name, ok):
    gold = _gold(quotes=[{"speaker": gold_speaker, "kind": "direct", "content_head": "Kami optimistis"}])
    art = _article()
    art.quotes = [art.quotes[1].model_copy(update={"speaker": Speaker(name=pred_name, text=pred_name, start=0, end=1)})]
    assert evaluate(gold, art)["attribution"].tp == int(ok)


def test_anchor_finds_the_kth_occurrence_for_repeated_strings():
    spans = anchor(TEXT, ["pada hari Selasa", "pada hari Selasa", "tidak ada"])
    assert spans[0][0] < spans[1][0] and spans[2] is None


def test_evaluate_dir_and_floors(tmp_path):
    (tmp_path / "g.txt").write_text(TEXT, encoding="utf-8")
    gold = {"id": "g", "published": "2024-10-29", "dateline": "JAKARTA", "entities": [], "quotes": [],
            "times": [], "quantities": []}
    (tmp_path / "g.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_dir(tmp_path)
    assert report.articles == 1 and report.scores()["dateline.acc"] == 1.0
    floors = tmp_path / "floors.toml"
    floors.write_text(f'[{tmp_path.name}]\n"dateline.acc" = 1.0\n"entities.p" = 1.01\n', encoding="utf-8")
    below = check_floors(report, floors, tmp_path.name)
    assert len(below) == 1 and "entities.p" in below[0]


def test_evaluate_dir_reads_saved_predictions(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "g.txt").write_text(TEXT, encoding="utf-8")
    (gold_dir / "g.gold.json").write_text(json.dumps({"id": "g", "dateline": "JAKARTA", "entities": [
        {"name": "Sri Mulyani", "type": "PER", "mentions": ["Sri Mulyani"]}]}), encoding="utf-8")
    (pred_dir / "g.json").write_text(_article().to_json(), encoding="utf-8")
    report = evaluate_dir(gold_dir, pred_dir=pred_dir)
    assert report.prf["entities"].tp == 1 and report.prf["entities"].n_pred == 2


def test_eval_linking_counts_gold_entities_with_a_qid():
    gold = _gold(entities=[{"name": "Sri Mulyani", "type": "PER", "mentions": ["Sri Mulyani"], "qid": "Q123"},
                           {"name": "Badan Pusat Statistik", "type": "ORG", "mentions": ["BPS"], "qid": "Q456"},
                           {"name": "Jakarta", "type": "LOC", "mentions": ["Jakarta"]}])
    art = _article()
    art.entities[0].kb = "Q123"
    art.entities[1].kb = "W:bps"
    linking = evaluate(gold, art)["linking"]
    assert (linking.right, linking.total) == (1, 2)
    assert "Q456" in linking.wrong[0]


def test_anchor_keeps_a_short_string_out_of_a_longer_annotated_one():
    text = "Rapat digelar Selasa (11/6/2024). Hasilnya diumumkan Selasa malam."
    spans = anchor(text, ["Selasa (11/6/2024)", "Selasa"])
    assert text[spans[1][0]:].startswith("Selasa malam")


def test_anchor_matches_whole_words_only():
    text = "Pada pukul 19.42 ada 42 korban."
    assert anchor(text, ["42"]) == [(text.index(" 42 ") + 1, text.index(" 42 ") + 3)]


def test_eval_times_ignores_durations_and_frequencies():
    art = _article()
    start = TEXT.index("Harga")
    art.times.append(Time(id="t3", text="Harga", start=start, end=start + 5, value="P6W", type="DURATION"))
    assert evaluate(_gold(), art)["times"].n_pred == 2
