"""Dorsum's own words for a document that does not fit its type, at the smallest failing part."""

from __future__ import annotations

from typing import Annotated, Literal

import pytest
from msgspec import Meta, Struct

from app.model.documents.validate import Invalid, convert, describe_type


class Point(Struct, forbid_unknown_fields=True):
    x: Annotated[float, Meta(ge=-1, le=1)]
    y: float = 0.0


class Doc(Struct, forbid_unknown_fields=True):
    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    kind: Literal["band", "around"]
    points: Annotated[list[Point], Meta(min_length=1)]
    span: float | Annotated[list[float], Meta(min_length=2, max_length=2)] = 1.0
    pair: tuple[float, float] = (0.0, 0.0)
    note: str | None = None


GOOD = {"id": "a", "kind": "band", "points": [{"x": 0.5}]}


def _invalid(**changes) -> Invalid:
    with pytest.raises(Invalid) as caught:
        convert({**GOOD, **changes}, Doc)
    return caught.value


def test_a_good_document_converts():
    assert convert(GOOD, Doc) == Doc(id="a", kind="band", points=[Point(x=0.5)])


@pytest.mark.parametrize("changes, path, message", [
    ({"points": [{"x": 0.5}, {"x": 0.1}, {"x": 3}]}, ("points", 2, "x"),
     "3 is out of range: it must be at least -1 and at most 1"),
    ({"points": [{"x": "left"}]}, ("points", 0, "x"), "expected a number, got the text 'left'"),
    ({"points": []}, ("points",), "must not be empty"),
    ({"points": [{"x": 0, "z": 1}]}, ("points", 0, "z"), "unknown key; this table takes x, y"),
    ({"points": [{"y": 0}]}, ("points", 0), "the key 'x' is missing"),
    ({"kind": "circle"}, ("kind",), "unknown value 'circle'; expected one of band, around"),
    ({"kind": 3}, ("kind",), "expected one of band, around, got the number 3"),
    ({"id": "Bad Id"}, ("id",), "'Bad Id' is not an id: lower-case letters, digits and _, starting with a letter"),
    ({"span": [1, 2, 3]}, ("span",), "has 3 items; it takes at most 2"),
    ({"span": "wide"}, ("span",), "expected a number or a list of 2 numbers, got the text 'wide'"),
    ({"pair": [1]}, ("pair",), "expected a list of 2 numbers, got a list of 1"),
    ({"pair": [1, "x"]}, ("pair", 1), "expected a number, got the text 'x'"),
    ({"note": 5}, ("note",), "expected text or nothing (null), got the number 5"),
    ({"points": {"x": 1}}, ("points",), "expected a list of tables, got a table"),
])
def test_the_smallest_failing_part_is_named_in_dorsums_words(changes, path, message):
    err = _invalid(**changes)
    assert (err.path, err.message) == (path, message)


def test_the_key_path_reads_as_the_messages_write_it():
    err = _invalid(points=[{"x": 0}, {"x": 9}])
    assert err.key == "points[1].x" and str(err).startswith("points[1].x: 9 is out of range")
    assert str(Invalid((), "empty")) == "empty"


def test_a_document_that_is_not_a_table():
    with pytest.raises(Invalid) as caught:
        convert([1, 2], Doc, mapping="object")
    assert caught.value.path == () and caught.value.message == "expected an object, got a list of 2"


def test_loose_conversion_is_the_callers_choice():
    assert convert({**GOOD, "span": 2}, Doc, strict=False).span == 2.0
    assert describe_type(list[int]) == "a list of whole numbers"
    assert describe_type(list[Literal["a", "b"]]) == "a list of values, each one of a, b"
