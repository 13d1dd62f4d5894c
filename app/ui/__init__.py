"""Qt widgets: the main window, the view and its panels."""
