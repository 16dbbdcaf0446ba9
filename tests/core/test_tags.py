"""The tag store on real YAML files in tmp_path: round trips, survival, broken files, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from reader.core.anchors import Anchor, normalise, resolve_sentence
from reader.core.loading import load_articles
from reader.core.model import Article, Member, Sentence
from reader.core.tags import TagFileError, TagStore
from tests.conftest import KERRY

TEXTS = [
    "Kerry and Lavrov met in Paris.",
    "They talked for four hours.",
    "Sources said the troops number between 30,000 and 100,000.",
    "No agreement was reached.",
]


def article(texts: list[str], *, path: str = "a.txt", article_id: str = "a1", source: str = "") -> Article:
    """An article whose sentences are `texts`, one per line."""
    raw = "\n".join(texts)
    sentences = []
    start = 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, text, start, start + len(text)))
        start += len(text) + 1
    return Article(id=article_id, path=path, raw=raw, source=source, sentences=tuple(sentences))


def resegmented(art: Article, splits: list[tuple[int, int]]) -> Article:
    """The same raw text split at other spans."""
    sentences = tuple(Sentence(i, art.raw[s:e], s, e) for i, (s, e) in enumerate(splits))
    return Article(id=art.id, path=art.path, raw=art.raw, source=art.source, sentences=sentences)


def test_missing_file_is_an_empty_store_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "tags.yaml"
    store = TagStore.load(path)
    art = article(TEXTS)
    assert store.tags(art, art.sentences[0]) == ()
    assert store.tagged(art) == frozenset()
    assert not path.exists()


def test_round_trip_through_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "tags.yaml"  # the folder is created on first save
    art = article(TEXTS, source="Report A")
    store = TagStore.load(path)
    assert store.toggle(art, art.sentences[2], "disputed") is True
    store.add(art, art.sentences[2], "important")
    store.add(art, art.sentences[2], "important")  # no duplicate
    store.add(art, art.sentences[0], "my own note")
    assert store.tags(art, art.sentences[2]) == ("disputed", "important")

    text = path.read_text(encoding="utf-8")
    assert text.startswith("# reader tags")
    data = yaml.safe_load(text)
    assert data["version"] == 1
    [entry] = data["articles"]
    assert entry["path"] == "a.txt" and entry["label"] == "Report A" and entry["hash"] == art.content_hash
    assert [s["text"] for s in entry["sentences"]] == [TEXTS[0], TEXTS[2]]
    assert entry["sentences"][1]["tags"] == ["disputed", "important"]

    again = TagStore.load(path)
    assert again.tags(art, art.sentences[2]) == ("disputed", "important")
    assert again.tags(art, art.sentences[0]) == ("my own note",)
    assert again.tagged(art) == frozenset({0, 2})
    assert again.names() == ("disputed", "important", "my own note")


def test_toggle_twice_and_clear_remove_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS)
    store = TagStore.load(path)
    assert store.toggle(art, art.sentences[1], "verified") is True
    assert store.toggle(art, art.sentences[1], "verified") is False
    assert store.tags(art, art.sentences[1]) == ()
    store.add(art, art.sentences[3], "a")
    store.add(art, art.sentences[3], "b")
    store.clear(art, art.sentences[3])
    assert store.tagged(art) == frozenset()
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["articles"] == []


def test_add_all_puts_back_missing_tags_in_order(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS)
    store = TagStore.load(path)
    store.add(art, art.sentences[1], "b")
    store.add_all(art, art.sentences[1], ["a", "b", "c", "a"])
    assert store.tags(art, art.sentences[1]) == ("b", "a", "c")
    assert TagStore.load(path).tags(art, art.sentences[1]) == ("b", "a", "c")
    store.add_all(art, art.sentences[2], [])
    assert store.tagged(art) == frozenset({1})


def test_tag_survives_a_restart_on_the_real_sample(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    _, second = load_articles([KERRY])
    troops = next(s for s in second.sentences if "40,000" in s.text)
    TagStore.load(path).toggle(second, troops, "disputed")
    first2, second2 = load_articles([KERRY])  # a new session loads fresh objects
    store = TagStore.load(path)
    assert store.tags(second2, second2.sentences[troops.index]) == ("disputed",)
    assert store.tagged(second2) == frozenset({troops.index})
    assert store.tagged(first2) == frozenset()


def test_tag_survives_a_resegmentation(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS)
    TagStore.load(path).add(art, art.sentences[2], "disputed")
    # the first two lines are now one sentence: every later index shifts by one
    spans = [(s.start, s.end) for s in art.sentences]
    merged = resegmented(art, [(spans[0][0], spans[1][1]), spans[2], spans[3]])
    store = TagStore.load(path)
    assert store.tagged(merged) == frozenset({1})
    assert store.tags(merged, merged.sentences[1]) == ("disputed",)


def test_tag_on_a_sentence_that_gets_merged_follows_the_merge(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS)
    TagStore.load(path).add(art, art.sentences[1], "important")
    spans = [(s.start, s.end) for s in art.sentences]
    merged = resegmented(art, [(spans[0][0], spans[1][1]), spans[2], spans[3]])
    assert TagStore.load(path).tagged(merged) == frozenset({0})


def test_tag_survives_an_edit_elsewhere_in_the_article(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS)
    TagStore.load(path).add(art, art.sentences[2], "disputed")
    edited = article(["Breaking news.", TEXTS[0], "They talked for FIVE hours.", TEXTS[2], TEXTS[3]])
    assert edited.content_hash != art.content_hash
    store = TagStore.load(path)
    assert store.tagged(edited) == frozenset({3})
    # a different article (other path and label) holding the same sentence does not inherit it
    other = article([*TEXTS, "More."], path="b.txt", article_id="a2")
    assert store.tagged(other) == frozenset()


def test_tag_follows_an_edited_article_that_moved_but_kept_its_source(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS, path="old/a.txt", source="Reuters")
    TagStore.load(path).add(art, art.sentences[3], "verified")
    moved = article(["Update: new lede.", *TEXTS], path="new/a.txt", source="Reuters")
    assert TagStore.load(path).tagged(moved) == frozenset({4})
    stranger = article(["Update: new lede.", *TEXTS], path="new/b.txt", source="AP")
    assert TagStore.load(path).tagged(stranger) == frozenset()


def test_same_text_twice_resolves_to_the_nearest_index(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    texts = ["Intro.", "He said no.", "Middle one.", "Another.", "He said no.", "End."]
    art = article(texts)
    TagStore.load(path).add(art, art.sentences[4], "x")
    assert TagStore.load(path).tagged(art) == frozenset({4})
    shifted = article(["New first line.", *texts])
    assert TagStore.load(path).tagged(shifted) == frozenset({5})


def test_normalised_text_ignores_quotes_case_and_spacing() -> None:
    assert normalise("“Hello,”  World’s  END") == normalise('"hello," world\'s end')
    art = article(["“The troops are there,” he said."])
    retyped = article(['"The troops are there," he said.'])
    assert resolve_sentence(Anchor.of(art, art.sentences[0]), retyped) == 0


@pytest.mark.parametrize(
    "content",
    [
        "articles: [unclosed\n",  # not YAML
        "- just\n- a list\n",  # not a mapping
        "version: 99\n",  # unknown version
        "articles:\n- path: a.txt\n  sentences: 5\n",  # wrong type
        "links:\n- same: true\n  a: {text: x}\n",  # missing b
    ],
)
def test_broken_file_raises_and_is_never_overwritten(tmp_path: Path, content: str) -> None:
    path = tmp_path / "tags.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TagFileError) as info:
        TagStore.load(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message
    assert path.read_text(encoding="utf-8") == content


def test_undecodable_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage\x80")
    with pytest.raises(TagFileError):
        TagStore.load(path)


def test_failed_write_leaves_the_old_file_whole_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tags.yaml"
    art = article(TEXTS)
    store = TagStore.load(path)
    store.add(art, art.sentences[0], "important")
    before = path.read_bytes()

    def broken_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(TagFileError, match="No space left"):
        store.add(art, art.sentences[1], "disputed")
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["tags.yaml"]
    # the failed change was rolled back in memory too
    assert store.tags(art, art.sentences[1]) == ()
    assert TagStore.load(path).tagged(art) == frozenset({0})


def test_links_and_unlinks_resolve_to_constraints(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    a = article(TEXTS, path="a.txt", article_id="a1")
    b = article(
        ["Troops gather.", "The ministers met in Paris.", "Talks failed."], path="b.txt", article_id="a2"
    )
    store = TagStore.load(path)
    store.link(a, a.sentences[0], b, b.sentences[1])
    store.unlink(a, a.sentences[3], b, b.sentences[0])
    store.add(a, a.sentences[0], "important")  # tags and corrections share the file

    again = TagStore.load(path)
    must, cannot = again.constraints([a, b])
    assert must == [(Member("a1", 0), Member("a2", 1))]
    assert cannot == [(Member("a1", 3), Member("a2", 0))]
    assert again.tags(a, a.sentences[0]) == ("important",)

    # changing one's mind replaces the correction instead of keeping both
    again.link(b, b.sentences[0], a, a.sentences[3])
    must, cannot = TagStore.load(path).constraints([a, b])
    assert (Member("a2", 0), Member("a1", 3)) in must
    assert cannot == []

    # ids follow the current comparison; an absent article drops its constraints
    b_renamed = Article(id="x9", path=b.path, raw=b.raw, sentences=b.sentences)
    must, _ = TagStore.load(path).constraints([b_renamed, a])
    assert (Member("a1", 0), Member("x9", 1)) in must
    assert TagStore.load(path).constraints([a]) == ([], [])


def test_a_link_needs_two_articles(tmp_path: Path) -> None:
    art = article(TEXTS)
    with pytest.raises(ValueError):
        TagStore.load(tmp_path / "t.yaml").link(art, art.sentences[0], art, art.sentences[1])
