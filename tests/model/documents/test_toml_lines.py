"""Finding the line of a key path in TOML text, for error messages."""

from __future__ import annotations

import tomllib

import pytest

from app.model.documents.toml_lines import locate, parse_key_path
from app.model.zonefiles.loader import default_zones_dir

DOC = '''\
# a zone, for the locator
id = "demo"
name = "Demo, [with brackets] and # not a comment"
about = 1
out = 2

[span]
top = "C1"
bottom = "T6"
cite = [
  { source = "a, [b] {c}", quote = "x" },  # a comment, with [brackets]
  { source = "second", quote = 'single, quoted' },
]

[minutes]
general = [4, 5]
therapeutic = 10

[[lines]]
number = 1
path = [
  { at = "T1", out = 2.0 },
  { at = "T2", up = 1.0 },
  { at = "T3", inset = 1.5 },
]
techniques = ["stroking", "rubbing"]

[[lines]]
number = 2
path = [{ at = "L1" }, { at = "L2", out = 3.5 }]
techniques = [
  "stroking",
  "kneading",
]

[[steps]]
technique = "stroking"
minutes = { general = 1, therapeutic = [2, 3] }
'''


def _line_of(fragment: str, occurrence: int = 0) -> int:
    """1-based line of the ``occurrence``-th line of DOC containing ``fragment``."""
    hits = [i for i, text in enumerate(DOC.splitlines(), 1) if fragment in text]
    return hits[occurrence]


def test_demo_document_is_valid_toml():
    data = tomllib.loads(DOC)
    assert data["lines"][1]["path"][1]["out"] == 3.5


@pytest.mark.parametrize(
    "path, fragment, occurrence",
    [
        (["id"], 'id = "demo"', 0),
        (["name"], 'name = "Demo', 0),
        (["out"], "out = 2", 0),  # not the "out" inside "about"
        (["about"], "about = 1", 0),
        (["span"], "[span]", 0),
        (["span", "top"], 'top = "C1"', 0),
        (["span", "bottom"], 'bottom = "T6"', 0),
        (["span", "cite"], "cite = [", 0),
        (["span", "cite", 0], 'source = "a, [b] {c}"', 0),
        (["span", "cite", 0, "quote"], 'source = "a, [b] {c}"', 0),
        (["span", "cite", 1], 'source = "second"', 0),
        (["span", "cite", 1, "source"], 'source = "second"', 0),
        (["minutes", "general"], "general = [4, 5]", 0),
        (["minutes", "therapeutic"], "therapeutic = 10", 0),
        (["lines", 0], "[[lines]]", 0),
        (["lines", 0, "number"], "number = 1", 0),
        (["lines", 0, "path"], "path = [", 0),
        (["lines", 0, "path", 0, "at"], 'at = "T1"', 0),
        (["lines", 0, "path", 1], 'at = "T2"', 0),
        (["lines", 0, "path", 1, "up"], 'at = "T2"', 0),
        (["lines", 0, "path", 2, "inset"], "inset = 1.5", 0),
        (["lines", 0, "techniques", 1], 'techniques = ["stroking", "rubbing"]', 0),
        (["lines", 1], "[[lines]]", 1),
        (["lines", 1, "number"], "number = 2", 0),
        (["lines", 1, "path", 1, "out"], "out = 3.5", 0),
        (["lines", 1, "techniques", 1], '"kneading",', 0),
        (["steps", 0, "technique"], 'technique = "stroking"', 0),
        (["steps", 0, "minutes", "therapeutic"], "minutes = { general = 1", 0),
        (["steps", 0, "minutes", "therapeutic", 1], "minutes = { general = 1", 0),
    ],
)
def test_locate_finds_the_line_of_a_key_path(path, fragment, occurrence):
    assert locate(DOC, path) == _line_of(fragment, occurrence)


@pytest.mark.parametrize(
    "path, fragment, occurrence",
    [
        (["lines", 1, "nope"], "[[lines]]", 1),  # unknown key: the enclosing table
        (["lines", 0, "path", 7], "path = [", 0),  # index past the end: the array
        (["span", "cite", 5, "source"], "cite = [", 0),
        (["steps", 0, "lines"], "[[steps]]", 0),
    ],
)
def test_locate_falls_back_to_the_closest_enclosing_part(path, fragment, occurrence):
    assert locate(DOC, path) == _line_of(fragment, occurrence)


def test_locate_of_an_empty_path_is_the_first_line():
    assert locate(DOC, []) == 1


def test_locate_in_a_document_without_tables():
    text = 'a = 1\n\nb = [\n  1,\n  2,\n]\n'
    assert locate(text, ["b", 1]) == 5
    assert locate(text, ["a"]) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("$.lines[0].path[1].at", ["lines", 0, "path", 1, "at"]),
        ("lines[0].path[1].at", ["lines", 0, "path", 1, "at"]),
        ("$.span.top", ["span", "top"]),
        ("$.masks[12]", ["masks", 12]),
        ("$.steps[3].minutes.general[1]", ["steps", 3, "minutes", "general", 1]),
        ("$.prominent_extra", ["prominent_extra"]),
        ("$", []),
        ("", []),
    ],
)
def test_parse_key_path(text, expected):
    assert parse_key_path(text) == expected


def test_parse_key_path_returns_ints_for_indices():
    parts = parse_key_path("$.lines[10].path[2]")
    assert parts[1] == 10 and isinstance(parts[1], int)
    assert parts[3] == 2 and isinstance(parts[3], int)


@pytest.mark.parametrize("zone_file", ["lumbar.toml", "collar.toml", "whole_back.toml"])
def test_locate_every_line_pressure_in_the_shipped_zones(zone_file):
    """The n-th ``pressure =`` line of a shipped file belongs to lines[n]."""
    text = (default_zones_dir() / zone_file).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    pressure_lines = [i for i, line in enumerate(text.splitlines(), 1) if line.startswith("pressure =")]
    assert len(pressure_lines) == len(data["lines"])
    for i, expected in enumerate(pressure_lines):
        assert locate(text, parse_key_path(f"$.lines[{i}].pressure")) == expected
