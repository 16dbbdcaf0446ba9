"""Loading articles from files: plain text, Markdown with front matter, bundles, HTML.

Every user-caused problem raises `LoadError` with one clear line naming the file and the
problem. Nothing here prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.model import Article
from reader.core.segmentation import split_sentences

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")
BUNDLE_SEPARATOR = "|||||"
MAX_BYTES = 8 * 1024 * 1024  # a news article is kilobytes; past this it is not one
METADATA_NAMES = ("sources.yaml", "sources.yml", "cluster.yaml", "cluster.yml")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SEPARATOR_LINE = re.compile(r"^[ \t]*\|\|\|\|\|[ \t]*$", re.MULTILINE)


class LoadError(Exception):
    """An input that cannot be read as articles; the message is one line for the user."""


@dataclass(frozen=True)
class Document:
    """One article's text and metadata before segmentation."""

    path: str
    raw: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    has_headline: bool = False
    body_start: int = 0  # where the text after any front matter begins in `raw`


# control characters other than tab, newline, form feed and carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes, path: str) -> str:
    """Text from bytes: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise LoadError(f"{path}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(f"{path}: broken UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise LoadError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = _encoding_hint(data)
        raise LoadError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}){hint}; "
            "convert it, e.g. iconv -f LATIN1 -t UTF-8"
        ) from None
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > 8:
        raise LoadError(f"{path}: looks like a binary file, not text")
    return text


def _encoding_hint(data: bytes) -> str:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return " (it looks like Latin-1/Windows-1252)"


def read_text(path: Path) -> str:
    """The decoded text of one file, or a `LoadError`."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(
                f"{path}: {size / 1_048_576:.1f} MB is too large for a news article "
                f"(limit {MAX_BYTES // 1_048_576} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a folder, expected a file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode(data, str(path))


def parse_front_matter(text: str, path: str) -> tuple[dict[str, str], str]:
    """Split YAML front matter (``---`` ... ``---``) from the body; the body keeps its offsets.

    Returns the metadata and the raw text after the front matter.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # imported on first use: it costs ~15 ms of `import reader`

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise LoadError(f"{path}: malformed YAML front matter{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LoadError(f"{path}: front matter must be a mapping of keys to values")
    meta = {str(k).lower(): _as_text(v) for k, v in data.items() if v is not None}
    return meta, text[match.end() :]


def _as_text(value: object) -> str:
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if callable(isoformat) else str(value)


# words of four letters or more, which a headline in title case capitalises
_LONG_WORD = re.compile(r"[^\W\d_][^\W\d_'’]{3,}")


def looks_like_headline(line: str) -> bool:
    """A first line that reads as a headline: short, and no final full stop unless it is in
    title case (a stop that ends an abbreviation: "... Campaign and New Jersey G.O.P.")."""
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return False
    if stripped.endswith((".", ",", ";")) and not stripped.endswith("..."):
        if len(stripped.split()) <= 8 and stripped[0].isupper() and stripped.count(". ") == 0:
            return True
        return len(stripped.split()) <= 20 and _title_case(stripped)
    return len(stripped.split()) <= 30


def _title_case(line: str) -> bool:
    """Whether every word of four letters or more is capitalised, and there are three or more."""
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def html_to_text(html: str, path: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata of a saved HTML page, through the optional trafilatura."""
    try:
        import trafilatura
    except ImportError:
        raise LoadError(
            f"{path}: reading HTML needs the optional extra: pip install 'reader[html]'"
        ) from None
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise LoadError(f"{path}: no article text found in this HTML page")
    meta: dict[str, str] = {}
    try:
        # extensive=False: no date guessed from a copyright line or the like
        doc_meta = trafilatura.extract_metadata(html, extensive=False)
    except Exception:  # noqa: BLE001 - metadata is a bonus, never a failure
        doc_meta = None
    if doc_meta is not None:
        for key in ("title", "date", "url"):
            value = getattr(doc_meta, key, None)
            if value:
                meta[key] = str(value)
        site = getattr(doc_meta, "sitename", None)
        if site:
            meta["source"] = str(site)
    return text, meta


def documents_from_file(path: Path, defaults: dict[str, str] | None = None) -> list[Document]:
    """The documents one file holds: one article, or several for a ``|||||`` bundle."""
    text = read_text(path)
    name = str(path)
    suffix = path.suffix.lower()
    base = dict(defaults or {})
    if suffix in (".html", ".htm"):
        body, meta = html_to_text(text, name)
        base.update(meta)
        return [_document(name, body, 0, base, headline=False)]
    if _SEPARATOR_LINE.search(text):
        parts = [p for p in _SEPARATOR_LINE.split(text)]
        docs = []
        for number, part in enumerate(parts, 1):
            if not part.strip():
                continue
            part = part.lstrip("\r\n")
            meta, body = parse_front_matter(part, f"{name} (article {number})")
            merged = {**base, **meta}
            start = len(part) - len(body)
            docs.append(_document(f"{name}#{number}", part, start, merged, headline=not meta.get("title")))
        if not docs:
            raise LoadError(f"{name}: the bundle holds no article text")
        return docs
    meta, body = parse_front_matter(text, name)
    if not body.strip():
        raise LoadError(f"{name}: no article text after the front matter")
    merged = {**base, **meta}
    return [_document(name, text, len(text) - len(body), merged, headline=not meta.get("title"))]


def _document(path: str, raw: str, body_start: int, meta: dict[str, str], *, headline: bool) -> Document:
    body = raw[body_start:]
    first = next((line for line in body.splitlines() if line.strip()), "").strip()
    given = meta.get("title", "")
    if first.startswith("# "):
        has_headline = True
    elif given:
        has_headline = " ".join(first.split()).casefold() == " ".join(given.split()).casefold()
    else:
        has_headline = headline and looks_like_headline(first)
    title = given or (first.lstrip("# ").strip() if has_headline else "")
    return Document(
        path=path,
        raw=raw,
        title=title,
        source=meta.get("source", ""),
        date=meta.get("date", ""),
        url=meta.get("url", ""),
        has_headline=has_headline,
        body_start=body_start,
    )


def folder_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Per-file metadata from a ``sources.yaml`` beside the articles (file name -> fields)."""
    for name in METADATA_NAMES:
        meta_path = folder / name
        if not meta_path.is_file():
            continue
        import yaml  # imported on first use, as above

        try:
            data = yaml.safe_load(read_text(meta_path))
        except yaml.YAMLError:
            raise LoadError(f"{meta_path}: malformed YAML") from None
        articles = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(articles, list):
            raise LoadError(f"{meta_path}: expected a list under 'articles:'")
        out: dict[str, dict[str, str]] = {}
        for entry in articles:
            if isinstance(entry, dict) and entry.get("file"):
                out[str(entry["file"])] = {
                    str(k).lower(): _as_text(v) for k, v in entry.items() if v is not None
                }
        return out
    return {}


def _holds_articles(folder: Path) -> bool:
    """Whether a folder holds an article file (False for one that cannot be read)."""
    try:
        return any(f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES for f in folder.iterdir())
    except OSError:
        return False


def expand_paths(paths: Iterable[str | Path]) -> list[tuple[Path, dict[str, str]]]:
    """Files to load, in order, each with the metadata its folder gives it."""
    found: list[tuple[Path, dict[str, str]]] = []
    folders: dict[Path, dict[str, dict[str, str]]] = {}  # "reader dir/*.txt" reads one sources.yaml once
    for given in paths:
        path = Path(given)
        if path.is_dir():
            meta = folder_metadata(path)
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            files = [p for p in files if p.name.lower() not in ("readme.md", "license.md")]
            if not files:
                inner = sorted(p.name for p in path.iterdir() if p.is_dir() and _holds_articles(p))
                if inner:  # "reader sample_articles": the clusters are one level down
                    shown = ", ".join(inner[:4]) + (", ..." if len(inner) > 4 else "")
                    raise LoadError(
                        f"{path}: no articles here, but {len(inner)} folders of articles ({shown}):"
                        f" open one, e.g. {path / inner[0]}"
                    )
                raise LoadError(f"{path}: no articles in this folder (.txt, .md or .html files)")
            found.extend((p, meta.get(p.name, {})) for p in files)
        elif path.exists():
            # a file named alone still takes what its folder's sources.yaml says of it; a broken
            # one is the folder's problem, not this file's (named alone, it is read without it)
            if path.parent not in folders:
                try:
                    folders[path.parent] = folder_metadata(path.parent)
                except LoadError:
                    folders[path.parent] = {}
            found.append((path, folders[path.parent].get(path.name, {})))
        else:
            raise LoadError(f"{path}: no such file or folder")
    return found


def load_documents(paths: Sequence[str | Path]) -> list[Document]:
    """Every document the paths hold, in order."""
    if not paths:
        raise LoadError("no articles given")
    docs: list[Document] = []
    for path, meta in expand_paths(paths):
        docs.extend(documents_from_file(path, meta))
    return docs


def build_article(doc: Document, article_id: str) -> Article:
    """Segment a document into an `Article` (offsets index the whole raw text)."""
    offset = doc.body_start
    sentences = split_sentences(doc.raw[offset:], headline=doc.has_headline)
    if offset:
        sentences = [replace(s, start=s.start + offset, end=s.end + offset) for s in sentences]
    return Article(
        id=article_id,
        path=doc.path,
        raw=doc.raw,
        title=doc.title,
        source=doc.source,
        date=doc.date,
        url=doc.url,
        sentences=tuple(sentences),
    )


def load_articles(paths: Sequence[str | Path] | str | Path) -> list[Article]:
    """Load and segment the articles at `paths` (folders or files; one path alone is taken as
    such), ids a1, a2, ..."""
    if isinstance(paths, (str, Path)):
        paths = [paths]  # "reader.compare_paths('folder')": not its characters, one by one
    docs = load_documents(paths)
    return [build_article(doc, f"a{i}") for i, doc in enumerate(docs, 1)]


def load_articles_skipping(paths: Sequence[str | Path]) -> tuple[list[Article], list[str]]:
    """Like `load_articles`, but a bad file is skipped with a one-line problem.

    Raises `LoadError` only when nothing at all can be loaded; then its message holds
    every problem, one per line.
    """
    if not paths:
        raise LoadError("no articles given")
    docs: list[Document] = []
    problems: list[str] = []
    for given in paths:
        try:
            found = expand_paths([given])
        except LoadError as exc:
            problems.append(str(exc))
            continue
        for path, meta in found:
            try:
                docs.extend(documents_from_file(path, meta))
            except LoadError as exc:
                problems.append(str(exc))
    if not docs:
        raise LoadError("\n".join(problems) or "no articles given")
    return [build_article(doc, f"a{i}") for i, doc in enumerate(docs, 1)], problems


def articles_from_texts(texts: dict[str, str]) -> list[Article]:
    """Articles from a mapping of name to text (the first line is the headline if it looks like one)."""
    if not isinstance(texts, Mapping):
        raise TypeError(f"texts must be a mapping of name to text, not {type(texts).__name__}")
    for name, text in texts.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise TypeError(f"texts must map str names to str texts, not {name!r}: {type(text).__name__}")
    articles = []
    for i, (name, text) in enumerate(texts.items(), 1):
        meta, body = parse_front_matter(text, name)
        doc = _document(name, text, len(text) - len(body), meta, headline=not meta.get("title"))
        articles.append(build_article(doc, f"a{i}"))
    return articles
