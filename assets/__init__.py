"""Fonts and the plan schema, installed as the package ``app.assets`` (read through importlib.resources)."""
