"""The JSON line locator: a key path's own line, never the first place its name appears."""

import pytest

from app.model.documents.json_lines import locate

TEXT = """{
  "title": "steps",
  "steps": [
    {"zone": "a", "minutes": 1},
    {"zone": "b",
     "minutes": 2},
    [1, 2,
     3]
  ],
  "no_go": {"radius": 1, "radius": 5}
}
"""


@pytest.mark.parametrize("path, line", [
    ([], 1),
    (["title"], 2),
    (["steps"], 3),
    (["steps", 0], 4),
    (["steps", 0, "minutes"], 4),
    (["steps", 1, "minutes"], 6),
    (["steps", 2, 2], 8),
    (["no_go", "radius"], 10),
    # missing parts stop at the closest enclosing part found
    (["steps", 9, "minutes"], 3),
    (["steps", 1, "pressure"], 5),
    (["title", "x"], 2),
])
def test_each_part_is_found_on_its_own_line(path, line):
    assert locate(TEXT, path) == line


def test_text_that_is_not_json_has_no_line():
    assert locate('{"a": [1, 2', ["a", 1]) is None
    assert locate("", ["a"]) == 1
