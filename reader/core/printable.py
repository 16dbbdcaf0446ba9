"""Text made safe to print: every control character swapped for a visible stand-in.

Article text, file names and anything else read from outside is data, never terminal
control: an ESC, a BEL or a backspace would reach the terminal as a command. Each control
character becomes one visible character, so offsets into the text stay valid.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# a terminal's escape sequences (colour codes, cursor moves, a window title) pasted with a text
_ESCAPE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]")


def _visible(match: re.Match[str]) -> str:
    """One visible character for one control character."""
    code = ord(match.group())
    if code in (0x09, 0x0A, 0x0D, 0x0C, 0x0B):
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def display_text(text: str) -> str:
    """`text` with each control character replaced by one visible character."""
    return _CONTROL.sub(_visible, text)


def blank_escapes(text: str) -> str:
    """`text` with each terminal escape sequence blanked out, space for character.

    The text read for figures and words: "\\x1b[1m40,000\\x1b[0m troops" holds one figure, not
    a 1, a 40,000 and a "0m". Offsets into the text stay valid.
    """
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _ESCAPE.sub(lambda m: " " * len(m.group()), text)
