"""One-line reasons for the errors a user's files can cause (shared by config and tags)."""

from __future__ import annotations

import yaml


def os_reason(exc: BaseException) -> str:
    """A short reason for an OS or decoding error ("Permission denied")."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def yaml_reason(exc: yaml.YAMLError) -> str:
    """The YAML problem and its line, on one line."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)
