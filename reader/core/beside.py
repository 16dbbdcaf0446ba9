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
itself raises: the result never depends on where it was computed.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

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


class Beside(Generic[T]):
    """`work` running in a forked child (when `can_fork`), or waiting to run in the caller.

    `result()` returns what `work()` returns, from the child when it delivered, else by calling
    `work` then. `cancel()` stops the child without waiting for it (the caller failed and will not
    ask for the result). Use it as a context manager: leaving it cancels what was not collected.
    """

    def __init__(self, work: Callable[[], T], *, fork: bool | None = None) -> None:
        self._work = work
        self._pid: int | None = None
        self._read: int | None = None
        self._done = False
        self.from_child = False  # whether `result()` came from the child
        if fork if fork is not None else can_fork():
            self._start()

    def _start(self) -> None:
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: do the work, send it, and leave without running any exit hook
            code = 1
            try:
                os.close(read)
                payload = pickle.dumps(self._work(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(payload)
                code = 0
            except BaseException:  # noqa: BLE001 - the caller does the work again and sees the error
                pass
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        if self._done:
            raise RuntimeError("the result was already collected")
        self._done = True
        if self._pid is None or self._read is None:
            return self._work()
        pid, read = self._pid, self._read
        self._pid = self._read = None
        chunks = []
        try:
            with os.fdopen(read, "rb") as pipe:
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
        except OSError:
            chunks = []
        status = _reap(pid)
        if status == 0 and chunks:
            try:
                value: T = pickle.loads(b"".join(chunks))
            except Exception:  # noqa: BLE001 - a truncated or foreign payload: do the work here
                pass
            else:
                self.from_child = True
                return value
        return self._work()

    def cancel(self) -> None:
        """Stop the child, if any, and forget it."""
        self._done = True
        pid, read = self._pid, self._read
        self._pid = self._read = None
        if read is not None:
            os.close(read)
        if pid is not None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            _reap(pid)

    def __enter__(self) -> Beside[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


def _reap(pid: int) -> int | None:
    """Wait for the child `pid` to end; its exit status (None when it was killed or lost)."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None
