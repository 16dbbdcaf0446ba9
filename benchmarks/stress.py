"""Time and memory on texts no news article looks like: tables of numbers, text without
sentence ends, files of megabytes. Each is compared with the Kerry-Lavrov sample (two near
copies of 4 MB with each other) in a new process (the CLI's ``reader compare --json``, imports
included), the way a user who opens such files meets them.

    .venv/bin/python benchmarks/stress.py

The texts are generated (seeded) except the prose, which is the tune side of the corpus put
end to end (ECB+ topics 31-45, a report split, left out).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tempfile
import threading
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


def _near_copies(rng: random.Random) -> tuple[str, str]:
    """Two near copies of the news end to end, twice over: two files of about 4 MB."""
    text = _prose(rng) * 2
    return text, text.replace(" said ", " stated ")


def _repeated(rng: random.Random) -> str:
    """One dated sentence with a count, 13,000 times over (about 1 MB): a scraped page repeating
    its boilerplate; each copy's figures meet the other text's as one thing."""
    return "The army said 40,000 troops were on the border on Monday, officials said. " * 13_000


Texts = str | tuple[str, str]
CASES: list[tuple[str, Callable[[random.Random], Texts]]] = [
    ("table of numbers", _numbers),
    ("one sentence of 30,000 numbers", _ones),
    ("symbols, no sentence end", _symbols),
    ("hyphen chains", _hyphens),
    ("one sentence 13,000 times", _repeated),
    ("news end to end", _prose),
    ("two near copies of 4 MB", _near_copies),
]


def _run(args: list[str], env: dict[str, str], stderr_path: Path) -> tuple[float, int | None, int]:
    """Seconds, exit code (None when stopped at `TIMEOUT`) and peak resident memory (MB) of a
    command run to its end (``os.wait4`` reports the memory of that one process)."""
    start = time.perf_counter()
    with open(stderr_path, "wb") as stderr:
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    timer = threading.Timer(TIMEOUT, process.kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    seconds = time.perf_counter() - start
    code = None if seconds >= TIMEOUT else process.returncode
    return seconds, code, usage.ru_maxrss // 1024


def main() -> int:
    """Print the seconds and the peak memory each comparison takes in a new process."""
    print("Stress: each text compared with the Kerry-Lavrov sample (a pair, with each other)")
    print("by `reader compare --json` in a new process")
    print(f"  {'text':<34} {'size':>8} {'seconds':>8} {'peak':>8}  outcome")
    with tempfile.TemporaryDirectory(prefix="reader-stress-") as scratch:
        env = {"READER_TAGS": str(Path(scratch) / "tags.yaml"), "PATH": "/usr/bin:/bin"}
        for label, make in CASES:
            made = make(random.Random(16))
            texts = made if isinstance(made, tuple) else (made,)
            paths = [Path(scratch) / f"text{k}.txt" for k in range(len(texts))]
            for path, text in zip(paths, texts, strict=True):
                path.write_text(text, encoding="utf-8")
            others = [] if len(paths) > 1 else [str(SAMPLE)]
            stderr_path = Path(scratch) / "stderr.txt"
            args = [str(READER), "compare", *map(str, paths), *others, "--json"]
            seconds, code, peak = _run(args, env, stderr_path)
            error = stderr_path.read_text(encoding="utf-8", errors="replace").strip()[:60]
            outcome = "ok" if code == 0 else "timed out" if code is None else f"exit {code}: {error}"
            size = max(path.stat().st_size for path in paths) / 1024
            print(f"  {label:<34} {size:>6.0f} KB {seconds:>8.2f} {peak:>5} MB  {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
