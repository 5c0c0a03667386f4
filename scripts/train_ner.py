"""Train the entity CRF shipped in src/warta/models/ner/ from idner-news-2k (MIT).

    .venv/bin/python scripts/train_ner.py [--data ../shared/data/idner-news-2k] [--articles eval/dev | --no-articles]
                                          [--out src/warta/models/ner]

Trains on train.txt + dev.txt (dev is used first to report a score, then folded in) and the sentences of the team's
gold articles (eval/dev; never eval/heldout, which measures what the model does on text it has not seen), in
warta's own tokenisation and in the candidate windows the recogniser tags at run time, and writes crf.crfsuite.gz,
attributes.txt.gz, lowercase-vocab.txt and the dataset's LICENSE.txt. Deterministic: the same data gives the same
model. See src/warta/models/ner/README.txt for what the articles add.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pycrfsuite

from warta.components import ner_model
from warta.components.segment import split_sentences, tokenize
from warta.eval.conll import Sentence, char_spans, read_conll

ROOT = Path(__file__).resolve().parents[1]
PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}


def _kb():
    try:
        from warta.kb import knowledge_base

        return knowledge_base()
    except (ImportError, FileNotFoundError):
        return None


def warta_sentence(sentence: Sentence) -> tuple[list[str], list[str], list[str]]:
    """The sentence in warta's tokens with BIO labels from the gold character spans, and KB tags."""
    text = sentence.text
    tokens = tokenize(text, [(0, len(text))])
    kb = _kb()
    tags = ner_model.kb_tags(tokens, kb.find(text), kb) if kb is not None else None
    labels = ["O"] * len(tokens)
    for start, end, kind in char_spans(sentence):
        inside = [i for i, (s, e) in enumerate(tokens) if s >= start and e <= end]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return [text[s:e] for s, e in tokens], labels, tags


def windows(sentences: list[Sentence]):
    """The candidate windows with the KB's tags as features. (Training each window a second time without them
    made the model work better without a KB but cost 2 points of F1 with it; the KB ships with warta.)"""
    for sentence in sentences:
        words, labels, tags = warta_sentence(sentence)
        for a, b in ner_model.candidate_windows(words):
            yield ner_model.sentence_features(words, a, b, tags), labels[a:b]


def article_sentences(folder: Path) -> list[Sentence]:
    """The team's gold articles (<id>.txt + <id>.gold.json, eval/dev) as sentences in warta's tokens: each whole-word
    occurrence of an entity's mention is labelled with the entity's type, longer mentions first. Never eval/heldout,
    whose articles nobody tunes on."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        mentions = sorted({(m, e["type"]) for e in gold["entities"] for m in e["mentions"]}, key=lambda x: -len(x[0]))
        span_at: list[tuple[int, str] | None] = [None] * len(text)  # each character's mention: (its start, type)
        for mention, kind in mentions:
            for found in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text):
                a, b = found.span()
                if not any(span_at[a:b]):
                    span_at[a:b] = [(a, kind)] * (b - a)
        for s, e in split_sentences(text):
            words, labels, before = [], [], None
            for ts, te in tokenize(text, [(s, e)]):
                span = span_at[ts] if span_at[ts] == span_at[te - 1] else None  # a token half in a mention is O
                words.append(text[ts:te])
                labels.append("O" if span is None else ("I-" if span == before else "B-") + span[1])
                before = span
            out.append(Sentence(words, labels))
    return out


def write_vocab(sentences: list[Sentence], out: Path) -> None:
    words = {t for s in sentences for t in s.tokens if t.isalpha() and t.islower()}
    (out / ner_model.VOCAB_FILE).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    ner_model.forget_vocab()


def train(sentences: list[Sentence], model_path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in windows(sentences):
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(model_path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "idner-news-2k")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "warta" / "models" / "ner")
    parser.add_argument("--final-only", action="store_true", help="skip the train-only model scored on dev")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval" / "dev",
                        help="the team's gold articles to train on as well (default eval/dev; never eval/heldout)")
    parser.add_argument("--no-articles", action="store_true", help="train on idner-news-2k alone")
    args = parser.parse_args(argv)
    train_set, dev_set = read_conll(args.data / "train.txt"), read_conll(args.data / "dev.txt")
    if not args.no_articles:
        articles = article_sentences(args.articles)
        print(f"{len(articles)} sentences of gold articles from {args.articles}")
        train_set = train_set + articles
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "crf.crfsuite"
        if not args.final_only:
            write_vocab(train_set, args.out)
            train(train_set, raw)
            _install(raw, args.out)
            from warta.eval.conll import evaluate_file, format_score

            print("train only, scored on dev:\n" + format_score(evaluate_file(args.data / "dev.txt")))
        write_vocab(train_set + dev_set, args.out)
        train(train_set + dev_set, raw)
        _install(raw, args.out)
    shutil.copyfile(args.data / "LICENSE", args.out / "LICENSE.txt")
    (args.out / ner_model.LEXICON_HASH_FILE).write_text(ner_model.lexicon_hash() + "\n", encoding="utf-8")
    print(f"wrote {args.out / ner_model.MODEL_FILE}")
    return 0


def _install(raw: Path, out: Path) -> None:
    (out / ner_model.MODEL_FILE).write_bytes(gzip.compress(raw.read_bytes(), mtime=0))
    attributes = "\n".join(ner_model.dump_attributes(raw)) + "\n"
    (out / ner_model.ATTRIBUTES_FILE).write_bytes(gzip.compress(attributes.encode("utf-8"), mtime=0))
    ner_model.forget_model()


if __name__ == "__main__":
    sys.exit(main())
