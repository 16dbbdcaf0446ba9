"""The corpus flags scored against people-style judgements of them: how many flags are right.

Two audits of every flag `reader compare` raised on the corpus, each flag judged from the
articles by a helper session that never ran the reader (right: one quantity whose values
differ, with the kind it should have; wrong_things: two different things set against each
other; wrong_same: one value; unclear):

- ``data/flag_audit.jsonl``: the 137 flags outside the ECB+ report topics, as the reader raised
  them on 5 December (twenty-second session, before its conflict rules). Rules were made from
  it, so it measures regressions and what a change removes or adds, not precision on news
  the rules never saw.
- ``data/flag_audit_report.jsonl``: the 82 flags on the ECB+ report topics (31-45), judged once
  at that session's end. No rule may be made from it: it is the held-out precision.

The judges counted a hedged value against the same bare one ("at least 53" / "53") as
wrong_same; the gold guidelines and the people's gold call that compatible (18 of the tune
split's 24 wrong_same are such).

A flag is matched to its judgement by its cluster and its first two mentions (file, figure as
written, sentence). Flags raised now that no audit holds are counted as new (to be judged).
Run from the repo root:

    .venv/bin/python benchmarks/flags.py [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import require, shared_dir
from reader import compare_paths

DATA = Path(__file__).resolve().parent / "data"
AUDITS = (("tune split", DATA / "flag_audit.jsonl"), ("report split", DATA / "flag_audit_report.jsonl"))

Key = tuple[str, frozenset[tuple[str, str, str]]]


def _key(cluster: str, pair: list[dict[str, str]]) -> Key:
    return cluster, frozenset((m["file"], m["figure"], m["sentence"]) for m in pair)


def current_flags(clusters: list[str]) -> dict[Key, str]:
    """The flags the reader raises now on these corpus clusters: key -> kind."""
    corpus = shared_dir() / "corpus"
    out: dict[Key, str] = {}
    for name in clusters:
        comparison = compare_paths([corpus / name])
        for conflict in comparison.conflicts:
            pair = []
            for index in conflict.mentions[:2]:
                q = comparison.quantities[index]
                article = comparison.article(q.article)
                pair.append(
                    {
                        "file": Path(article.path).name,
                        "figure": q.text,
                        "sentence": article.sentences[q.sentence].text,
                    }
                )
            out[_key(name, pair)] = conflict.kind
    return out


def score(label: str, path: Path, *, listing: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = {_key(row["cluster"], row["pair"]): row for row in rows}
    now = current_flags(sorted({row["cluster"] for row in rows}))
    counts: Counter[str] = Counter()
    for key, row in judged.items():
        state = "kept" if key in now else "gone"
        counts[f"{state} {row['verdict']}"] += 1
        if state == "kept" and row["verdict"] == "right" and row["kind_should_be"]:
            counts["kept right, kind as judged"] += now[key] == row["kind_should_be"]
        if listing and state == "gone":
            figures = " / ".join(m["figure"] for m in row["pair"])
            print(f"  gone {row['verdict']:12} {row['cluster']}: {figures} ({row['why']})")
    new = [key for key in now if key not in judged]
    counts["new, not judged"] = len(new)
    if listing:
        for cluster, pair in new:
            print(f"  new  {now[(cluster, pair)]:12} {cluster}: {' / '.join(f for _, f, _ in sorted(pair))}")
    right = counts["kept right"]
    kept = sum(n for k, n in counts.items() if k.startswith("kept ") and "kind as judged" not in k)
    print(
        f"{label} ({len(rows)} flags judged): kept {kept} of them, {right} right"
        f" ({right / kept:.0%} of those kept); " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--list", action="store_true", help="list the flags gone and the new ones")
    args = parser.parse_args()
    require(shared_dir() / "corpus")
    for label, path in AUDITS:
        score(label, path, listing=args.list)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
