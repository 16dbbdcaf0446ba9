"""The user's config file: the tag set and key overrides, with forgiving loading.

A config file looks like this (every part optional)::

    tags:              # key -> tag name, keys "1".."9"; replaces the default set
      "1": important
      "2": disputed
    keys:              # action name -> keys (comma-separated or a list), overrides the app's defaults
      next_conflict: n
      quit: q,ctrl+q

`load_config` never raises: a missing file gives the defaults silently; a broken file or a
bad part gives the defaults for that part and a one-line warning naming the file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import platformdirs
import yaml

from reader.core.errors import os_reason, yaml_reason

APP_NAME = "reader"
CONFIG_ENV = "READER_CONFIG"
TAGS_ENV = "READER_TAGS"
TAG_KEYS = tuple(str(n) for n in range(1, 10))
_KEY_NAME = re.compile(r"^\S+$")


@dataclass(frozen=True)
class TagDef:
    """One tag of the tag set: the key that toggles it ("1".."9") and its name."""

    key: str
    name: str


DEFAULT_TAGS = (
    TagDef("1", "important"),
    TagDef("2", "disputed"),
    TagDef("3", "verified"),
    TagDef("4", "follow-up"),
)


@dataclass(frozen=True)
class Config:
    """The settings the app reads at start: tag set and key overrides."""

    tags: tuple[TagDef, ...] = DEFAULT_TAGS
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def tag_for_key(self, key: str) -> str | None:
        """The name of the tag that `key` toggles, if any."""
        for tag in self.tags:
            if tag.key == key:
                return tag.name
        return None


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$READER_CONFIG`` if set, else ``config.yaml`` in the user config directory."""
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.yaml"


def default_tags_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$READER_TAGS`` if set, else ``tags.yaml`` in the user data directory."""
    env = os.environ if environ is None else environ
    if env.get(TAGS_ENV):
        return Path(env[TAGS_ENV]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME)) / "tags.yaml"


def load_config(path: Path | None, actions: Collection[str] | None = None) -> tuple[Config, list[str]]:
    """The config at `path` (None or missing: the defaults) and one-line warnings.

    `actions`, when given, are the action names the app knows; others are warned about
    and ignored. Never raises.
    """
    if path is None:
        return Config(), []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return Config(), []
    except (OSError, UnicodeDecodeError) as exc:
        return Config(), [f"{path}: cannot read the config ({os_reason(exc)}); using the defaults"]
    try:
        data = yaml.safe_load(text)
        duplicates = _duplicate_keys(text)
    except yaml.YAMLError as exc:
        return Config(), [f"{path}: not valid YAML ({yaml_reason(exc)}); using the defaults"]
    warnings = [f"{path}: {where} is given twice; the last one counts" for where in duplicates]
    if data is None:
        return Config(), warnings
    if not isinstance(data, dict):
        warnings.append(f"{path}: expected a mapping with 'tags' and 'keys'; using the defaults")
        return Config(), warnings
    for name in data:
        if name not in ("tags", "keys"):
            warnings.append(f"{path}: unknown section {name!r} ignored (known: tags, keys)")
    tags = _parse_tags(data.get("tags"), path, warnings) if "tags" in data else DEFAULT_TAGS
    keys = _parse_keys(data.get("keys"), path, actions, warnings) if "keys" in data else {}
    return Config(tags=tags, keys=MappingProxyType(keys)), warnings


def _parse_tags(raw: object, path: Path, warnings: list[str]) -> tuple[TagDef, ...]:
    """The tag set from a mapping {key: name} or a list of {key, name}; defaults when unusable."""
    pairs: list[tuple[object, object]]
    if isinstance(raw, dict):
        pairs = list(raw.items())
    elif isinstance(raw, list):
        pairs = []
        for item in raw:
            if isinstance(item, dict) and set(item) == {"key", "name"}:
                pairs.append((item["key"], item["name"]))
            else:
                warnings.append(f"{path}: tags: entry {item!r} ignored (expected key: and name:)")
    else:
        warnings.append(f"{path}: tags: expected a mapping of key to name; using the default tags")
        return DEFAULT_TAGS
    tags: list[TagDef] = []
    for key_raw, name_raw in pairs:
        key = (
            str(key_raw).strip() if isinstance(key_raw, (str, int)) and not isinstance(key_raw, bool) else ""
        )
        name = name_raw.strip() if isinstance(name_raw, str) else ""
        if key not in TAG_KEYS:
            warnings.append(f"{path}: tags: key {key_raw!r} ignored (keys are 1 to 9)")
        elif not name:
            warnings.append(f"{path}: tags: key {key} has no name; ignored")
        elif any(t.key == key for t in tags):
            warnings.append(f"{path}: tags: key {key} is used twice; the first one counts")
        elif any(t.name == name for t in tags):
            warnings.append(f"{path}: tags: tag {name!r} is listed twice; the first one counts")
        else:
            tags.append(TagDef(key, name))
    if not tags:
        warnings.append(f"{path}: tags: no usable tag; using the default tags")
        return DEFAULT_TAGS
    return tuple(sorted(tags, key=lambda t: t.key))


def _parse_keys(
    raw: object, path: Path, actions: Collection[str] | None, warnings: list[str]
) -> dict[str, str]:
    """Key overrides: action name -> comma-separated keys; bad entries are dropped."""
    if not isinstance(raw, dict):
        warnings.append(f"{path}: keys: expected a mapping of action to keys; using the default keys")
        return {}
    keys: dict[str, str] = {}
    owner: dict[str, str] = {}
    for action, value in raw.items():
        if not isinstance(action, str) or (actions is not None and action not in actions):
            warnings.append(f"{path}: keys: unknown action {action!r} ignored")
            continue
        names = _key_names(value)
        if not names:
            warnings.append(f"{path}: keys: {action}: expected keys such as 'j' or 'j,down'; ignored")
            continue
        clash = next((name for name in names if name in owner), None)
        if clash is not None:
            warnings.append(f"{path}: keys: {clash!r} is already bound to {owner[clash]}; {action} ignored")
            continue
        for name in names:
            owner[name] = action
        keys[action] = ",".join(names)
    return keys


def _key_names(value: object) -> list[str]:
    """Key names from 'a,b' or ['a', 'b'] (empty when the value is unusable)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # "search: 5": YAML reads the digit key as a number
    if isinstance(value, str):
        items: list[object] = list(value.split(","))
    elif isinstance(value, list):
        items = list(value)
    else:
        return []
    names: list[str] = []
    for item in items:
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not _KEY_NAME.match(item.strip()):
            return []
        if item.strip() not in names:
            names.append(item.strip())
    return names


def _duplicate_keys(text: str) -> list[str]:
    """Mapping keys given twice in the YAML text ('tags: 1'), found on the node tree."""
    found: list[str] = []
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    stack: list[tuple[str, yaml.Node]] = [("", root)] if root is not None else []
    while stack:
        where, node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                label = f"{where}: {key}" if where else key
                if key in seen:
                    found.append(label)
                seen.add(key)
                stack.append((label, value_node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((where, child) for child in node.value)
    return found
