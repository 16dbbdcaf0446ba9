"""Every key of the reading room in one place: the bindings, their ids (the names the
config file uses under ``keys:``), and the rows of the help screen."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from textual.app import App
from textual.binding import ActiveBinding, Binding, BindingType

from reader.core.config import Config
from reader.core.printable import display_text

TAG_GROUP = Binding.Group("Tag", compact=True)

_FIGURE = "{} flagged figure: a conflict or a compatible difference"
_SOURCES = "Show the {} sources beside the pivot (when they do not all fit)"
_LINK = "Link the marked sentence to this one: the same point (saved, realigns)"
_UNLINK = "Take this sentence out of its row: not the same point (saved, realigns)"

READING_BINDINGS: list[BindingType] = [
    Binding("question_mark", "help", "Help", tooltip="Every key, and the marks of the panes", id="help"),
    Binding("n", "figure(1)", "Next figure", tooltip=_FIGURE.format("Next"), id="next_conflict"),
    Binding(
        "N",
        "figure(-1)",
        "Prev figure",
        show=False,
        tooltip=_FIGURE.format("Previous"),
        id="previous_conflict",
    ),
    Binding("f", "figures", "Figures", tooltip="The list of every flagged figure, to pick one", id="figures"),
    Binding(
        "c",
        "conflicts_only",
        "Conflicts only",
        show=False,
        tooltip="n and N stop at conflicts only, not at compatible differences (again: at both)",
        id="conflicts_only",
    ),
    Binding(
        "slash", "search", "Search", tooltip="Search every source (then ; next, comma previous)", id="search"
    ),
    Binding(
        "p",
        "pivot",
        "Pivot",
        tooltip="Read in the order of the current pane (make it the pivot; on the pivot: the next source)",
        id="pivot",
    ),
    Binding(
        "d",
        "diff",
        "Diff",
        tooltip="Word differences between the sentences of the cursor row",
        id="word_diff",
    ),
    *(Binding(k, f"toggle_tag('{k}')", "Tag", group=TAG_GROUP, id=f"tag_{k}") for k in "123456789"),
    Binding("t", "free_tag", "Free tag", show=False, tooltip="Add a tag of your own words", id="free_tag"),
    Binding(
        "x",
        "clear_tags",
        "Clear tags",
        show=False,
        tooltip="Remove every tag of the sentence (z puts them back)",
        id="clear_tags",
    ),
    Binding(
        "z",
        "restore_tags",
        "Restore tags",
        show=False,
        tooltip="Put back the tags x last cleared",
        id="restore_tags",
    ),
    Binding(
        "y",
        "copy_sentence",
        "Copy sentence",
        show=False,
        tooltip="Copy the sentence, quoted, with its source (to the terminal's clipboard)",
        id="copy_sentence",
    ),
    Binding(
        "Y",
        "copy_row",
        "Copy row",
        show=False,
        tooltip="Copy every source's sentences of the row, each quoted with its source",
        id="copy_row",
    ),
    Binding(
        "o",
        "own(1)",
        "Next only here",
        show=False,
        tooltip="Next sentence only this source tells",
        id="next_own",
    ),
    Binding(
        "O",
        "own(-1)",
        "Prev only here",
        show=False,
        tooltip="Previous sentence only this source tells",
        id="previous_own",
    ),
    Binding(
        "right_square_bracket",
        "tagged(1)",
        "Next tagged",
        show=False,
        tooltip="Next sentence with a tag, in any source",
        id="next_tagged",
    ),
    Binding(
        "left_square_bracket",
        "tagged(-1)",
        "Prev tagged",
        show=False,
        tooltip="Previous sentence with a tag",
        id="previous_tagged",
    ),
    Binding(
        "F",
        "filter_tagged",
        "Tagged only",
        show=False,
        tooltip="Show only rows with a tag (again: all)",
        id="filter_tagged",
    ),
    Binding(
        "semicolon",
        "match(1)",
        "Next match",
        show=False,
        tooltip="Next hit of the last search",
        id="next_match",
    ),
    Binding(
        "comma",
        "match(-1)",
        "Prev match",
        show=False,
        tooltip="Previous hit of the last search",
        id="previous_match",
    ),
    Binding(
        "greater_than_sign",
        "page_panes(1)",
        "Sources",
        tooltip=_SOURCES.format("next"),
        id="next_sources",
    ),
    Binding(
        "less_than_sign",
        "page_panes(-1)",
        "Back sources",
        show=False,
        tooltip=_SOURCES.format("previous"),
        id="previous_sources",
    ),
    Binding(
        "m", "mark", "Mark to link", show=False, tooltip="Mark the sentence, to link it with L", id="mark"
    ),
    Binding("L", "link", "Link to mark", show=False, tooltip=_LINK, id="link"),
    Binding("u", "unlink", "Unlink from row", show=False, tooltip=_UNLINK, id="unlink"),
    Binding(
        "escape",
        "cancel",
        "Clear mark/search",
        show=False,
        tooltip="Forget the mark and the search highlights",
        id="cancel",
    ),
    Binding("q", "app.quit", "Quit", id="quit"),
]
"""The keys of the reading screen (the panes' own movement keys live on `AlignedView`)."""

PANE_BINDINGS: list[BindingType] = [
    Binding(
        "j,down",
        "cursor(1)",
        "Down",
        show=False,
        tooltip="Next sentence; one taller than the screen scrolls first",
        id="cursor_down",
    ),
    Binding("k,up", "cursor(-1)", "Up", show=False, tooltip="Previous sentence (likewise)", id="cursor_up"),
    Binding(
        "h,left", "pane(-1)", "Pane left", show=False, tooltip="Act on the pane to the left", id="pane_left"
    ),
    Binding(
        "l,right",
        "pane(1)",
        "Pane right",
        show=False,
        tooltip="Act on the pane to the right (the next sources come into view past the last)",
        id="pane_right",
    ),
    Binding("g,home", "first", "First row", show=False, tooltip="The first row", id="first_row"),
    Binding("G,end", "last", "Last row", show=False, tooltip="The last row", id="last_row"),
    Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False, tooltip="A screen up", id="page_up"),
    Binding(
        "pagedown,ctrl+f,space", "page(1)", "Page down", show=False, tooltip="A screen down", id="page_down"
    ),
]
"""Movement keys of the panes widget (they replace the scrolling keys of a ScrollView)."""


NOT_HERE = frozenset(
    {"page_left", "page_right", "app.focus_next", "app.focus_previous", "screen.copy_text", "command_palette"}
)
"""Textual's own bindings that do nothing useful in the panes (no sideways scroll, one focus)."""


def bindings() -> Iterator[tuple[Binding, bool]]:
    """Every binding, with True for the panes' own (the others belong to the screen)."""
    for binding in READING_BINDINGS:
        if isinstance(binding, Binding):
            yield binding, False
    for binding in PANE_BINDINGS:
        if isinstance(binding, Binding):
            yield binding, True


def action_names() -> frozenset[str]:
    """The names the config file may rebind under ``keys:`` (the binding ids)."""
    return frozenset(binding.id for binding, _ in bindings() if binding.id)


def _split(keys: str) -> list[str]:
    return [key.strip() for key in keys.split(",") if key.strip()]


def _live(binding: Binding, config: Config) -> bool:
    """Whether a binding counts: it has an id, and a tag key is in the tag set."""
    unused_tag = binding.action.startswith("toggle_tag") and config.tag_for_key(binding.key) is None
    return bool(binding.id) and not unused_tag


def keymap(config: Config) -> dict[str, str]:
    """The keys of every action the config rebinds, and of every action whose default key a
    rebinding takes: "next_conflict: j" gives j to the next figure, and the move down keeps
    its other key ("down"). An action the config leaves no key of its own keeps its keys (the
    clash is then reported by `clashes`)."""
    chosen = dict(config.keys)
    taken = {key for binding, _ in bindings() if binding.id in chosen for key in _split(chosen[binding.id])}
    out = dict(chosen)
    for binding, _ in bindings():
        if not _live(binding, config) or binding.id in chosen:
            continue
        own = _split(binding.key)
        left = [key for key in own if key not in taken]
        if left and len(left) < len(own):
            out[str(binding.id)] = ",".join(left)
    return out


def clashes(config: Config) -> list[str]:
    """A warning for each key the config's overrides leave doing two things, and a notice for
    each default key a rebinding took from another action.

    Rebinding `next_conflict` to "z", the key of `restore_tags` (which has no other key),
    makes one key of two actions; the user is told which to rebind. Rebinding it to "j" takes
    j from the move down, which keeps "down": the user is told that. The panes' movement keys
    and the screen's keys count alike; tag keys the tag set leaves unused do not.
    """
    keys = keymap(config)
    owners: dict[str, list[str]] = {}
    for binding, _ in bindings():
        if not _live(binding, config):
            continue
        for key in _split(keys.get(str(binding.id), binding.key)):
            owners.setdefault(key, []).append(str(binding.id))
    out = [
        f"The key '{key}' is bound to {' and '.join(ids)}: rebind one of them under keys: in the config"
        for key, ids in owners.items()
        if len(ids) > 1 and any(i in config.keys for i in ids)
    ]
    for binding, _ in bindings():
        if binding.id and binding.id in keys and binding.id not in config.keys:
            lost = [key for key in _split(binding.key) if key not in _split(keys[binding.id])]
            takers = [i for key in lost for i in config.keys if key in _split(config.keys[i])]
            out.append(
                f"The key '{', '.join(lost)}' now does {', '.join(dict.fromkeys(takers))} (your config);"
                f" {binding.id} keeps '{keys[binding.id]}'"
            )
    return out


def bound_key(app: App[Any], *actions: str) -> str:
    """The key now bound to one of `actions`, as the footer shows it ("" when none is)."""
    for active in app.active_bindings.values():
        if active.binding.action in actions:
            return app.get_key_display(active.binding)
    return ""


def describe(binding: Binding, config: Config) -> str | None:
    """What a binding does, in words; None for a tag key the tag set leaves unused."""
    if binding.action.startswith("toggle_tag"):
        name = config.tag_for_key(binding.key)
        return None if name is None else display_text(f"Toggle tag '{name}'")
    return binding.description


def key_display(app: App[Any], binding: Binding, config: Config) -> str:
    """The keys of a binding as the user sees them ("pgdn, ^f, space"), overrides applied."""
    keys = _split(keymap(config).get(binding.id or "", binding.key))
    return ", ".join(app.get_key_display(binding.with_key(k)) for k in keys)


def help_rows(
    app: App[object], config: Config, active: Mapping[str, ActiveBinding]
) -> list[tuple[str, str, str]]:
    """(keys, what they do, more words) for every binding, with the config's overrides applied.

    `active` adds the keys Textual itself binds right now (quit, palette...).
    """
    rows: list[tuple[str, str, str]] = []
    ours: set[str] = set()
    for binding, _ in bindings():
        description = describe(binding, config)
        if description is None:
            continue
        ours.update(_split(keymap(config).get(binding.id or "", binding.key)))
        rows.append((key_display(app, binding, config), description, binding.tooltip))
    for key, item in active.items():
        if key not in ours and item.binding.description and item.binding.action not in NOT_HERE:
            shown = app.get_key_display(item.binding)
            same = next((k for k, row in enumerate(rows) if row[1] == item.binding.description), None)
            if same is not None:  # Textual's own ctrl+q beside our q: one Quit row, both keys
                keys, description, more = rows[same]
                rows[same] = (f"{keys}, {shown}", description, more)
            else:
                rows.append((shown, item.binding.description, ""))
    rows.append(("ctrl+p", "Command palette", "every action by name, and the themes"))
    rows.append(("mouse", "Click a sentence", "the cursor goes there; the wheel scrolls"))
    return rows
