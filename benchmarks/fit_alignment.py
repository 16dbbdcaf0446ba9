"""Fit the coefficients the aligner ships, from the tune splits only, and write them into the code.

1. `reader.similarity`: a logistic model over `similarity.FEATURES`, fitted on MRPC train
   (labels) and STS-B train (score / 5 as a soft label) together; STS-B dev is printed as a
   check. The "same meaning" model reads the same features, fitted on MRPC train alone, with
   the threshold of best accuracy there.
2. The link model of `reader.core.alignment`: a logistic model over `pairing.LINK_FEATURES`
   with the similarity model's log-odds as a fixed offset (so the link model only learns
   what the cluster adds to the sentence pair), fitted on the candidate pairs of the gold
   clusters (``clusters_gold/``). The link threshold is the one with the best micro link F1
   under leave-one-cluster-out cross-validation, so it is chosen on predictions for clusters
   the model did not see.

The word-frequency prior the features read is built first by ``build_wordfreq.py`` (rerun
it when ``reader/core/textnorm.py`` changes). Report splits (MRPC test, STS-B test, ECB+
topics 31-45) are never read. Run from the repo root:

    .venv/bin/python benchmarks/fit_alignment.py            # print
    .venv/bin/python benchmarks/fit_alignment.py --write    # and update the constants in reader/core
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldCluster, load_gold
from stats import accuracy_f1, fit_logistic, spearman

from reader.core import similarity as similarity_module
from reader.core.pairing import LINK_FEATURES, candidate_signals, prepare
from reader.core.similarity import FEATURES, logistic, pair_features

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("READER_BENCH", ROOT.parent / "shared" / "bench"))
L2_SIMILARITY = 1.0
L2_LINK = 1.0


def read_jsonl(path: Path) -> list[dict[str, object]]:
    """Rows of a JSON-lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def fit_similarity() -> dict[str, str]:
    """The constants of both sentence-pair models (graded similarity and "same meaning").

    STS-B train alone gives a better STS-B dev figure for all genres (81.7 against 79.6;
    news 75.3 against 75.1) but tops out near 0.88 for identical sentences; with MRPC's hard
    labels in the fit, identical sentences score above 0.9.
    """
    mrpc = read_jsonl(BENCH / "pairs" / "mrpc_train.jsonl")
    sts = read_jsonl(BENCH / "pairs" / "stsb_train.jsonl")
    x_mrpc = [pair_features(str(r["s1"]), str(r["s2"])) for r in mrpc]
    y_mrpc = [float(r["label"]) for r in mrpc]  # type: ignore[arg-type]
    x_sts = [pair_features(str(r["s1"]), str(r["s2"])) for r in sts]
    y_sts = [float(r["score"]) / 5 for r in sts]  # type: ignore[arg-type]
    bias, weights = fit_logistic(x_mrpc + x_sts, y_mrpc + y_sts, l2=L2_SIMILARITY)
    dev = read_jsonl(BENCH / "pairs" / "stsb_dev.jsonl")
    scores = [logistic(bias, weights, pair_features(str(r["s1"]), str(r["s2"]))) for r in dev]
    gold = [float(r["score"]) for r in dev]  # type: ignore[arg-type]
    news = [k for k, r in enumerate(dev) if r["genre"] == "main-news"]
    print(
        f"similarity: STS-B dev Spearman all {spearman(scores, gold) * 100:.1f} "
        f"news {spearman([scores[k] for k in news], [gold[k] for k in news]) * 100:.1f}"
    )
    same_bias, same_weights = fit_logistic(x_mrpc, y_mrpc, l2=L2_SIMILARITY)
    probs = [logistic(same_bias, same_weights, x) for x in x_mrpc]
    labels = [int(y) for y in y_mrpc]
    threshold = max(
        (t / 100 for t in range(5, 96)),
        key=lambda t: (accuracy_f1([p >= t for p in probs], labels)[0], -abs(t - 0.5)),
    )
    acc, f1 = accuracy_f1([p >= threshold for p in probs], labels)
    print(f"same meaning: MRPC train accuracy {acc * 100:.1f} F1 {f1 * 100:.1f} at {threshold:.2f}")
    return {
        "SIMILARITY_BIAS": f"{bias:.4f}",
        "SIMILARITY_WEIGHTS": _tuple(weights),
        "SAME_MEANING_BIAS": f"{same_bias:.4f}",
        "SAME_MEANING_WEIGHTS": _tuple(same_weights),
        "SAME_MEANING_THRESHOLD": f"{threshold:.2f}",
    }


Row = tuple[tuple[str, str] | None, tuple[float, tuple[float, ...]]]


def link_rows(cluster: GoldCluster) -> list[Row]:
    """(gold pair or None, (similarity log-odds, link features)) for each candidate pair of a gold cluster."""
    prepared = prepare(cluster.articles)
    rows: list[Row] = []
    for (a, i, b, j), values in candidate_signals(prepared).items():
        x, y = cluster.gold_id.get((a, i)), cluster.gold_id.get((b, j))
        rows.append(((min(x, y), max(x, y)) if x and y else None, values))
    return rows


def micro_f1(
    clusters: list[GoldCluster], probs: dict[str, list[float]], rows: dict[str, list[Row]], t: float
) -> float:
    """Micro link F1 over the clusters at threshold t."""
    tp = predicted = gold = 0
    for cluster in clusters:
        found = {
            key for (key, _), p in zip(rows[cluster.name], probs[cluster.name], strict=True) if key and p >= t
        }
        tp += len(found & cluster.links)
        predicted += len(found)
        gold += len(cluster.links)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if tp else 0.0


def fit_links() -> tuple[float, list[float], float]:
    """Bias, weights and threshold of the link model."""
    clusters = load_gold(BENCH)
    rows = {c.name: link_rows(c) for c in clusters}
    labels = {c.name: [int(key in c.links) for key, _ in rows[c.name]] for c in clusters}
    held_out: dict[str, list[float]] = {}
    for cluster in clusters:
        others = [c for c in clusters if c is not cluster]
        bias, weights = _fit_links(others, rows, labels)
        held_out[cluster.name] = [logistic(bias + o, weights, v) for _, (o, v) in rows[cluster.name]]
    threshold = max((t / 100 for t in range(10, 71)), key=lambda t: micro_f1(clusters, held_out, rows, t))
    best = micro_f1(clusters, held_out, rows, threshold)
    print(f"links: leave-one-cluster-out micro F1 {best:.3f} at {threshold:.2f}")
    bias, weights = _fit_links(clusters, rows, labels)
    return bias, weights, threshold


def _fit_links(
    clusters: list[GoldCluster], rows: dict[str, list[Row]], labels: dict[str, list[int]]
) -> tuple[float, list[float]]:
    """The link model on these clusters, the similarity log-odds entering as a fixed offset."""
    xs = [v for c in clusters for _, (_, v) in rows[c.name]]
    offsets = [o for c in clusters for _, (o, _) in rows[c.name]]
    ys = [y for c in clusters for y in labels[c.name]]
    return fit_logistic(xs, ys, l2=L2_LINK, offsets=offsets)


def _tuple(values: list[float]) -> str:
    """A tuple literal laid out as ruff format lays it out (one value a line)."""
    return "(\n" + "".join(f"    {v:.4f},\n" for v in values) + ")"


def write_constants(path: Path, constants: dict[str, str]) -> None:
    """Replace ``NAME = ...`` lines (single- or multi-line tuples) in a source file."""
    text = path.read_text(encoding="utf-8")
    for name, value in constants.items():
        pattern = re.compile(rf"^{name}(: [^=]+)? = (\([^)]*\)|[^\n]+)$", re.MULTILINE)
        text, count = pattern.subn(lambda m, n=name, v=value: f"{n}{m.group(1) or ''} = {v}", text)
        if count != 1:
            raise SystemExit(f"{path}: constant {name} not found exactly once")
    path.write_text(text, encoding="utf-8")


def main() -> int:
    """Fit both models, print them and, with --write, store them in the code."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help="update the constants in reader/core")
    parser.add_argument("--only", choices=("similarity", "links"), help="fit one model only")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"benchmark data not found at {BENCH} (set READER_BENCH); nothing fitted", file=sys.stderr)
        return 1
    if args.only != "links":
        constants = fit_similarity()
        print("  features", FEATURES)
        for name, value in constants.items():
            print(f"  {name} = {value}")
        if args.write:
            write_constants(ROOT / "reader" / "core" / "similarity.py", constants)
        # the link model below reads the similarity log-odds: fit it on the new constants
        similarity_module.SIMILARITY_BIAS = float(constants["SIMILARITY_BIAS"])
        similarity_module.SIMILARITY_WEIGHTS = tuple(
            float(v) for v in constants["SIMILARITY_WEIGHTS"].strip("()\n ,").split(",")
        )
    if args.only != "similarity":
        bias, weights, threshold = fit_links()
        print("  features", LINK_FEATURES)
        print(f"  LINK_BIAS = {bias:.4f}\n  LINK_WEIGHTS = {_tuple(weights)}")
        print(f"  LINK_THRESHOLD = {threshold:.2f}")
        if args.write:
            write_constants(
                ROOT / "reader" / "core" / "alignment.py",
                {
                    "LINK_BIAS": f"{bias:.4f}",
                    "LINK_WEIGHTS": _tuple(weights),
                    "LINK_THRESHOLD": f"{threshold:.2f}",
                },
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
