"""The screens of the reading room: the panes and the dialogs over them."""
