"""The installed ``reader`` command in a real terminal (tmux), as a new user would try it.

Starts ``reader`` with no arguments (the bundled Kerry-Lavrov pair) in a 120x40 tmux
window, waits for both reports, jumps to the first flagged figure with ``n``, tags the
sentence with ``1``, quits with ``q``, and checks the exit status and the tag file.
The app's stderr is not redirected: Textual draws on it.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.smoke

WIDTH, HEIGHT = 120, 40
FIRST_HEADLINE = "No Resolution After Kerry"
SECOND_REPORT = re.compile(r"Report B|On Sunday, March 30th")
TROOP_FIGURE = re.compile(r"40,000|30,000")
# the status line when the cursor is on the troop figures; a notification toast may cover its right end
STATUS_ON_TROOPS = re.compile(r"(?:CONFLICT|COMPATIBLE)\s+\d+/\d+\s+troops")
# a run of SGR escapes right before the figure (or "between " + figure)
STYLED_FIGURE = re.compile(r"((?:\x1b\[[0-9;:]*m)+)(?:between )?(?:40,000|30,000)")
STRONG_ATTRIBUTES = {1, 4, 7}  # bold, underline, reverse: they survive NO_COLOR


def reader_command() -> str | None:
    """The installed entry point: beside this Python first, else on PATH."""
    beside = Path(sys.executable).with_name("reader")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("reader")


class Tmux:
    """A private tmux server (its own socket file, removed with tmp_path) holding one session."""

    def __init__(self, socket: Path) -> None:
        self.socket = str(socket)
        self.session = "smoke"

    def run(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-S", self.socket, *args], capture_output=True, text=True, timeout=10, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def start(self, command: str, cwd: Path) -> None:
        self.run(
            "new-session",
            "-d",
            "-s",
            self.session,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            "-c",
            str(cwd),
            command,
        )

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.session, *keys)

    def screen(self, *, escapes: bool = False) -> str:
        """The visible pane (with SGR escapes when asked)."""
        return self.run("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.session)

    def history(self) -> str:
        """The pane with 500 lines of history, for failure messages (tracebacks land there)."""
        try:
            return self.run("capture-pane", "-p", "-S", "-500", "-t", self.session)
        except RuntimeError as exc:
            return f"(no pane: {exc})"

    def kill(self) -> None:
        subprocess.run(
            ["tmux", "-S", self.socket, "kill-server"], capture_output=True, timeout=10, check=False
        )


@pytest.fixture
def tmux(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tmux]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (apt-get install tmux); .ci/run installs it")
    session = Tmux(tmp_path_factory.mktemp("tmux") / "socket")
    try:
        yield session
    finally:
        session.kill()


def wait_for(
    check: Callable[[], bool],
    what: str,
    tmux: Tmux,
    timeout: float = 20.0,
    exited: Callable[[], bool] | None = None,
) -> None:
    """Poll `check` until it holds; fail with the pane's content after `timeout` seconds.

    `exited` tells when the app has ended already, to fail at once instead of waiting.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if exited is not None and exited():
            pytest.fail(f"the app ended while waiting for {what}; the pane shows:\n{tmux.history()}")
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; the pane shows:\n{tmux.history()}")


def sgr_attributes(escapes: str) -> set[int]:
    """The plain attributes (1 bold, 4 underline, 7 reverse...) set by a run of SGR escapes."""
    found: set[int] = set()
    for body in re.findall(r"\x1b\[([0-9;:]*)m", escapes):
        params = [int(p) if p else 0 for p in re.split(r"[;:]", body)]
        i = 0
        while i < len(params):
            code = params[i]
            if code in (38, 48, 58):  # extended colour: skip "5;n" or "2;r;g;b"
                i += 3 if i + 1 < len(params) and params[i + 1] == 5 else 5
                continue
            if code == 0:
                found.clear()
            else:
                found.add(code)
            i += 1
    return found


def highlighted(escaped: str) -> bool:
    """Whether a troop figure is drawn bold, underlined or reversed (not by hue alone)."""
    return any(sgr_attributes(m.group(1)) & STRONG_ATTRIBUTES for m in STYLED_FIGURE.finditer(escaped))


def bottom(text: str, lines: int = 2) -> str:
    """The last non-empty lines of a pane: the status line and the footer."""
    rows = [row for row in text.splitlines() if row.strip()]
    return "\n".join(rows[-lines:])


def test_open_jump_to_figure_tag_and_quit(tmux: Tmux, tmp_path: Path) -> None:
    reader = reader_command()
    if reader is None:
        pytest.skip("the reader entry point is not installed (pip install -e .)")
    tags = tmp_path / "tags.yaml"
    config = tmp_path / "config.yaml"  # absent: the defaults, tag 1 = important
    status = tmp_path / "exit.txt"
    command = (
        f"env READER_TAGS={shlex.quote(str(tags))} READER_CONFIG={shlex.quote(str(config))} "
        f"{shlex.quote(reader)}; echo EXIT=$? > {shlex.quote(str(status))}; sleep 60"
    )
    tmux.start(command, tmp_path)

    wait_for(
        lambda: FIRST_HEADLINE in (s := tmux.screen()) and SECOND_REPORT.search(s) is not None,
        "both reports on screen",
        tmux,
        exited=status.exists,
    )

    # The comparison runs in a worker: press n until a figure explanation shows at the bottom.
    def on_troops() -> bool:
        return STATUS_ON_TROOPS.search(bottom(tmux.screen())) is not None

    def jumped() -> bool:
        if on_troops():
            return True
        tmux.keys("n")
        time.sleep(0.3)
        return on_troops()

    wait_for(jumped, "the troop figure explained in the status line after n", tmux, exited=status.exists)
    painted = tmux.screen(escapes=True)
    body = "\n".join(painted.splitlines()[:-2])
    assert highlighted(body), f"the troop figure is not highlighted:\n{tmux.history()}"

    tmux.keys("1")
    wait_for(tags.exists, "the tag file to be written after 1", tmux, timeout=10, exited=status.exists)
    tmux.keys("q")
    wait_for(status.exists, "the app to exit after q", tmux, timeout=10)
    assert status.read_text(encoding="utf-8").strip() == "EXIT=0", tmux.history()

    data = yaml.safe_load(tags.read_text(encoding="utf-8"))
    tagged = [
        (article["label"], sentence["text"], sentence["tags"])
        for article in data["articles"]
        for sentence in article["sentences"]
    ]
    assert any("important" in names and TROOP_FIGURE.search(text) for _, text, names in tagged), tagged
    assert any(TROOP_FIGURE.search(text) for _, text, _ in tagged), tagged
