"""Work done beside the caller on the machine's second core: a forked child that returns its
result through a pipe.

A comparison has two independent halves before its last step: aligning the sentences and
reading the figures. Python runs one thread at a time, so the figures are read in a child
process forked for the purpose (it starts with the parent's modules and tables already
loaded, at the cost of a millisecond or two) while the parent aligns. The result comes back
pickled; nothing is shared after the fork.

The child is used only where forking is safe and pays: on Linux (where fork without exec is
the system's own way; macOS and Windows spawn), with no other thread alive (a fork copies
one thread, and locks the others held would stay held), with at least two cores to run on,
and unless ``READER_PARALLEL=0`` is set. Anything the child could not do (a fork refused, the
child killed, an error in it) is done again in the caller, which then raises what the work
itself raises: the result never depends on where it was computed. The child never outlives
the caller's interest: Ctrl-C (which reaches both) or any error in the caller kills and reaps
it, and signals wait while it is forked, so that none lands between the fork and its record.
A child the caller stops waiting for is not timed out: its work is the caller's own, which
would take as long in the caller.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Generic, NoReturn, TypeVar

T = TypeVar("T")

# the environment variable that turns the child off ("0"), for debugging or a machine where
# the second core is better left to other work
SWITCH = "READER_PARALLEL"


def can_fork() -> bool:
    """Whether a child may be forked here, now: Linux, one thread alive, two cores or more,
    and not turned off by ``READER_PARALLEL=0``."""
    if os.environ.get(SWITCH, "").strip() == "0":
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() != 1:
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores >= 2


# Below this many sentences in all, a comparison reads its figures in the caller: forking and
# sending the figures back cost a few milliseconds, and two busy processes slow each other down
# on a shared machine, so a small comparison gains nothing (two articles of 20 sentences: 20 ms
# either way).
FORK_SENTENCES = 100
# From this many on (a file of megabytes rather than a cluster of reports), the figures are read
# in the caller too: the child's own memory grows with them (36 MB of its own at ten articles of
# 500 sentences, 5,000 in all), and at hundreds of megabytes the memory matters more than the time.
FORK_SENTENCES_MAX = 20_000
# ... and at least this many for each MB the caller holds: forking a process of 1.2 GB cost six of
# 30 sentences 28 ms more than reading their figures in it (59 -> 87 ms), at 322 MB it still
# saved 6 ms (57 -> 51), at 24 MB 16 ms (68 -> 52)
FORK_SENTENCES_PER_MB = 0.3


def worth_forking(sentences: int) -> bool:
    """Whether a comparison of this many sentences should read its figures in a child, here and
    now (`can_fork`, and the bounds above)."""
    return (
        FORK_SENTENCES <= sentences < FORK_SENTENCES_MAX
        and can_fork()
        and sentences >= FORK_SENTENCES_PER_MB * resident_mb()
    )


def resident_mb() -> float:
    """This process's resident memory in MB (0 where /proc does not tell): a fork copies the page
    tables of all of it (about 15 ms a GB here), and every page either process then writes."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Beside(Generic[T]):
    """`work` running in a forked child (when `can_fork`, or as `fork` says), or waiting to run in
    the caller.

    Used as a context manager: entering it starts the child, leaving it stops the child if its
    result was not collected. `result()` returns what `work()` returns, from the child when it
    delivered, else by calling `work` then (so outside a ``with`` it is a plain call).
    `cancel()` stops the child without waiting for it.
    """

    def __init__(self, work: Callable[[], T], *, fork: bool | None = None) -> None:
        self._work = work
        self._pid: int | None = None
        self._read: int | None = None
        self._done = False
        self._started = False
        self.from_child = False  # whether `result()` came from the child
        self._fork = fork
        # `abandon` (from another thread) and `result` must not both act on the child: once reaped,
        # its pid may be another process's, and a closed descriptor's number another file's
        self._lock = threading.RLock()

    def __enter__(self) -> Beside[T]:
        # the child starts here, not in __init__: a signal between the two would leave it unknown
        # to __exit__
        return self.start()

    def start(self) -> Beside[T]:
        """Start the child (once), as entering the ``with`` block does."""
        if not self._started:
            self._started = True
            if self._fork if self._fork is not None else can_fork():
                self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()

    def _start(self) -> None:
        # No signal handler may run from the pipe's making to the recording of the child (in the
        # parent, a KeyboardInterrupt there would leave the child or the pipe unknown to `cancel`;
        # in the child, it would run the caller's handlers): signals wait until then.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        pid: int | None = None
        try:
            read, write = os.pipe()
        except OSError:
            read = write = -1
        if read >= 0:
            try:
                pid = os.fork()
            except OSError:
                pid = None
            if pid == 0:
                self._child(read, write, mask)  # never returns
            if pid is None:
                os.close(read)
                os.close(write)
            else:
                os.close(write)
                self._pid, self._read = pid, read
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a signal that came meanwhile acts here
        except BaseException:
            self.cancel()
            raise

    def _child(self, read: int, write: int, mask: set[int | signal.Signals]) -> NoReturn:
        """Do the work, send it, and leave without running any exit hook or flushing the caller's
        buffers, whatever happens (the caller does the work again when nothing came)."""
        code = 1
        try:
            if threading.current_thread() is threading.main_thread():
                # Ctrl-C reaches the whole process group: the parent stops this child itself
                signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            os.close(read)
            payload = pickle.dumps(self._work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(payload)
            code = 0
        except BaseException:  # noqa: BLE001 - the caller does the work again and sees the error
            pass
        finally:
            os._exit(code)

    def result(self) -> T:
        with self._lock:
            if self._done:
                raise RuntimeError("the result was already collected, or the work cancelled")
            self._done = True
            pid, read = self._pid, self._read
        if pid is None or read is None:
            return self._work()
        payload = bytearray()  # one buffer, not chunks and their join: the payload once in memory
        try:
            try:
                while chunk := os.read(read, 1 << 20):
                    payload += chunk
            except OSError:
                payload = bytearray()
            with self._lock:
                self._read = None
                os.close(read)
                status = _reap(pid)
                self._pid = None
        except BaseException:  # interrupted while waiting: stop the child before leaving
            self.cancel()
            raise
        if status == 0 and payload:
            try:
                value: T = pickle.loads(payload)
            except Exception:  # noqa: BLE001 - a truncated or foreign payload: do the work here
                pass
            else:
                self.from_child = True
                return value
        return self._work()

    def abandon(self) -> None:
        """Stop the child from any thread, for a caller that leaves: when no thread is collecting
        the result, as `cancel` (a later `result()` raises); when one is, the child is killed and
        that thread, finding the pipe at its end, reaps it (and does the work itself, unless it
        is never resumed)."""
        with self._lock:
            if not self._done:
                self.cancel()
            elif self._pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(self._pid, signal.SIGKILL)

    def cancel(self) -> None:
        """Stop the child, if any, and forget it."""
        with self._lock:
            self._done = True
            if self._read is not None:
                read, self._read = self._read, None
                os.close(read)
            if self._pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(self._pid, signal.SIGKILL)
                _reap(self._pid)
                self._pid = None


def _reap(pid: int) -> int | None:
    """Wait for the child `pid` to end; its exit status (None when it was killed or lost)."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None
