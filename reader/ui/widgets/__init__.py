"""The widgets of the reading room."""
