"""The pure core of reader: loading, segmentation, alignment, figures and conflicts.

Nothing under ``reader.core`` imports textual, rich or ``reader.ui``.
"""
