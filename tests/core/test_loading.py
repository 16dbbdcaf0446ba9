"""Loading real and broken inputs: every user error is one clear LoadError, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core.loading import MAX_BYTES, LoadError, load_articles
from reader.core.model import Article
from tests.conftest import KERRY, SAMPLES


def test_kerry_pair_loads_with_headline_and_metadata() -> None:
    first, second = load_articles([KERRY])
    assert first.title.startswith("No Resolution After Kerry, Lavrov")
    assert first.sentences[0].role == "headline"
    assert first.source == "Report A" and first.date == "2014-03-30"
    assert second.title == ""  # no headline in the file and none recorded
    assert second.sentences[0].text.startswith("On Sunday, March 30th")
    for article in (first, second):
        for sentence in article.sentences:
            assert article.raw[sentence.start : sentence.end] == sentence.text


def test_every_sample_folder_loads() -> None:
    folders = [p for p in SAMPLES.iterdir() if p.is_dir()]
    assert len(folders) >= 4
    for folder in folders:
        articles = load_articles([folder])
        assert len(articles) >= 2, folder
        assert all(a.source for a in articles), folder


def test_files_named_on_the_command_line_keep_their_order(tmp_path: Path) -> None:
    b = tmp_path / "b.txt"
    a = tmp_path / "a.txt"
    b.write_text("Second report\n\nIt rained all day.\n", encoding="utf-8")
    a.write_text("First report\n\nThe sun shone.\n", encoding="utf-8")
    articles = load_articles([b, a])
    assert [x.title for x in articles] == ["Second report", "First report"]
    assert [x.id for x in articles] == ["a1", "a2"]


def test_plain_text_without_headline(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("The council met on Monday. It voted 5-4 to close the road.\n", encoding="utf-8")
    (article,) = load_articles([path])
    assert article.title == ""
    assert [s.text for s in article.sentences] == [
        "The council met on Monday.",
        "It voted 5-4 to close the road.",
    ]


def test_title_case_headline_ending_in_an_abbreviation(tmp_path: Path) -> None:
    # a full stop that ends "G.O.P." or "U.S." does not make a title-case headline a sentence
    path = tmp_path / "x.txt"
    path.write_text(
        "U.S. Attorney Subpoenas Christie’s Campaign and New Jersey G.O.P.\n"
        "Federal prosecutors in New Jersey have issued subpoenas, the lawyer said Thursday.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([path])
    assert article.title == "U.S. Attorney Subpoenas Christie’s Campaign and New Jersey G.O.P."
    assert article.sentences[0].role == "headline"
    # a first sentence in sentence case stays the body's first sentence
    path.write_text(
        "Tara Reid is seeking help at a rehabilitation facility in California.\nShe said so.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([path])
    assert article.title == ""
    assert article.sentences[0].role == "body"


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Quake hits coast\nsource: Example News\ndate: 2020-01-02\n"
        "url: https://example.org/q\n---\nA quake hit the coast. Ten people died.\n",
        encoding="utf-8",
    )
    (article,) = load_articles([path])
    assert (article.title, article.source, article.date, article.url) == (
        "Quake hits coast",
        "Example News",
        "2020-01-02",
        "https://example.org/q",
    )
    assert [s.text for s in article.sentences] == ["A quake hit the coast.", "Ten people died."]
    # offsets index the file's own text, front matter included
    assert article.raw == path.read_text(encoding="utf-8")
    assert all(article.raw[s.start : s.end] == s.text for s in article.sentences)


def test_bundle_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "bundle.txt"
    path.write_text(
        "Storm hits town\nThe storm hit at noon.\n|||||\nStorm batters town\nIt struck at 1 p.m.\n",
        encoding="utf-8",
    )
    articles = load_articles([path])
    assert [a.title for a in articles] == ["Storm hits town", "Storm batters town"]
    assert articles[1].path.endswith("#2")
    for article in articles:
        for sentence in article.sentences:
            assert article.raw[sentence.start : sentence.end] == sentence.text


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHeadline here\nBody text. More text.\n".encode())
    (article,) = load_articles([path])
    assert article.title == "Headline here"
    assert not article.raw.startswith("\ufeff")


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Headline\nThe body says 40,000 troops.\n".encode("utf-16"))
    (article,) = load_articles([path])
    assert article.sentences[1].text == "The body says 40,000 troops."


def _error(paths: list[Path | str]) -> str:
    with pytest.raises(LoadError) as info:
        load_articles(paths)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_missing_path(tmp_path: Path) -> None:
    message = _error([tmp_path / "nope.txt"])
    assert "nope.txt" in message and "no such file" in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("   \n\n", encoding="utf-8")
    message = _error([path])
    assert "empty.txt" in message and "empty" in message


def test_folder_with_no_articles(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    message = _error([tmp_path])
    assert str(tmp_path) in message and "no articles" in message


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 4)
    message = _error([path])
    assert "blob.txt" in message and "binary" in message


def test_latin1_file_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a parlé à Paris.\n".encode("latin-1"))
    message = _error([path])
    assert "latin.txt" in message and "not UTF-8" in message and "Latin-1" in message


def test_malformed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\nsource: x\n---\nBody.\n", encoding="utf-8")
    message = _error([path])
    assert "bad.md" in message and "front matter" in message


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("---\n- a\n- b\n---\nBody.\n", encoding="utf-8")
    assert "mapping" in _error([path])


def test_huge_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"The troops massed on the border. " * 3 + b"\n"
    path.write_bytes(line * (20 * 1024 * 1024 // len(line)))
    assert path.stat().st_size > MAX_BYTES
    message = _error([path])
    assert "huge.txt" in message and "too large" in message and "MB" in message


def test_a_large_but_acceptable_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Long report\n" + "The council voted 5-4 on Monday. It was close.\n" * 20000)
    (article,) = load_articles([path])
    assert len(article.sentences) == 40001


def test_html_without_the_extra_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if the extra were not installed
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    message = _error([path])
    assert "page.html" in message and "pip install" in message and "html" in message


def test_broken_sources_yaml(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("articles: [unclosed\n", encoding="utf-8")
    message = _error([tmp_path])
    assert "sources.yaml" in message and "malformed" in message


PAGE = """<html><head><title>Quake hits coast - Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body><nav>Home | World | Sport</nav><article><h1>Quake hits coast</h1>
<p>A strong earthquake hit the coast on Monday, killing at least 11 people, officials said.
Rescue teams were searching the rubble of dozens of buildings in the port town.</p>
<p>The quake had a magnitude of 6.2, according to the geological survey. It struck at a depth
of ten kilometres shortly after dawn.</p></article><footer>Copyright 2020</footer></body></html>"""


def test_saved_html_page_with_the_extra(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="the optional html extra is not installed")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = load_articles([path])
    assert article.title == "Quake hits coast" and article.source == "Example News"
    assert article.date == ""  # never a date guessed from the copyright line
    texts = [s.text for s in article.sentences]
    assert any(t.startswith("A strong earthquake hit the coast") for t in texts)
    assert not any("Home | World" in t or "Copyright" in t for t in texts)
    assert all(article.raw[s.start : s.end] == s.text for s in article.sentences)


@pytest.mark.parametrize(
    ("path", "source", "label"),
    [
        ("corpus/x/01_web-orange-co-uk.txt", "", "web-orange-co-uk"),
        ("story.md", "", "story"),
        ("bundle.txt#2", "", "bundle#2"),
        ("2020.txt", "", "2020"),
        ("", "", "a1"),
        ("01_foxnews.txt", "Fox News", "Fox News"),
    ],
)
def test_article_label(path: str, source: str, label: str) -> None:
    assert Article(id="a1", path=path, raw="", source=source).label == label


def test_a_file_named_alone_takes_its_folders_sources_yaml(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "articles:\n- file: 01.txt\n  source: Example News\n  date: '2014-03-30'\n", encoding="utf-8"
    )
    (article,) = load_articles([tmp_path / "01.txt"])
    assert (article.source, article.date) == ("Example News", "2014-03-30")
    # a broken sources.yaml does not stop a file named alone
    (tmp_path / "sources.yaml").write_text("articles: [unclosed\n", encoding="utf-8")
    (article,) = load_articles([tmp_path / "01.txt"])
    assert article.source == ""


def test_a_folder_of_folders_names_them(tmp_path: Path) -> None:
    """`reader sample_articles`: the articles are one level down, and the message says where."""
    for name in ("quake", "vote"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text("A quake hit.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    with pytest.raises(LoadError, match=r"no articles here, but 2 folders of articles \(quake, vote\)"):
        load_articles([tmp_path])
