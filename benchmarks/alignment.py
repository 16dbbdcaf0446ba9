"""Alignment benchmarks: quality on the shared benchmark data, then speed and memory.

Every quality figure is printed beside the rapidfuzz ``token_sort_ratio`` baseline, computed
in the same process (its threshold tuned on the matching tune split). Report splits are
only scored here, never used to choose anything. Run from the repo root:

    .venv/bin/python benchmarks/alignment.py                 # everything
    .venv/bin/python benchmarks/alignment.py --only gold mrpc
    .venv/bin/python benchmarks/alignment.py --only speed --quick

The data is read from ../shared/bench beside the repository (override with READER_BENCH);
without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import load_gold
from stats import accuracy_f1, prf, spearman

import reader
from reader.core import pipeline, segmentation, textnorm, wordfreq
from reader.core import similarity as similarity_module
from reader.core.alignment import PAIR_THRESHOLD, align_articles, link_probabilities
from reader.core.loading import load_articles
from reader.core.model import Article, Group, Sentence
from reader.core.similarity import SAME_MEANING_THRESHOLD, same_meaning_probability

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("READER_BENCH", ROOT.parent / "shared" / "bench"))
SECTIONS = ("mrpc", "sts", "ecb", "gold", "speed")


def read_jsonl(path: Path) -> list[dict[str, object]]:
    """Rows of a JSON-lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def baseline(a: str, b: str) -> float:
    """The baseline: rapidfuzz token_sort_ratio on whole sentences, in [0, 1]."""
    return fuzz.token_sort_ratio(a, b, processor=str.lower) / 100


def best_threshold(scores: Sequence[float], labels: Sequence[int], objective: str = "acc") -> float:
    """The threshold with the best accuracy (or F1) on tune data."""
    candidates = sorted(set(round(s, 3) for s in scores))
    key = 0 if objective == "acc" else 1
    return max(candidates, key=lambda t: accuracy_f1([s >= t for s in scores], labels)[key])


def articles_of(*sentence_lists: Sequence[str]) -> list[Article]:
    """Articles made straight from sentence lists (body sentences, no segmentation)."""
    out = []
    for k, sentences in enumerate(sentence_lists, 1):
        raw, spans = "", []
        for text in sentences:
            start = len(raw) + (1 if raw else 0)
            raw = f"{raw} {text}" if raw else text
            spans.append(Sentence(len(spans), text, start, start + len(text)))
        out.append(Article(id=f"a{k}", path="", raw=raw, sentences=tuple(spans)))
    return out


def linked(groups: Sequence[Group]) -> set[tuple[str, int, str, int]]:
    """Cross-article sentence pairs implied by groups."""
    pairs = set()
    for group in groups:
        for m, n in itertools.combinations(group.members, 2):
            if m.article != n.article:
                x, y = sorted(((m.article, m.sentence), (n.article, n.sentence)))
                pairs.add((*x, *y))
    return pairs


def _link_probability(a: str, b: str) -> float:
    """The aligner's link probability for two one-sentence articles (0 when not a candidate)."""
    return max(link_probabilities(articles_of([a], [b])).values(), default=0.0)


def bench_mrpc() -> None:
    """MRPC test: accuracy and F1 of the aligner's decision, of similarity(), and of the baseline."""
    train = read_jsonl(BENCH / "pairs" / "mrpc_train.jsonl")
    test = read_jsonl(BENCH / "pairs" / "mrpc_test.jsonl")
    labels = [int(r["label"]) for r in test]  # type: ignore[call-overload]
    t0 = time.perf_counter()
    aligned = [bool(align_articles(articles_of([str(r["s1"])], [str(r["s2"])]))) for r in test]
    took = time.perf_counter() - t0
    # the aligner's own pair score, with a "same meaning" threshold calibrated on MRPC train
    link_train = [_link_probability(str(r["s1"]), str(r["s2"])) for r in train]
    link_cut = best_threshold(link_train, [int(r["label"]) for r in train])  # type: ignore[call-overload]
    link_test = [_link_probability(str(r["s1"]), str(r["s2"])) >= link_cut for r in test]
    sims = [same_meaning_probability(str(r["s1"]), str(r["s2"])) for r in test]
    base_train = [baseline(str(r["s1"]), str(r["s2"])) for r in train]
    cut = best_threshold(base_train, [int(r["label"]) for r in train])  # type: ignore[call-overload]
    base = [baseline(str(r["s1"]), str(r["s2"])) >= cut for r in test]
    print(f"MRPC test ({len(test)} pairs)                              accuracy   F1")
    for name, decisions in (
        (f"aligner link probability >= {link_cut:.2f} (MRPC train)", link_test),
        ("aligner groups the pair (one-sentence articles: same_meaning)", aligned),
        (
            f"same_meaning: MRPC-train model >= {SAME_MEANING_THRESHOLD:.2f}",
            [s >= SAME_MEANING_THRESHOLD for s in sims],
        ),
        (f"baseline token_sort >= {cut:.2f} (MRPC train)", base),
    ):
        acc, f1 = accuracy_f1(decisions, labels)
        print(f"  {name:<54} {acc * 100:5.1f}  {f1 * 100:5.1f}")
    print(f"  (aligner: {took / len(test) * 1000:.2f} ms a pair)")


def bench_sts() -> None:
    """STS-B test: Spearman of similarity() and of the baseline, all pairs and news."""
    test = read_jsonl(BENCH / "pairs" / "stsb_test.jsonl")
    gold = [float(r["score"]) for r in test]  # type: ignore[arg-type]
    news = [k for k, r in enumerate(test) if r["genre"] == "main-news"]
    print(f"STS-B test Spearman x 100 ({len(test)} pairs, {len(news)} news)   all   news")
    for name, fn in (("reader.similarity", reader.similarity), ("baseline token_sort", baseline)):
        scores = [fn(str(r["s1"]), str(r["s2"])) for r in test]
        rho_news = spearman([scores[k] for k in news], [gold[k] for k in news])
        print(f"  {name:<44} {spearman(scores, gold) * 100:5.1f}  {rho_news * 100:5.1f}")


def _ecb_rows(tune: bool) -> list[dict[str, object]]:
    rows = read_jsonl(BENCH / "ecb_links" / "doc_pair_sentence_links.jsonl")
    return [r for r in rows if (int(r["topic"]) <= 30) == tune]  # type: ignore[call-overload]


Decide = Callable[[dict[str, object]], set[tuple[int, int]]]


def _ecb_pairs(rows: Sequence[dict[str, object]], decide: Decide) -> tuple[float, float, float]:
    tp = predicted = gold = 0
    for row in rows:
        truth = {(int(g["s1"]), int(g["s2"])) for g in row["gold_links"]}  # type: ignore[attr-defined]
        found = decide(row)
        tp += len(found & truth)
        predicted += len(found)
        gold += len(truth)
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def bench_ecb() -> None:
    """ECB+ topics 31-45: P/R/F1 of cross-document sentence links."""
    test = _ecb_rows(tune=False)

    def aligner(row: dict[str, object]) -> set[tuple[int, int]]:
        s1 = row["sents1"]
        s2 = row["sents2"]
        arts = articles_of([str(s["text"]) for s in s1], [str(s["text"]) for s in s2])  # type: ignore[attr-defined]
        ids1 = [int(s["id"]) for s in s1]  # type: ignore[attr-defined]
        ids2 = [int(s["id"]) for s in s2]  # type: ignore[attr-defined]
        return {(ids1[i], ids2[j]) for _, i, _, j in linked(align_articles(arts))}

    def probabilities(row: dict[str, object]) -> dict[tuple[int, int], float]:
        s1 = row["sents1"]
        s2 = row["sents2"]
        arts = articles_of([str(s["text"]) for s in s1], [str(s["text"]) for s in s2])  # type: ignore[attr-defined]
        ids1 = [int(s["id"]) for s in s1]  # type: ignore[attr-defined]
        ids2 = [int(s["id"]) for s in s2]  # type: ignore[attr-defined]
        return {(ids1[m.sentence], ids2[n.sentence]): p for (m, n), p in link_probabilities(arts).items()}

    def link_at(cut: float, cache: dict[int, dict[tuple[int, int], float]]) -> Decide:
        def decide(row: dict[str, object]) -> set[tuple[int, int]]:
            probs = cache.get(id(row))
            if probs is None:
                probs = cache[id(row)] = probabilities(row)
            return {pair for pair, p in probs.items() if p >= cut}

        return decide

    def base_at(cut: float) -> Decide:
        def decide(row: dict[str, object]) -> set[tuple[int, int]]:
            return {
                (int(a["id"]), int(b["id"]))  # type: ignore[index]
                for a in row["sents1"]  # type: ignore[attr-defined]
                for b in row["sents2"]  # type: ignore[attr-defined]
                if baseline(str(a["text"]), str(b["text"])) >= cut  # type: ignore[index]
            }

        return decide

    tune = _ecb_rows(tune=True)
    grid = [t / 100 for t in range(0, 96, 2)]
    cut = max(grid, key=lambda t: _ecb_pairs(tune, base_at(t))[2])
    tune_cache: dict[int, dict[tuple[int, int], float]] = {}
    link_cut = max(grid, key=lambda t: _ecb_pairs(tune, link_at(t, tune_cache))[2])
    share = sum(len(r["gold_links"]) for r in test) / sum(  # type: ignore[arg-type]
        len(r["sents1"]) * len(r["sents2"])  # type: ignore[arg-type]
        for r in test
    )
    print(f"ECB+ topics 31-45 ({len(test)} document pairs), cross-document sentence links   P     R     F1")
    print(f"  (only annotated sentences are given; {share:.0%} of their cross pairs are gold links)")
    for name, fn in (
        (f"aligner groups (two-article threshold {PAIR_THRESHOLD:.2f})", aligner),
        (f"aligner link probability >= {link_cut:.2f} (topics 1-30)", link_at(link_cut, {})),
        (f"baseline token_sort >= {cut:.2f} (topics 1-30)", base_at(cut)),
        ("link every pair", base_at(0.0)),
    ):
        p, r, f = _ecb_pairs(test, fn)
        print(f"  {name:<60} {p:.3f} {r:.3f} {f:.3f}")


def bench_gold() -> None:
    """The gold clusters: link P/R/F1 per cluster and overall (micro), beside the baseline."""
    clusters = load_gold(BENCH)
    totals: dict[str, list[int]] = {"aligner": [0, 0, 0], "baseline": [0, 0, 0]}
    base_scores = []
    for cluster in clusters:
        for a, b in itertools.combinations(range(len(cluster.articles)), 2):
            for s in cluster.articles[a].sentences:
                for t in cluster.articles[b].sentences:
                    x, y = cluster.gold_id.get((a, s.index)), cluster.gold_id.get((b, t.index))
                    if x and y:
                        base_scores.append((cluster.name, (min(x, y), max(x, y)), baseline(s.text, t.text)))

    def base_links(name: str, cut: float) -> set[tuple[str, str]]:
        return {key for n, key, score in base_scores if n == name and score >= cut}

    def micro(cut: float) -> float:
        found = [(base_links(c.name, cut), c.links) for c in clusters]
        return prf(
            {(k, x) for k, (f, _) in enumerate(found) for x in f},
            {(k, x) for k, (_, g) in enumerate(found) for x in g},
        )[2]

    cut = max((t / 100 for t in range(30, 95, 2)), key=micro)
    print("Gold clusters, cross-article sentence links (baseline threshold tuned on these clusters)")
    print(f"  {'cluster':<24} {'aligner P/R/F1':<20} baseline token_sort >= {cut:.2f}")
    for cluster in clusters:
        groups = align_articles(cluster.articles)
        index = {art.id: k for k, art in enumerate(cluster.articles)}
        found = set()
        for _, (aid, i, bid, j) in enumerate(linked(groups)):
            x, y = cluster.gold_id.get((index[aid], i)), cluster.gold_id.get((index[bid], j))
            if x and y and x[0] != y[0]:
                found.add((min(x, y), max(x, y)))
        base = base_links(cluster.name, cut)
        row = []
        for name, pred in (("aligner", found), ("baseline", base)):
            p, r, f = prf(pred, set(cluster.links))
            tot = totals[name]
            tot[0] += len(pred & cluster.links)
            tot[1] += len(pred)
            tot[2] += len(cluster.links)
            row.append(f"{p:.2f}/{r:.2f}/{f:.2f}")
        print(f"  {cluster.name:<24} {row[0]:<20} {row[1]}   ({len(cluster.links)} gold links)")
    row = []
    for name in ("aligner", "baseline"):
        tp, predicted, gold = totals[name]
        p, r = tp / max(predicted, 1), tp / max(gold, 1)
        row.append(f"{p:.2f}/{r:.2f}/{2 * p * r / (p + r) if p + r else 0:.2f}")
    print(f"  {'overall (micro)':<24} {row[0]:<20} {row[1]}")


def _corpus_sentences(count: int, articles: int) -> list[list[str]]:
    """`articles` lists of `count` raw sentence texts, from distinct corpus reports.

    The reports of one cluster go to different articles, so the articles overlap the way
    reports of the same events do, and no report is used twice (a repeated sentence would
    flatter every per-sentence cache).
    """
    corpus = BENCH.parent / "corpus"
    folders = sorted(
        p for p in corpus.iterdir() if p.is_dir() and not re.match(r"ecbplus_t(3[1-9]|4[0-5])_", p.name)
    )
    out: list[list[str]] = [[] for _ in range(articles)]
    turn = 0
    for folder in folders:
        files = sorted(folder.glob("*.txt"))
        needy = [k for k in range(articles) if len(out[k]) < count]
        if not needy:
            break
        if len(files) < 2:
            continue
        # each report goes to one article only (no sentence is timed twice); the articles
        # take turns at the cluster's first report so that all of them fill up
        turn += 1
        needy = needy[turn % len(needy) :] + needy[: turn % len(needy)]
        for k, path in zip(needy, files, strict=False):
            loaded = load_articles([path])[0]
            out[k].extend(s.text for s in loaded.sentences if s.role == "body")
    return [o[:count] for o in out]


SPEED_SIZES = (
    (2, 20),
    (6, 20),
    (10, 20),
    (6, 30),
    (2, 100),
    (6, 100),
    (10, 100),
    (2, 500),
    (6, 500),
    (10, 500),
)
QUICK_SIZES = ((2, 20), (6, 30), (2, 100), (6, 100))
# new processes timed per size: one fresh call is too noisy on this machine to show 10 ms
FRESH_RUNS = 5


def _clear_caches() -> None:
    """Forget per-sentence caches, so that a first run costs what a fresh process pays."""
    textnorm.terms.cache_clear()
    textnorm.stem.cache_clear()
    wordfreq.prior_idf.cache_clear()
    similarity_module._wording.cache_clear()
    pipeline.forget_figures()
    split_line = getattr(segmentation, "_split_line", None)
    if split_line is not None and hasattr(split_line, "cache_clear"):
        split_line.cache_clear()


def bench_speed(sizes: Sequence[tuple[int, int]]) -> None:
    """Time and peak memory of compare_paths and align_articles for growing clusters.

    compare_paths "fresh" is its one call in a new Python process that has imported reader and
    its comparison modules (``import reader`` leaves them to the first comparison; what one CLI
    call pays after imports: lazy tables and caches included), the median of
    `FRESH_RUNS` such processes (one for 500-sentence articles); "1 core" is the same with the
    figures read in the caller, not beside it on the second core (``READER_PARALLEL=0``). RSS
    is the largest of the fresh processes' resident memories; "child" the largest of their
    figure readers' (pages shared with the caller after the fork count in both); "PSS" the
    peak of the two processes' summed proportional set size (shared pages split between them:
    the memory the comparison takes), sampled every 5 ms in one more fresh run. "best" is
    the best of three in-process runs (one for 500-sentence articles). align "first" runs
    with the per-sentence caches cleared; peak is tracemalloc's peak during one
    align_articles call with them cleared.
    """
    print("Speed and memory (time inside the process, after imports)")
    header = (
        f"{'compare_paths 1 core/fresh/best':>33} {'align first/best':>18} {'peak':>9} {'RSS':>7}"
        f" {'child':>7} {'PSS':>7}"
    )
    print(f"  {'articles x sentences':<22} {header}")
    wordfreq.sentence_counts()
    for n_articles, n_sentences in sizes:
        texts = _corpus_sentences(n_sentences, n_articles)
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for k, sentences in enumerate(texts):
                path = Path(tmp) / f"{k:02d}.txt"
                path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
                paths.append(path)
            repeats = 1 if n_sentences >= 500 else 3
            runs = FRESH_RUNS if n_sentences < 500 else 1
            fresh = [_fresh_run(paths, parallel) for _ in range(runs) for parallel in (False, True)]
            one_core = statistics.median(seconds for seconds, _, _, parallel in fresh if not parallel)
            compare_first = statistics.median(seconds for seconds, _, _, parallel in fresh if parallel)
            rss = max(megabytes for _, megabytes, _, _ in fresh)
            child_rss = max(child for _, _, child, _ in fresh)
            pss = _summed_pss(paths)
            compare = min(_timed(reader.compare_paths, paths) for _ in range(repeats))
            articles = load_articles(paths)
            _clear_caches()
            align_first = _timed(align_articles, articles)
            align = min([align_first] + [_timed(align_articles, articles) for _ in range(repeats - 1)])
            _clear_caches()  # the peak counts the per-sentence data a first call builds
            tracemalloc.start()
            align_articles(articles)
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
        label = f"{n_articles} x {n_sentences}"
        print(
            f"  {label:<22} {one_core * 1000:>13.0f} / {compare_first * 1000:>5.0f} /"
            f" {compare * 1000:>5.0f} ms"
            f" {align_first * 1000:>8.0f} / {align * 1000:>4.0f} ms {peak:>6.1f} MB {rss:>4.0f} MB"
            f" {child_rss:>4.0f} MB {pss:>4.0f} MB"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  process max RSS over the whole run: {rss:.0f} MB")


def _fresh_run(paths: Sequence[Path], parallel: bool) -> tuple[float, float, float, bool]:
    """Seconds of compare_paths on `paths` in a new process after its imports (the figures read
    beside it on the second core when `parallel`), that process's peak resident memory and its
    figure reader's (MB, 0 when none was forked), and `parallel`."""
    # VmHWM, not ru_maxrss: a child keeps the maxrss of the parent it was forked from (so the
    # figure reader's ru_maxrss counts the pages it shares with its parent too)
    code = (
        "import resource, sys, time, reader, reader.core.pipeline;"
        " t = time.perf_counter(); reader.compare_paths(sys.argv[1:]);"
        "t = time.perf_counter() - t;"
        "print(t, [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0],"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    env = dict(os.environ, READER_PARALLEL="1" if parallel else "0")
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env=env,
    )
    try:
        seconds, kilobytes, child = done.stdout.split()[-3:]
        return float(seconds), int(kilobytes) / 1024, int(child) / 1024, parallel
    except ValueError:
        return float("nan"), float("nan"), float("nan"), parallel


def _summed_pss(paths: Sequence[Path]) -> float:
    """Peak of the summed PSS (MB) of a new process comparing `paths` and of its children,
    sampled every 5 ms (nan where /proc gives no PSS)."""
    code = "import sys, reader, reader.core.pipeline; reader.compare_paths(sys.argv[1:])"
    process = subprocess.Popen([sys.executable, "-c", code, *map(str, paths)], stdout=subprocess.DEVNULL)

    def pss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                return next((int(line.split()[1]) for line in handle if line.startswith("Pss:")), 0)
        except OSError:
            return 0

    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/task/{process.pid}/children", encoding="ascii") as handle:
                children = [int(pid) for pid in handle.read().split()]
        except OSError:
            children = []
        peak = max(peak, pss(process.pid) + sum(pss(child) for child in children))
        time.sleep(0.005)
    return peak / 1024 if peak else float("nan")


def _timed(fn: Callable[[Any], object], arg: Any) -> float:
    start = time.perf_counter()
    fn(arg)
    return time.perf_counter() - start


def _sizes(args: argparse.Namespace) -> Sequence[tuple[int, int]]:
    if args.sizes:
        return [(int(n), int(m)) for n, m in (size.lower().split("x") for size in args.sizes)]
    return QUICK_SIZES if args.quick else SPEED_SIZES


def main() -> int:
    """Run the chosen sections."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run these sections only")
    parser.add_argument("--quick", action="store_true", help="speed: small sizes only")
    parser.add_argument(
        "--sizes",
        nargs="+",
        metavar="NxM",
        help="speed: these sizes only, e.g. 6x30 10x500 (articles x sentences)",
    )
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"skipped: benchmark data not found at {BENCH} (set READER_BENCH to its folder)")
        return 0
    runners: dict[str, Callable[[], None]] = {
        "mrpc": bench_mrpc,
        "sts": bench_sts,
        "ecb": bench_ecb,
        "gold": bench_gold,
        "speed": lambda: bench_speed(_sizes(args)),
    }
    for name in args.only or SECTIONS:
        start = time.perf_counter()
        runners[name]()
        print(f"  [{name}: {time.perf_counter() - start:.1f} s]\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
