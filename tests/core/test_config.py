"""Loading the config from real YAML files: defaults, overrides, and forgiving errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.config import (
    DEFAULT_TAGS,
    Config,
    TagDef,
    default_config_path,
    default_tags_path,
    load_config,
)

ACTIONS = ("next_conflict", "previous_conflict", "quit", "cursor_down")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_and_none_give_the_defaults_silently(tmp_path: Path) -> None:
    assert load_config(None) == (Config(), [])
    assert load_config(tmp_path / "absent.yaml") == (Config(), [])
    config, _ = load_config(None)
    assert [t.name for t in config.tags] == ["important", "disputed", "verified", "follow-up"]
    assert config.tag_for_key("2") == "disputed" and config.tag_for_key("9") is None
    assert dict(config.keys) == {}


def test_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "# nothing yet\n")) == (Config(), [])


def test_a_good_file_sets_tags_and_keys(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'tags:\n  1: check\n  "3": source\nkeys:\n  next_conflict: "x"\n  quit: [q, ctrl+q]\n',
    )
    config, warnings = load_config(path, ACTIONS)
    assert warnings == []
    assert config.tags == (TagDef("1", "check"), TagDef("3", "source"))
    assert dict(config.keys) == {"next_conflict": "x", "quit": "q,ctrl+q"}


def test_tags_as_a_list_of_key_and_name(tmp_path: Path) -> None:
    path = write(tmp_path, "tags:\n- {key: 2, name: wrong}\n- {key: 1, name: right}\n")
    config, warnings = load_config(path)
    assert warnings == []
    assert config.tags == (TagDef("1", "right"), TagDef("2", "wrong"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tags: [unclosed\n", "not valid YAML"),
        ("just a string\n", "expected a mapping"),
        ("- 1\n- 2\n", "expected a mapping"),
        ("tags: 5\n", "using the default tags"),
        ("tags:\n  0: zero\n", "keys are 1 to 9"),
        ("tags:\n  1: ''\n", "has no name"),
    ],
)
def test_broken_parts_fall_back_with_a_one_line_warning(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    config, warnings = load_config(path, ACTIONS)
    assert config.tags == DEFAULT_TAGS
    assert warnings, "a broken config must say so"
    assert any(expected in w for w in warnings), warnings
    for warning in warnings:
        assert warning.startswith(f"{path}: ") and "\n" not in warning


def test_bad_entries_are_dropped_and_good_ones_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tags:\n  1: important\n  12: too far\n  2: [not, text]\n"
        "keys:\n  next_conflict: x\n  fly_away: f\n  quit: 7.5\n  cursor_down: x\n"
        "colours: loud\n",
    )
    config, warnings = load_config(path, ACTIONS)
    assert config.tags == (TagDef("1", "important"),)
    assert dict(config.keys) == {"next_conflict": "x"}
    text = "\n".join(warnings)
    assert "12" in text and "key 2 has no name" in text
    assert "unknown action 'fly_away'" in text
    assert "quit" in text
    assert "'x' is already bound to next_conflict" in text
    assert "unknown section 'colours'" in text
    assert len(warnings) == 6


def test_duplicate_keys_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "tags:\n  1: first\n  1: second\n- {key: 1}\n")
    _, warnings = load_config(path)  # not even YAML: one warning, defaults
    assert len(warnings) == 1
    path = write(tmp_path, "tags:\n  1: first\n  1: second\n")
    config, warnings = load_config(path)
    assert warnings == [f"{path}: tags: 1 is given twice; the last one counts"]
    assert config.tags == (TagDef("1", "second"),)
    path = write(tmp_path, "tags:\n- {key: 1, name: a}\n- {key: 1, name: b}\n")
    config, warnings = load_config(path)
    assert config.tags == (TagDef("1", "a"),)
    assert warnings == [f"{path}: tags: key 1 is used twice; the first one counts"]


def test_unknown_actions_are_kept_when_the_app_gives_no_list(tmp_path: Path) -> None:
    config, warnings = load_config(write(tmp_path, "keys:\n  anything: z\n"))
    assert dict(config.keys) == {"anything": "z"} and warnings == []


def test_an_unreadable_file_gives_defaults_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"tags:\n  1: \xff\xfe\n")
    config, warnings = load_config(path)
    assert config == Config() and len(warnings) == 1 and str(path) in warnings[0]
    folder = tmp_path / "a_folder.yaml"
    folder.mkdir()
    config, warnings = load_config(folder)
    assert config == Config() and len(warnings) == 1


def test_yaml_tags_cannot_run_code(tmp_path: Path) -> None:
    path = write(tmp_path, "tags: !!python/object/apply:os.system ['echo pwned']\n")
    config, warnings = load_config(path)
    assert config == Config() and "not valid YAML" in warnings[0]


def test_default_paths_honour_the_environment(tmp_path: Path) -> None:
    env = {"READER_CONFIG": str(tmp_path / "c.yaml"), "READER_TAGS": str(tmp_path / "t.yaml")}
    assert default_config_path(env) == tmp_path / "c.yaml"
    assert default_tags_path(env) == tmp_path / "t.yaml"
    assert default_config_path({}).name == "config.yaml"
    assert default_tags_path({}).name == "tags.yaml"
    assert "reader" in default_tags_path({}).parts


def test_default_paths_read_os_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_TAGS", str(tmp_path / "x.yaml"))
    assert default_tags_path() == tmp_path / "x.yaml"


def test_a_digit_key_written_bare_is_a_key(tmp_path: Path) -> None:
    """ "quit: 5": YAML reads the bare digit as a number; it is the key "5", as '"5"' is."""
    config, warnings = load_config(write(tmp_path, "keys:\n  quit: 5\n"), ACTIONS)
    assert warnings == []
    assert dict(config.keys) == {"quit": "5"}
