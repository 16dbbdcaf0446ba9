"""The real entry point: `reader compare`, `--version`, `--help`, and user errors in one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.loading import load_articles
from reader.core.tags import TagStore
from tests.conftest import KERRY, REPO


def reader_command() -> list[str]:
    """The installed console script when there is one, else ``python -m reader``."""
    script = Path(sys.executable).with_name("reader")
    if script.exists():
        return [str(script)]
    found = shutil.which("reader")
    return [found] if found else [sys.executable, "-m", "reader"]


def run(
    *args: str | Path, cwd: Path = REPO, tags: Path | str = os.devnull
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_TAGS": str(tags), "NO_COLOR": "1"}
    return subprocess.run(
        [*reader_command(), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_version_and_help() -> None:
    import reader

    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"reader {reader.__version__}"
    helped = run("--help")
    assert helped.returncode == 0 and "reader compare" in helped.stdout and "--markdown" in helped.stdout
    compare_help = run("compare", "--help")
    assert compare_help.returncode == 0 and "--json" in compare_help.stdout


def test_compare_json_obeys_the_contract() -> None:
    result = run("compare", KERRY, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "reader.comparison/1"
    assert set(data) == {"schema", "articles", "groups", "quantities", "conflicts"}
    assert [a["id"] for a in data["articles"]] == ["a1", "a2"]
    for article in data["articles"]:
        raw = (REPO / article["path"]).read_text(encoding="utf-8")
        assert article["sentences"], article["path"]
        for sentence in article["sentences"]:
            assert raw[sentence["start"] : sentence["end"]] == sentence["text"]
    ids = {a["id"]: {s["index"] for s in a["sentences"]} for a in data["articles"]}
    for group in data["groups"]:
        assert len({m["article"] for m in group["members"]}) >= 2
        assert all(m["sentence"] in ids[m["article"]] for m in group["members"])
    for quantity in data["quantities"]:
        raw = (REPO / data["articles"][int(quantity["article"][1:]) - 1]["path"]).read_text(encoding="utf-8")
        assert raw[quantity["start"] : quantity["end"]] == quantity["text"]
    for conflict in data["conflicts"]:
        assert conflict["kind"] in ("conflict", "compatible")
        assert all(0 <= m < len(data["quantities"]) for m in conflict["mentions"])


def test_compare_markdown() -> None:
    result = run("compare", KERRY, "--markdown")
    assert result.returncode == 0, result.stderr
    assert "No Resolution After Kerry" in result.stdout


def test_the_markdown_report_lists_the_users_tags(tmp_path: Path) -> None:
    articles = load_articles([KERRY])
    store = TagStore(tmp_path / "tags.yaml")
    troops = next(s for s in articles[1].sentences if "40,000" in s.text)
    store.toggle(articles[1], troops, "disputed")
    store.toggle(articles[0], articles[0].sentences[-1], "follow-up")
    for extra in ((), ("--no-corrections",)):  # tags are not corrections: listed either way
        result = run("compare", KERRY, "--markdown", "--tags", tmp_path / "tags.yaml", *extra)
        assert result.returncode == 0, result.stderr
        assert "## Tagged sentences\n\n2 sentences tagged.\n\n### follow-up (1)\n" in result.stdout
        assert "### disputed (1)" in result.stdout
        assert "**40,000** troops that are believed to be stationed on the border. — tagged: disputed" in (
            result.stdout
        )
    assert "Tagged sentences" not in run("compare", KERRY, "--markdown").stdout  # the empty default


def test_a_broken_default_tag_file_is_named_and_left_alone(tmp_path: Path) -> None:
    broken = tmp_path / "tags.yaml"
    broken.write_text("articles: [\n", encoding="utf-8")
    for extra, ignored in (
        (("--markdown",), "tags and alignment corrections ignored"),
        (("--markdown", "--no-corrections"), "(tags ignored)"),
        (("--json",), "(alignment corrections ignored)"),
    ):
        result = run("compare", KERRY, *extra, tags=broken)
        assert result.returncode == 0, result.stderr
        assert result.stderr.count("\n") == 1 and str(broken) in result.stderr and ignored in result.stderr
    assert run("compare", KERRY, "--json", "--no-corrections", tags=broken).stderr == ""  # not read
    assert broken.read_text(encoding="utf-8") == "articles: [\n"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "blob.txt", bytes(range(256)) * 8), "binary"),
        (lambda d: _write(d / "latin.txt", "Le président à Paris.".encode("latin-1")), "not UTF-8"),
        (lambda d: _write(d / "bad.md", b"---\ntitle: [x\n---\nBody.\n"), "front matter"),
        (lambda d: (d / "nothing").mkdir() or d / "nothing", "no articles"),
    ],
)
def test_bad_input_is_one_line_on_stderr(tmp_path: Path, make: object, expected: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    for args in (("compare", path), (path,)):
        result = run(*args)
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert expected in lines[0] and Path(path).name in lines[0]
        assert "Traceback" not in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_bad_file_beside_good_ones_is_skipped_with_one_line(tmp_path: Path) -> None:
    bad = _write(tmp_path / "latin.txt", "Le président à Paris.".encode("latin-1"))
    result = run("compare", KERRY, bad, tmp_path / "missing.txt", "--json")
    assert result.returncode == 1, result.stderr  # a script is told, and still gets the rest
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in result.stderr
    assert "skipped" in lines[0] and "latin.txt" in lines[0] and "not UTF-8" in lines[0]
    assert "missing.txt" in lines[1] and "no such file" in lines[1]
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a1", "a2"]


@pytest.mark.parametrize("text", ["x", "...", "The the of and.", "\u2014"])
def test_an_article_without_a_content_word_compares(tmp_path: Path, text: str) -> None:
    """A file of one letter, of dots or of stop words is an article with nothing to match."""
    thin = _write(tmp_path / "thin.txt", f"{text}\n".encode())
    result = run("compare", KERRY, thin, "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 3


def test_every_problem_is_named_when_nothing_loads(tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"")
    result = run("compare", empty, tmp_path / "missing.txt")
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "empty.txt" in lines[0] and "missing.txt" in lines[1]


def test_a_file_name_with_control_characters_is_printed_visibly(tmp_path: Path) -> None:
    """A name holding ESC and BEL reaches stderr as visible stand-ins, never as terminal control."""
    bad = _write(tmp_path / "x\x1b[5mBLINK\x07.txt", b"\x00\x01\x02binary")
    result = run("compare", KERRY, bad, "--json")
    assert result.returncode == 1, result.stderr  # skipped, and said so
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "x\u241b[5mBLINK\u2407.txt" in result.stderr


def test_a_large_comparison_is_announced_at_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone at a terminal is told a long comparison has started; a script's stderr stays clean."""
    import io

    from reader import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("READER_TAGS", os.devnull)
    monkeypatch.setattr(cli, "SLOW_SENTENCES", 10)  # the sample pair has 42 sentences
    assert cli.run_compare([str(KERRY), "--json"]) == 0
    assert capsys.readouterr().err == ""  # not a terminal
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.run_compare([str(KERRY), "--json"]) == 0
    assert terminal.getvalue().startswith("reader: comparing 2 articles, ")
    monkeypatch.setattr(cli, "SLOW_SENTENCES", 10_000)
    terminal.seek(0)
    terminal.truncate()
    assert cli.run_compare([str(KERRY), "--json"]) == 0
    assert terminal.getvalue() == ""


GREEK = REPO / "sample_articles" / "greek_bank_riot_2010"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_the_app_gets_the_figures_read_beside_and_no_child_outlives_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`reader FOLDER` starts reading the figures in a child before textual loads, hands them to
    the app, and stops the child when the app ends without collecting them."""
    import reader.ui.app
    from reader import cli
    from reader.core import beside

    monkeypatch.setattr(beside, "can_fork", lambda: True)
    given: list[object] = []

    def run_app(articles: object, **kwargs: object) -> int:
        given.append(kwargs["figures_read"])
        return 0

    monkeypatch.setattr(reader.ui.app, "run_app", run_app)
    assert cli.run_open([str(GREEK), "--tags", str(tmp_path / "tags.yaml")]) == 0
    [early] = given
    assert isinstance(early, beside.Beside)
    with pytest.raises(RuntimeError):  # abandoned when the app returned
        early.result()
    assert early._pid is None  # its child killed and reaped
    # two reports of about 20 sentences: the figures are read in the comparing thread
    assert cli.read_figures_beside(load_articles([KERRY])) is None


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    """A full disk is one line and status 1; an ASCII-only output gets the JSON escaped."""
    import os
    import subprocess
    import sys

    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "reader", "compare", str(KERRY), "--json"],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert done.stderr.strip().startswith("reader: cannot write the comparison")
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "compare", str(KERRY), "--json"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == ["a1", "a2"]
