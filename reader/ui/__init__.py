"""The Textual reading room. Only this package imports textual or rich."""
