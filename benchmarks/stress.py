"""Time on texts no news article looks like: tables of numbers, text without sentence ends, a
file of megabytes. Each is compared with the Kerry-Lavrov sample in a new process (the CLI's
``reader compare --json``, imports included), the way a user who opens such a file meets it.

    .venv/bin/python benchmarks/stress.py

The texts are generated (seeded) except the prose, which is the tune side of the corpus put
end to end (ECB+ topics 31-45, a report split, left out).
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import require, shared_dir

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_articles" / "kerry_lavrov" / "01_seed000.txt"
READER = Path(sys.executable).parent / "reader"
TIMEOUT = 600


def _numbers(rng: random.Random) -> str:
    """600 KB of numbers with units, ranges and stops: a table pasted as text."""
    endings = ["", "%", " million", "-", " to ", ",", "."]
    return " ".join(f"{rng.randint(0, 10**9)}{rng.choice(endings)}" for _ in range(50_000))


def _ones(rng: random.Random) -> str:
    """A sentence of 30,000 numbers: 60 KB with no end."""
    return "The toll rose to " + " ".join(["1"] * 30_000) + " people."


def _symbols(rng: random.Random) -> str:
    """200 KB of Latin, Cyrillic and Arabic letters, emoji and bidi marks, with no sentence end."""
    ranges = [(0x20, 0x7E), (0x400, 0x4FF), (0x600, 0x6FF), (0x1F600, 0x1F64F), (0x200F, 0x200F)]
    return "".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(200_000))


def _hyphens(rng: random.Random) -> str:
    """80 KB of hyphen chains ("a-a-a-...", "1-1-1-...") on one line."""
    return ("a-" * 20_000) + " 5 " + ("1-" * 20_000) + "2."


def _prose(rng: random.Random) -> str:
    """The tune side of the corpus end to end: about 2 MB of real news."""
    corpus = require(shared_dir() / "corpus")
    parts = [
        path.read_text(encoding="utf-8")
        for path in sorted(corpus.glob("*/*.txt"))
        if not re.match(r"ecbplus_t(3[1-9]|4[0-5])_", path.parent.name)
    ]
    return "\n\n".join(parts)


CASES: list[tuple[str, Callable[[random.Random], str]]] = [
    ("table of numbers", _numbers),
    ("one sentence of 30,000 numbers", _ones),
    ("symbols, no sentence end", _symbols),
    ("hyphen chains", _hyphens),
    ("news end to end", _prose),
]


def main() -> int:
    """Print the seconds each comparison takes in a new process."""
    print("Stress: each text compared with the Kerry-Lavrov sample by `reader compare --json`")
    print(f"  {'text':<34} {'size':>8} {'seconds':>8}  outcome")
    with tempfile.TemporaryDirectory(prefix="reader-stress-") as scratch:
        for label, make in CASES:
            path = Path(scratch) / "text.txt"
            path.write_text(make(random.Random(16)), encoding="utf-8")
            start = time.perf_counter()
            try:
                done = subprocess.run(
                    [str(READER), "compare", str(path), str(SAMPLE), "--json"],
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT,
                    env={"READER_TAGS": str(Path(scratch) / "tags.yaml"), "PATH": "/usr/bin:/bin"},
                    check=False,
                )
                seconds = time.perf_counter() - start
                error = done.stderr.strip()[:60]
                outcome = "ok" if done.returncode == 0 else f"exit {done.returncode}: {error}"
            except subprocess.TimeoutExpired:
                seconds, outcome = float(TIMEOUT), "timed out"
            size = path.stat().st_size / 1024
            print(f"  {label:<34} {size:>6.0f} KB {seconds:>8.2f}  {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
