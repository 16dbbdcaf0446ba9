"""Build reader/core/data/wordfreq.tsv: a small sentence-frequency prior for content stems.

Counts, for every stem `reader.core.textnorm.terms` produces, how many sentences hold it,
over tune-side text only: the corpus clusters (minus ECB+ topics 31-45, the report split),
MRPC train and STS-B train/dev sentences. Labels are never read. Run from the repo root:

    .venv/bin/python benchmarks/build_wordfreq.py
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

from reader.core.loading import load_articles
from reader.core.textnorm import terms

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("READER_BENCH", ROOT.parent / "shared" / "bench"))
CORPUS = BENCH.parent / "corpus"
OUT = ROOT / "reader" / "core" / "data" / "wordfreq.tsv"
MIN_COUNT = 3


def _report_topic(cluster: str) -> bool:
    match = re.match(r"ecbplus_t(\d+)_", cluster)
    return bool(match) and 31 <= int(match.group(1)) <= 45


def sentences() -> list[str]:
    """Every tune-side sentence, corpus first."""
    out: list[str] = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        if _report_topic(folder.name):
            continue
        for article in load_articles([folder]):
            out.extend(s.text for s in article.sentences)
    for name in ("mrpc_train", "stsb_train", "stsb_dev"):
        with open(BENCH / "pairs" / f"{name}.jsonl", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                out.extend((row["s1"], row["s2"]))
    return out


def main() -> int:
    """Count and write the table."""
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}; set READER_BENCH", file=sys.stderr)
        return 1
    texts = sentences()
    counts: Counter[str] = Counter()
    for text in dict.fromkeys(texts):
        counts.update(terms(text).stems)
    total = len(dict.fromkeys(texts))
    kept = sorted(((c, w) for w, c in counts.items() if c >= MIN_COUNT and not w[0].isdigit()), reverse=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(f"#sentences\t{total}\n")
        for count, word in kept:
            handle.write(f"{word}\t{count}\n")
    print(f"{len(kept)} stems from {total} sentences -> {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
