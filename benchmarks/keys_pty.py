"""Key press to repaint as a terminal sees it: the installed ``reader`` in a pseudo-terminal.

    python benchmarks/keys_pty.py [--presses 30] [--size 160x45] [--big-only]

The app runs in a pty of the given size (TERM=xterm-256color). After the comparison has
landed and the screen is quiet, each key is written to the terminal and timed until the
app's output for it has arrived in full (the last byte before 25 ms of silence, or 150 ms
for a dialog opening or closing, whose frames can be further apart; the silence itself is
not counted). This is the latency a user sees, less the terminal emulator's own drawing,
with no test driver in between.

Wall times count waiting for a CPU, so on a busy machine they say as much about the other
jobs as about the app; the CPU time the app's threads spent on each press (from
/proc/PID/task/*/schedstat, where available) does not. Output that was still arriving
before a press (a notification going away...) is drained first, so it is not counted.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import REPO, shared_dir
from benchmarks.ui import build_big_cluster

QUIET = 0.025  # seconds of silence that end a repaint


def cpu_ms(pid: int) -> float | None:
    """CPU time the process's threads have run, in ms (None where /proc has no schedstat)."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            total += int((task / "schedstat").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return total / 1e6


def drain(fd: int, quiet: float, limit: float, first: float | None = None) -> tuple[int, float | None]:
    """Read until `quiet` seconds pass with no output (or `limit`); bytes and last-byte time.

    Before the first byte the wait is `first` seconds (default: up to `limit`).
    """
    total, last = 0, None
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        # before the first byte wait up to the limit; after it, `quiet` ends the read
        left = max(0.0, deadline - time.perf_counter())
        wait = quiet if last is not None else (left if first is None else min(first, left))
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        total += len(chunk)
        last = time.perf_counter()
    return total, last


def start(
    reader: str, paths: list[str], size: tuple[int, int], tags: Path
) -> tuple[subprocess.Popen[bytes], int]:
    """The app in a new pty of `size` columns x rows."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "READER_TAGS": str(tags),
        "READER_CONFIG": str(tags) + ".cfg",
    }
    process = subprocess.Popen(
        [reader, *paths], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    return process, master


Cycle = list[tuple[str, str]]  # (label, key) pressed in turn: ("f open", "f"), ("f close", "f")
DIALOG_QUIET = 0.15  # a dialog opening or closing paints in several frames, sometimes 30 ms apart


def measure(reader: str, paths: list[str], size: tuple[int, int], cycles: list[Cycle], presses: int) -> None:
    """Print the latency of each key (each step of each cycle) on the cluster at `paths`."""
    with tempfile.TemporaryDirectory() as tmp:
        process, fd = start(reader, paths, size, Path(tmp) / "tags.yaml")
        try:
            t0 = time.perf_counter()
            drain(fd, quiet=1.5, limit=30)  # the first paint
            drain(fd, quiet=1.5, limit=30, first=1.5)  # the comparison landing, if still to come
            settled = time.perf_counter() - t0
            for cycle in cycles:
                times: dict[str, list[float]] = {label: [] for label, _ in cycle}
                cpus: dict[str, list[float]] = {label: [] for label, _ in cycle}
                quiet = QUIET if len(cycle) == 1 else DIALOG_QUIET
                for n in range(3 + presses):
                    for label, key in cycle:
                        drain(fd, quiet=quiet, limit=1, first=0.0)  # stray output of earlier paints
                        cpu_before = cpu_ms(process.pid)
                        os.write(fd, key.encode())
                        sent = time.perf_counter()
                        count, last = drain(fd, quiet=quiet, limit=2)
                        cpu_after = cpu_ms(process.pid)
                        if n >= 3 and last is not None and count:
                            times[label].append((last - sent) * 1000)
                            if cpu_before is not None and cpu_after is not None:
                                cpus[label].append(cpu_after - cpu_before)
                        time.sleep(0.05)
                for label, _ in cycle:
                    report(label, times[label], cpus[label])
            print(f"  (screen settled {settled:.1f} s after launch, 1.5 s of quiet included)")
        finally:
            os.write(fd, b"q")
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            os.close(fd)


def report(label: str, times: list[float], cpus: list[float]) -> None:
    """One line: wall median, p90 and max, and the app's CPU time median."""
    if not times:
        print(f"  {label!r}: no output")
        return
    times = sorted(times)
    p90 = times[int(0.9 * (len(times) - 1))]
    cpu = f"   CPU median {statistics.median(cpus):5.1f} ms" if cpus else ""
    print(
        f"  {label!r}: median {statistics.median(times):5.1f} ms   p90 {p90:5.1f} ms   "
        f"max {max(times):5.1f} ms{cpu}   ({len(times)} presses)"
    )


def main() -> None:
    """Measure j and n on a sample and on a big cluster."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--presses", type=int, default=30)
    parser.add_argument("--size", default="160x45")
    parser.add_argument("--big-only", action="store_true", help="skip the Greek sample")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    reader = str(Path(sys.executable).with_name("reader"))
    if not Path(reader).exists():
        raise SystemExit("the reader entry point is not installed beside this Python")
    print(f"key press to repaint in a {width}x{height} pty (median / p90 / max)")
    if not args.big_only:
        print("greek_bank_riot_2010 (6 articles):")
        measure(
            reader,
            [str(REPO / "sample_articles" / "greek_bank_riot_2010")],
            (width, height),
            [[("j", "j")], [("n", "n")]],
            args.presses,
        )
    corpus = shared_dir() / "corpus"
    if not corpus.is_dir():
        print("big cluster: skipped, ../shared/corpus is absent")
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = build_big_cluster(corpus, Path(tmp) / "big")
        print("10 articles x 200 sentences:")
        cycles = [[("j", "j")], [("n", "n")], [("k", "k")], [("f open", "f"), ("f close", "f")]]
        measure(reader, [str(big)], (width, height), cycles, args.presses)


if __name__ == "__main__":
    main()
