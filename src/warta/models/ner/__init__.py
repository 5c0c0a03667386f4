"""The entity CRF trained by scripts/train_ner.py on idner-news-2k (MIT, LICENSE.txt beside this file)."""
