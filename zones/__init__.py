"""The shipped zone files, installed as the package ``app.zones`` (read through importlib.resources)."""
