"""Every file of the real corpus (../shared/corpus) loads and segments without error."""

from __future__ import annotations

from pathlib import Path

from reader.core.loading import load_articles


def test_every_corpus_cluster_loads_and_segments(corpus_dir: Path) -> None:
    clusters = sorted(p for p in corpus_dir.iterdir() if p.is_dir())
    assert len(clusters) >= 170
    n_articles = 0
    for cluster in clusters:
        articles = load_articles([cluster])
        assert articles, cluster
        for article in articles:
            n_articles += 1
            assert article.sentences, article.path
            previous_end = 0
            for sentence in article.sentences:
                assert article.raw[sentence.start : sentence.end] == sentence.text
                assert sentence.start >= previous_end
                assert sentence.text == sentence.text.strip() and sentence.text
                previous_end = sentence.end
            # no text is lost: only whitespace lies between sentences (and the headline written
            # again as the body's first line, which is skipped)
            texts = ["".join(s.text.split()) for s in article.sentences]
            whole = "".join(article.raw.split())
            if article.sentences[0].role == "headline" and "".join(texts) != whole:
                texts.insert(1, texts[0])
            assert "".join(texts) == whole, article.path
    assert n_articles >= 730
