"""Tags and alignment corrections, kept in a small readable YAML file.

Each entry is anchored to its sentence (see `reader.core.anchors`), so tags survive a
restart, a re-segmentation and an edit elsewhere in the article. Entries that resolve
nowhere stay in the file untouched. The file is written atomically (temp file in the same
folder, fsync, ``os.replace``); a file that cannot be read as tags raises TagFileError and
is never overwritten.
"""

from __future__ import annotations

import contextlib
import copy
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.core.anchors import Anchor, SentenceIndex, resolve_member, same_article, text_hash
from reader.core.errors import os_reason, yaml_reason
from reader.core.model import Article, Member, Sentence

FORMAT_VERSION = 1
_HEADER = (
    "# reader tags and alignment corrections (YAML). Safe to edit by hand; keep the structure.\n"
    "# Each sentence is found again by its text, so tags survive edits elsewhere in an article.\n"
)


class TagFileError(Exception):
    """The tag file cannot be read or written; the message is one line naming the file."""


@dataclass
class TagEntry:
    """Tags on one sentence."""

    anchor: Anchor
    tags: list[str] = field(default_factory=list)


@dataclass
class LinkEntry:
    """A user correction: two sentences cover the same point (`same`) or do not."""

    a: Anchor
    b: Anchor
    same: bool


@dataclass
class _Resolved:
    """An article's tags resolved onto its current sentences (a cache)."""

    article: Article
    entries: dict[int, list[TagEntry]]


class TagStore:
    """Tags on sentences and alignment corrections, saved at once to `path`."""

    def __init__(
        self, path: Path, entries: list[TagEntry] | None = None, links: list[LinkEntry] | None = None
    ):
        """A store writing to `path`; use `TagStore.load` to read an existing file."""
        self.path = path
        self._entries: list[TagEntry] = entries or []
        self._links: list[LinkEntry] = links or []
        self._cache: dict[int, _Resolved] = {}

    @classmethod
    def load(cls, path: Path) -> TagStore:
        """The store in `path`: empty when missing; TagFileError when unreadable (file untouched)."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise TagFileError(f"{path}: cannot read the tag file ({os_reason(exc)})") from exc
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise TagFileError(f"{path}: the tag file is not valid YAML ({yaml_reason(exc)})") from exc
        try:
            entries, links = _parse(data)
        except (TypeError, ValueError, KeyError) as exc:
            raise TagFileError(f"{path}: not a reader tag file ({exc})") from exc
        return cls(path, entries, links)

    # -- tags ---------------------------------------------------------------------------

    def tags(self, article: Article, sentence: Sentence) -> tuple[str, ...]:
        """The tags of `sentence`, in the order they were added."""
        names: list[str] = []
        for entry in self._resolved(article).entries.get(sentence.index, []):
            names.extend(name for name in entry.tags if name not in names)
        return tuple(names)

    def tagged(self, article: Article) -> frozenset[int]:
        """The indexes of the sentences of `article` that carry a tag."""
        found = self._resolved(article).entries
        return frozenset(index for index, entries in found.items() if any(e.tags for e in entries))

    def names(self) -> tuple[str, ...]:
        """Every tag name used in the file, sorted."""
        return tuple(sorted({name for entry in self._entries for name in entry.tags}))

    def toggle(self, article: Article, sentence: Sentence, tag: str) -> bool:
        """Set `tag` when absent, remove it when present; saves. True when now set."""
        now_set = _clean(tag) not in self.tags(article, sentence)
        with self._change():
            entry = self._merge(article, sentence)
            if now_set:
                entry.tags.append(_clean(tag))
            else:
                entry.tags.remove(_clean(tag))
            self._drop_empty()
        return now_set

    def add(self, article: Article, sentence: Sentence, tag: str) -> None:
        """Set `tag` (a no-op when already set); saves."""
        name = _clean(tag)
        if name in self.tags(article, sentence):
            return
        with self._change():
            self._merge(article, sentence).tags.append(name)

    def add_all(self, article: Article, sentence: Sentence, tags: Sequence[str]) -> None:
        """Set every tag of `tags` not yet set, in order, in one save (putting back cleared tags)."""
        have = self.tags(article, sentence)
        names = [name for name in dict.fromkeys(_clean(tag) for tag in tags) if name not in have]
        if not names:
            return
        with self._change():
            self._merge(article, sentence).tags.extend(names)

    def clear(self, article: Article, sentence: Sentence) -> None:
        """Remove every tag of `sentence`; saves."""
        if not self.tags(article, sentence):
            return
        with self._change():
            self._merge(article, sentence).tags.clear()
            self._drop_empty()

    # -- alignment corrections ------------------------------------------------------------

    def link(self, a: Article, sa: Sentence, b: Article, sb: Sentence) -> None:
        """Record that `sa` and `sb` cover the same point (replaces an opposite correction); saves."""
        self._correct(a, sa, b, sb, same=True)

    def unlink(self, a: Article, sa: Sentence, b: Article, sb: Sentence) -> None:
        """Record that `sa` and `sb` do not cover the same point; saves."""
        self._correct(a, sa, b, sb, same=False)

    def corrections(self) -> tuple[LinkEntry, ...]:
        """The stored corrections (copies), for display."""
        return tuple(copy.deepcopy(self._links))

    def constraints(
        self, articles: Sequence[Article]
    ) -> tuple[list[tuple[Member, Member]], list[tuple[Member, Member]]]:
        """(must_link, cannot_link) resolved onto these articles' current sentences."""
        must: list[tuple[Member, Member]] = []
        cannot: list[tuple[Member, Member]] = []
        for link in self._links:
            ma = resolve_member(link.a, articles)
            mb = resolve_member(link.b, articles)
            if ma is None or mb is None or ma.article == mb.article:
                continue
            pair = (ma, mb)
            target = must if link.same else cannot
            if pair not in target:
                target.append(pair)
        return must, cannot

    # -- internals -----------------------------------------------------------------------

    def _correct(self, a: Article, sa: Sentence, b: Article, sb: Sentence, *, same: bool) -> None:
        """Replace any correction about this pair by a new one."""
        if a.id == b.id and a.content_hash == b.content_hash:
            raise ValueError("a correction links sentences of two different articles")
        pair = {(a.id, sa.index), (b.id, sb.index)}
        with self._change():
            self._links = [
                link for link in self._links if {_member_key(link.a, a, b), _member_key(link.b, a, b)} != pair
            ]
            self._links.append(LinkEntry(Anchor.of(a, sa), Anchor.of(b, sb), same))

    def _resolved(self, article: Article) -> _Resolved:
        """The entries of `article` by sentence index (cached per article object)."""
        cached = self._cache.get(id(article))
        if cached is not None and cached.article is article:
            return cached
        sentences = SentenceIndex(article)
        found: dict[int, list[TagEntry]] = {}
        for entry in self._entries:
            anchor = entry.anchor
            if anchor.article_hash != sentences.content_hash and not same_article(anchor, article):
                continue
            index = sentences.resolve(anchor)
            if index is not None:
                found.setdefault(index, []).append(entry)
        resolved = _Resolved(article, found)
        self._cache[id(article)] = resolved
        return resolved

    def _merge(self, article: Article, sentence: Sentence) -> TagEntry:
        """One entry for this sentence, re-anchored to it as it is now (merging duplicates)."""
        current = self._resolved(article).entries.get(sentence.index, [])
        names: list[str] = []
        for entry in current:
            names.extend(name for name in entry.tags if name not in names)
        self._entries = [e for e in self._entries if all(e is not c for c in current)]
        merged = TagEntry(Anchor.of(article, sentence), names)
        self._entries.append(merged)
        return merged

    def _drop_empty(self) -> None:
        self._entries = [e for e in self._entries if e.tags]

    @contextlib.contextmanager
    def _change(self) -> Iterator[None]:
        """Apply a change and save it; on a failed save, undo it and raise TagFileError."""
        entries, links = copy.deepcopy(self._entries), copy.deepcopy(self._links)
        try:
            yield
            self._cache.clear()
            self.save()
        except BaseException:
            self._entries, self._links = entries, links
            self._cache.clear()
            raise

    def save(self) -> None:
        """Write the file atomically; TagFileError (file unchanged) when that fails."""
        text = _HEADER + yaml.safe_dump(
            self.to_yaml(), sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
        )
        try:
            write_atomic(self.path, text)
        except OSError as exc:
            raise TagFileError(f"{self.path}: cannot save the tags ({os_reason(exc)})") from exc

    def to_yaml(self) -> dict[str, Any]:
        """The file's content: sentences grouped by article, then corrections."""
        articles: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for entry in self._entries:
            a = entry.anchor
            articles.setdefault((a.path, a.label, a.article_hash), []).append(
                {**a.sentence_fields(), "tags": list(entry.tags)}
            )
        return {
            "version": FORMAT_VERSION,
            "articles": [
                {"path": path, "label": label, "hash": digest, "sentences": sorted(items, key=_by_index)}
                for (path, label, digest), items in articles.items()
            ],
            "links": [
                {"same": link.same, "a": link.a.to_yaml(), "b": link.b.to_yaml()} for link in self._links
            ],
        }


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temp file in the same folder, fsync and os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _parse(data: object) -> tuple[list[TagEntry], list[LinkEntry]]:
    """Entries from the loaded YAML; TypeError/ValueError/KeyError when malformed."""
    if data is None:
        return [], []
    if not isinstance(data, dict):
        raise TypeError("expected a mapping at the top")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise ValueError(f"unknown version {version!r}")
    entries: list[TagEntry] = []
    for raw_article in _list(data.get("articles"), "articles"):
        article = _mapping(raw_article, "an article")
        for raw_sentence in _list(article.get("sentences"), "sentences"):
            sentence = _mapping(raw_sentence, "a sentence")
            tags = [_clean(_text(t, "a tag")) for t in _list(sentence.get("tags"), "tags")]
            entries.append(TagEntry(_anchor({**article, **sentence}), [t for t in tags if t]))
    links: list[LinkEntry] = []
    for raw_link in _list(data.get("links"), "links"):
        link = _mapping(raw_link, "a link")
        same = link.get("same", True)
        if not isinstance(same, bool):
            raise TypeError("'same' of a link must be true or false")
        links.append(LinkEntry(_anchor(link["a"]), _anchor(link["b"]), same))
    return [e for e in entries if e.tags], links


def _anchor(value: object) -> Anchor:
    """An anchor from its YAML mapping (text_hash recomputed from the text when absent)."""
    raw = _mapping(value, "a sentence anchor")
    text = _text(raw.get("text", ""), "text")
    index = raw.get("index", -1)
    start = raw.get("start", -1)
    end = raw.get("end", -1)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (index, start, end)):
        raise TypeError("index, start and end must be whole numbers")
    return Anchor(
        path=_text(raw.get("path", ""), "path"),
        label=_text(raw.get("label", ""), "label"),
        article_hash=_text(raw.get("hash", ""), "hash"),
        index=index,
        text=text,
        text_hash=_text(raw.get("text_hash") or text_hash(text), "text_hash"),
        start=start,
        end=end,
    )


def _list(value: object, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"'{what}' must be a list")
    return value


def _mapping(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"{what} must be a mapping")
    return value


def _text(value: object, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise TypeError(f"{what} must be text")
    return str(value)


def _clean(tag: str) -> str:
    """A tag name on one line, trimmed."""
    return " ".join(tag.split())


def _member_key(anchor: Anchor, a: Article, b: Article) -> tuple[str, int] | None:
    """The (article id, index) an anchor resolves to in `a` or `b`, else None."""
    member = resolve_member(anchor, (a, b))
    return None if member is None else (member.article, member.sentence)


def _by_index(item: dict[str, Any]) -> int:
    value = item.get("index", 0)
    return value if isinstance(value, int) else 0
