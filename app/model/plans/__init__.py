"""A client's plan: its file format, what it means on the atlas, and screening."""
