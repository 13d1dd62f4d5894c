"""Drawing the atlas with Qt: one scene for the window and for every export."""
