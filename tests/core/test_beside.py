"""Work done in a forked child beside the caller (`reader.core.beside`), and the comparison that
reads its figures there: the result never depends on where it was computed."""

from __future__ import annotations

import json
import math
import os
import pickle
import sys
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from reader.core import beside, pipeline
from reader.core.beside import Beside, can_fork
from reader.core.conflicts import comparable_figures
from reader.core.loading import load_articles
from reader.core.quantities import extract_quantities
from reader.core.story_figures import reference_date

ROOT = Path(__file__).resolve().parents[2]
GREEK = ROOT / "sample_articles" / "greek_bank_riot_2010"

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the child is forked on Linux only"
)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Beside[object]]:
    """Every `Beside` the pipeline makes, in order (the pipeline's own class, watched)."""
    made: list[Beside[object]] = []

    class Watched(Beside[object]):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(pipeline, "Beside", Watched)
    return made


def _gone(pid: int) -> bool:
    """Whether `pid` is no child of this process any more (reaped)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@linux_only
def test_the_result_comes_from_the_child() -> None:
    with Beside(os.getpid, fork=True) as work:
        child = work._pid
        assert child is not None
        assert work.result() == child != os.getpid()
        assert work.from_child
    assert _gone(child)


def test_without_a_fork_the_work_runs_in_the_caller() -> None:
    with Beside(os.getpid, fork=False) as work:
        assert work.result() == os.getpid()
        assert not work.from_child


@linux_only
def test_a_child_that_delivers_nothing_leaves_the_work_to_the_caller() -> None:
    parent = os.getpid()

    def work() -> int:
        if os.getpid() != parent:
            os._exit(0)  # ends cleanly, without a word
        return 7

    with Beside(work, fork=True) as pending:
        assert pending._pid is not None  # a child was started, and said nothing
        assert pending.result() == 7
        assert not pending.from_child


@linux_only
def test_an_error_in_the_child_is_raised_by_the_caller_doing_the_work_again() -> None:
    calls = []

    def work() -> int:
        calls.append(os.getpid())
        raise ValueError("no figures here")

    with Beside(work, fork=True) as pending, pytest.raises(ValueError, match="no figures here"):
        assert pending._pid is not None
        pending.result()
    assert calls == [os.getpid()]  # the child's call happened in its own memory


@linux_only
def test_cancel_kills_and_reaps_a_child_still_at_work() -> None:
    read, write = os.pipe()

    def work() -> int:
        os.read(read, 1)  # waits for a byte that never comes
        return 1

    pending = Beside(work, fork=True)
    try:
        pending.__enter__()
        child = pending._pid
        assert child is not None
    finally:
        pending.cancel()
        os.close(read)
        os.close(write)
    assert _gone(child)
    with pytest.raises(RuntimeError):
        pending.result()


def test_outside_a_with_the_work_is_a_plain_call() -> None:
    pending = Beside(os.getpid, fork=True)
    assert pending.result() == os.getpid()
    assert not pending.from_child


def test_the_switch_turns_the_child_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(beside.SWITCH, "0")
    assert not can_fork()


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        thread.join()


@linux_only
def test_figures_read_beside_the_aligner_give_the_same_comparison(
    monkeypatch: pytest.MonkeyPatch, started: list[Beside[object]]
) -> None:
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    articles = load_articles([GREEK])
    assert beside.FORK_SENTENCES <= sum(len(a.sentences) for a in articles) < beside.FORK_SENTENCES_MAX
    pipeline.forget_figures()
    forked = pipeline.compare_articles(articles)
    assert started and started[-1].from_child
    # what the child read is kept, as reading it here would have kept it
    kept = dict(pipeline._EXTRACTED)
    assert set(kept) == {(s.text, reference_date(a)) for a in articles for s in a.sentences}
    for (text, day), found in kept.items():
        assert found == tuple(extract_quantities(text, reference_date=day)), text

    pipeline.forget_figures()
    monkeypatch.setattr(beside, "can_fork", lambda: False)
    serial = pipeline.compare_articles(articles)
    assert not started[-1].from_child
    assert serial.conflicts  # the sample has flags to compare
    assert json.dumps(forked.to_dict()) == json.dumps(serial.to_dict())


@linux_only
def test_a_failed_alignment_leaves_no_child_behind(
    monkeypatch: pytest.MonkeyPatch, started: list[Beside[object]]
) -> None:
    children: list[int | None] = []
    monkeypatch.setattr(beside, "can_fork", lambda: True)

    def align(*args: object, **kwargs: object) -> None:
        children.append(started[-1]._pid)  # the child reading the figures meanwhile
        raise RuntimeError("aligner failed")

    monkeypatch.setattr(pipeline, "align_articles", align)
    with pytest.raises(RuntimeError, match="aligner failed"):
        pipeline.compare_articles(load_articles([GREEK]))
    assert children and children[0] is not None
    assert _gone(children[0])


def test_a_pickled_figure_keeps_its_unknown_value_the_one_nan() -> None:
    """An unknown date (a weekday, a month's day without its year) is `math.nan` itself, and the
    rules take two of them for one value (identity first): a figure read in the child must too."""
    articles = load_articles([GREEK])
    quantities = pipeline.read_figures(articles)[0]
    figures = comparable_figures(articles, quantities)
    unknown = [f for f in figures if math.isnan(f.lo)]
    assert unknown, "the sample has a weekday or a yearless date"
    for fig in pickle.loads(pickle.dumps(unknown)):
        assert fig.lo is math.nan and fig.hi is math.nan and fig.tol_lo is math.nan


@linux_only
def test_unknown_dates_give_the_same_flags_read_in_the_child(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, started: list[Beside[object]]
) -> None:
    """A cluster whose flags list yearless dates ("March", "March 3") and weekdays ("Last
    Friday"): the flags were one mention short when the figures came pickled from the child."""
    articles = load_articles([corpus_dir / "ecbplus_t09_ecbplus"])
    outputs = []
    for fork in (True, False):
        monkeypatch.setattr(beside, "can_fork", lambda fork=fork: fork)
        pipeline.forget_figures()
        outputs.append(json.dumps(pipeline.compare_articles(articles).to_dict()))
        assert started[-1].from_child is fork
    assert outputs[0] == outputs[1]


@linux_only
def test_a_large_caller_reads_the_figures_itself(
    monkeypatch: pytest.MonkeyPatch, started: list[Beside[object]]
) -> None:
    """Forking copies the caller's page tables and every page it then writes: a caller holding
    gigabytes reads a small comparison's figures itself, a small caller forks for it."""
    articles = load_articles([GREEK])
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    for resident, forks in ((40.0, True), (8000.0, False)):
        monkeypatch.setattr(beside, "resident_mb", lambda resident=resident: resident)
        pipeline.compare_articles(articles)
        assert started[-1].from_child is forks


def test_resident_memory_is_read() -> None:
    assert beside.resident_mb() > 10 or not sys.platform.startswith("linux")


@linux_only
def test_a_comparison_collects_figures_started_before_it(
    monkeypatch: pytest.MonkeyPatch, started: list[Beside[object]]
) -> None:
    """The app starts reading the figures before its window (`cli.read_figures_beside`) and its
    first comparison collects them: the same comparison as one that reads them itself."""
    articles = load_articles([GREEK])
    pipeline.forget_figures()
    early = Beside(lambda: pipeline.read_figures(articles), fork=True).start()
    assert early._pid is not None
    forked = pipeline.compare_articles(articles, figures_read=early)
    assert early.from_child and not started  # no second child: the one given was collected
    with pytest.raises(RuntimeError):
        early.result()
    pipeline.forget_figures()
    monkeypatch.setattr(beside, "can_fork", lambda: False)
    serial = pipeline.compare_articles(articles)
    assert json.dumps(forked.to_dict()) == json.dumps(serial.to_dict())


def _slow_in_a_child(parent: int) -> str:
    if os.getpid() != parent:
        time.sleep(30)
    return "done here"


@linux_only
def test_abandoning_a_child_nobody_collects_stops_it() -> None:
    work = Beside(partial(_slow_in_a_child, os.getpid()), fork=True).start()
    child = work._pid
    assert child is not None
    work.abandon()
    assert _gone(child)
    with pytest.raises(RuntimeError):
        work.result()


@linux_only
def test_abandoning_a_child_another_thread_collects_from() -> None:
    """The app quits while its comparing thread waits for the child: the child is killed, and
    the waiting thread reaps it and does the work itself."""
    work = Beside(partial(_slow_in_a_child, os.getpid()), fork=True).start()
    child = work._pid
    assert child is not None
    got: list[str] = []
    thread = threading.Thread(target=lambda: got.append(work.result()))
    thread.start()
    time.sleep(0.2)
    work.abandon()
    thread.join(timeout=10)
    assert got == ["done here"] and not work.from_child
    assert _gone(child)


def test_every_unknown_value_of_the_corpus_is_the_one_nan(corpus_dir: Path) -> None:
    """The rules take two unknown values (NaN) for one through identity (tuple equality, `in`,
    set and dict keys): every NaN a figure holds must be `math.nan` itself, however it was made."""
    fields = ("lo", "hi", "tol_lo", "tol_hi")
    unknown = 0
    for cluster in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        articles = load_articles([cluster])
        figures = comparable_figures(articles, pipeline.read_figures(articles)[0])
        for fig in figures:
            for name in fields:
                value = getattr(fig, name)
                if isinstance(value, float) and math.isnan(value):
                    unknown += 1
                    assert value is math.nan, (cluster.name, fig.q.text, name)
    assert unknown > 100  # weekdays and yearless dates abound in news
