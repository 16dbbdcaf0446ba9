"""Text made safe to print: every control character swapped for a visible stand-in.

Article text, file names and anything else read from outside is data, never terminal
control: an ESC, a BEL or a backspace would reach the terminal as a command. Each control
character becomes one visible character, so offsets into the text stay valid.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


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
