"""Command line: ``reader [PATHS...]`` opens the app, ``reader compare PATHS...`` prints.

Thin by design: it builds a Comparison (or asks the app to) and reports user errors in
one line on stderr with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.core.beside import Beside, worth_forking
from reader.core.config import default_tags_path
from reader.core.loading import LoadError, load_articles_skipping
from reader.core.model import Article, Member
from reader.core.printable import display_text
from reader.core.tags import TagFileError, TagStore
from reader.samples import default_sample

if TYPE_CHECKING:
    from reader.core.figures import Figure
    from reader.core.model import Quantity

EXIT_USAGE = 2
EXIT_INPUT = 1


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description=(
            "Open news reports of one event side by side: aligned sentences, "
            "conflicting figures highlighted, tags by key.\n\n"
            "  reader [PATHS...]             open the reading room (no PATHS: the bundled sample)\n"
            "  reader compare PATHS... --json  print the comparison for scripts\n"
            "  reader compare PATHS... --markdown  print a readable report, with your tags"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", help="article files or folders of articles")
    parser.add_argument("--tags", type=Path, help="tag file (YAML) to read and write")
    parser.add_argument("--config", type=Path, help="config file (YAML): keys and tag set")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def _compare_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader compare",
        description="Compare articles and print the result (schema reader.comparison/1).",
        epilog=(
            "Exit status: 0 when every input was read; 1 when an input was skipped (each named on"
            " stderr; the comparison of the others is still printed) or none could be read; 2 on a"
            " usage error."
        ),
    )
    parser.add_argument("paths", nargs="+", help="article files or folders of articles")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON (the default)")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown report")
    parser.add_argument(
        "--tags",
        type=Path,
        help="tag file whose alignment corrections (link/unlink) apply and whose tags the Markdown report"
        " lists (default: the user's tag file)",
    )
    parser.add_argument("--no-corrections", action="store_true", help="ignore alignment corrections")
    return parser


def _error(message: str) -> None:
    for line in message.splitlines():
        print(f"reader: {display_text(line)}", file=sys.stderr)  # names may hold control characters


def run_compare(argv: Sequence[str]) -> int:
    """``reader compare``: print the comparison as JSON or Markdown."""
    args = _compare_parser().parse_args(list(argv))
    try:
        articles, problems = load_articles_skipping(args.paths)
    except LoadError as exc:
        _error(str(exc))
        return EXIT_INPUT
    for problem in problems:
        _error(f"skipped {problem}")
    must_link: list[tuple[Member, Member]] = []
    cannot_link: list[tuple[Member, Member]] = []
    store: TagStore | None = None
    if args.markdown or not args.no_corrections:  # the report lists the tags; JSON has none
        try:
            store = TagStore.load(args.tags or default_tags_path())
        except TagFileError as exc:
            if args.tags is not None:
                _error(str(exc))
                return EXIT_INPUT
            wanted = (("tags", args.markdown), ("alignment corrections", not args.no_corrections))
            _error(f"{exc} ({' and '.join(what for what, used in wanted if used)} ignored)")
    if store is not None and not args.no_corrections:
        must_link, cannot_link = store.constraints(articles)
    _say_when_slow(articles)
    # the figure and alignment rules load here, not when the app starts
    from reader.core.pipeline import compare_articles

    comparison = compare_articles(articles, must_link=must_link, cannot_link=cannot_link)
    for warning in comparison.warnings:  # "Source 3, ...: is it a report of the same event?"
        _error(warning)
    if args.markdown:
        from reader.core.export import to_markdown

        tags = {
            (art.id, sentence.index): names
            for art in articles
            for sentence in art.sentences
            if store is not None and (names := store.tags(art, sentence))
        }
        output = to_markdown(comparison, tags=tags)
    else:
        output = json.dumps(comparison.to_dict(), ensure_ascii=False, indent=1) + "\n"
    try:
        try:
            sys.stdout.write(output)
        except UnicodeEncodeError:
            if args.markdown:
                raise
            # an output that cannot take UTF-8 (PYTHONIOENCODING=ascii) gets the same JSON escaped
            sys.stdout.write(json.dumps(comparison.to_dict(), ensure_ascii=True, indent=1) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, UnicodeEncodeError) as exc:  # a full disk; Markdown to an ASCII-only output
        _error(f"cannot write the comparison: {exc}")
        return EXIT_INPUT
    # a script that named a file it did not get is told so, though the others are compared
    return EXIT_INPUT if problems else 0


# about a second and a half of comparing on a 2-core machine (benchmarks/alignment.py: ten
# articles of 500 sentences take 2-3 s): past this a person at a terminal is told to wait
SLOW_SENTENCES = 2000


def _say_when_slow(articles: Sequence[Article]) -> None:
    """Tell a person at a terminal that a large comparison has started (nothing for scripts)."""
    sentences = sum(len(article.sentences) for article in articles)
    if sentences > SLOW_SENTENCES and sys.stderr.isatty():
        _error(f"comparing {len(articles)} articles, {sentences:,} sentences: this takes a while")


def _read_figures(articles: tuple[Article, ...]) -> tuple[list[Quantity], list[Figure]]:
    from reader.core.pipeline import read_figures  # in the child: the rules load there

    return read_figures(articles)


def read_figures_beside(articles: Sequence[Article]) -> Beside[tuple[list[Quantity], list[Figure]]] | None:
    """The figures of `articles` being read in a forked child, started now (before the app starts
    any thread, and before textual and the comparison rules load: the child loads the rules
    and reads while the parent loads textual and paints), or None where that does not pay
    (`beside.worth_forking`). Hand it to the first comparison of these articles."""
    if not worth_forking(sum(len(article.sentences) for article in articles)):
        return None
    return Beside(partial(_read_figures, tuple(articles)), fork=True).start()


def run_open(argv: Sequence[str]) -> int:
    """``reader [PATHS...]``: open the app."""
    args = _open_parser().parse_args(list(argv))
    paths = [str(p) for p in args.paths]
    if not paths:
        sample = default_sample()
        if sample is None:
            _error("the bundled sample articles are missing; name some articles: reader FILES...")
            return EXIT_INPUT
        paths = [str(sample)]
    try:
        articles, problems = load_articles_skipping(paths)
    except LoadError as exc:
        _error(str(exc))
        return EXIT_INPUT
    # the figures are read in a child from now on, while textual loads and the window paints
    figures_read = read_figures_beside(articles)
    try:
        from reader.ui.app import run_app  # imported late: textual costs start-up time

        notices = [f"skipped {problem}" for problem in problems]
        return run_app(
            articles, tags_path=args.tags, config_path=args.config, notices=notices, figures_read=figures_read
        )
    finally:
        if figures_read is not None:
            figures_read.abandon()  # quit before the comparison collected it


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``reader`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "compare":
            return run_compare(args[1:])
        return run_open(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
