"""The reading room's speed: launch to first paint, peak memory, key press to repaint.

python benchmarks/ui.py [--runs 3] [--presses 20] [--no-tmux]
python benchmarks/ui.py --screenshot docs/kerry_lavrov.svg     (SVG of the Kerry-Lavrov pair)

Clusters: the Kerry-Lavrov pair (2 articles), the Greek bank riot (6 articles), and 10
articles of ~200 sentences built from ../shared/corpus (BASIL events, each article a
different mix of outlets and events, so that many sentences align).

- *first paint*: a fresh Python process (imports included) runs the app headless with
  ``App.run_test`` and reports when the reading screen has been laid out and rendered;
  the time counts from the parent's spawn. *aligned*: when the comparison worker is done.
  *peak RSS*: the child's ``ru_maxrss``.
- *tmux paint*: the installed ``reader`` command in a real 160x45 terminal (tmux), from
  spawn until the first headline is on screen (polled every 10 ms).
- *key to repaint*: on the big cluster, the time around ``pilot.press(key)`` plus
  ``pilot.pause()`` (headless: widgets render, nothing is written to a terminal), as wall
  time (which includes idle waits for Textual's refresh timer) and as CPU time (the work).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import REPO, require, shared_dir

SIZE = (160, 45)
SAMPLES = REPO / "sample_articles"


# --- the clusters ---------------------------------------------------------------------------------


def build_big_cluster(corpus: Path, out: Path, n_articles: int = 10, n_sentences: int = 200) -> Path:
    """Write `n_articles` files of about `n_sentences` sentences each into `out`.

    Article k takes, for BASIL events in an order rotated by k, the report of outlet
    (k + i) mod 3 of event i: the articles share events and often the same report, as
    outlets that reuse wire copy do, and each tells them in its own order.
    """
    from reader.core.loading import load_articles

    events = sorted(p for p in corpus.glob("basil_*") if len(list(p.glob("*.txt"))) >= 3)[:24]
    if not events:
        raise SystemExit(f"no BASIL events in {corpus}")
    out.mkdir(parents=True, exist_ok=True)
    for k in range(n_articles):
        parts: list[str] = [f"Big cluster report {k + 1}: a day of US politics"]
        count = 0
        for i in range(len(events)):
            event = events[(i + 3 * k) % len(events)]
            report = sorted(event.glob("*.txt"))[(k + i) % 3]
            lines = report.read_text(encoding="utf-8").splitlines()
            body = "\n".join(lines[1:]).strip()
            parts.append(body)
            count += sum(1 for line in body.splitlines() if line.strip()) * 2
            if count >= n_sentences * 1.3:
                break
        path = out / f"{k + 1:02d}_report.txt"
        path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        # trim to n_sentences sentences, at a sentence end
        [article] = load_articles([path])
        if len(article.sentences) > n_sentences:
            cut = article.sentences[n_sentences - 1].end
            path.write_text(article.raw[:cut] + "\n", encoding="utf-8")
    return out


# --- the child process: launch to first paint -----------------------------------------------------


async def _child_launch(paths: list[str], tags: Path) -> dict[str, Any]:
    """Load, open the app headless, and report wall-clock times of paint and alignment.

    As the ``reader`` command does (`cli.run_open`): the figures start being read beside once the
    articles are loaded, before textual is imported (``READER_PARALLEL=0`` turns that off)."""
    from reader.cli import read_figures_beside
    from reader.core.config import Config
    from reader.core.loading import load_articles
    from reader.core.tags import TagStore

    articles = load_articles(paths)
    figures_read = read_figures_beside(articles)
    from reader.ui.app import ReaderApp

    app = ReaderApp(articles, store=TagStore.load(tags), config=Config(), figures_read=figures_read)
    result: dict[str, Any] = {"sentences": sum(len(a.sentences) for a in articles)}
    async with app.run_test(size=SIZE) as pilot:
        # first paint: the reading screen is current and its panes have been laid out
        while not (type(app.screen).__name__ == "ReadingScreen" and _panes_laid_out(app)):
            await asyncio.sleep(0.002)
        result["paint"] = time.time()
        deadline = time.monotonic() + 120
        while getattr(app.screen, "comparing", False) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        await pilot.pause()
        result["aligned"] = time.time()
        await pilot.press("q")
    if figures_read is not None:
        figures_read.abandon()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _panes_laid_out(app: Any) -> bool:
    """Whether the panes (#panes) of the current screen have a size yet."""
    panes = app.screen.query("#panes")
    return bool(panes) and panes.first().size.height > 0


def measure_launch(paths: list[Path], tags: Path) -> dict[str, float]:
    """Spawn a fresh interpreter that opens the app; times count from the spawn."""
    command = [sys.executable, __file__, "--child-launch", str(tags), *map(str, paths)]
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the child failed:\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "sentences": data["sentences"],
        "paint": data["paint"] - started,
        "aligned": data["aligned"] - started,
        "rss_mb": data["rss_mb"],
    }


def measure_tmux_paint(paths: list[Path], tmp: Path, marker: str) -> float | None:
    """Seconds from spawning ``reader PATHS`` in tmux until `marker` is on screen."""
    reader = Path(sys.executable).with_name("reader")
    if shutil.which("tmux") is None or not reader.exists():
        return None
    tmux = ["tmux", "-S", str(tmp / f"tmux-{uuid.uuid4().hex[:8]}")]
    env = f"READER_TAGS={tmp / 'tags.yaml'} READER_CONFIG={tmp / 'config.yaml'}"
    command = f"env {env} {reader} {' '.join(map(str, paths))}; sleep 30"
    started = time.time()
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", "b", "-x", str(SIZE[0]), "-y", str(SIZE[1]), command], check=True
    )
    try:
        while time.time() - started < 30:
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True, check=False
            ).stdout
            if marker in screen:
                return time.time() - started
            time.sleep(0.01)
        return None
    finally:
        subprocess.run([*tmux, "send-keys", "-t", "b", "q"], check=False)
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)


# --- key press to repaint -------------------------------------------------------------------------


async def measure_keys(
    paths: list[Path], tags: Path, keys: list[str], presses: int
) -> dict[str, list[float]]:
    """Milliseconds around pilot.press(key) + pilot.pause(), per key, after alignment."""
    from reader.core.config import Config
    from reader.core.loading import load_articles
    from reader.core.tags import TagStore
    from reader.ui.app import ReaderApp

    app = ReaderApp(load_articles(paths), store=TagStore.load(tags), config=Config())
    timings: dict[str, list[float]] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        while getattr(app.screen, "comparing", True):
            await asyncio.sleep(0.01)
        await pilot.pause()
        for key in keys:
            for _ in range(3):  # warm-up
                await pilot.press(key)
            wall: list[float] = []
            cpu: list[float] = []
            for _ in range(presses):
                started, started_cpu = time.perf_counter(), time.process_time()
                await pilot.press(key)
                await pilot.pause()
                wall.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            timings[key] = wall
            timings[f"{key} (CPU)"] = cpu
    return timings


async def save_screenshot(target: Path, tags: Path) -> Path:
    """An SVG of the Kerry-Lavrov pair after alignment, with the first flagged figure chosen."""
    from reader.core.config import Config
    from reader.core.loading import load_articles
    from reader.core.tags import TagStore
    from reader.ui.app import ReaderApp

    app = ReaderApp(load_articles([SAMPLES / "kerry_lavrov"]), store=TagStore.load(tags), config=Config())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        while getattr(app.screen, "comparing", True):
            await asyncio.sleep(0.01)
        await pilot.press("n")
        await pilot.pause()
        target.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=target.name, path=str(target.parent))
    return target


# --- main -----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="launches per cluster (the best is shown)")
    parser.add_argument("--presses", type=int, default=20, help="timed presses per key")
    parser.add_argument("--no-tmux", action="store_true", help="skip the real-terminal paint time")
    parser.add_argument("--screenshot", type=Path, help="only save an SVG of the Kerry-Lavrov pair here")
    parser.add_argument("--child-launch", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child_launch:
        tags, *paths = args.child_launch
        print(json.dumps(asyncio.run(_child_launch(paths, Path(tags)))))
        return

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as scratch:
        tmp = Path(scratch)
        tags = tmp / "tags.yaml"
        if args.screenshot:
            print(f"saved {asyncio.run(save_screenshot(args.screenshot, tags))}")
            return
        big = build_big_cluster(require(shared_dir() / "corpus"), tmp / "big")
        clusters = [
            ("kerry_lavrov", [SAMPLES / "kerry_lavrov"], "No Resolution After Kerry"),
            ("greek_bank_riot_2010", [SAMPLES / "greek_bank_riot_2010"], None),
            ("big (corpus)", [big], "Big cluster report 1"),
        ]
        print(f"terminal {SIZE[0]}x{SIZE[1]}, best of {args.runs} launches, Python {sys.version.split()[0]}")
        header = f"{'cluster':<22} {'articles':>8} {'sentences':>9} {'first paint':>11} {'aligned':>8} "
        header += f"{'peak RSS':>9} {'tmux paint':>10}"
        print(header)
        print("-" * len(header))
        for name, paths, marker in clusters:
            runs = [measure_launch(paths, tags) for _ in range(args.runs)]
            best = min(runs, key=lambda r: r["paint"])
            n_articles = len([p for p in paths[0].iterdir() if p.suffix in (".txt", ".md")])
            if marker is None:
                from reader.core.loading import load_articles

                marker = (load_articles(paths)[0].title or "")[:30]
            tmux_runs = (
                [] if args.no_tmux else [measure_tmux_paint(paths, tmp, marker) for _ in range(args.runs)]
            )
            tmux_paint = min((t for t in tmux_runs if t is not None), default=None)
            tmux_text = f"{tmux_paint:.2f} s" if tmux_paint is not None else "–"
            print(
                f"{name:<22} {n_articles:>8} {int(best['sentences']):>9} {best['paint']:>9.2f} s "
                f"{min(r['aligned'] for r in runs):>6.2f} s {max(r['rss_mb'] for r in runs):>6.0f} MB "
                f"{tmux_text:>10}"
            )
        print()
        timings = asyncio.run(measure_keys([big], tags, ["j", "n"], args.presses))
        print(f"key press to repaint on the big cluster ({args.presses} presses after 3 warm-ups)")
        print("wall: around pilot.press + pilot.pause, idle waits for Textual's refresh timer included;")
        print("CPU: process time over the same span (the work done: key, action, render)")
        print(f"{'key':<9} {'median':>8} {'p90':>8} {'max':>8}")
        for key, found in timings.items():
            ordered = sorted(found)
            p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
            print(f"{key:<9} {statistics.median(found):>5.1f} ms {p90:>5.1f} ms {max(found):>5.1f} ms")


if __name__ == "__main__":
    main()
