"""The zone files (``zones/*.toml``): their types and their loader."""
